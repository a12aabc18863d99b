package dev.turnout.syntax;

import static dev.turnout.syntax.TokenKind.*;

import dev.turnout.source.Span;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses blocks and statements (§3.3, §7): one method per statement keyword, the statement termination rules of §3.3
 * and recovery inside a block (a failed statement is dropped, see {@link Parser}). Expressions are delegated to
 * {@link ExpressionParser}.
 */
final class StatementParser {
    private static final String STATIC_PATH =
            "Expect static object path after MODIFY (identifier or dotted path without '[ ]')";

    private final TokenCursor tokens;
    private final ExpressionParser expressions;

    StatementParser(TokenCursor tokens) {
        this.tokens = tokens;
        // Statements and expressions nest both ways: a lambda's block body is parsed here.
        this.expressions = new ExpressionParser(tokens, this::block);
    }

    /** The expression parser over the same tokens, for declarations. */
    ExpressionParser expressions() { return expressions; }

    /** A braced block; a failed statement is dropped and parsing goes on where recovery stops. */
    Stmt.Block block() {
        Token open = tokens.expect(LBRACE, "Expect '{' to start block");
        List<Stmt> statements = new ArrayList<>();
        while (!tokens.check(RBRACE) && !tokens.check(EOF)) {
            int start = tokens.position();
            try {
                statements.add(statement());
            } catch (TokenCursor.ParseError e) {
                tokens.syncStatement(start);
            }
        }
        tokens.expect(RBRACE, "Expect '}' after block");
        return new Stmt.Block(tokens.from(open), List.copyOf(statements));
    }

    /** RETURN/ABORT take a value only if it starts on the keyword's line and is not ';', '}' or EOF. */
    private boolean valueOnSameLine(Token keyword) {
        Token next = tokens.peek();
        return next.line() == keyword.line()
                && next.kind() != SEMICOLON && next.kind() != RBRACE && next.kind() != EOF;
    }

    private Stmt statement() {
        switch (tokens.peek().kind()) {
            case LET:
                return letStmt();
            case SET:
                return setStmt();
            case APPEND:
                return appendStmt();
            case MODIFY:
                return modifyStmt();
            case OUTPUT:
                return outputStmt();
            case IF:
                return ifStmt();
            case FOR:
                return forStmt();
            case TRY:
                return tryStmt();
            case RETURN:
                return returnStmt();
            case ABORT:
                return abortStmt();
            default:
                if (tokens.peek().isName() && tokens.peekAt(1).kind() == LBRACKET && isSharedWriteAhead()) return sharedWrite();
                return expressionStmt();
        }
    }

    /** Rule 1: {@code name [ … ]} where the matching {@code ]} is immediately followed by {@code =}. */
    private boolean isSharedWriteAhead() {
        int depth = 0;
        for (int i = tokens.position() + 1; i < tokens.size(); i++) {
            TokenKind kind = tokens.tokenAt(i).kind();
            if (kind == LBRACKET) {
                depth++;
            } else if (kind == RBRACKET) {
                if (--depth == 0) return tokens.kindAt(i + 1) == EQ;
            } else if (kind == EOF) {
                return false;
            }
        }
        return false;
    }

    private Stmt.Let letStmt() {
        Token keyword = tokens.advance();
        Token name = tokens.expectName("Expect identifier after LET");
        tokens.expect(EQ, "Expect '=' in LET statement");
        Expr value = expressions.expression();
        Span span = tokens.from(keyword);
        tokens.terminator();
        return new Stmt.Let(span, name.name(), name.span(), value);
    }

    private Stmt.Set setStmt() {
        Token keyword = tokens.advance();
        Token targetStart = tokens.peek();
        Expr target = expressions.postfix(true);
        if (!isAssignablePath(target)) throw tokens.error(targetStart, "SET target must be identifier or path");
        tokens.expect(EQ, "Expect '=' after SET target");
        Expr value = expressions.expression();
        Span span = tokens.from(keyword);
        tokens.terminator();
        return new Stmt.Set(span, target, value);
    }

    private Stmt.AppendTo appendStmt() {
        Token keyword = tokens.advance();
        tokens.expect(TO, "Expect TO after APPEND");
        Token targetStart = tokens.peek();
        // The target has no call suffix, so the value may follow it directly, even when it starts with '('.
        Expr target = expressions.postfix(false);
        if (!isAssignablePath(target)) throw tokens.error(targetStart, "APPEND TO target must be identifier or path");
        Expr value = expressions.expression();
        Expr init = tokens.match(INIT) ? expressions.expression() : null;
        Span span = tokens.from(keyword);
        tokens.terminator();
        return new Stmt.AppendTo(span, target, value, init);
    }

    /** A name, or a chain of .name / .N / .[path] / [expr] steps on a name (no calls). */
    private static boolean isAssignablePath(Expr e) {
        while (true) {
            if (e instanceof Expr.Name) return true;
            if (e instanceof Expr.Member m) e = m.target();
            else if (e instanceof Expr.IndexConst i) e = i.target();
            else if (e instanceof Expr.DynPath d) e = d.target();
            else if (e instanceof Expr.Index i) e = i.target();
            else return false;
        }
    }

    private Stmt.Modify modifyStmt() {
        Token keyword = tokens.advance();
        Token root = tokens.peek();
        if (!root.isName()) throw tokens.error(root, STATIC_PATH);
        tokens.advance();
        List<Object> path = new ArrayList<>();
        while (tokens.check(DOT)) {
            tokens.advance();
            Token segment = tokens.peek();
            if (segment.isName()) {
                path.add(tokens.advance().name());
            } else if (segment.kind() == NUMBER) {
                path.add(expressions.integerKey(tokens.advance()));
            } else if (segment.kind() == LBRACKET) {
                throw tokens.error(segment, STATIC_PATH);
            } else {
                throw tokens.error(segment, "Expect property name or index after '.'");
            }
        }
        if (tokens.check(LBRACKET)) throw tokens.error(tokens.peek(), STATIC_PATH);
        tokens.expect(LBRACE, "Expect '{' after MODIFY target");
        List<Stmt.ModifyEntry> entries = new ArrayList<>();
        if (!tokens.check(RBRACE)) {
            // Separators are ',' or ';'; a trailing separator is an error (the next entry has no key).
            do {
                entries.add(modifyEntry());
            } while (tokens.match(COMMA) || tokens.match(SEMICOLON));
        }
        tokens.expect(RBRACE, "Expect '}' after MODIFY block");
        Span span = tokens.from(keyword);
        tokens.terminator();
        return new Stmt.Modify(span, root.name(), root.span(), List.copyOf(path), List.copyOf(entries));
    }

    private Stmt.ModifyEntry modifyEntry() {
        Token first = tokens.peek();
        Expr computed = null;
        Object key = null;
        if (tokens.match(LBRACKET)) {
            computed = expressions.expression();
            tokens.expect(RBRACKET, "Expect ']' after computed key");
        } else {
            key = expressions.literalKey("Expect field key in MODIFY");
        }
        tokens.expect(COLON, "Expect ':' after field key");
        Expr value = expressions.expression();
        return new Stmt.ModifyEntry(tokens.from(first), key, computed, value);
    }

    private Stmt.Output outputStmt() {
        Token keyword = tokens.advance();
        Expr value = expressions.expression();
        Span span = tokens.from(keyword);
        tokens.match(SEMICOLON); // one optional ';', no newline requirement (§3.3)
        return new Stmt.Output(span, value);
    }

    private Stmt.If ifStmt() {
        Token keyword = tokens.advance();
        Expr condition = expressions.expression();
        tokens.expect(THEN, "Expect THEN after IF condition");
        Stmt.Block then = block();
        Stmt.Block otherwise = tokens.match(ELSE) ? block() : null;
        return new Stmt.If(tokens.from(keyword), condition, then, otherwise);
    }

    private Stmt.For forStmt() {
        Token keyword = tokens.advance();
        tokens.match(EACH);
        Token variable = tokens.expectName("Expect loop variable name");
        tokens.expect(IN, "Expect IN after loop variable");
        Expr iterable = expressions.expression();
        Expr condition = tokens.match(WHERE) ? expressions.expression() : null;
        Stmt.Block body = block();
        return new Stmt.For(tokens.from(keyword), variable.name(), variable.span(), iterable, condition, body);
    }

    private Stmt.Try tryStmt() {
        Token keyword = tokens.advance();
        Expr body = expressions.expression();
        Expr.CatchClause clause = expressions.catchClause("Expect '->' after TRY/CATCH block");
        if (tokens.check(ABORT)) {
            Token abort = tokens.advance();
            Expr value = valueOnSameLine(abort) ? expressions.expression() : null;
            Span span = tokens.from(keyword);
            tokens.terminator();
            tokens.match(SEMICOLON);
            return new Stmt.Try(span, body, clause, null, true, value);
        }
        Expr fallback = expressions.expression();
        Span span = tokens.from(keyword);
        tokens.match(SEMICOLON); // one optional ';', no newline requirement (§3.3)
        return new Stmt.Try(span, body, clause, fallback, false, null);
    }

    private Stmt.Return returnStmt() {
        Token keyword = tokens.advance();
        Expr value = valueOnSameLine(keyword) ? expressions.expression() : null;
        Span span = tokens.from(keyword);
        tokens.terminator();
        return new Stmt.Return(span, value);
    }

    private Stmt.Abort abortStmt() {
        Token keyword = tokens.advance();
        Expr value = valueOnSameLine(keyword) ? expressions.expression() : null;
        Span span = tokens.from(keyword);
        tokens.terminator();
        return new Stmt.Abort(span, value);
    }

    private Stmt.SharedWrite sharedWrite() {
        Token name = tokens.advance();
        tokens.advance(); // '['
        Expr key = tokens.check(RBRACKET) ? null : expressions.expression();
        tokens.expect(RBRACKET, "Expect ']' after index");
        tokens.expect(EQ, "Expect '=' after shared resource key");
        Expr value = expressions.expression();
        Span span = tokens.from(name);
        tokens.terminator();
        return new Stmt.SharedWrite(span, name.name(), key, value);
    }

    private Stmt.Expression expressionStmt() {
        Token first = tokens.peek();
        Expr e = expressions.expression();
        Span span = tokens.from(first);
        tokens.terminator();
        return new Stmt.Expression(span, e);
    }
}
