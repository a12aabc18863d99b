package dev.turnout.compiler;

import dev.turnout.errors.Diagnostic;
import dev.turnout.source.Source;
import dev.turnout.stdlib.LibraryFunction;
import dev.turnout.syntax.ast.AstWalker;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.ProgramNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Reports calls to library and host functions with an argument count they never accept. The reference raises the
 * function's usage text as an IllegalArgumentException when such a call runs; since such a call can never
 * succeed, Turnout reports it before the program runs, with the usage as a hint (docs/language-notes.md).
 */
final class ArityCheck extends AstWalker {
    private final Source source;
    private final HostTable hosts;
    private final List<Diagnostic> found = new ArrayList<>();

    private ArityCheck(Source source, HostTable hosts) {
        this.source = source;
        this.hosts = hosts;
    }

    static List<Diagnostic> find(ProgramNode program, HostTable hosts) {
        ArityCheck check = new ArityCheck(program.source(), hosts);
        check.walk(program);
        return check.found;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        if (e.callee() instanceof Expr.Name name) {
            int index = hosts.indexOf(name.name());
            if (index >= 0) {
                LibraryFunction function = hosts.get(index);
                int argc = e.args().size();
                if (!function.accepts(argc)) {
                    found.add(Diagnostic.at(source, e.span(), "Function '" + function.name() + "' takes "
                            + expected(function) + " but " + argc + (argc == 1 ? " was" : " were") + " given",
                            "usage: " + function.usage()));
                }
            }
        }
        return super.visitCall(e);
    }

    private static String expected(LibraryFunction f) {
        if (f.maxArity() == LibraryFunction.VARARGS) return "at least " + arguments(f.minArity());
        if (f.minArity() == f.maxArity()) return arguments(f.minArity());
        return f.minArity() + " to " + arguments(f.maxArity());
    }

    private static String arguments(int n) {
        return n + (n == 1 ? " argument" : " arguments");
    }
}
