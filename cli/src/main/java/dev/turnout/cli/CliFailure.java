package dev.turnout.cli;

/**
 * Ends a command with an exit code and a message for standard error, already worded for the user (a rendered
 * compile error, {@code turnout: cannot read ...}). Carries no Java stack trace: it is an outcome, not a bug.
 * {@link ExecutionFailureHandler} prints the message and returns the code.
 */
final class CliFailure extends RuntimeException {
    private final int exitCode;

    CliFailure(int exitCode, String message) {
        this(exitCode, message, null);
    }

    CliFailure(int exitCode, String message, Throwable cause) {
        super(message, cause, false, false);
        this.exitCode = exitCode;
    }

    /** Standard output was closed under us (e.g. piped into {@code head}): stop reading input, exit 74. */
    static CliFailure outputUnwritable() {
        return new CliFailure(ExitCodes.UNREADABLE_FILE, "turnout: cannot write to standard output");
    }

    int exitCode() {
        return exitCode;
    }
}
