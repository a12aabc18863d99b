package dev.turnout.syntax;

import dev.turnout.errors.Diagnostic;
import dev.turnout.source.Source;
import dev.turnout.source.Span;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns Branchline source text into tokens (LANGUAGE.md §2).
 *
 * <p>Lexing stops at the first lexical error (§2.10): the result then carries the tokens read so far, followed by an
 * EOF token, and the error as a {@link Diagnostic} whose message is the bare spec text (for example
 * {@code Unterminated string}) and whose position is the start of the offending token (the opening quote, backtick or
 * {@code /*}, or the unexpected character itself).
 */
public final class Lexer {

    /** The tokens (always ending with EOF) and the lexical error, or null when there was none. */
    public record Result(List<Token> tokens, Diagnostic error) {
        public boolean ok() { return error == null; }
    }

    /** Internal signal carrying a lexical error out of the scanning loop. */
    private static final class LexError extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int offset;

        LexError(int offset, String message) {
            super(message, null, false, false);
            this.offset = offset;
        }
    }

    private final Source source;
    private final String text;
    private final int length;
    private final List<Token> tokens = new ArrayList<>();
    private int pos;

    private Lexer(Source source) {
        this.source = source;
        this.text = source.text();
        this.length = text.length();
    }

    public static Result lex(Source source) {
        return new Lexer(source).run();
    }

    private Result run() {
        Diagnostic error = null;
        try {
            while (true) {
                skipTrivia();
                if (pos >= length) break;
                scanToken();
            }
        } catch (LexError e) {
            error = Diagnostic.at(source, spanOf(e.offset, Math.min(e.offset + 1, length)), e.getMessage());
        }
        tokens.add(new Token(TokenKind.EOF, "", null, spanOf(length, length)));
        return new Result(List.copyOf(tokens), error);
    }

    private Span spanOf(int start, int end) {
        return new Span(source.lineOf(start), source.columnOf(start), start, end);
    }

    private char at(int i) {
        return i < length ? text.charAt(i) : '\0';
    }

    // ----- whitespace and comments (§2.2, §2.3) -----

    private void skipTrivia() {
        while (pos < length) {
            char c = text.charAt(pos);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                pos++;
            } else if (c == '/' && at(pos + 1) == '*') {
                int close = text.indexOf("*/", pos + 2);
                if (close < 0) throw new LexError(pos, "Unterminated block comment");
                pos = close + 2;
            } else if (c == '/' && at(pos + 1) == '/' && isLineComment(pos)) {
                while (pos < length && text.charAt(pos) != '\n') pos++;
            } else {
                return;
            }
        }
    }

    /**
     * The §2.3 rule, purely textual: {@code //} is the integer-division operator when the nearest preceding character
     * on the same line that is not a space, tab or CR is a letter, a digit, {@code )}, {@code ]}, {@code "},
     * {@code _} or {@code $}; otherwise (or when there is no such character) it starts a comment.
     */
    private boolean isLineComment(int slashes) {
        int i = slashes - 1;
        while (i >= 0) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r') {
                i--;
            } else if (c == '\n') {
                return true;
            } else {
                boolean value = Character.isLetterOrDigit(c)
                        || c == ')' || c == ']' || c == '"' || c == '_' || c == '$';
                return !value;
            }
        }
        return true;
    }

    // ----- tokens -----

    private void scanToken() {
        int start = pos;
        char c = text.charAt(pos);
        switch (c) {
            case '(' -> simple(TokenKind.LPAREN, 1);
            case ')' -> simple(TokenKind.RPAREN, 1);
            case '{' -> simple(TokenKind.LBRACE, 1);
            case '}' -> simple(TokenKind.RBRACE, 1);
            case '[' -> simple(TokenKind.LBRACKET, 1);
            case ']' -> simple(TokenKind.RBRACKET, 1);
            case ',' -> simple(TokenKind.COMMA, 1);
            case ':' -> simple(TokenKind.COLON, 1);
            case ';' -> simple(TokenKind.SEMICOLON, 1);
            case '.' -> simple(TokenKind.DOT, 1);
            case '*' -> simple(TokenKind.STAR, 1);
            case '%' -> simple(TokenKind.PERCENT, 1);
            case '$' -> simple(TokenKind.DOLLAR, 1);
            case '+' -> twoChar('+', TokenKind.PLUS_PLUS, TokenKind.PLUS);
            case '-' -> twoChar('>', TokenKind.ARROW, TokenKind.MINUS);
            // A "//" that reaches here was classified as the operator by skipTrivia.
            case '/' -> twoChar('/', TokenKind.SLASH_SLASH, TokenKind.SLASH);
            case '!' -> twoChar('=', TokenKind.BANG_EQ, TokenKind.BANG);
            case '<' -> twoChar('=', TokenKind.LE, TokenKind.LT);
            case '>' -> twoChar('=', TokenKind.GE, TokenKind.GT);
            case '|' -> twoChar('|', TokenKind.OR_OR, TokenKind.PIPE);
            case '?' -> twoChar('?', TokenKind.QUESTION_QUESTION, TokenKind.QUESTION);
            case '=' -> {
                char next = at(pos + 1);
                if (next == '=') simple(TokenKind.EQ_EQ, 2);
                else if (next == '>') simple(TokenKind.ARROW, 2);
                else simple(TokenKind.EQ, 1);
            }
            case '&' -> {
                if (at(pos + 1) != '&') throw new LexError(start, "Unexpected '&'");
                simple(TokenKind.AND_AND, 2);
            }
            case '"' -> string();
            case '`' -> backtickIdentifier();
            default -> {
                if (c >= '0' && c <= '9') {
                    number();
                } else if (c == '_' || Character.isLetter(c)) {
                    identifier();
                } else {
                    String shown = new String(Character.toChars(text.codePointAt(pos)));
                    throw new LexError(start, "Unexpected character '" + shown + "'");
                }
            }
        }
    }

    private void simple(TokenKind kind, int width) {
        add(kind, pos, pos + width, null);
    }

    private void twoChar(char second, TokenKind doubled, TokenKind single) {
        if (at(pos + 1) == second) simple(doubled, 2);
        else simple(single, 1);
    }

    private void add(TokenKind kind, int start, int end, Object value) {
        tokens.add(new Token(kind, text.substring(start, end), value, spanOf(start, end)));
        pos = end;
    }

    private static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** §2.6: digits, then a fraction only when a digit follows the dot; greedy, so {@code a.0.1} is a . 0.1. */
    private void number() {
        int start = pos;
        int i = pos;
        while (i < length && isAsciiDigit(text.charAt(i))) i++;
        boolean fraction = false;
        if (at(i) == '.' && i + 1 < length && isAsciiDigit(text.charAt(i + 1))) {
            fraction = true;
            i++;
            while (i < length && isAsciiDigit(text.charAt(i))) i++;
        }
        String digits = text.substring(start, i);
        Object value;
        if (fraction) {
            value = Double.parseDouble(digits);
        } else if (digits.length() <= 18) {
            value = Long.parseLong(digits); // at most 18 digits always fits
        } else {
            BigInteger big = new BigInteger(digits);
            value = big.bitLength() < 64 ? (Object) big.longValue() : big;
        }
        add(TokenKind.NUMBER, start, i, value);
    }

    private void identifier() {
        int start = pos;
        int i = pos + 1;
        while (i < length) {
            char c = text.charAt(i);
            if (c == '_' || Character.isLetterOrDigit(c)) i++;
            else break;
        }
        String word = text.substring(start, i);
        TokenKind keyword = Keywords.lookup(word);
        add(keyword != null ? keyword : TokenKind.IDENTIFIER, start, i, word);
    }

    /** §2.4: any characters except backtick and newline, at least one; never a keyword. */
    private void backtickIdentifier() {
        int start = pos;
        int i = pos + 1;
        while (i < length && text.charAt(i) != '`' && text.charAt(i) != '\n') i++;
        if (i >= length || text.charAt(i) == '\n') throw new LexError(start, "Unterminated identifier");
        if (i == start + 1) throw new LexError(start, "Empty identifier");
        add(TokenKind.IDENTIFIER, start, i + 1, text.substring(start + 1, i));
    }

    /** §2.7; the decoded content is kept exactly, quotes included (DECISIONS.md D3). */
    private void string() {
        int start = pos;
        StringBuilder out = new StringBuilder();
        int i = pos + 1;
        while (true) {
            if (i >= length) throw new LexError(start, "Unterminated string");
            char c = text.charAt(i);
            if (c == '"') break;
            if (c == '\n') throw new LexError(start, "Unterminated string");
            if (c != '\\') {
                out.append(c);
                i++;
                continue;
            }
            if (i + 1 >= length) throw new LexError(start, "Unterminated string escape");
            char e = text.charAt(i + 1);
            switch (e) {
                case 'n' -> out.append('\n');
                case 't' -> out.append('\t');
                case 'r' -> out.append('\r');
                case 'u' -> {
                    out.append(unicodeEscape(start, i + 2));
                    i += 4;
                }
                default -> out.append(e); // \\, \" and any other character stand for themselves
            }
            i += 2;
        }
        add(TokenKind.STRING, start, i + 1, out.toString());
    }

    /** The four hex digits at {@code from}; a missing digit (end, quote, line break) is "unterminated". */
    private char unicodeEscape(int stringStart, int from) {
        int code = 0;
        for (int k = 0; k < 4; k++) {
            int p = from + k;
            if (p >= length || text.charAt(p) == '"' || text.charAt(p) == '\n') {
                throw new LexError(stringStart, "Unterminated unicode escape");
            }
            int digit = Character.digit(text.charAt(p), 16);
            // Character.digit also accepts non-ASCII digits; the escape takes ASCII hex only.
            if (digit < 0 || text.charAt(p) > 'f') throw new LexError(stringStart, "Invalid unicode escape");
            code = code * 16 + digit;
        }
        return (char) code;
    }
}
