package dev.turnout.resolve;

import java.util.Map;

/** The resolver's result: the {@link FunctionScope} of each transform, FUNC and lambda node (by identity). */
public final class Resolution {
    private final Map<Object, FunctionScope> scopes;

    Resolution(Map<Object, FunctionScope> scopes) {
        this.scopes = scopes;
    }

    /** The scope of a {@code Decl.Transform}, {@code Decl.Func} or {@code Expr.Lambda} node. */
    public FunctionScope scopeOf(Object functionNode) {
        FunctionScope scope = scopes.get(functionNode);
        if (scope == null) throw new IllegalArgumentException("not a resolved function node: " + functionNode);
        return scope;
    }
}
