package dev.turnout.syntax.ast;

import dev.turnout.source.Span;
import java.util.List;

/** Branchline statements (LANGUAGE.md §7). */
public sealed interface Stmt {
    Span span();

    <R> R accept(Visitor<R> visitor);

    interface Visitor<R> {
        R visitLet(Let s);
        R visitSet(Set s);
        R visitAppendTo(AppendTo s);
        R visitModify(Modify s);
        R visitOutput(Output s);
        R visitIf(If s);
        R visitFor(For s);
        R visitTry(Try s);
        R visitReturn(Return s);
        R visitAbort(Abort s);
        R visitSharedWrite(SharedWrite s);
        R visitExpression(Expression s);
    }

    /** {@code { statements }}; not a runtime scope (§6.2), but a static scope (§6.3). */
    record Block(Span span, List<Stmt> statements) {}

    record Let(Span span, String name, Span nameSpan, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitLet(this); }
    }

    /**
     * {@code SET target = value}. The target is an {@link Expr.Name} (variable form) or a chain of
     * {@link Expr.Member}, {@link Expr.IndexConst}, {@link Expr.DynPath} and {@link Expr.Index} on a name (path form).
     */
    record Set(Span span, Expr target, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitSet(this); }
    }

    /** {@code APPEND TO target value [INIT init]}; target as for {@link Set}; {@code init} may be null. */
    record AppendTo(Span span, Expr target, Expr value, Expr init) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAppendTo(this); }
    }

    /** One MODIFY entry: exactly one of {@code key} ({@code String}/{@code Long}) and {@code computedKey} is set. */
    record ModifyEntry(Span span, Object key, Expr computedKey, Expr value) {}

    /** {@code MODIFY root.seg… { entries }}; {@code path} holds {@code String} names and {@code Long} indexes. */
    record Modify(Span span, String root, Span rootSpan, List<Object> path, List<ModifyEntry> entries) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitModify(this); }
    }

    record Output(Span span, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitOutput(this); }
    }

    /** {@code otherwise} may be null. */
    record If(Span span, Expr condition, Block then, Block otherwise) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitIf(this); }
    }

    /** {@code FOR [EACH] variable IN iterable [WHERE condition] body}; {@code condition} may be null. */
    record For(Span span, String variable, Span variableSpan, Expr iterable, Expr condition, Block body)
            implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitFor(this); }
    }

    /**
     * The TRY statement (§7.8). Either {@code fallback} is set (its value is emitted), or {@code abort} is true and
     * {@code abortValue} (possibly null) is the object to emit before stopping.
     */
    record Try(Span span, Expr body, Expr.CatchClause catchClause, Expr fallback, boolean abort, Expr abortValue)
            implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitTry(this); }
    }

    /** {@code value} may be null. */
    record Return(Span span, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitReturn(this); }
    }

    /** {@code value} may be null. */
    record Abort(Span span, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitAbort(this); }
    }

    /** EXTENDED (§13.1): {@code resource[key] = value}; {@code key} is null for {@code resource[] = value}. */
    record SharedWrite(Span span, String resource, Expr key, Expr value) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitSharedWrite(this); }
    }

    record Expression(Span span, Expr expression) implements Stmt {
        public <R> R accept(Visitor<R> v) { return v.visitExpression(this); }
    }
}
