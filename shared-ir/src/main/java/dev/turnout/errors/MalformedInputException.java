package dev.turnout.errors;

/**
 * The input document is not valid JSON, or not a JSON object (LANGUAGE.md §11.1). Carries the 1-based line and
 * column in the input text where the problem was found (0 when not applicable).
 */
public final class MalformedInputException extends TurnoutException {
    private final int line;
    private final int column;

    public MalformedInputException(String message, int line, int column) {
        super(message);
        this.line = line;
        this.column = column;
    }

    public int line() { return line; }

    public int column() { return column; }

    /** {@code line L, column C: message}, or just the message when there is no position. */
    public String render() {
        return line > 0 ? "line " + line + ", column " + column + ": " + getMessage() : getMessage();
    }
}
