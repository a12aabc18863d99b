package dev.turnout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.turnout.errors.CompileException;

/**
 * Shared helpers of the compile-time diagnostic tests ({@link LexicalDiagnosticsTest}, {@link SyntaxDiagnosticsTest},
 * {@link StaticDiagnosticsTest}, {@link DiagnosticRenderingTest}): compile a program that must fail and compare the
 * exact text of {@link CompileException#render()} — {@code file:line:col: message}, the source line, a caret under
 * the column, and an optional {@code hint:} line.
 */
final class DiagnosticAssertions {
    private static final Engine ENGINE = Engine.create();

    static CompileException compileError(String source) {
        return assertThrows(CompileException.class, () -> ENGINE.compile("diag.bl", source));
    }

    /** Compiling {@code source} fails with exactly {@code expected} as the rendered diagnostics. */
    static void assertRenders(String source, String expected) {
        assertEquals(expected, compileError(source).render());
    }

    private DiagnosticAssertions() {}
}
