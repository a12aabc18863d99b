package dev.turnout.compiler;

import dev.turnout.stdlib.StandardLibrary;
import dev.turnout.syntax.ast.AstWalker;
import dev.turnout.syntax.ast.Expr;

/**
 * Whether evaluating an expression may run Branchline code of the program (a FUNC, a lambda, a library function
 * that calls one back): every call except one of a standard-library function that takes no callback. A lambda
 * literal alone runs nothing.
 */
final class UserCodeCalls extends AstWalker {
    private final HostTable hosts;
    private boolean found;

    private UserCodeCalls(HostTable hosts) {
        this.hosts = hosts;
    }

    static boolean mayRun(Expr e, HostTable hosts) {
        UserCodeCalls calls = new UserCodeCalls(hosts);
        calls.walkExpr(e);
        return calls.found;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        if (!(e.callee() instanceof Expr.Name name) || !isPlainLibraryCall(name.name())) found = true;
        return super.visitCall(e);
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        return null; // creating a closure runs nothing; a call of it is found where it happens
    }

    private boolean isPlainLibraryCall(String name) {
        int host = hosts.indexOf(name);
        return host >= 0 && hosts.get(host) == StandardLibrary.lookup(name) && !hosts.get(host).isHigherOrder();
    }
}
