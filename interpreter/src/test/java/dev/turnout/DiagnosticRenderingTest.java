package dev.turnout;

import static dev.turnout.DiagnosticAssertions.assertRenders;
import static dev.turnout.DiagnosticAssertions.compileError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.Diagnostic;
import org.junit.jupiter.api.Test;

/**
 * How a compile-time diagnostic is laid out and exposed, independent of which rule produced it: tabs kept in the
 * caret line and CRLF sources (§2.1), the parts a {@link Diagnostic} exposes, and the rendered error for a selected
 * transform that the program does not declare.
 */
class DiagnosticRenderingTest {
    /** Columns count a tab as one (§2.1); the caret line repeats the tabs so the caret lines up in a terminal. */
    @Test
    void caretLine_keepsTabs() {
        assertRenders("TRANSFORM T {\n\tLET y = 1\n\tOUTPUT { a: nope }\n}\n",
                "diag.bl:3:14: Undefined identifier 'nope'\n"
                        + "\tOUTPUT { a: nope }\n"
                        + "\t            ^\n"
                        + "hint: did you mean 'NOW' or 'SOME'?");
    }

    /** Only LF ends a line; the CR of CRLF is whitespace and is not shown in the source line (§2.1). */
    @Test
    void crlfSource_positionsAndSourceLineIgnoreTheCarriageReturn() {
        assertRenders("TRANSFORM T {\r\n    OUTPUT { a: nope }\r\n}\r\n", """
                diag.bl:2:17: Undefined identifier 'nope'
                    OUTPUT { a: nope }
                                ^
                hint: did you mean 'NOW' or 'SOME'?""");
    }

    @Test
    void diagnostic_exposesItsParts() {
        Diagnostic d = compileError("TRANSFORM T {\n    OUTPUT { k: keys({}) }\n}").diagnostics().get(0);
        assertEquals("diag.bl", d.file());
        assertEquals(2, d.line());
        assertEquals(17, d.column());
        assertEquals("Undefined identifier 'keys'", d.message());
        assertEquals("    OUTPUT { k: keys({}) }", d.sourceLine());
        assertEquals("did you mean 'KEYS'?", d.hint());
        assertNull(compileError("TRANSFORM T {\n    LET a = 1\n    LET a = 2\n}").diagnostics().get(0).hint());
    }

    @Test
    void unknownTransformName_isACompileError() {
        Engine engine = Engine.builder().transform("Missing").build();
        CompileException e = assertThrows(CompileException.class,
                () -> engine.compile("diag.bl", "TRANSFORM Present { }"));
        assertEquals("""
                diag.bl:1:1: Transform 'Missing' not found
                TRANSFORM Present { }
                ^""", e.render());
    }
}
