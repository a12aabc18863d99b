package dev.turnout;

import static dev.turnout.DiagnosticAssertions.assertRenders;
import static dev.turnout.DiagnosticAssertions.compileError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact rendered text of lexical diagnostics (LANGUAGE.md §2): unterminated strings, escapes, comments and
 * backtick identifiers, unexpected characters, and the rule that a lexical error stops compilation (§2.10).
 * Messages and positions follow LANGUAGE.md; where the specification gives no text (hints, arity errors, unsupported
 * EXTENDED constructs) Turnout's wording is the contract these tests pin down.
 */
class LexicalDiagnosticsTest {
    // ---- lexical errors (§2) ----------------------------------------------------------------------------------------

    @Test
    void unterminatedString() {
        assertRenders("""
                TRANSFORM T {
                    OUTPUT { a: "abc }
                }
                """, """
                diag.bl:2:17: Unterminated string
                    OUTPUT { a: "abc }
                                ^""");
    }

    @Test
    void unexpectedCharacter() {
        assertRenders("""
                TRANSFORM T {
                    LET x = 1 @ 2
                }
                """, """
                diag.bl:2:15: Unexpected character '@'
                    LET x = 1 @ 2
                              ^""");
    }

    @Test
    void singleAmpersand() {
        assertRenders("""
                TRANSFORM T {
                    LET x = TRUE & FALSE
                }
                """, """
                diag.bl:2:18: Unexpected '&'
                    LET x = TRUE & FALSE
                                 ^""");
    }

    @Test
    void unterminatedBlockComment() {
        assertRenders("""
                TRANSFORM T {
                    /* never closed
                }
                """, """
                diag.bl:2:5: Unterminated block comment
                    /* never closed
                    ^""");
    }

    @Test
    void unterminatedBacktickIdentifier() {
        assertRenders("""
                TRANSFORM T {
                    LET `abc = 1
                }
                """, """
                diag.bl:2:9: Unterminated identifier
                    LET `abc = 1
                        ^""");
    }

    @Test
    void emptyBacktickIdentifier() {
        assertRenders("""
                TRANSFORM T {
                    LET `` = 1
                }
                """, """
                diag.bl:2:9: Empty identifier
                    LET `` = 1
                        ^""");
    }

    @Test
    void unterminatedEscapes() {
        assertRenders("TRANSFORM T {\n    LET x = \"abc\\", """
                diag.bl:2:13: Unterminated string escape
                    LET x = "abc\\
                            ^""");
        assertRenders("TRANSFORM T {\n    LET x = \"ab\\u12\"\n}", """
                diag.bl:2:13: Unterminated unicode escape
                    LET x = "ab\\u12"
                            ^""");
        assertRenders("TRANSFORM T {\n    LET x = \"\\uZZZZ\"\n}", """
                diag.bl:2:13: Invalid unicode escape
                    LET x = "\\uZZZZ"
                            ^""");
    }

    /** A lexical error stops processing (§2.10): later syntax errors are not reported. */
    @Test
    void lexicalError_stopsCompilation() {
        CompileException e = compileError("""
                TRANSFORM T {
                    LET a = "abc
                    LET b = 1 LET c = 2
                }
                """);
        assertEquals(List.of("diag.bl:2:13: Unterminated string"),
                e.diagnostics().stream().map(Diagnostic::headline).toList());
    }
}
