package dev.turnout.compiler;

import dev.turnout.syntax.ast.AstWalker;
import dev.turnout.syntax.ast.Expr;

/** Whether an expression names a variable anywhere inside it, nested lambdas included. */
final class NameUses extends AstWalker {
    private final String name;
    private boolean found;

    private NameUses(String name) {
        this.name = name;
    }

    static boolean mentions(Expr e, String name) {
        NameUses uses = new NameUses(name);
        uses.walkExpr(e);
        return uses.found;
    }

    @Override
    public Void visitName(Expr.Name e) {
        if (e.name().equals(name)) found = true;
        return null;
    }
}
