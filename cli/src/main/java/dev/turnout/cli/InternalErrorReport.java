package dev.turnout.cli;

import java.io.PrintWriter;

/**
 * Words an unexpected Java exception (a Turnout bug, or the JVM running out of stack or memory) as one line,
 * {@code internal error: Type: message}, so that no Java stack trace reaches the terminal. Setting the environment
 * variable {@code TURNOUT_DEBUG} to any non-empty value adds the stack trace, for bug reports.
 */
final class InternalErrorReport {
    static final String DEBUG_VARIABLE = "TURNOUT_DEBUG";

    private InternalErrorReport() {}

    /** The one-line report for {@code error}. */
    static String describe(Throwable error) {
        String message = error.getMessage();
        String type = error.getClass().getSimpleName();
        String report = "internal error: " + (message == null || message.isBlank() ? type : type + ": " + message);
        // The one internal error a user can work around: something nested deeper than the Java stack allows.
        if (error instanceof StackOverflowError) report += " (nesting too deep; a larger stack may help: JAVA_OPTS=-Xss64m)";
        return report;
    }

    /** Prints the report (and, when debugging is on, the stack trace) to {@code err}. */
    static void print(Throwable error, PrintWriter err) {
        err.println(describe(error));
        printTraceIfDebugging(error, err);
    }

    /** Prints the stack trace of {@code error} only when {@code TURNOUT_DEBUG} is set. */
    static void printTraceIfDebugging(Throwable error, PrintWriter err) {
        if (debugEnabled()) error.printStackTrace(err);
        err.flush();
    }

    private static boolean debugEnabled() {
        String value = System.getenv(DEBUG_VARIABLE);
        return value != null && !value.isEmpty();
    }
}
