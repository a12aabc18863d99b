package dev.turnout.cli;

import dev.turnout.errors.MalformedInputException;
import dev.turnout.errors.TransformException;

/**
 * Words problems with input documents as {@code name:line:column: kind: message} lines, the form compilers use, so
 * editors and {@code grep} can jump to them: {@code data.json:3:7: malformed input: Unexpected character ('}')}.
 */
final class InputDiagnostics {
    static final String MALFORMED = "malformed input";
    static final String RUNTIME = "runtime error";

    private InputDiagnostics() {}

    /** A whole input document that is not JSON or not an object; the position is within the document. */
    static String malformedDocument(String source, MalformedInputException e) {
        String at = e.line() > 0 ? source + ":" + e.line() + ":" + e.column() : source;
        return at + ": " + MALFORMED + ": " + e.getMessage();
    }

    /** One JSON Lines line that is not JSON or not an object; {@code line} is the line number in the file. */
    static String malformedLine(String source, long line, MalformedInputException e) {
        String at = e.column() > 0 ? source + ":" + line + ":" + e.column() : source + ":" + line;
        return at + ": " + MALFORMED + ": " + e.getMessage();
    }

    /**
     * One JSON Lines document on which the program failed: the input position, then the runtime error as
     * {@link TransformException#render()} gives it (program location, type, message, Branchline stack).
     */
    static String failedLine(String source, long line, TransformException e) {
        return source + ":" + line + ": " + RUNTIME + ": " + e.render();
    }
}
