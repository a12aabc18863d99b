package dev.turnout.syntax;

import static dev.turnout.syntax.TokenKind.*;

import dev.turnout.errors.Diagnostic;
import dev.turnout.source.Source;
import dev.turnout.source.Span;
import java.util.ArrayList;
import java.util.List;

/**
 * The token stream shared by {@link Parser}, {@link StatementParser} and {@link ExpressionParser}: the position,
 * lookahead, the line-based termination check of §3.3, the diagnostics recorded so far and the token skipping that
 * recovery does (the recovery rules are described on {@link Parser}).
 */
final class TokenCursor {
    /** Unwinds to the nearest recovery point after the diagnostic has been recorded. */
    static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ParseError() { super(null, null, false, false); }
    }

    /** Recovery found the start of a new declaration inside a block: abandon everything up to the top level. */
    static final class Unwind extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unwind() { super(null, null, false, false); }
    }

    private final Source source;
    private final List<Token> tokens;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private Token lastErrorToken;
    private int pos;

    TokenCursor(Source source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    /** Every diagnostic recorded so far, in order. */
    List<Diagnostic> diagnostics() { return diagnostics; }

    // =====================================================================================================
    // Token navigation
    // =====================================================================================================

    /** The index of the next token: where a statement begins (for recovery) or a lookahead scan starts. */
    int position() { return pos; }

    int size() { return tokens.size(); }

    /** The token at {@code index}, or the final EOF token beyond the end. */
    Token tokenAt(int index) { return tokens.get(Math.min(index, tokens.size() - 1)); }

    Token peek() { return tokens.get(pos); }

    Token peekAt(int ahead) { return tokens.get(Math.min(pos + ahead, tokens.size() - 1)); }

    TokenKind kindAt(int index) { return tokens.get(Math.min(index, tokens.size() - 1)).kind(); }

    Token previous() { return tokens.get(pos - 1); }

    Token advance() {
        Token t = tokens.get(pos);
        if (t.kind() != EOF) pos++;
        return t;
    }

    boolean check(TokenKind kind) { return peek().kind() == kind; }

    boolean match(TokenKind kind) {
        if (!check(kind)) return false;
        advance();
        return true;
    }

    Token expect(TokenKind kind, String message) {
        if (check(kind)) return advance();
        throw error(peek(), message);
    }

    Token expectName(String message) {
        if (peek().isName()) return advance();
        throw error(peek(), message);
    }

    /** The span from {@code first} to the last consumed token. */
    Span from(Token first) {
        return first.span().to(previous().span());
    }

    private boolean atLineStart(int index) {
        return index == 0 || tokens.get(index - 1).line() < tokens.get(index).line();
    }

    /** Records a diagnostic at {@code at} (once per token) and returns the exception to throw. */
    ParseError error(Token at, String message) {
        if (at != lastErrorToken) {
            diagnostics.add(Diagnostic.at(source, at.span(), message + " " + at.near()));
            lastErrorToken = at;
        }
        return new ParseError();
    }

    /**
     * §3.3: a ';' (consumed), or the next token on a later line than the statement's last token, or the next token
     * being '}' or EOF.
     */
    void terminator() {
        if (match(SEMICOLON)) return;
        Token next = peek();
        if (next.kind() == RBRACE || next.kind() == EOF) return;
        if (next.line() > previous().line()) return;
        throw error(next, "Expect ';' or newline between statements");
    }

    // =====================================================================================================
    // Recovery
    // =====================================================================================================

    private boolean startsStatement() {
        switch (peek().kind()) {
            case IF, FOR, TRY:
                return true;
            case LET, SET, APPEND, MODIFY, OUTPUT, RETURN, ABORT:
                // "output: 1" at the start of a line is an object key, not a statement.
                return peekAt(1).kind() != COLON;
            default:
                return false;
        }
    }

    /** Whether the tokens ahead look like a declaration header (soft keywords are also ordinary names). */
    private boolean startsDeclaration() {
        Token next = peekAt(1);
        switch (peek().kind()) {
            case TRANSFORM:
                return next.isName() || next.kind() == LBRACE || next.kind() == LPAREN;
            case FUNC:
                return next.isName() && peekAt(2).kind() == LPAREN;
            case TYPE:
                return next.isName() && peekAt(2).kind() == EQ;
            case SHARED:
                return next.isName() && (peekAt(2).kind() == SINGLE || peekAt(2).kind() == MANY);
            default:
                return false;
        }
    }

    /** After a failed statement that began at {@code start}: skip to where the next statement can begin. */
    void syncStatement(int start) {
        if (pos == start) advance();
        // Braces the failed statement opened before the error (e.g. an unclosed object literal): the next '}'s
        // close them rather than the block.
        int pending = 0;
        for (int i = start; i < pos; i++) {
            TokenKind kind = tokens.get(i).kind();
            if (kind == LBRACE) pending++;
            else if (kind == RBRACE && pending > 0) pending--;
        }
        // Braces opened while skipping: their content belongs to the failed statement.
        int skipped = 0;
        while (!check(EOF)) {
            TokenKind kind = peek().kind();
            if (kind == LBRACE) {
                skipped++;
            } else if (kind == RBRACE) {
                if (skipped > 0) skipped--;
                else if (pending > 0) pending--;
                else return;
            } else if (skipped == 0 && atLineStart(pos)) {
                if (startsStatement()) return;
                if (startsDeclaration()) throw new Unwind();
            }
            advance();
        }
    }

    /** After a failed declaration that began at {@code start}: skip to the next declaration starting a line. */
    void syncTopLevel(int start) {
        if (pos == start) advance();
        while (!check(EOF)) {
            if (atLineStart(pos) && startsDeclaration()) return;
            advance();
        }
    }
}
