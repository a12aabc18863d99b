package dev.turnout.compiler;

import dev.turnout.errors.Diagnostic;
import dev.turnout.source.Source;
import dev.turnout.source.Span;
import dev.turnout.syntax.ast.AstWalker;
import dev.turnout.syntax.ast.Decl;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.ProgramNode;
import dev.turnout.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds the EXTENDED constructs (LANGUAGE.md §0.2, §13) that parse but that Turnout does not run yet, and reports
 * each as a compile error naming it. TYPE declarations and transform signatures have no runtime effect and are
 * accepted (the static checker still checks their type names).
 */
final class UnsupportedConstructs extends AstWalker {
    private final Source source;
    private final List<Diagnostic> found = new ArrayList<>();

    private UnsupportedConstructs(Source source) {
        this.source = source;
    }

    static List<Diagnostic> find(ProgramNode program) {
        UnsupportedConstructs walker = new UnsupportedConstructs(program.source());
        for (Decl decl : program.declarations()) {
            if (decl instanceof Decl.Shared) {
                walker.report(decl.span(), "SHARED declarations");
            }
        }
        walker.walk(program);
        return walker.found;
    }

    private void report(Span span, String construct) {
        found.add(Diagnostic.at(source, span,
                construct + " are not supported yet (an EXTENDED feature of LANGUAGE.md §13)"));
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        report(e.span(), "AWAIT expressions");
        return super.visitAwait(e);
    }

    @Override
    public Void visitSuspend(Expr.Suspend e) {
        report(e.span(), "SUSPEND expressions");
        return super.visitSuspend(e);
    }

    @Override
    public Void visitSharedWrite(Stmt.SharedWrite s) {
        report(s.span(), "Shared writes");
        return super.visitSharedWrite(s);
    }
}
