package dev.turnout.cli;

import dev.turnout.Program;
import dev.turnout.errors.MalformedInputException;
import dev.turnout.errors.TransformException;
import java.io.PrintWriter;

/**
 * {@code turnout run} without {@code --jsonl}: one input document (a file, standard input, or {@code {}} when there
 * is no {@code --input}), one result printed as JSON and a newline. The result is complete before anything is
 * written, so a failing run never leaves half a document on standard output.
 */
final class SingleDocumentRun {
    private SingleDocumentRun() {}

    /**
     * @param input  where the document comes from, or {@code null} for the empty object
     * @param pretty 2-space indentation instead of compact JSON (DECISIONS.md D13)
     * @return {@link ExitCodes#OK}; failures are thrown as {@link CliFailure}
     */
    static int run(Program program, InputSource input, boolean pretty, PrintWriter out) {
        String text = input == null ? "{}" : input.readAll();
        String result;
        try {
            result = program.runJson(text, pretty);
        } catch (MalformedInputException e) {
            throw new CliFailure(ExitCodes.MALFORMED_INPUT, InputDiagnostics.malformedDocument(input.name(), e));
        } catch (TransformException e) {
            throw new CliFailure(ExitCodes.RUNTIME_ERROR, e.render());
        }
        out.write(result);
        out.write('\n'); // always \n: JSON output should not depend on the platform's line separator
        if (out.checkError()) throw CliFailure.outputUnwritable(); // checkError() also flushes
        return ExitCodes.OK;
    }
}
