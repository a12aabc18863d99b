package dev.turnout.cli;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.errors.CompileException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads a program file and compiles it, turning the two ways this fails into their exit codes: an unreadable file
 * (74) and a program that does not compile (2, with every diagnostic rendered with its source line and caret).
 * The file name as given on the command line is the program's name in diagnostics and runtime error locations.
 */
final class ProgramLoader {
    private ProgramLoader() {}

    /** The source text of {@code file}: strict UTF-8, a leading byte-order mark dropped. */
    static String read(String file) {
        Path path = ReadFailures.readablePath("program", file);
        try {
            String text = Files.readString(path, StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw ReadFailures.of("program", file, e);
        }
    }

    /** Reads and compiles {@code file} with {@code engine}. */
    static Program load(Engine engine, String file) {
        String source = read(file);
        try {
            return engine.compile(file, source);
        } catch (CompileException e) {
            throw new CliFailure(ExitCodes.COMPILE_ERROR, e.render());
        }
    }
}
