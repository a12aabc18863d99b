package dev.turnout.syntax;

import dev.turnout.source.Span;

/**
 * One token: its kind, its exact source text, its decoded value and its position.
 *
 * <p>{@code value} is a {@code Long}, {@code Double} or {@code java.math.BigInteger} for numbers (§2.6), the decoded
 * content for strings (§2.7, kept exactly per DECISIONS.md D3), the name for identifiers (the content without
 * backticks for a backtick identifier) and the source spelling for keywords; null for punctuation and EOF.
 * {@code lexeme} is the raw text (strings with their quotes, backtick names with their backticks; "" for EOF).
 */
public record Token(TokenKind kind, String lexeme, Object value, Span span) {

    public int line() { return span.line(); }

    public int column() { return span.column(); }

    /** Whether this token can stand where a name is expected (identifier or soft keyword). */
    public boolean isName() { return kind.isName(); }

    /** The name this token denotes; only meaningful when {@link #isName()}. */
    public String name() { return (String) value; }

    /** How the token is quoted in a parse error: {@code near 'x'}, or {@code near end of input}. */
    public String near() {
        return kind == TokenKind.EOF ? "near end of input" : "near '" + lexeme + "'";
    }

    @Override
    public String toString() {
        return kind + (kind == TokenKind.EOF ? "" : "'" + lexeme + "'") + "@" + span;
    }
}
