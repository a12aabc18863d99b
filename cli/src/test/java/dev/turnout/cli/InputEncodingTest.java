package dev.turnout.cli;

import static dev.turnout.cli.CliRunner.file;
import static dev.turnout.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.cli.CliRunner.Result;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Input that is not UTF-8, lone surrogates and the input nesting limit, through {@code turnout run}. */
class InputEncodingTest {
    @TempDir
    Path dir;

    private String program;

    @BeforeEach
    void writeProgram() {
        program = file(dir, "echo.bl", "TRANSFORM T { OUTPUT { v: input.v } }");
    }

    private String bytesFile(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes).toString();
    }

    private static byte[] concat(String before, int bad, String after) {
        byte[] a = before.getBytes(StandardCharsets.UTF_8);
        byte[] b = after.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[a.length + 1 + b.length];
        System.arraycopy(a, 0, all, 0, a.length);
        all[a.length] = (byte) bad;
        System.arraycopy(b, 0, all, a.length + 1, b.length);
        return all;
    }

    @Test
    void invalidUtf8InAnInputFileIsMalformedInputWithTheByteOffset() throws IOException {
        // "é" is two bytes, so line 1 is 12 bytes; the bad byte is at offset 19, line 2, column 8.
        String input = bytesFile("bad.json", concat("{\"a\": \"é\",\n\"v\": \"x", 0xFF, "\"}"));
        Result r = run("run", program, "--input", input);
        assertEquals(3, r.exitCode(), r.err());
        assertEquals("", r.out());
        assertEquals(input + ":2:8: malformed input: invalid UTF-8 at byte offset 19 (byte 0xFF)\n", r.err());
    }

    @Test
    void invalidUtf8OnStandardInputAndAfterAByteOrderMark() {
        byte[] bytes = concat("\uFEFF{\"v\": \"", 0xC3, "(\"}"); // 0xC3 starts a 2-byte sequence; '(' cannot follow
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = TurnoutCommand.newCommandLine(new ByteArrayInputStream(bytes), new PrintWriter(out),
                new PrintWriter(err)).execute("run", program, "--input", "-");
        assertEquals(3, code, err.toString());
        assertEquals("<stdin>:1:8: malformed input: invalid UTF-8 at byte offset 10 (byte 0xC3)\n", err.toString());
    }

    @Test
    void utf8EncodedSurrogateIsInvalidUtf8() throws IOException {
        byte[] bytes = {'{', '"', 'v', '"', ':', '"', (byte) 0xED, (byte) 0xA0, (byte) 0x80, '"', '}'};
        Result r = run("run", program, "--input", bytesFile("surrogate.json", bytes));
        assertEquals(3, r.exitCode(), r.err());
        assertTrue(r.err().contains("invalid UTF-8 at byte offset 6 (byte 0xED)"), r.err());
    }

    @Test
    void validUtf8WithAByteOrderMarkStillRuns() throws IOException {
        byte[] bytes = "\uFEFF{\"v\": \"é😀\"}".getBytes(StandardCharsets.UTF_8);
        Result r = run("run", program, "--input", bytesFile("ok.json", bytes));
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{\"v\":\"é😀\"}\n", r.out());
    }

    @Test
    void jsonLinesReportsTheBadLineAndGoesOn() throws IOException {
        byte[] bytes = concat("{\"v\":1}\r\n{\"v\":\"", 0x80, "\"}\n{\"v\":3}");
        String input = bytesFile("lines.jsonl", bytes);
        Result r = run("run", program, "--jsonl", "--input", input);
        assertEquals(3, r.exitCode(), r.err());
        assertEquals("{\"v\":1}\n{\"v\":3}\n", r.out());
        assertTrue(r.err().startsWith(input + ":2:7: malformed input: invalid UTF-8 at byte offset 15 (byte 0x80)\n"),
                r.err());
    }

    @Test
    void loneSurrogateEscapeIsMalformedInput() {
        String input = file(dir, "lone.json", "{\"v\": \"\\ud800\"}");
        Result r = run("run", program, "--input", input);
        assertEquals(3, r.exitCode(), r.err());
        assertEquals(input + ":1:7: malformed input: unpaired surrogate U+D800 in a string\n", r.err());
    }

    @Test
    void maxInputDepthOption() {
        String input = file(dir, "deep.json", "{\"v\": [[[]]]}");
        Result shallow = run("run", program, "--max-input-depth", "3", "--input", input);
        assertEquals(3, shallow.exitCode(), shallow.err());
        assertEquals(input + ":1:9: malformed input: input nested deeper than 3 levels (limit maxInputDepth)\n",
                shallow.err());
        Result enough = run("run", program, "--max-input-depth", "4", "--input", input);
        assertEquals(0, enough.exitCode(), enough.err());
        assertEquals("{\"v\":[[[]]]}\n", enough.out());
        Result zero = run("run", program, "--max-input-depth", "0", "--input", input);
        assertEquals(64, zero.exitCode(), zero.err());
    }
}
