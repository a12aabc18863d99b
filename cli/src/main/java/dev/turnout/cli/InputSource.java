package dev.turnout.cli;

import dev.turnout.errors.MalformedInputException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code run} reads its input: a file, or standard input for {@code --input -}. Knows the name to show in
 * messages ({@code <stdin>} or the file name as given) and reads the text as UTF-8.
 *
 * <p>Input text is decoded strictly ({@link Utf8Text}): a byte sequence that is not UTF-8 is malformed input (exit
 * 3) with its byte offset, never silently replaced. In JSON Lines input only the line holding it fails. A leading
 * byte-order mark is dropped.
 */
final class InputSource {
    static final String STDIN_NAME = "<stdin>";
    private final String name;
    private final Path path; // null: standard input
    private final InputStream stdin;

    private InputSource(String name, Path path, InputStream stdin) {
        this.name = name;
        this.path = path;
        this.stdin = stdin;
    }

    /** The source named by an {@code --input} argument: {@code -} is standard input, anything else a file. */
    static InputSource of(String argument, InputStream stdin) {
        if (argument.equals("-")) return new InputSource(STDIN_NAME, null, stdin);
        return new InputSource(argument, ReadFailures.readablePath("input", argument), stdin);
    }

    /** The name for messages. */
    String name() {
        return name;
    }

    /**
     * The text line by line (JSON Lines). Closing the reader closes the file but never standard input, which
     * belongs to the process.
     */
    Utf8LineReader openLines() {
        try {
            return new Utf8LineReader(path == null ? new UnclosableInputStream(stdin) : Files.newInputStream(path));
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /**
     * The whole text (one JSON document), after any byte-order mark. Bytes that are not UTF-8 end the command with
     * exit 3: {@code data.json:1:8: malformed input: invalid UTF-8 at byte offset 7 (byte 0xFF)}.
     */
    String readAll() {
        byte[] bytes;
        try {
            bytes = path == null ? stdin.readAllBytes() : Files.readAllBytes(path);
        } catch (IOException e) {
            throw unreadable(e);
        }
        int from = Utf8Text.startsWithBom(bytes, 0, bytes.length) ? Utf8Text.BOM_LENGTH : 0;
        try {
            return Utf8Text.decode(bytes, from, bytes.length, from);
        } catch (MalformedInputException e) {
            throw new CliFailure(ExitCodes.MALFORMED_INPUT, InputDiagnostics.malformedDocument(name, e));
        }
    }

    /** Exit 74 for a read that failed part-way (or at the start). */
    CliFailure unreadable(IOException e) {
        return ReadFailures.of("input", name, e);
    }
}
