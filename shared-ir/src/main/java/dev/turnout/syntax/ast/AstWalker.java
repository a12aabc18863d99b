package dev.turnout.syntax.ast;

/**
 * Visits every statement and expression of a program in source order. Subclasses override the {@code visit*}
 * methods they care about and call {@code super} to keep walking into children.
 */
public abstract class AstWalker implements Expr.Visitor<Void>, Stmt.Visitor<Void> {

    public void walk(ProgramNode program) {
        for (Decl decl : program.declarations()) walkDecl(decl);
    }

    public void walkDecl(Decl decl) {
        if (decl instanceof Decl.Transform t) {
            walkBlock(t.body());
        } else if (decl instanceof Decl.Func f) {
            if (f.exprBody() != null) walkExpr(f.exprBody());
            else walkBlock(f.blockBody());
        }
    }

    public void walkBlock(Stmt.Block block) {
        if (block == null) return;
        for (Stmt s : block.statements()) s.accept(this);
    }

    public void walkExpr(Expr e) {
        if (e != null) e.accept(this);
    }

    // ---- statements ----
    public Void visitLet(Stmt.Let s) { walkExpr(s.value()); return null; }
    public Void visitSet(Stmt.Set s) { walkExpr(s.target()); walkExpr(s.value()); return null; }
    public Void visitAppendTo(Stmt.AppendTo s) {
        walkExpr(s.target()); walkExpr(s.value()); walkExpr(s.init()); return null;
    }
    public Void visitModify(Stmt.Modify s) {
        for (Stmt.ModifyEntry e : s.entries()) { walkExpr(e.computedKey()); walkExpr(e.value()); }
        return null;
    }
    public Void visitOutput(Stmt.Output s) { walkExpr(s.value()); return null; }
    public Void visitIf(Stmt.If s) {
        walkExpr(s.condition()); walkBlock(s.then()); walkBlock(s.otherwise()); return null;
    }
    public Void visitFor(Stmt.For s) {
        walkExpr(s.iterable()); walkExpr(s.condition()); walkBlock(s.body()); return null;
    }
    public Void visitTry(Stmt.Try s) {
        walkExpr(s.body()); walkExpr(s.fallback()); walkExpr(s.abortValue()); return null;
    }
    public Void visitReturn(Stmt.Return s) { walkExpr(s.value()); return null; }
    public Void visitAbort(Stmt.Abort s) { walkExpr(s.value()); return null; }
    public Void visitSharedWrite(Stmt.SharedWrite s) { walkExpr(s.key()); walkExpr(s.value()); return null; }
    public Void visitExpression(Stmt.Expression s) { walkExpr(s.expression()); return null; }

    // ---- expressions ----
    public Void visitNumber(Expr.NumberLit e) { return null; }
    public Void visitString(Expr.StringLit e) { return null; }
    public Void visitBoolean(Expr.BooleanLit e) { return null; }
    public Void visitNull(Expr.NullLit e) { return null; }
    public Void visitName(Expr.Name e) { return null; }
    public Void visitBinary(Expr.Binary e) { walkExpr(e.left()); walkExpr(e.right()); return null; }
    public Void visitUnary(Expr.Unary e) { walkExpr(e.operand()); return null; }
    public Void visitAwait(Expr.Await e) { walkExpr(e.operand()); return null; }
    public Void visitSuspend(Expr.Suspend e) { walkExpr(e.operand()); return null; }
    public Void visitMember(Expr.Member e) { walkExpr(e.target()); return null; }
    public Void visitIndexConst(Expr.IndexConst e) { walkExpr(e.target()); return null; }
    public Void visitDynPath(Expr.DynPath e) { walkExpr(e.target()); return null; }
    public Void visitIndex(Expr.Index e) { walkExpr(e.target()); walkExpr(e.index()); return null; }
    public Void visitCall(Expr.Call e) {
        walkExpr(e.callee());
        for (Expr a : e.args()) walkExpr(a);
        return null;
    }
    public Void visitObject(Expr.ObjectLit e) {
        for (Expr.Property p : e.properties()) { walkExpr(p.computedKey()); walkExpr(p.value()); }
        return null;
    }
    public Void visitArray(Expr.ArrayLit e) { for (Expr x : e.elements()) walkExpr(x); return null; }
    public Void visitComprehension(Expr.Comprehension e) {
        walkExpr(e.iterable()); walkExpr(e.condition()); walkExpr(e.element()); return null;
    }
    public Void visitIf(Expr.IfExpr e) {
        walkExpr(e.condition()); walkExpr(e.then()); walkExpr(e.otherwise()); return null;
    }
    public Void visitCase(Expr.Case e) {
        for (Expr.When w : e.whens()) { walkExpr(w.condition()); walkExpr(w.result()); }
        walkExpr(e.otherwise());
        return null;
    }
    public Void visitTry(Expr.TryExpr e) { walkExpr(e.body()); walkExpr(e.fallback()); return null; }
    public Void visitLambda(Expr.Lambda e) {
        if (e.exprBody() != null) walkExpr(e.exprBody());
        else walkBlock(e.blockBody());
        return null;
    }
}
