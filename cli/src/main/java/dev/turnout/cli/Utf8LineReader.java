package dev.turnout.cli;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * JSON Lines input read one line at a time as bytes and decoded strictly ({@link Utf8Text}): a line holding bytes
 * that are not UTF-8 is reported on its own ({@link dev.turnout.errors.MalformedInputException} with the file's
 * byte offset) and reading goes on with the next line. Lines end at {@code \n}, {@code \r\n} or {@code \r}, as
 * with {@link java.io.BufferedReader#readLine()}; a leading byte-order mark is skipped.
 */
final class Utf8LineReader implements Closeable {
    private static final int BUFFER_BYTES = 1 << 16;

    private final InputStream in;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int pos;
    private int limit;
    /** File offset of {@code buffer[0]}. */
    private long bufferOffset;
    private byte[] line = new byte[256];
    private boolean skipLineFeed;
    private boolean started;

    Utf8LineReader(InputStream in) {
        this.in = in;
    }

    /**
     * The next line without its terminator, or {@code null} at the end of the input.
     *
     * @throws dev.turnout.errors.MalformedInputException for a line that is not UTF-8 (the line is consumed)
     */
    String readLine() throws IOException {
        int length = 0;
        long lineOffset = -1;
        boolean any = false;
        while (true) {
            if (pos == limit && !fill()) break;
            if (!started) {
                started = true;
                fillAtLeast(Utf8Text.BOM_LENGTH);
                if (Utf8Text.startsWithBom(buffer, pos, limit)) {
                    pos += Utf8Text.BOM_LENGTH;
                    continue;
                }
            }
            byte b = buffer[pos];
            if (skipLineFeed) {
                skipLineFeed = false;
                if (b == '\n') {
                    pos++;
                    continue;
                }
            }
            if (lineOffset < 0) lineOffset = bufferOffset + pos;
            any = true;
            pos++;
            if (b == '\n') break;
            if (b == '\r') {
                skipLineFeed = true;
                break;
            }
            if (length == line.length) line = Arrays.copyOf(line, length * 2);
            line[length++] = b;
        }
        if (!any) return null;
        return Utf8Text.decode(line, 0, length, lineOffset);
    }

    /** Whether more input is available without blocking (so output can be flushed while waiting). */
    boolean ready() throws IOException {
        return pos < limit || in.available() > 0;
    }

    private boolean fill() throws IOException {
        bufferOffset += limit;
        pos = 0;
        limit = 0;
        int n = in.read(buffer, 0, buffer.length);
        if (n <= 0) return false;
        limit = n;
        return true;
    }

    /** Only at the start (pos == 0): reads until {@code n} bytes are buffered or the input ends. */
    private void fillAtLeast(int n) throws IOException {
        while (limit - pos < n) {
            int read = in.read(buffer, limit, buffer.length - limit);
            if (read <= 0) return;
            limit += read;
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
