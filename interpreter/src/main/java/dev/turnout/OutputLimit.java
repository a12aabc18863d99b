package dev.turnout;

import dev.turnout.runtime.RunLimits;
import dev.turnout.runtime.json.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Serialises a result while counting its characters, ending the run with a limit error as soon as it grows past
 * the engine's {@code maxOutputSize} (so a huge result is never built in memory as text).
 */
final class OutputLimit {
    private OutputLimit() {}

    static String write(Object result, boolean pretty, long limit) {
        if (limit == Long.MAX_VALUE) return JsonWriter.write(result, pretty);
        StringWriter text = new StringWriter();
        serialise(result, pretty, new Counting(text, limit));
        return text.toString();
    }

    /** Checks the compact size of a result that is returned as values rather than text. */
    static void check(Object result, long limit) {
        if (limit != Long.MAX_VALUE) serialise(result, false, new Counting(Writer.nullWriter(), limit));
    }

    private static void serialise(Object result, boolean pretty, Counting out) {
        try {
            JsonWriter.write(result, pretty, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final class Counting extends Writer {
        private final Writer target;
        private final long limit;
        private long written;

        Counting(Writer target, long limit) {
            this.target = target;
            this.limit = limit;
        }

        @Override
        public void write(char[] buffer, int offset, int length) throws IOException {
            written += length;
            if (written > limit) {
                throw RunLimits.exceeded("output size limit exceeded (limit " + limit + " characters)");
            }
            target.write(buffer, offset, length);
        }

        @Override
        public void flush() throws IOException {
            target.flush();
        }

        @Override
        public void close() throws IOException {
            target.flush();
        }
    }
}
