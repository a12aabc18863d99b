package dev.turnout.errors;

import dev.turnout.source.Source;
import dev.turnout.source.Span;

/**
 * One compile-time message at a span: shown as {@code file:line:col: error: message}, then the source line and a
 * caret under the column.
 */
public record Diagnostic(String file, int line, int column, String message, String sourceLine) {

    public static Diagnostic at(Source source, Span span, String message) {
        return new Diagnostic(source.name(), span.line(), span.column(), message, source.lineText(span.line()));
    }

    /** The one-line form: {@code file:line:col: message}. */
    public String headline() {
        return file + ":" + line + ":" + column + ": " + message;
    }

    /** Headline, source line and caret. */
    public String render() {
        StringBuilder out = new StringBuilder(headline());
        if (line > 0) {
            out.append('\n').append(sourceLine).append('\n');
            for (int i = 1; i < column; i++) {
                out.append(i - 1 < sourceLine.length() && sourceLine.charAt(i - 1) == '\t' ? '\t' : ' ');
            }
            out.append('^');
        }
        return out.toString();
    }
}
