package dev.turnout.cli;

import static dev.turnout.cli.CliRunner.file;
import static dev.turnout.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.cli.CliRunner.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code turnout bench}: the table's shape and the exit codes. Never the numbers: timing depends on the machine.
 * Works with and without the JIT on the class path (the cli module's tests may run either way).
 */
class BenchCommandTest {
    private static final String SUM = """
            FUNC sq(x) = x * x
            TRANSFORM T {
                LET total = 0
                FOR EACH i IN RANGE(input.n) { SET total = total + sq(i) }
                OUTPUT { total: total, names: MAP(input.people, (p) -> UPPER(p.name)) }
            }
            """;

    @TempDir
    Path dir;

    @Test
    void printsOneRowPerTierAndExits0() {
        String program = file(dir, "sum.bl", SUM);
        String input = file(dir, "in.json", "{\"n\": 50, \"people\": [{\"name\": \"ada\"}, {\"name\": \"bo\"}]}");
        Result r = run("bench", program, "--input", input, "--seconds", "1");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("", r.err());
        String[] lines = r.out().split("\n");
        assertTrue(lines[0].startsWith(program + ": 0.5 s warm-up, 1 s measured per tier"), r.out());
        assertTrue(lines[1].matches("tier\\s+runs\\s+ops/s\\s+ratio"), r.out());
        assertTrue(lines[2].matches("interpreter\\s+[1-9]\\d*\\s+\\d+\\.\\d\\s+1\\.00x"), r.out());
        if (BenchCommand.jitOnClassPath()) {
            assertEquals(5, lines.length, r.out());
            assertTrue(lines[3].matches("jit\\s+[1-9]\\d*\\s+\\d+\\.\\d\\s+\\d+\\.\\d\\dx"), r.out());
            assertTrue(lines[4].matches("jit: \\d+ of 3 functions compiled.*"), r.out());
        } else {
            assertEquals(4, lines.length, r.out());
            assertTrue(lines[3].startsWith("jit: not on the class path"), r.out());
        }
    }

    @Test
    void warmupOptionAndDefaultInput() {
        String program = file(dir, "c.bl", "TRANSFORM T { OUTPUT { keys: KEYS(input) } }");
        Result r = run("bench", program, "--seconds", "0.2", "--warmup", "0");
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().startsWith(program + ": 0 s warm-up, 0.2 s measured per tier\n"), r.out());
    }

    @Test
    void runtimeErrorExits1BeforeMeasuring() {
        String program = file(dir, "div.bl", "TRANSFORM T {\n  OUTPUT { r: 1 / input.d }\n}\n");
        String input = file(dir, "in.json", "{\"d\": 0}");
        Result r = run("bench", program, "--input", input, "--seconds", "1");
        assertEquals(1, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().startsWith(program + ":2:"), r.err());
        assertTrue(r.err().contains("IllegalArgumentException: Division by zero"), r.err());
    }

    @Test
    void compileErrorExits2() {
        String program = file(dir, "bad.bl", "TRANSFORM T { OUTPUT { a: nope } }");
        Result r = run("bench", program, "--seconds", "1");
        assertEquals(2, r.exitCode());
        assertTrue(r.err().contains("Undefined identifier 'nope'"), r.err());
    }

    @Test
    void malformedInputExits3() {
        String program = file(dir, "p.bl", SUM);
        String input = file(dir, "in.json", "{\"n\": }");
        Result r = run("bench", program, "--input", input, "--seconds", "1");
        assertEquals(3, r.exitCode());
        assertTrue(r.err().startsWith(input + ":1:7: malformed input: "), r.err());
    }

    @Test
    void nonPositiveSecondsIsAUsageError() {
        String program = file(dir, "p.bl", SUM);
        Result r = run("bench", program, "--seconds", "0");
        assertEquals(64, r.exitCode());
        assertTrue(r.err().contains("--seconds must be more than 0"), r.err());
        assertEquals(64, run("bench", program, "--warmup", "-1").exitCode());
    }

    @Test
    void missingProgramExits74() {
        Result r = run("bench", dir.resolve("absent.bl").toString(), "--seconds", "1");
        assertEquals(74, r.exitCode());
        assertTrue(r.err().contains("cannot read program"), r.err());
    }
}
