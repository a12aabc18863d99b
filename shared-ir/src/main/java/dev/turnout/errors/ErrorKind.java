package dev.turnout.errors;

/**
 * The kind of a runtime error. {@link #typeName()} is the name a program sees as {@code err.type} in CATCH
 * (LANGUAGE.md §10.2, DECISIONS.md D9); limit violations are not catchable (D11).
 */
public enum ErrorKind {
    ILLEGAL_STATE("IllegalStateException"),
    ILLEGAL_ARGUMENT("IllegalArgumentException"),
    ARITHMETIC("ArithmeticException"),
    CLASS_CAST("ClassCastException"),
    NUMBER_FORMAT("NumberFormatException"),
    NULL_POINTER("NullPointerException"),
    UNSUPPORTED_OPERATION("UnsupportedOperationException"),
    INDEX_OUT_OF_BOUNDS("IndexOutOfBoundsException"),
    PATTERN_SYNTAX("PatternSyntaxException"),
    STACK_OVERFLOW("StackOverflowError"),
    /** An error raised by a user-registered host function; the exception carries the host's own type name. */
    HOST("HostFunctionException"),
    /** A run exceeded a configured limit (instructions, time, output size). TRY cannot catch it. */
    LIMIT_EXCEEDED("LimitExceeded");

    private final String typeName;

    ErrorKind(String typeName) {
        this.typeName = typeName;
    }

    public String typeName() {
        return typeName;
    }

    public boolean catchable() {
        return this != LIMIT_EXCEEDED;
    }
}
