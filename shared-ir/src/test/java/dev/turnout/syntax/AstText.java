package dev.turnout.syntax;

import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.Stmt;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Test helper: renders AST nodes as compact S-expressions so parser tests can state the expected tree in one line,
 * e.g. {@code (+ 1 (* 2 3))}. Strings are shown in double quotes, names bare.
 */
final class AstText {
    private AstText() {}

    static String of(Expr e) {
        if (e == null) return "_";
        if (e instanceof Expr.NumberLit n) return String.valueOf(n.value());
        if (e instanceof Expr.StringLit s) return "\"" + s.value() + "\"";
        if (e instanceof Expr.BooleanLit b) return String.valueOf(b.value());
        if (e instanceof Expr.NullLit) return "null";
        if (e instanceof Expr.Name n) return n.name();
        if (e instanceof Expr.Binary b) return "(" + b.op().symbol() + " " + of(b.left()) + " " + of(b.right()) + ")";
        if (e instanceof Expr.Unary u) return "(" + (u.op() == Expr.UnaryOp.NEG ? "neg" : "!") + " " + of(u.operand()) + ")";
        if (e instanceof Expr.Await a) return "(await " + of(a.operand()) + ")";
        if (e instanceof Expr.Suspend s) return "(suspend " + of(s.operand()) + ")";
        if (e instanceof Expr.Member m) return "(. " + of(m.target()) + " " + m.name() + ")";
        if (e instanceof Expr.IndexConst i) return "(.N " + of(i.target()) + " " + i.index() + ")";
        if (e instanceof Expr.DynPath d) return "(.[] " + of(d.target()) + " " + keys(d.path()) + ")";
        if (e instanceof Expr.Index i) return "([] " + of(i.target()) + " " + of(i.index()) + ")";
        if (e instanceof Expr.Call c) {
            return "(call " + of(c.callee()) + c.args().stream().map(a -> " " + of(a)).collect(Collectors.joining())
                    + ")";
        }
        if (e instanceof Expr.ObjectLit o) {
            return o.properties().stream()
                    .map(p -> (p.computedKey() != null ? "[" + of(p.computedKey()) + "]" : key(p.key())) + ": "
                            + of(p.value()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (e instanceof Expr.ArrayLit a) {
            return a.elements().stream().map(AstText::of).collect(Collectors.joining(", ", "[", "]"));
        }
        if (e instanceof Expr.Comprehension c) {
            return "[" + of(c.element()) + " for " + c.variable() + " in " + of(c.iterable())
                    + (c.condition() != null ? " where " + of(c.condition()) : "") + "]";
        }
        if (e instanceof Expr.IfExpr i) {
            return "(if " + of(i.condition()) + " " + of(i.then()) + " " + of(i.otherwise()) + ")";
        }
        if (e instanceof Expr.Case c) {
            return "(case" + c.whens().stream().map(w -> " (" + of(w.condition()) + " " + of(w.result()) + ")")
                    .collect(Collectors.joining()) + " else " + of(c.otherwise()) + ")";
        }
        if (e instanceof Expr.TryExpr t) {
            return "(try " + of(t.body()) + " " + of(t.catchClause()) + " " + of(t.fallback()) + ")";
        }
        if (e instanceof Expr.Lambda l) {
            String params = l.params().stream().map(Expr.Param::name).collect(Collectors.joining(" ", "(", ")"));
            return "(lambda " + params + " " + (l.blockBody() != null ? of(l.blockBody()) : of(l.exprBody())) + ")";
        }
        throw new IllegalArgumentException(e.toString());
    }

    static String of(Expr.CatchClause c) {
        return "catch(" + c.variable() + (c.typeName() != null ? ":" + c.typeName() : "") + ")"
                + (c.retries() != 0 ? " retry " + c.retries() : "")
                + (c.backoff() != null ? " backoff \"" + c.backoff() + "\"" : "");
    }

    static String of(Stmt.Block b) {
        return b.statements().stream().map(AstText::of).collect(Collectors.joining("; ", "{", "}"));
    }

    static String of(Stmt s) {
        if (s instanceof Stmt.Let l) return "let " + l.name() + " = " + of(l.value());
        if (s instanceof Stmt.Set st) return "set " + of(st.target()) + " = " + of(st.value());
        if (s instanceof Stmt.AppendTo a) {
            return "append " + of(a.target()) + " " + of(a.value()) + (a.init() != null ? " init " + of(a.init()) : "");
        }
        if (s instanceof Stmt.Modify m) {
            return "modify " + m.root() + keys(m.path()) + " " + m.entries().stream()
                    .map(en -> (en.computedKey() != null ? "[" + of(en.computedKey()) + "]" : key(en.key())) + ": "
                            + of(en.value()))
                    .collect(Collectors.joining(", ", "{", "}"));
        }
        if (s instanceof Stmt.Output o) return "output " + of(o.value());
        if (s instanceof Stmt.If i) {
            return "if " + of(i.condition()) + " " + of(i.then()) + (i.otherwise() != null ? " else " + of(i.otherwise()) : "");
        }
        if (s instanceof Stmt.For f) {
            return "for " + f.variable() + " in " + of(f.iterable())
                    + (f.condition() != null ? " where " + of(f.condition()) : "") + " " + of(f.body());
        }
        if (s instanceof Stmt.Try t) {
            return "try " + of(t.body()) + " " + of(t.catchClause()) + " "
                    + (t.abort() ? "abort " + of(t.abortValue()) : of(t.fallback()));
        }
        if (s instanceof Stmt.Return r) return "return " + of(r.value());
        if (s instanceof Stmt.Abort a) return "abort " + of(a.value());
        if (s instanceof Stmt.SharedWrite w) return "shared " + w.resource() + "[" + of(w.key()) + "] = " + of(w.value());
        if (s instanceof Stmt.Expression e) return "expr " + of(e.expression());
        throw new IllegalArgumentException(s.toString());
    }

    private static String key(Object key) {
        return key instanceof String s ? s : String.valueOf(key) + "L";
    }

    private static String keys(List<Object> path) {
        return path.stream().map(k -> "." + key(k)).collect(Collectors.joining());
    }
}
