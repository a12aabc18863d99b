package dev.turnout.cli;

import static dev.turnout.cli.CliRunner.file;
import static dev.turnout.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.cli.CliRunner.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code turnout check} and {@code turnout disasm}. */
class CheckAndDisasmTest {
    private static final String GOOD = "FUNC twice(x) = x * 2\nTRANSFORM T { OUTPUT { v: twice(input.n) } }\n";
    private static final String BAD = "TRANSFORM T {\n  OUTPUT { a: nope, b: nope2 }\n}\n";

    @TempDir
    Path dir;

    @Test
    void checkPrintsOkForAValidProgram() {
        String program = file(dir, "good.bl", GOOD);
        Result r = run("check", program);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals(program + ": OK\n", r.out());
    }

    @Test
    void checkPrintsEveryDiagnosticAndExits2() {
        String program = file(dir, "bad.bl", BAD);
        Result r = run("check", program);
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertTrue(r.err().contains(program + ":2:15: "), r.err());
        assertTrue(r.err().contains(program + ":2:24: "), r.err());
        assertTrue(r.err().contains("^"), r.err());
        RunCommandTest.assertNoStackTrace(r);
    }

    @Test
    void checkOfAMissingFileExits74() {
        assertEquals(74, run("check", dir.resolve("absent.bl").toString()).exitCode());
    }

    @Test
    void disasmPrintsEveryFunction() {
        String program = file(dir, "good.bl", GOOD);
        Result r = run("disasm", program);
        assertEquals(0, r.exitCode(), r.err());
        assertTrue(r.out().contains("function 0"), r.out());
        assertTrue(r.out().contains("function 1"), r.out());
    }

    @Test
    void disasmReportsCompileErrorsLikeCheck() {
        String program = file(dir, "bad.bl", BAD);
        Result r = run("disasm", program);
        assertEquals(2, r.exitCode());
        assertEquals("", r.out());
        assertEquals(run("check", program).err(), r.err());
    }
}
