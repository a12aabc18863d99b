package dev.turnout.compiler;

import dev.turnout.syntax.ast.AstWalker;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.Stmt;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters of a FUNC or lambda whose value can be <em>moved</em> out of their slot instead of frozen when
 * read (docs/architecture.md "Values and ownership"): a parameter named exactly once in the body, by a plain name
 * that is evaluated at most once per call. After that read nothing can see the parameter again, so the value's
 * only owner is whoever receives it — {@code (acc, r) -> PUT(acc, r.k, r.v)} hands its accumulator to PUT, which
 * then updates it in place.
 *
 * <p>A reference does not qualify when it may run more than once or be seen again after a failure: inside a FOR
 * body or condition, a comprehension, a TRY (RETRY runs the body again; the fallback runs after the body began),
 * or a nested lambda (which captures the parameter in a cell anyway). A parameter rebound anywhere in the body (LET,
 * FOR, CATCH, comprehension variable), or updated by SET, APPEND TO or MODIFY, does not qualify either. Whether the
 * parameter is a plain local slot (not captured) is checked by the caller.
 */
final class SingleUseParameters {
    private SingleUseParameters() {}

    static Set<String> of(List<Expr.Param> params, Expr exprBody, Stmt.Block blockBody) {
        if (params.isEmpty()) return Set.of();
        Counter counter = new Counter(params);
        if (exprBody != null) counter.walkExpr(exprBody);
        else counter.walkBlock(blockBody);
        Set<String> movable = new HashSet<>();
        for (Expr.Param p : params) {
            String name = p.name();
            if (counter.uses.getOrDefault(name, 0) == 1 && !counter.disqualified.contains(name)) movable.add(name);
        }
        return movable;
    }

    private static final class Counter extends AstWalker {
        private final Set<String> names = new HashSet<>();
        final Map<String, Integer> uses = new HashMap<>();
        final Set<String> disqualified = new HashSet<>();
        /** How many repeating or protected constructs the walk is inside. */
        private int repeated;

        Counter(List<Expr.Param> params) {
            for (Expr.Param p : params) names.add(p.name());
        }

        private void bind(String name) {
            if (names.contains(name)) disqualified.add(name);
        }

        private void nested(Runnable walk) {
            repeated++;
            walk.run();
            repeated--;
        }

        @Override
        public Void visitName(Expr.Name e) {
            String name = e.name();
            if (!names.contains(name)) return null;
            uses.merge(name, 1, Integer::sum);
            if (repeated > 0) disqualified.add(name);
            return null;
        }

        @Override
        public Void visitLet(Stmt.Let s) {
            bind(s.name());
            return super.visitLet(s);
        }

        @Override
        public Void visitSet(Stmt.Set s) {
            bind(PathTarget.rootName(s.target()));
            return super.visitSet(s);
        }

        @Override
        public Void visitAppendTo(Stmt.AppendTo s) {
            bind(PathTarget.rootName(s.target()));
            return super.visitAppendTo(s);
        }

        @Override
        public Void visitModify(Stmt.Modify s) {
            bind(s.root());
            return super.visitModify(s);
        }

        @Override
        public Void visitFor(Stmt.For s) {
            bind(s.variable());
            walkExpr(s.iterable());
            nested(() -> {
                walkExpr(s.condition());
                walkBlock(s.body());
            });
            return null;
        }

        @Override
        public Void visitTry(Stmt.Try s) {
            if (s.catchClause() != null && s.catchClause().variable() != null) bind(s.catchClause().variable());
            nested(() -> super.visitTry(s));
            return null;
        }

        @Override
        public Void visitTry(Expr.TryExpr e) {
            if (e.catchClause() != null && e.catchClause().variable() != null) bind(e.catchClause().variable());
            nested(() -> super.visitTry(e));
            return null;
        }

        @Override
        public Void visitComprehension(Expr.Comprehension e) {
            bind(e.variable());
            nested(() -> super.visitComprehension(e));
            return null;
        }

        @Override
        public Void visitLambda(Expr.Lambda e) {
            for (Expr.Param p : e.params()) bind(p.name());
            nested(() -> super.visitLambda(e));
            return null;
        }
    }
}
