package dev.turnout.syntax;

import dev.turnout.errors.Diagnostic;
import dev.turnout.syntax.ast.ProgramNode;
import java.util.List;

/**
 * What {@link Parser#parse} produced: the declarations that parsed correctly and every lexical or syntax error found,
 * in source order of discovery. The program is runnable only when {@code diagnostics} is empty.
 */
public record ParseResult(ProgramNode program, List<Diagnostic> diagnostics) {
    public ParseResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean ok() { return diagnostics.isEmpty(); }
}
