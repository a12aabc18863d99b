package dev.turnout.resolve;

import dev.turnout.program.FunctionKind;
import dev.turnout.syntax.ast.Decl;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.ProgramNode;
import dev.turnout.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Lays out the runtime environments of a checked program in frame slots (pipeline: Parser → StaticChecker →
 * <b>Resolver</b> → BytecodeCompiler).
 *
 * <p>Branchline's environments are dynamic (LANGUAGE.md §6.2): blocks are not scopes, LET binds the nearest
 * existing binding of its name or creates one in the current function's environment, a lambda's environment has
 * the creating one as its parent, and a FUNC's has none. The resolver maps this onto slots without losing it:
 * every name bound anywhere in a function (parameter, LET, loop, comprehension or CATCH variable) gets one slot
 * in that function; a use of a name inside a lambda also reaches the variables of that name in the enclosing
 * functions, which the lambda captures as cells. When a name has one candidate variable (the usual case) the
 * compiler accesses the slot directly; with several it uses a name chain, checked in order at runtime.
 */
public final class Resolver {
    private final Map<Object, FunctionScope> scopes = new IdentityHashMap<>();
    private final Map<FunctionScope, Set<String>> usedNames = new LinkedHashMap<>();

    private Resolver() {}

    /** Resolves every function of the program; the result maps AST function nodes to their scopes. */
    public static Resolution resolve(ProgramNode program) {
        Resolver resolver = new Resolver();
        for (Decl decl : program.declarations()) {
            if (decl instanceof Decl.Transform t) {
                FunctionScope scope = resolver.newScope(t, FunctionKind.TRANSFORM, null,
                        "transform " + (t.name() != null ? t.name() : "<unnamed>"), List.of());
                scope.declare("input");
                scope.declare("row");
                resolver.collectBlock(scope, t.body());
            } else if (decl instanceof Decl.Func f) {
                List<String> params = new ArrayList<>();
                for (Expr.Param p : f.params()) params.add(p.name());
                FunctionScope scope = resolver.newScope(f, FunctionKind.FUNC, null, "FUNC " + f.name(), params);
                if (f.exprBody() != null) resolver.collectExpr(scope, f.exprBody());
                else resolver.collectBlock(scope, f.blockBody());
            }
        }
        // Chains are computed after every function declared its names, outermost functions first, so that a
        // lambda's chain can include variables its enclosing functions declare after the lambda's text.
        for (Map.Entry<FunctionScope, Set<String>> entry : resolver.usedNames.entrySet()) {
            FunctionScope scope = entry.getKey();
            for (String name : entry.getValue()) {
                List<Variable> chain = new ArrayList<>();
                for (FunctionScope s = scope; s != null; s = s.parent()) {
                    if (s.owns(name)) chain.add(s.ownVariable(name));
                }
                for (Variable v : chain) scope.access(v);
                scope.putChain(name, List.copyOf(chain));
            }
        }
        return new Resolution(resolver.scopes);
    }

    private FunctionScope newScope(Object node, FunctionKind kind, FunctionScope parent, String name,
                                   List<String> params) {
        FunctionScope scope = new FunctionScope(kind, parent, name, params);
        scopes.put(node, scope);
        Set<String> used = new LinkedHashSet<>(params);
        usedNames.put(scope, used);
        return scope;
    }

    private void use(FunctionScope scope, String name) {
        usedNames.get(scope).add(name);
    }

    private void bind(FunctionScope scope, String name) {
        scope.declare(name);
        use(scope, name);
    }

    private void collectBlock(FunctionScope scope, Stmt.Block block) {
        if (block == null) return;
        for (Stmt stmt : block.statements()) collectStmt(scope, stmt);
    }

    private void collectStmt(FunctionScope scope, Stmt stmt) {
        stmt.accept(new Stmt.Visitor<Void>() {
            public Void visitLet(Stmt.Let s) {
                bind(scope, s.name());
                collectExpr(scope, s.value());
                return null;
            }

            public Void visitSet(Stmt.Set s) {
                collectTarget(scope, s.target());
                collectExpr(scope, s.value());
                return null;
            }

            public Void visitAppendTo(Stmt.AppendTo s) {
                collectTarget(scope, s.target());
                collectExpr(scope, s.value());
                if (s.init() != null) collectExpr(scope, s.init());
                return null;
            }

            public Void visitModify(Stmt.Modify s) {
                use(scope, s.root());
                for (Stmt.ModifyEntry e : s.entries()) {
                    if (e.computedKey() != null) collectExpr(scope, e.computedKey());
                    collectExpr(scope, e.value());
                }
                return null;
            }

            public Void visitOutput(Stmt.Output s) {
                collectExpr(scope, s.value());
                return null;
            }

            public Void visitIf(Stmt.If s) {
                collectExpr(scope, s.condition());
                collectBlock(scope, s.then());
                collectBlock(scope, s.otherwise());
                return null;
            }

            public Void visitFor(Stmt.For s) {
                collectExpr(scope, s.iterable());
                bind(scope, s.variable());
                if (s.condition() != null) collectExpr(scope, s.condition());
                collectBlock(scope, s.body());
                return null;
            }

            public Void visitTry(Stmt.Try s) {
                collectExpr(scope, s.body());
                bind(scope, s.catchClause().variable());
                if (s.fallback() != null) collectExpr(scope, s.fallback());
                if (s.abortValue() != null) collectExpr(scope, s.abortValue());
                return null;
            }

            public Void visitReturn(Stmt.Return s) {
                if (s.value() != null) collectExpr(scope, s.value());
                return null;
            }

            public Void visitAbort(Stmt.Abort s) {
                if (s.value() != null) collectExpr(scope, s.value());
                return null;
            }

            public Void visitSharedWrite(Stmt.SharedWrite s) {
                if (s.key() != null) collectExpr(scope, s.key());
                collectExpr(scope, s.value());
                return null;
            }

            public Void visitExpression(Stmt.Expression s) {
                collectExpr(scope, s.expression());
                return null;
            }
        });
    }

    /** SET / APPEND TO targets: the root name is used (and the dynamic keys are expressions). */
    private void collectTarget(FunctionScope scope, Expr target) {
        if (target instanceof Expr.Name n) {
            use(scope, n.name());
        } else if (target instanceof Expr.Member m) {
            collectTarget(scope, m.target());
        } else if (target instanceof Expr.IndexConst i) {
            collectTarget(scope, i.target());
        } else if (target instanceof Expr.DynPath d) {
            collectTarget(scope, d.target());
            use(scope, (String) d.path().get(0));
        } else if (target instanceof Expr.Index i) {
            collectTarget(scope, i.target());
            collectExpr(scope, i.index());
        } else {
            collectExpr(scope, target);
        }
    }

    private void collectExpr(FunctionScope scope, Expr expr) {
        expr.accept(new Expr.Visitor<Void>() {
            public Void visitNumber(Expr.NumberLit e) { return null; }
            public Void visitString(Expr.StringLit e) { return null; }
            public Void visitBoolean(Expr.BooleanLit e) { return null; }
            public Void visitNull(Expr.NullLit e) { return null; }

            public Void visitName(Expr.Name e) {
                use(scope, e.name());
                return null;
            }

            public Void visitBinary(Expr.Binary e) {
                e.left().accept(this);
                e.right().accept(this);
                return null;
            }

            public Void visitUnary(Expr.Unary e) { return e.operand().accept(this); }
            public Void visitAwait(Expr.Await e) { return e.operand().accept(this); }
            public Void visitSuspend(Expr.Suspend e) { return e.operand().accept(this); }
            public Void visitMember(Expr.Member e) { return e.target().accept(this); }
            public Void visitIndexConst(Expr.IndexConst e) { return e.target().accept(this); }

            public Void visitDynPath(Expr.DynPath e) {
                e.target().accept(this);
                use(scope, (String) e.path().get(0));
                return null;
            }

            public Void visitIndex(Expr.Index e) {
                e.target().accept(this);
                return e.index().accept(this);
            }

            public Void visitCall(Expr.Call e) {
                e.callee().accept(this);
                for (Expr arg : e.args()) arg.accept(this);
                return null;
            }

            public Void visitObject(Expr.ObjectLit e) {
                for (Expr.Property p : e.properties()) {
                    if (p.computedKey() != null) p.computedKey().accept(this);
                    p.value().accept(this);
                }
                return null;
            }

            public Void visitArray(Expr.ArrayLit e) {
                for (Expr element : e.elements()) element.accept(this);
                return null;
            }

            public Void visitComprehension(Expr.Comprehension e) {
                e.iterable().accept(this);
                bind(scope, e.variable());
                if (e.condition() != null) e.condition().accept(this);
                return e.element().accept(this);
            }

            public Void visitIf(Expr.IfExpr e) {
                e.condition().accept(this);
                e.then().accept(this);
                return e.otherwise().accept(this);
            }

            public Void visitCase(Expr.Case e) {
                for (Expr.When w : e.whens()) {
                    w.condition().accept(this);
                    w.result().accept(this);
                }
                return e.otherwise().accept(this);
            }

            public Void visitTry(Expr.TryExpr e) {
                e.body().accept(this);
                bind(scope, e.catchClause().variable());
                return e.fallback().accept(this);
            }

            public Void visitLambda(Expr.Lambda e) {
                List<String> params = new ArrayList<>();
                for (Expr.Param p : e.params()) params.add(p.name());
                FunctionScope child = newScope(e, FunctionKind.LAMBDA, scope,
                        "lambda@" + e.span().line() + ":" + e.span().column(), params);
                if (e.exprBody() != null) collectExpr(child, e.exprBody());
                else collectBlock(child, e.blockBody());
                return null;
            }
        });
    }
}
