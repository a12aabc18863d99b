package dev.turnout.source;

/**
 * A position in a {@link Source}: 1-based line and column of the first character, and the character
 * offsets [start, end). Every token and AST node carries one.
 */
public record Span(int line, int column, int start, int end) {
    public static final Span NONE = new Span(0, 0, 0, 0);

    /** The smallest span covering both. */
    public Span to(Span other) {
        return new Span(line, column, start, Math.max(end, other.end));
    }

    @Override
    public String toString() {
        return line + ":" + column;
    }
}
