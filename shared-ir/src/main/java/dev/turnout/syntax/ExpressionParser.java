package dev.turnout.syntax;

import static dev.turnout.syntax.TokenKind.*;

import dev.turnout.source.Span;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.Stmt;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Parses expressions (§8): operators by precedence, paths, literals, lambdas, CASE, the TRY-expression and array
 * comprehensions, following the disambiguation rules of LANGUAGE.md §3.2 and the spans described on {@link Parser}.
 * {@link StatementParser} also uses it for the keys, paths and CATCH clause that statements share with expressions.
 */
final class ExpressionParser {
    private static final String NUMERIC_KEY = "Numeric field key must be a non-negative integer, got '";

    /** Binary operators by precedence level, lowest first (§8.1, levels 2 to 9). */
    private static final List<Map<TokenKind, Expr.BinaryOp>> LEVELS = List.of(
            ops(QUESTION_QUESTION, Expr.BinaryOp.COALESCE),
            ops(OR_OR, Expr.BinaryOp.OR),
            ops(AND_AND, Expr.BinaryOp.AND),
            ops(EQ_EQ, Expr.BinaryOp.EQ, BANG_EQ, Expr.BinaryOp.NE),
            ops(LT, Expr.BinaryOp.LT, LE, Expr.BinaryOp.LE, GT, Expr.BinaryOp.GT, GE, Expr.BinaryOp.GE),
            ops(PLUS_PLUS, Expr.BinaryOp.CONCAT),
            ops(PLUS, Expr.BinaryOp.ADD, MINUS, Expr.BinaryOp.SUB),
            ops(STAR, Expr.BinaryOp.MUL, SLASH, Expr.BinaryOp.DIV, SLASH_SLASH, Expr.BinaryOp.IDIV,
                    PERCENT, Expr.BinaryOp.MOD));

    private static Map<TokenKind, Expr.BinaryOp> ops(Object... pairs) {
        Map<TokenKind, Expr.BinaryOp> map = new EnumMap<>(TokenKind.class);
        for (int i = 0; i < pairs.length; i += 2) map.put((TokenKind) pairs[i], (Expr.BinaryOp) pairs[i + 1]);
        return map;
    }

    private final TokenCursor tokens;
    /** Parses a lambda's block body; blocks belong to {@link StatementParser}. */
    private final Supplier<Stmt.Block> blocks;

    ExpressionParser(TokenCursor tokens, Supplier<Stmt.Block> blocks) {
        this.tokens = tokens;
        this.blocks = blocks;
    }

    /** A full expression: the only place an IF-expression may begin (rule 3). */
    Expr expression() {
        if (tokens.check(IF)) return ifExpr();
        return binary(0);
    }

    private Expr ifExpr() {
        Token keyword = tokens.advance();
        Expr condition = expression();
        tokens.expect(THEN, "expect THEN");
        Expr then = expression();
        tokens.expect(ELSE, "expect ELSE");
        Expr otherwise = expression();
        return new Expr.IfExpr(tokens.from(keyword), condition, then, otherwise);
    }

    private Expr binary(int level) {
        if (level == LEVELS.size()) return unary();
        Map<TokenKind, Expr.BinaryOp> operators = LEVELS.get(level);
        Expr left = binary(level + 1);
        while (true) {
            Expr.BinaryOp op = operators.get(tokens.peek().kind());
            if (op == null) return left;
            Token operator = tokens.advance();
            Expr right = binary(level + 1);
            left = new Expr.Binary(operator.span(), op, left, right);
        }
    }

    private Expr unary() {
        Token t = tokens.peek();
        switch (t.kind()) {
            case MINUS: {
                tokens.advance();
                Expr operand = unary();
                return new Expr.Unary(tokens.from(t), Expr.UnaryOp.NEG, operand);
            }
            case BANG: {
                tokens.advance();
                Expr operand = unary();
                return new Expr.Unary(tokens.from(t), Expr.UnaryOp.NOT, operand);
            }
            case SUSPEND: {
                tokens.advance();
                Expr operand = unary();
                return new Expr.Suspend(tokens.from(t), operand);
            }
            case AWAIT: {
                tokens.advance();
                Expr operand = postfix(true);
                return new Expr.Await(tokens.from(t), operand);
            }
            default:
                return postfix(true);
        }
    }

    /** A primary and its suffixes; without calls for the APPEND TO target. */
    Expr postfix(boolean allowCalls) {
        Expr e = primary();
        while (true) {
            Token t = tokens.peek();
            if (t.kind() == DOT) {
                tokens.advance();
                e = dotSuffix(t, e);
            } else if (t.kind() == LBRACKET) {
                tokens.advance();
                Expr index = expression();
                tokens.expect(RBRACKET, "Expect ']' after index");
                e = new Expr.Index(tokens.from(t), e, index);
            } else if (t.kind() == LPAREN && allowCalls) {
                tokens.advance();
                List<Expr> args = new ArrayList<>();
                if (!tokens.check(RPAREN)) {
                    do {
                        args.add(expression());
                    } while (tokens.match(COMMA));
                }
                tokens.expect(RPAREN, "Expect ')' after arguments");
                // Rule 6: a call on a plain name (even parenthesised) is a named call.
                Span span = e instanceof Expr.Name ? e.span().to(tokens.previous().span()) : tokens.from(t);
                e = new Expr.Call(span, e, List.copyOf(args));
            } else {
                return e;
            }
        }
    }

    private Expr dotSuffix(Token dot, Expr target) {
        Token t = tokens.peek();
        if (t.isName()) {
            tokens.advance();
            return new Expr.Member(tokens.from(dot), target, t.name());
        }
        if (t.kind() == NUMBER) {
            tokens.advance();
            return new Expr.IndexConst(tokens.from(dot), target, integerKey(t));
        }
        if (t.kind() == LBRACKET) {
            return dynPath(dot, target);
        }
        throw tokens.error(t, "Expect property name or index after '.'");
    }

    /** {@code .[a.b.0]} (§8.4): a name, then {@code .name} / {@code .N} segments only. */
    private Expr dynPath(Token dot, Expr target) {
        tokens.advance(); // '['
        Token first = tokens.peek();
        if (!first.isName()) throw tokens.error(first, "Expect identifier after '.['");
        tokens.advance();
        List<Object> path = new ArrayList<>();
        path.add(first.name());
        while (tokens.check(DOT)) {
            tokens.advance();
            Token segment = tokens.peek();
            if (segment.isName()) {
                path.add(tokens.advance().name());
            } else if (segment.kind() == NUMBER) {
                path.add(integerKey(tokens.advance()));
            } else {
                throw tokens.error(segment, "Expect name or index inside '.[' \u2026 ']'");
            }
        }
        Span pathSpan = tokens.from(first);
        if (!tokens.check(RBRACKET)) throw tokens.error(tokens.peek(), "Expect ']' after .[ \u2026 ]");
        tokens.advance();
        return new Expr.DynPath(tokens.from(dot), target, pathSpan, List.copyOf(path));
    }

    /** Rule 7: a NUMBER in an INTEGER position must be a non-negative integer (it has no sign, so: no fraction). */
    long integerKey(Token number) {
        Object value = number.value();
        if (value instanceof Long n) return n;
        if (value instanceof BigInteger) {
            throw tokens.error(number, "Numeric field key is too large, got '" + number.lexeme() + "'");
        }
        throw tokens.error(number, NUMERIC_KEY + number.lexeme() + "'");
    }

    /** An object-literal or MODIFY key written as a name, string or non-negative integer. */
    Object literalKey(String expectMessage) {
        Token t = tokens.peek();
        if (t.isName()) return tokens.advance().name();
        if (t.kind() == STRING) return tokens.advance().value();
        if (t.kind() == NUMBER) return integerKey(tokens.advance());
        if (t.kind() == MINUS && tokens.peekAt(1).kind() == NUMBER) {
            throw tokens.error(t, NUMERIC_KEY + "-" + tokens.peekAt(1).lexeme() + "'");
        }
        throw tokens.error(t, expectMessage);
    }

    private Expr primary() {
        Token t = tokens.peek();
        if (t.isName()) {
            tokens.advance();
            return new Expr.Name(t.span(), t.name());
        }
        switch (t.kind()) {
            case NUMBER:
                tokens.advance();
                return new Expr.NumberLit(t.span(), t.value());
            case STRING:
                tokens.advance();
                return new Expr.StringLit(t.span(), (String) t.value());
            case TRUE:
                tokens.advance();
                return new Expr.BooleanLit(t.span(), true);
            case FALSE:
                tokens.advance();
                return new Expr.BooleanLit(t.span(), false);
            case NULL:
                tokens.advance();
                return new Expr.NullLit(t.span());
            case LBRACE:
                return objectLiteral();
            case LBRACKET:
                return arrayLiteral();
            case CASE:
                return caseExpr();
            case TRY:
                return tryExpr();
            case LPAREN:
                if (isLambdaAhead()) return lambda();
                tokens.advance();
                Expr inner = expression();
                tokens.expect(RPAREN, "Expect ')' after expression");
                return inner; // parentheses leave no node (rule 6)
            default:
                throw tokens.error(t, "Unexpected token in expression");
        }
    }

    /** Rule 4: {@code ( )} or {@code ( name {, name} )} followed by an arrow starts a lambda. */
    private boolean isLambdaAhead() {
        int i = tokens.position() + 1;
        if (tokens.kindAt(i) == RPAREN) return tokens.kindAt(i + 1) == ARROW;
        while (true) {
            if (!tokens.tokenAt(i).isName()) return false;
            i++;
            if (tokens.kindAt(i) == COMMA) {
                i++;
            } else {
                return tokens.kindAt(i) == RPAREN && tokens.kindAt(i + 1) == ARROW;
            }
        }
    }

    private Expr lambda() {
        Token open = tokens.advance();
        List<Expr.Param> params = new ArrayList<>();
        while (!tokens.check(RPAREN)) {
            Token p = tokens.advance();
            params.add(new Expr.Param(p.span(), p.name()));
            tokens.match(COMMA);
        }
        tokens.advance(); // ')'
        tokens.advance(); // arrow
        // Rule 5: a '{' after the arrow starts a block body, never an object literal.
        if (tokens.check(LBRACE)) {
            Stmt.Block body = blocks.get();
            return new Expr.Lambda(tokens.from(open), List.copyOf(params), null, body);
        }
        Expr body = expression();
        return new Expr.Lambda(tokens.from(open), List.copyOf(params), body, null);
    }

    private Expr objectLiteral() {
        Token open = tokens.advance();
        List<Expr.Property> properties = new ArrayList<>();
        while (!tokens.check(RBRACE)) {
            Token first = tokens.peek();
            Expr computed = null;
            Object key = null;
            if (tokens.match(LBRACKET)) {
                computed = expression();
                tokens.expect(RBRACKET, "Expect ']' after computed key");
            } else {
                key = literalKey("Expect field key in object literal");
            }
            tokens.expect(COLON, "Expect ':' after field key");
            Expr value = expression();
            properties.add(new Expr.Property(tokens.from(first), key, computed, value));
            if (!tokens.match(COMMA)) break; // a trailing comma is allowed
        }
        tokens.expect(RBRACE, "Expect '}' after object literal");
        return new Expr.ObjectLit(tokens.from(open), List.copyOf(properties));
    }

    private Expr arrayLiteral() {
        Token open = tokens.advance();
        List<Expr> elements = new ArrayList<>();
        if (tokens.match(RBRACKET)) return new Expr.ArrayLit(tokens.from(open), List.of());
        Expr first = expression();
        if (tokens.check(FOR)) return comprehension(open, first);
        elements.add(first);
        while (tokens.match(COMMA)) {
            if (tokens.check(RBRACKET)) break; // trailing comma
            elements.add(expression());
        }
        tokens.expect(RBRACKET, "Expect ']' after array literal");
        return new Expr.ArrayLit(tokens.from(open), List.copyOf(elements));
    }

    private Expr comprehension(Token open, Expr element) {
        tokens.advance(); // FOR
        tokens.expect(EACH, "Expect EACH after FOR");
        Token variable = tokens.expectName("Expect loop variable name");
        tokens.expect(IN, "Expect IN after loop variable");
        Expr iterable = expression();
        Expr condition = tokens.match(WHERE) ? expression() : null;
        tokens.expect(RBRACKET, "Expect ']' after array comprehension");
        return new Expr.Comprehension(tokens.from(open), element, variable.name(), variable.span(), iterable, condition);
    }

    private Expr caseExpr() {
        Token keyword = tokens.advance();
        tokens.expect(LBRACE, "Expect '{' after CASE");
        List<Expr.When> whens = new ArrayList<>();
        while (tokens.check(WHEN)) {
            Token when = tokens.advance();
            Expr condition = expression();
            tokens.expect(THEN, "Expect THEN after WHEN condition");
            Expr result = expression();
            whens.add(new Expr.When(tokens.from(when), condition, result));
        }
        if (whens.isEmpty()) throw tokens.error(tokens.peek(), "CASE requires at least one WHEN");
        tokens.expect(ELSE, "Expect ELSE in CASE");
        Expr otherwise = expression();
        tokens.expect(RBRACE, "Expect '}' after CASE");
        return new Expr.Case(tokens.from(keyword), List.copyOf(whens), otherwise);
    }

    private Expr tryExpr() {
        Token keyword = tokens.advance();
        Expr body = expression();
        Expr.CatchClause clause = catchClause("Expect '->' after TRY/CATCH expression");
        Expr fallback = expression();
        return new Expr.TryExpr(tokens.from(keyword), body, clause, fallback);
    }

    /** {@code CATCH (name [: Type]) [RETRY n TIMES [BACKOFF "s"]] arrow}. */
    Expr.CatchClause catchClause(String arrowMessage) {
        Token keyword = tokens.expect(CATCH, "Expect CATCH after TRY expression");
        tokens.expect(LPAREN, "Expect '(' after CATCH");
        Token variable = tokens.expectName("Expect exception variable");
        String typeName = tokens.match(COLON) ? tokens.expectName("Expect exception type name").name() : null;
        tokens.expect(RPAREN, "Expect ')' after CATCH");
        int retries = 0;
        String backoff = null;
        if (tokens.match(RETRY)) {
            retries = retryCount(tokens.expect(NUMBER, "Expect retry count"));
            tokens.expect(TIMES, "Expect TIMES after retry count");
            if (tokens.match(BACKOFF)) backoff = (String) tokens.expect(STRING, "Expect backoff string").value();
        }
        tokens.expect(ARROW, arrowMessage);
        return new Expr.CatchClause(tokens.from(keyword), variable.name(), variable.span(), typeName, retries, backoff);
    }

    /** The grammar takes any NUMBER; a fraction is truncated and huge counts saturate. */
    private static int retryCount(Token number) {
        Object value = number.value();
        if (value instanceof Long n) return (int) Math.min(n, Integer.MAX_VALUE);
        if (value instanceof Double d) return (int) Math.min(d, Integer.MAX_VALUE);
        return Integer.MAX_VALUE;
    }
}
