package dev.turnout.cli;

import static dev.turnout.cli.CliRunner.file;
import static dev.turnout.cli.CliRunner.run;
import static dev.turnout.cli.CliRunner.runWithStdin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.cli.CliRunner.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code turnout run} on one document: inputs, output format, and the exit code of every kind of failure. */
class RunCommandTest {
    private static final String GREETING = "TRANSFORM Greet {\n"
            + "  OUTPUT { greeting: \"Hello, \" + input.name, share: 10 / input.parts }\n"
            + "}\n"
            + "TRANSFORM Other { OUTPUT { other: true } }\n";

    @TempDir
    Path dir;

    private String program;

    @BeforeEach
    void writeProgram() {
        program = file(dir, "greet.bl", GREETING);
    }

    @Test
    void runsOnAnInputFile() {
        String input = file(dir, "in.json", "{\"name\": \"Dana\", \"parts\": 5}");
        Result r = run("run", program, "--input", input);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{\"greeting\":\"Hello, Dana\",\"share\":2.0}\n", r.out());
        assertEquals("", r.err());
    }

    @Test
    void readsStandardInputForDash() {
        Result r = runWithStdin("{\"name\": \"Ana\", \"parts\": 2}", "run", program, "--input", "-");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{\"greeting\":\"Hello, Ana\",\"share\":5.0}\n", r.out());
    }

    @Test
    void withoutInputTheInputIsTheEmptyObject() {
        String echo = file(dir, "echo.bl", "TRANSFORM T { OUTPUT { keys: KEYS(input) } }");
        Result r = run("run", echo);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{\"keys\":[]}\n", r.out());
    }

    @Test
    void prettyIndentsByTwoSpaces() {
        String input = file(dir, "in.json", "{\"name\": \"Dana\", \"parts\": 5}");
        Result r = run("run", program, "--input", input, "--pretty");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{\n  \"greeting\": \"Hello, Dana\",\n  \"share\": 2.0\n}\n", r.out());
    }

    @Test
    void transformSelectsByName() {
        Result r = run("run", program, "--transform", "Other");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{\"other\":true}\n", r.out());
    }

    @Test
    void unknownTransformIsACompileError() {
        Result r = run("run", program, "--transform", "Missing");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Transform 'Missing' not found"), r.err());
    }

    @Test
    void nonAsciiTextAndByteOrderMarkAreHandledAsUtf8() {
        String input = file(dir, "in.json", "\uFEFF{\"name\": \"Zoë 日本\", \"parts\": 1}");
        Result r = run("run", program, "--input", input);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{\"greeting\":\"Hello, Zoë 日本\",\"share\":10.0}\n", r.out());
    }

    @Test
    void compileErrorExits2WithSourceLineAndCaret() {
        String bad = file(dir, "bad.bl", "TRANSFORM T {\n  OUTPUT { a: nope }\n}\n");
        Result r = run("run", bad);
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(bad + ":2:15: "), r.err());
        assertTrue(r.err().contains("\n  OUTPUT { a: nope }\n              ^"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void runtimeErrorExits1WithProgramLocation() {
        Result r = runWithStdin("{\"name\": \"Dana\", \"parts\": 0}", "run", program, "--input", "-");
        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().matches("(?s)" + java.util.regex.Pattern.quote(program)
                + ":2:\\d+: IllegalArgumentException: Division by zero\n.*"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void malformedInputExits3WithLineAndColumn() {
        String input = file(dir, "input.json", "{\n  \"name\": \"Dana\",\n  \"parts\": ,\n}");
        Result r = run("run", program, "--input", input);
        assertEquals(3, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(input + ":3:12: malformed input: "), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void malformedStandardInputIsNamedStdin() {
        Result r = runWithStdin("{\"name\": }", "run", program, "--input", "-");
        assertEquals(3, r.exitCode());
        assertTrue(r.err().startsWith("<stdin>:1:10: malformed input: "), r.err());
    }

    @Test
    void nonObjectInputExits3() {
        String input = file(dir, "list.json", "[1, 2]");
        Result r = run("run", program, "--input", input);
        assertEquals(3, r.exitCode());
        assertEquals(input + ":1:1: malformed input: Input JSON must be an object\n", r.err());
    }

    @Test
    void missingProgramExits74() {
        Result r = run("run", dir.resolve("absent.bl").toString());
        assertEquals(74, r.exitCode());
        assertTrue(r.err().contains("cannot read program"), r.err());
        assertTrue(r.err().contains("no such file"), r.err());
    }

    @Test
    void missingInputExits74() {
        Result r = run("run", program, "--input", dir.resolve("absent.json").toString());
        assertEquals(74, r.exitCode());
        assertTrue(r.err().startsWith("turnout: cannot read input '"), r.err());
        assertNoStackTrace(r);
    }

    @Test
    void directoryAsInputExits74() {
        Result r = run("run", program, "--input", dir.toString());
        assertEquals(74, r.exitCode());
        assertTrue(r.err().contains("is a directory"), r.err());
    }

    static void assertNoStackTrace(Result r) {
        assertFalse(r.err().contains("\tat "), r.err());
        assertFalse(r.err().contains("Exception in thread"), r.err());
        assertFalse(r.err().contains("dev.turnout."), r.err());
    }
}
