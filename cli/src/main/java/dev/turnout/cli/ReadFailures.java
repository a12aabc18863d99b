package dev.turnout.cli;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Words a file that cannot be read as exit 74 with one line, {@code turnout: cannot read input 'data.json': no such
 * file}: Java's own messages are often just the path ({@link NoSuchFileException}) or name a Java class.
 */
final class ReadFailures {
    private ReadFailures() {}

    /** The path named {@code name}, if it can name a readable file at all (not a directory, a legal name). */
    static Path readablePath(String role, String name) {
        Path path;
        try {
            path = Path.of(name);
        } catch (InvalidPathException e) {
            throw of(role, name, "not a valid file name");
        }
        if (Files.isDirectory(path)) throw of(role, name, "is a directory");
        return path;
    }

    /**
     * @param role  what the file is for: {@code program} or {@code input}
     * @param name  the file name as the user gave it
     * @param cause what went wrong
     */
    static CliFailure of(String role, String name, IOException cause) {
        return of(role, name, reason(cause));
    }

    /** Same, with the reason already worded (e.g. {@code is a directory}). */
    static CliFailure of(String role, String name, String reason) {
        return new CliFailure(ExitCodes.UNREADABLE_FILE, "turnout: cannot read " + role + " '" + name + "': " + reason);
    }

    private static String reason(IOException cause) {
        if (cause instanceof NoSuchFileException) return "no such file";
        if (cause instanceof AccessDeniedException) return "permission denied";
        if (cause instanceof CharacterCodingException) return "not valid UTF-8 text";
        if (cause instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        String message = cause.getMessage();
        return message == null || message.isBlank() ? cause.getClass().getSimpleName() : message;
    }
}
