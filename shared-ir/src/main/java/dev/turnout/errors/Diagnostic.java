package dev.turnout.errors;

import dev.turnout.source.Source;
import dev.turnout.source.Span;

/**
 * One compile-time message at a span, shown as {@code file:line:col: message}, then the source line, a caret under
 * the column, and an optional hint line (e.g. {@code hint: did you mean 'KEYS'?}).
 */
public record Diagnostic(String file, int line, int column, String message, String sourceLine, String hint) {

    public Diagnostic(String file, int line, int column, String message, String sourceLine) {
        this(file, line, column, message, sourceLine, null);
    }

    // The at(...) factories are for the compiler (Source and Span are not exported beyond the engine); an embedder
    // only reads diagnostics. Hence "exports": the parameter types are not visible to every reader of this module.
    @SuppressWarnings("exports")
    public static Diagnostic at(Source source, Span span, String message) {
        return new Diagnostic(source.name(), span.line(), span.column(), message, source.lineText(span.line()), null);
    }

    @SuppressWarnings("exports")
    public static Diagnostic at(Source source, Span span, String message, String hint) {
        return new Diagnostic(source.name(), span.line(), span.column(), message, source.lineText(span.line()), hint);
    }

    /** The same diagnostic with a hint added. */
    public Diagnostic withHint(String newHint) {
        return new Diagnostic(file, line, column, message, sourceLine, newHint);
    }

    /** The one-line form: {@code file:line:col: message}. */
    public String headline() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    /** Headline, source line, caret, and the hint if there is one. */
    public String render() {
        StringBuilder out = new StringBuilder(headline());
        if (line > 0) {
            out.append('\n').append(sourceLine).append('\n');
            for (int i = 1; i < column; i++) {
                out.append(i - 1 < sourceLine.length() && sourceLine.charAt(i - 1) == '\t' ? '\t' : ' ');
            }
            out.append('^');
        }
        if (hint != null) out.append("\nhint: ").append(hint);
        return out.toString();
    }
}
