package dev.turnout.cli;

import static dev.turnout.cli.CliRunner.file;
import static dev.turnout.cli.CliRunner.run;
import static dev.turnout.cli.CliRunner.runWithStdin;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.cli.CliRunner.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code turnout run --jsonl}: one output line per good document, errors per line, and the summary exit code. */
class JsonLinesRunTest {
    @TempDir
    Path dir;

    private String program;

    @BeforeEach
    void writeProgram() {
        program = file(dir, "ratio.bl", "TRANSFORM T { OUTPUT { id: input.id, r: input.a // input.b } }");
    }

    @Test
    void writesOneCompactLinePerDocumentAndSkipsBlankLines() {
        String input = file(dir, "in.jsonl", "{\"id\":1,\"a\":6,\"b\":3}\n\n   \n{\"id\":2,\n\"a\":8,\"b\":2}\n"
                .replace(",\n\"a\"", ",\"a\""));
        Result r = run("run", program, "--jsonl", "--input", input);
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{\"id\":1,\"r\":2}\n{\"id\":2,\"r\":4}\n", r.out());
        assertEquals("", r.err(), "no summary when nothing failed");
    }

    @Test
    void malformedAndFailingLinesAreReportedAndTheRunGoesOn() {
        String input = file(dir, "input.jsonl", String.join("\n",
                "{\"id\":1,\"a\":6,\"b\":3}",
                "{\"id\":2,\"a\":,\"b\":3}",
                "{\"id\":3,\"a\":6,\"b\":0}",
                "",
                "[1]",
                "{\"id\":6,\"a\":9,\"b\":3}") + "\n");
        Result r = run("run", program, "--jsonl", "--input", input);

        assertEquals(3, r.exitCode(), "a malformed line wins over a failed document");
        assertEquals("{\"id\":1,\"r\":2}\n{\"id\":6,\"r\":3}\n", r.out(), "nothing is written for failed lines");
        String[] err = r.err().split("\n");
        assertTrue(err[0].startsWith(input + ":2:13: malformed input: "), r.err());
        assertTrue(err[1].startsWith(input + ":3: runtime error: " + program + ":1:"), r.err());
        assertTrue(err[1].endsWith("Division by zero"), r.err());
        assertTrue(r.err().contains(input + ":5:1: malformed input: Input JSON must be an object\n"), r.err());
        assertTrue(err[err.length - 1].startsWith(input + ": 3 of 5 documents failed"), r.err());
        RunCommandTest.assertNoStackTrace(r);
    }

    @Test
    void onlyRuntimeFailuresExit1() {
        Result r = runWithStdin("{\"id\":1,\"a\":1,\"b\":0}\n{\"id\":2,\"a\":4,\"b\":2}\n",
                "run", program, "--jsonl", "--input", "-");
        assertEquals(1, r.exitCode());
        assertEquals("{\"id\":2,\"r\":2}\n", r.out());
        assertTrue(r.err().startsWith("<stdin>:1: runtime error: "), r.err());
        assertTrue(r.err().endsWith("<stdin>: 1 of 2 documents failed (1 with a runtime error)\n"), r.err());
    }

    @Test
    void crlfLineEndingsAndEmptyInputAreFine() {
        Result r = runWithStdin("{\"id\":1,\"a\":6,\"b\":3}\r\n{\"id\":2,\"a\":6,\"b\":2}\r\n",
                "run", program, "--jsonl", "--input", "-");
        assertEquals(0, r.exitCode(), r.err());
        assertEquals("{\"id\":1,\"r\":2}\n{\"id\":2,\"r\":3}\n", r.out());

        Result empty = runWithStdin("", "run", program, "--jsonl", "--input", "-");
        assertEquals(0, empty.exitCode(), empty.err());
        assertEquals("", empty.out());
    }

    @Test
    void jsonlNeedsAnInputAndRejectsPretty() {
        assertEquals(64, run("run", program, "--jsonl").exitCode());
        Result r = run("run", program, "--jsonl", "--pretty", "--input", "-");
        assertEquals(64, r.exitCode());
        assertTrue(r.err().contains("--pretty cannot be combined with --jsonl"), r.err());
    }

    @Test
    void compileErrorStopsBeforeReadingInput() {
        String bad = file(dir, "bad.bl", "TRANSFORM T { OUTPUT { a: nope } }");
        Result r = run("run", bad, "--jsonl", "--input", dir.resolve("absent.jsonl").toString());
        assertEquals(2, r.exitCode());
    }

    @Test
    void missingInputExits74() {
        Result r = run("run", program, "--jsonl", "--input", dir.resolve("absent.jsonl").toString());
        assertEquals(74, r.exitCode());
        assertTrue(r.err().contains("no such file"), r.err());
    }
}
