package dev.turnout.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.cli.CliRunner.Result;
import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The top command: usage errors (64), help, version, the exit-code table, and internal errors (70). */
class CommandLineTest {
    @Test
    void unknownOptionIsAUsageError() {
        Result r = CliRunner.run("run", "x.bl", "--no-such-option");
        assertEquals(64, r.exitCode());
        assertTrue(r.err().startsWith("turnout: Unknown option: '--no-such-option'"), r.err());
        assertTrue(r.err().contains("Try 'turnout run --help'"), r.err());
    }

    @Test
    void missingProgramArgumentIsAUsageError() {
        assertEquals(64, CliRunner.run("check").exitCode());
    }

    @Test
    void unknownCommandIsAUsageError() {
        Result r = CliRunner.run("frobnicate");
        assertEquals(64, r.exitCode());
    }

    @Test
    void noCommandPrintsUsageAndIsAUsageError() {
        Result r = CliRunner.run();
        assertEquals(64, r.exitCode());
        assertTrue(r.err().contains("Usage: turnout"), r.err());
    }

    @Test
    void helpShowsTheExitCodeTable() {
        Result r = CliRunner.run("run", "--help");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().contains("Exit codes:"), r.out());
        assertTrue(r.out().contains("74   unreadable program or input file"), r.out());
        assertTrue(r.out().contains("64   usage error"), r.out());
    }

    @Test
    void versionNamesTurnout() {
        Result r = CliRunner.run("--version");
        assertEquals(0, r.exitCode());
        assertTrue(r.out().startsWith("turnout "), r.out());
    }

    @Test
    void unexpectedExceptionsAreInternalErrorsWithoutStackTrace() {
        StringWriter err = new StringWriter();
        CommandLine command = TurnoutCommand.newCommandLine(System.in, new PrintWriter(new StringWriter()),
                new PrintWriter(err));
        int code = new ExecutionFailureHandler().handleExecutionException(
                new IllegalStateException("boom"), command, null);
        assertEquals(70, code);
        assertEquals("internal error: IllegalStateException: boom", err.toString().strip());
    }
}
