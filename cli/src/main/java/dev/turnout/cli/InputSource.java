package dev.turnout.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where {@code run} reads its input: a file, or standard input for {@code --input -}. Knows the name to show in
 * messages ({@code <stdin>} or the file name as given) and opens the text as UTF-8.
 *
 * <p>Input text is decoded leniently: a byte sequence that is not UTF-8 becomes U+FFFD, as in most JSON tools, so
 * that one bad byte in a large JSON Lines file does not stop the run. A leading byte-order mark is dropped.
 */
final class InputSource {
    static final String STDIN_NAME = "<stdin>";
    private static final int BUFFER_CHARS = 1 << 16;

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
     * A buffered reader over the text, positioned after any byte-order mark. Closing it closes the file but never
     * standard input, which belongs to the process.
     */
    BufferedReader open() {
        try {
            InputStream bytes = path == null ? new UnclosableInputStream(stdin) : Files.newInputStream(path);
            BufferedReader reader = new BufferedReader(new InputStreamReader(bytes, StandardCharsets.UTF_8), BUFFER_CHARS);
            skipByteOrderMark(reader);
            return reader;
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** The whole text (one JSON document). */
    String readAll() {
        try (Reader reader = open()) {
            StringBuilder text = new StringBuilder();
            char[] chunk = new char[BUFFER_CHARS];
            for (int n; (n = reader.read(chunk)) >= 0; ) text.append(chunk, 0, n);
            return text.toString();
        } catch (IOException e) {
            throw unreadable(e);
        }
    }

    /** Exit 74 for a read that failed part-way (or at the start). */
    CliFailure unreadable(IOException e) {
        return ReadFailures.of("input", name, e);
    }

    private static void skipByteOrderMark(BufferedReader reader) throws IOException {
        reader.mark(1);
        if (reader.read() != '\uFEFF') reader.reset();
    }
}
