package dev.turnout.syntax.ast;

import dev.turnout.source.Span;
import java.util.List;

/**
 * Branchline expressions (LANGUAGE.md §8). Parentheses leave no node: {@code (g)(3)} is the named call
 * {@code g(3)} (§3.2 rule 6).
 */
public sealed interface Expr {
    Span span();

    <R> R accept(Visitor<R> visitor);

    /** One method per node kind. */
    interface Visitor<R> {
        R visitNumber(NumberLit e);
        R visitString(StringLit e);
        R visitBoolean(BooleanLit e);
        R visitNull(NullLit e);
        R visitName(Name e);
        R visitBinary(Binary e);
        R visitUnary(Unary e);
        R visitAwait(Await e);
        R visitSuspend(Suspend e);
        R visitMember(Member e);
        R visitIndexConst(IndexConst e);
        R visitDynPath(DynPath e);
        R visitIndex(Index e);
        R visitCall(Call e);
        R visitObject(ObjectLit e);
        R visitArray(ArrayLit e);
        R visitComprehension(Comprehension e);
        R visitIf(IfExpr e);
        R visitCase(Case e);
        R visitTry(TryExpr e);
        R visitLambda(Lambda e);
    }

    /** A number literal; {@code value} is a {@code Long}, {@code Double} or {@code BigInteger} (§2.6). */
    record NumberLit(Span span, Object value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitNumber(this); }
    }

    /** A string literal with its escapes decoded; content kept exactly (DECISIONS.md D3). */
    record StringLit(Span span, String value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitString(this); }
    }

    record BooleanLit(Span span, boolean value) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBoolean(this); }
    }

    record NullLit(Span span) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitNull(this); }
    }

    /** A plain, backtick or soft-keyword name, spelled as in the source. */
    record Name(Span span, String name) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitName(this); }
    }

    enum BinaryOp {
        ADD("+"), SUB("-"), MUL("*"), DIV("/"), IDIV("//"), MOD("%"), CONCAT("++"),
        EQ("=="), NE("!="), LT("<"), LE("<="), GT(">"), GE(">="), AND("&&"), OR("||"), COALESCE("??");

        private final String symbol;

        BinaryOp(String symbol) { this.symbol = symbol; }

        public String symbol() { return symbol; }
    }

    /** {@code span} is the operator token's position (where a runtime error of the operator is reported). */
    record Binary(Span span, BinaryOp op, Expr left, Expr right) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitBinary(this); }
    }

    enum UnaryOp { NEG, NOT }

    record Unary(Span span, UnaryOp op, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitUnary(this); }
    }

    /** EXTENDED (§13.2). */
    record Await(Span span, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitAwait(this); }
    }

    /** EXTENDED (§13.3). */
    record Suspend(Span span, Expr operand) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitSuspend(this); }
    }

    /** {@code target.name}. */
    record Member(Span span, Expr target, String name) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitMember(this); }
    }

    /** {@code target.N} with a non-negative integer literal N. */
    record IndexConst(Span span, Expr target, long index) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIndexConst(this); }
    }

    /**
     * {@code target.[a.b.0]}: the key is the value of the path whose first element is a name ({@code String}) and
     * whose further elements are {@code String} member names or {@code Long} indexes (§8.4).
     */
    record DynPath(Span span, Expr target, Span pathSpan, List<Object> path) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitDynPath(this); }
    }

    /** {@code target[index]}. */
    record Index(Span span, Expr target, Expr index) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIndex(this); }
    }

    /** A call; a {@link Name} callee makes it a named call (§8.17), anything else a value invocation. */
    record Call(Span span, Expr callee, List<Expr> args) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCall(this); }
    }

    /**
     * One object-literal entry. Exactly one of {@code key} ({@code String} or {@code Long}, a literal key) and
     * {@code computedKey} is non-null.
     */
    record Property(Span span, Object key, Expr computedKey, Expr value) {}

    record ObjectLit(Span span, List<Property> properties) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitObject(this); }
    }

    record ArrayLit(Span span, List<Expr> elements) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitArray(this); }
    }

    /** {@code [element FOR EACH variable IN iterable WHERE condition]}; {@code condition} may be null. */
    record Comprehension(Span span, Expr element, String variable, Span variableSpan, Expr iterable, Expr condition)
            implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitComprehension(this); }
    }

    record IfExpr(Span span, Expr condition, Expr then, Expr otherwise) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    record When(Span span, Expr condition, Expr result) {}

    record Case(Span span, List<When> whens, Expr otherwise) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitCase(this); }
    }

    /**
     * {@code CATCH (variable[: typeName]) [RETRY retries TIMES [BACKOFF "backoff"]] ->}. {@code retries} is 0 without
     * RETRY; {@code typeName} and {@code backoff} may be null (both are parsed and ignored, §7.8).
     */
    record CatchClause(Span span, String variable, Span variableSpan, String typeName, int retries, String backoff) {}

    /** {@code TRY body CATCH (...) -> fallback} as an expression (§8.13). */
    record TryExpr(Span span, Expr body, CatchClause catchClause, Expr fallback) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitTry(this); }
    }

    record Param(Span span, String name) {}

    /** A lambda; exactly one of {@code exprBody} and {@code blockBody} is non-null. */
    record Lambda(Span span, List<Param> params, Expr exprBody, Stmt.Block blockBody) implements Expr {
        public <R> R accept(Visitor<R> v) { return v.visitLambda(this); }
    }
}
