package dev.turnout;

import static dev.turnout.DiagnosticAssertions.assertRenders;
import static dev.turnout.DiagnosticAssertions.compileError;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact rendered text of parse diagnostics (LANGUAGE.md §3, Appendix A), of the EXTENDED constructs Turnout does
 * not support yet (§13) and of programs without a transform (§4.1), and the parser's recovery at statement boundaries
 * that reports one error per broken statement (§3.6 extension).
 * Messages and positions follow LANGUAGE.md; where the specification gives no text (hints, arity errors, unsupported
 * EXTENDED constructs) Turnout's wording is the contract these tests pin down.
 */
class SyntaxDiagnosticsTest {
    // ---- syntax errors (§3, Appendix A) -----------------------------------------------------------------------------

    @Test
    void missingThen() {
        assertRenders("""
                TRANSFORM T {
                    IF 1 > 0 { OUTPUT {a: 1} }
                }
                """, """
                diag.bl:2:14: Expect THEN after IF condition near '{'
                    IF 1 > 0 { OUTPUT {a: 1} }
                             ^""");
    }

    @Test
    void semicolonAfterIfBlock() {
        assertRenders("""
                TRANSFORM T {
                    IF 1 > 0 THEN { OUTPUT {a: 1} };
                }
                """, """
                diag.bl:2:36: Unexpected token in expression near ';'
                    IF 1 > 0 THEN { OUTPUT {a: 1} };
                                                   ^""");
    }

    @Test
    void missingClosingParenthesis_isReportedAtTheNextToken() {
        assertRenders("""
                TRANSFORM T {
                    LET x = KEYS({a: 1}
                    OUTPUT { x: x }
                }
                """, """
                diag.bl:3:5: Expect ')' after arguments near 'OUTPUT'
                    OUTPUT { x: x }
                    ^""");
    }

    @Test
    void elseIf_needsABlock() {
        assertRenders("""
                TRANSFORM T {
                    IF 1 > 0 THEN { OUTPUT {a: 1} } ELSE IF 2 > 1 THEN { OUTPUT {a: 2} }
                }
                """, """
                diag.bl:2:42: Expect '{' to start block near 'IF'
                    IF 1 > 0 THEN { OUTPUT {a: 1} } ELSE IF 2 > 1 THEN { OUTPUT {a: 2} }
                                                         ^""");
    }

    @Test
    void twoStatementsOnOneLine() {
        assertRenders("""
                TRANSFORM T {
                    LET a = 1 LET b = 2
                }
                """, """
                diag.bl:2:15: Expect ';' or newline between statements near 'LET'
                    LET a = 1 LET b = 2
                              ^""");
    }

    @Test
    void doubleSlashAfterANumber_isIntegerDivision() {
        assertRenders("""
                TRANSFORM T {
                    LET total = 10 // the total
                    OUTPUT { t: total }
                }
                """, """
                diag.bl:2:27: Expect ';' or newline between statements near 'total'
                    LET total = 10 // the total
                                          ^""");
    }

    @Test
    void throwIsNotAStatement() {
        assertRenders("""
                TRANSFORM T {
                    THROW "x"
                }
                """, """
                diag.bl:2:11: Expect ';' or newline between statements near '"x"'
                    THROW "x"
                          ^""");
    }

    @Test
    void ifExpressionAsAnOperand() {
        assertRenders("""
                TRANSFORM T {
                    LET x = 1 + IF TRUE THEN 1 ELSE 2
                }
                """, """
                diag.bl:2:17: Unexpected token in expression near 'IF'
                    LET x = 1 + IF TRUE THEN 1 ELSE 2
                                ^""");
    }

    @Test
    void ifExpressionWithoutElse() {
        assertRenders("""
                TRANSFORM T {
                    LET x = IF TRUE THEN 1
                }
                """, """
                diag.bl:3:1: expect ELSE near '}'
                }
                ^""");
    }

    @Test
    void strayTopLevelSemicolon() {
        assertRenders("""
                TRANSFORM T {
                    OUTPUT { a: 1 }
                };
                """, """
                diag.bl:3:2: Unexpected token at top-level near ';'
                };
                 ^""");
    }

    @Test
    void topLevelStatement() {
        assertRenders("""
                LET x = 1
                TRANSFORM T { }
                """, """
                diag.bl:1:1: Unexpected token at top-level near 'LET'
                LET x = 1
                ^""");
    }

    @Test
    void streamMode() {
        assertRenders("""
                TRANSFORM T { stream } { OUTPUT {a: 1} }
                """, """
                diag.bl:1:15: STREAM mode is not supported yet. Omit mode to use BUFFER. near 'stream'
                TRANSFORM T { stream } { OUTPUT {a: 1} }
                              ^""");
    }

    @Test
    void fractionalPathSegment() {
        assertRenders("""
                TRANSFORM T {
                    LET m = [[1]]
                    OUTPUT { a: m.0.1 }
                }
                """, """
                diag.bl:3:19: Numeric field key must be a non-negative integer, got '0.1' near '0.1'
                    OUTPUT { a: m.0.1 }
                                  ^""");
    }

    @Test
    void reservedWordAfterDot() {
        assertRenders("""
                TRANSFORM T {
                    LET x = input.case
                }
                """, """
                diag.bl:2:19: Expect property name or index after '.' near 'case'
                    LET x = input.case
                                  ^""");
    }

    @Test
    void missingClosingBraceAtEndOfInput() {
        assertRenders("""
                TRANSFORM T {
                    OUTPUT { a: 1 }
                """, """
                diag.bl:3:1: Expect '}' after block near end of input

                ^""");
    }

    // ---- EXTENDED constructs (§13) and programs without a transform (§4.1) ------------------------------------------

    @Test
    void sharedDeclaration_isNotSupportedYet() {
        assertRenders("""
                SHARED cache SINGLE
                TRANSFORM T { OUTPUT { a: 1 } }
                """, """
                diag.bl:1:1: SHARED declarations are not supported yet (an EXTENDED feature of LANGUAGE.md §13)
                SHARED cache SINGLE
                ^""");
    }

    @Test
    void awaitExpression_isNotSupportedYet() {
        assertRenders("""
                TRANSFORM T {
                    LET x = AWAIT input.a
                }
                """, """
                diag.bl:2:13: AWAIT expressions are not supported yet (an EXTENDED feature of LANGUAGE.md §13)
                    LET x = AWAIT input.a
                            ^""");
    }

    @Test
    void suspendExpression_isNotSupportedYet() {
        assertRenders("""
                TRANSFORM T {
                    LET x = SUSPEND 1
                }
                """, """
                diag.bl:2:13: SUSPEND expressions are not supported yet (an EXTENDED feature of LANGUAGE.md §13)
                    LET x = SUSPEND 1
                            ^""");
    }

    @Test
    void sharedWrite_isNotSupportedYet() {
        assertRenders("""
                SHARED cache SINGLE
                TRANSFORM T {
                    cache["k"] = 1
                }
                """, """
                diag.bl:1:1: SHARED declarations are not supported yet (an EXTENDED feature of LANGUAGE.md §13)
                SHARED cache SINGLE
                ^

                diag.bl:3:5: Shared writes are not supported yet (an EXTENDED feature of LANGUAGE.md §13)
                    cache["k"] = 1
                    ^""");
    }

    @Test
    void programWithoutTransform() {
        assertRenders("""
                FUNC f(x) = x
                """, """
                diag.bl:1:1: Program must declare at least one TRANSFORM block
                FUNC f(x) = x
                ^""");
    }

    @Test
    void emptyProgram_isAProgramWithoutTransform() {
        assertRenders("", """
                diag.bl:1:1: Program must declare at least one TRANSFORM block

                ^""");
    }

    // ---- several syntax errors at once ------------------------------------------------------------------------------

    /** The parser recovers at statement boundaries and reports one error per broken statement (§3.6 extension). */
    @Test
    void independentSyntaxErrors_areReportedTogether() {
        CompileException e = compileError("""
                TRANSFORM T {
                    LET a = 1 LET b = 2
                    IF a > 0 { OUTPUT { a: a } }
                    LET c = [1, 2
                    OUTPUT { c: c }
                    FOR x input.xs { }
                }
                FUNC f(x) = x x
                """);
        List<String> headlines = e.diagnostics().stream().map(Diagnostic::headline).toList();
        assertEquals(List.of(
                "diag.bl:2:15: Expect ';' or newline between statements near 'LET'",
                "diag.bl:3:14: Expect THEN after IF condition near '{'",
                "diag.bl:5:5: Expect ']' after array literal near 'OUTPUT'",
                "diag.bl:6:11: Expect IN after loop variable near 'input'",
                "diag.bl:8:15: Expect ';' or newline between statements near 'x'"), headlines);
        assertEquals(5, e.diagnostics().size());
        // The exception message is the headlines, one per line; render() adds source lines and carets.
        assertEquals(String.join("\n", headlines), e.getMessage());
        assertEquals("""
                diag.bl:2:15: Expect ';' or newline between statements near 'LET'
                    LET a = 1 LET b = 2
                              ^

                diag.bl:3:14: Expect THEN after IF condition near '{'
                    IF a > 0 { OUTPUT { a: a } }
                             ^""", e.render().substring(0, e.render().indexOf("\n\ndiag.bl:5:5")));
    }
}
