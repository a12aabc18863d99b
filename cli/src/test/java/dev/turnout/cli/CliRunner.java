package dev.turnout.cli;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Runs {@code turnout} in-process with a given standard input and captures exit code, stdout and stderr. */
final class CliRunner {
    /** What one run produced. */
    record Result(int exitCode, String out, String err) {}

    private CliRunner() {}

    static Result runWithStdin(String stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TurnoutCommand.newCommandLine(
                new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
                new PrintWriter(out), new PrintWriter(err)).execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    static Result run(String... args) {
        return runWithStdin("", args);
    }

    /** Writes {@code text} as UTF-8 to {@code dir/name} and returns the path as a string. */
    static String file(Path dir, String name, String text) {
        try {
            return Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8).toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
