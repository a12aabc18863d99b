package dev.turnout.cli;

import dev.turnout.Program;
import dev.turnout.errors.MalformedInputException;
import dev.turnout.errors.TransformException;
import java.io.IOException;
import java.io.PrintWriter;

/**
 * {@code turnout run --jsonl}: runs the program once per line of a JSON Lines input and writes one compact JSON
 * line per successful document, streaming — one line is in memory at a time, so input size is not limited by the
 * heap.
 *
 * <p>Blank lines are skipped. A line that is not a JSON object (or not UTF-8), or on which the program fails, is
 * reported on standard error as {@code name:LINE[:COL]: kind: message} and writes <em>nothing</em> to standard
 * output; the run goes on with the next line. Output lines therefore do not align with input lines once something failed: the
 * error report names every failed line, and a summary ({@code N of M documents failed}) ends the run. Exit code:
 * 3 if any line was malformed, else 1 if any document failed, else 0.
 *
 * <p>Output is flushed whenever no more input is immediately available (so interactive use and {@code tail -f}
 * pipelines see results at once), before each error report (so stdout and stderr stay in order on a terminal),
 * periodically, and at the end.
 */
final class JsonLinesRun {
    /** How often, in documents, a steadily streaming run flushes and checks that standard output is still open. */
    private static final int CHECK_EVERY = 4096;

    private final Program program;
    private final InputSource input;
    private final PrintWriter out;
    private final PrintWriter err;
    private long documents;
    private long malformed;
    private long failed;

    JsonLinesRun(Program program, InputSource input, PrintWriter out, PrintWriter err) {
        this.program = program;
        this.input = input;
        this.out = out;
        this.err = err;
    }

    /** Runs every line; returns the exit code. An unreadable input or closed output is thrown as {@link CliFailure}. */
    int run() {
        try (Utf8LineReader reader = input.openLines()) {
            long lineNumber = 0;
            while (true) {
                String line;
                try {
                    line = reader.readLine();
                } catch (MalformedInputException e) { // not UTF-8: this line fails, the run goes on
                    lineNumber++;
                    documents++;
                    malformed++;
                    report(InputDiagnostics.malformedLine(input.name(), lineNumber, e));
                    continue;
                }
                if (line == null) break;
                lineNumber++;
                if (line.isBlank()) continue;
                documents++;
                runLine(lineNumber, line);
                // checkError() flushes; a closed stdout (e.g. `| head`) ends the run instead of reading on for nothing.
                if ((documents % CHECK_EVERY == 0 || !reader.ready()) && out.checkError()) {
                    throw CliFailure.outputUnwritable();
                }
            }
        } catch (IOException e) {
            out.flush();
            throw input.unreadable(e);
        }
        if (out.checkError()) throw CliFailure.outputUnwritable();
        return finish();
    }

    private void runLine(long lineNumber, String line) {
        String result;
        try {
            result = program.runJson(line);
        } catch (MalformedInputException e) {
            malformed++;
            report(InputDiagnostics.malformedLine(input.name(), lineNumber, e));
            return;
        } catch (TransformException e) {
            failed++;
            report(InputDiagnostics.failedLine(input.name(), lineNumber, e));
            return;
        } catch (RuntimeException e) {
            // A Turnout bug: stop, but say which line triggered it.
            out.flush();
            throw new CliFailure(ExitCodes.INTERNAL_ERROR,
                    input.name() + ":" + lineNumber + ": " + InternalErrorReport.describe(e), e);
        }
        out.write(result);
        out.write('\n');
    }

    private void report(String message) {
        out.flush();
        err.println(message);
        err.flush();
    }

    private int finish() {
        long failures = malformed + failed;
        if (failures == 0) return ExitCodes.OK;
        StringBuilder summary = new StringBuilder(input.name()).append(": ")
                .append(failures).append(" of ").append(documents)
                .append(documents == 1 ? " document failed (" : " documents failed (");
        if (malformed > 0) summary.append(malformed).append(" malformed");
        if (malformed > 0 && failed > 0) summary.append(", ");
        if (failed > 0) summary.append(failed).append(" with a runtime error");
        err.println(summary.append(')'));
        err.flush();
        return malformed > 0 ? ExitCodes.MALFORMED_INPUT : ExitCodes.RUNTIME_ERROR;
    }
}
