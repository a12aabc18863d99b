package dev.turnout.cli;

import dev.turnout.errors.MalformedInputException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding of input bytes: a byte sequence that is not UTF-8 (including an encoded surrogate, an
 * overlong form or a truncated sequence) is a {@link MalformedInputException}, {@code invalid UTF-8 at byte offset
 * N}, never a silent U+FFFD. The offset is 0-based, in the file as given (a skipped byte-order mark counts).
 */
final class Utf8Text {
    /** The UTF-8 byte-order mark. */
    static final int BOM_LENGTH = 3;

    private Utf8Text() {}

    /** Whether {@code bytes[from, to)} start with the UTF-8 byte-order mark. */
    static boolean startsWithBom(byte[] bytes, int from, int to) {
        return to - from >= BOM_LENGTH && (bytes[from] & 0xFF) == 0xEF && (bytes[from + 1] & 0xFF) == 0xBB
                && (bytes[from + 2] & 0xFF) == 0xBF;
    }

    /**
     * Decodes {@code bytes[from, to)}, which start at file offset {@code fileOffset}.
     *
     * @throws MalformedInputException at the first byte that is not UTF-8, with the 1-based line and column
     *                                 (in characters) within the decoded range
     */
    static String decode(byte[] bytes, int from, int to, long fileOffset) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, to - from);
        CharBuffer out = CharBuffer.allocate(to - from); // UTF-8 never decodes to more chars than bytes
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) throw invalid(bytes, from, in.position(), fileOffset);
        return out.flip().toString();
    }

    private static MalformedInputException invalid(byte[] bytes, int from, int bad, long fileOffset) {
        int line = 1;
        int lineStart = from;
        for (int i = from; i < bad; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        // The bytes before the bad one are valid UTF-8, so the column counts their characters.
        int column = new String(bytes, lineStart, bad - lineStart, StandardCharsets.UTF_8).length() + 1;
        String message = String.format("invalid UTF-8 at byte offset %d (byte 0x%02X)",
                fileOffset + (bad - from), bytes[bad] & 0xFF);
        return new MalformedInputException(message, line, column);
    }
}
