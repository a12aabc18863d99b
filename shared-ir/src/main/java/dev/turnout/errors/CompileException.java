package dev.turnout.errors;

import java.util.List;
import java.util.stream.Collectors;

/** A program failed to lex, parse or pass the static checks; carries every diagnostic found. */
public final class CompileException extends TurnoutException {
    private final List<Diagnostic> diagnostics;

    public CompileException(List<Diagnostic> diagnostics) {
        super(diagnostics.stream().map(Diagnostic::headline).collect(Collectors.joining("\n")));
        this.diagnostics = List.copyOf(diagnostics);
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }

    /** All diagnostics with source lines and carets, separated by blank lines. */
    public String render() {
        return diagnostics.stream().map(Diagnostic::render).collect(Collectors.joining("\n\n"));
    }
}
