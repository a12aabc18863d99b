package dev.turnout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.Diagnostic;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The exact text of compile-time diagnostics as {@link CompileException#render()} shows them: {@code file:line:col:
 * message}, the source line, a caret under the column, and an optional {@code hint:} line. Messages and positions
 * follow LANGUAGE.md (§2 lexical errors, §3.3 and Appendix A parse errors, §4.1, §6.3 static checks); where the
 * specification gives no text (hints, arity errors, unsupported EXTENDED constructs) Turnout's wording is the
 * contract these tests pin down.
 */
class DiagnosticsTest {
    private static final Engine ENGINE = Engine.create();

    private static CompileException compileError(String source) {
        return assertThrows(CompileException.class, () -> ENGINE.compile("diag.bl", source));
    }

    /** Compiling {@code source} fails with exactly {@code expected} as the rendered diagnostics. */
    private static void assertRenders(String source, String expected) {
        assertEquals(expected, compileError(source).render());
    }

    // ---- unknown names and hints (§6.3, §8.17) ----------------------------------------------------------------------

    @Test
    void undefinedLibraryName_suggestsTheUpperCaseFunction() {
        assertRenders("""
                TRANSFORM T {
                    LET x = {a: 1}
                    OUTPUT { k: keys(x) }
                }
                """, """
                diag.bl:3:17: Undefined identifier 'keys'
                    OUTPUT { k: keys(x) }
                                ^
                hint: did you mean 'KEYS'?""");
    }

    @Test
    void misspeltVariable_suggestsTheVariable() {
        assertRenders("""
                TRANSFORM T {
                    LET total = 1
                    OUTPUT { k: totl + 1 }
                }
                """, """
                diag.bl:3:17: Undefined identifier 'totl'
                    OUTPUT { k: totl + 1 }
                                ^
                hint: did you mean 'total'?""");
    }

    @Test
    void upperCaseInput_isUndefinedAndSuggestsUpToThreeNames() {
        assertRenders("""
                TRANSFORM T {
                    OUTPUT { a: INPUT.x }
                }
                """, """
                diag.bl:2:17: Undefined identifier 'INPUT'
                    OUTPUT { a: INPUT.x }
                                ^
                hint: did you mean 'input', 'INT' or 'PUT'?""");
    }

    @Test
    void unknownName_withNothingClose_hasNoHint() {
        assertRenders("""
                TRANSFORM T {
                    OUTPUT { k: zzqqxx }
                }
                """, """
                diag.bl:2:17: Undefined identifier 'zzqqxx'
                    OUTPUT { k: zzqqxx }
                                ^""");
    }

    @Test
    void unknownFunctionCall_isAnUndefinedIdentifier() {
        assertRenders("""
                TRANSFORM T {
                    OUTPUT { k: frobnicate(1) }
                }
                """, """
                diag.bl:2:17: Undefined identifier 'frobnicate'
                    OUTPUT { k: frobnicate(1) }
                                ^""");
    }

    @Test
    void misspeltFuncCall_suggestsTheFunc() {
        assertRenders("""
                FUNC label(x) = x
                TRANSFORM T {
                    OUTPUT { a: lable(1) }
                }
                """, """
                diag.bl:3:17: Undefined identifier 'lable'
                    OUTPUT { a: lable(1) }
                                ^
                hint: did you mean 'label'?""");
    }

    @Test
    void variableLetInsideALoop_isNotVisibleAfterIt() {
        assertRenders("""
                TRANSFORM T {
                    LET xs = []
                    FOR EACH x IN xs {
                        LET tmp = x
                    }
                    OUTPUT { t: tmp }
                }
                """, """
                diag.bl:6:17: Undefined identifier 'tmp'
                    OUTPUT { t: tmp }
                                ^""");
    }

    @Test
    void dynamicPathHead_isCheckedLikeAName() {
        assertRenders("""
                TRANSFORM T {
                    LET o = {}
                    LET name = "a"
                    LET x = o.[nme.first]
                }
                """, """
                diag.bl:4:16: Undefined identifier 'nme'
                    LET x = o.[nme.first]
                               ^
                hint: did you mean 'name'?""");
    }

    // ---- library call arity (compile-time in Turnout) ---------------------------------------------------------------

    @Test
    void libraryCallWithTooManyArguments_isACompileErrorWithUsage() {
        assertRenders("""
                TRANSFORM T {
                    OUTPUT { k: KEYS({}, 2) }
                }
                """, """
                diag.bl:2:17: Function 'KEYS' takes 1 argument but 2 were given
                    OUTPUT { k: KEYS({}, 2) }
                                ^
                hint: usage: KEYS(coll)""");
    }

    @Test
    void libraryCallWithTooFewArguments_namesTheAcceptedRange() {
        assertRenders("""
                TRANSFORM T {
                    OUTPUT { s: SUBSTRING("abc") }
                }
                """, """
                diag.bl:2:17: Function 'SUBSTRING' takes 2 to 3 arguments but 1 was given
                    OUTPUT { s: SUBSTRING("abc") }
                                ^
                hint: usage: SUBSTRING(str, start[, len])""");
    }

    @Test
    void varargsLibraryCallWithoutArguments_namesTheMinimum() {
        assertRenders("""
                TRANSFORM T {
                    OUTPUT { r: APPLY() }
                }
                """, """
                diag.bl:2:17: Function 'APPLY' takes at least 1 argument but 0 were given
                    OUTPUT { r: APPLY() }
                                ^
                hint: usage: APPLY(fn, ...)""");
    }

    @Test
    void nullaryLibraryCallWithAnArgument() {
        assertRenders("""
                TRANSFORM T {
                    OUTPUT { r: RANDOM(1) }
                }
                """, """
                diag.bl:2:17: Function 'RANDOM' takes 0 arguments but 1 was given
                    OUTPUT { r: RANDOM(1) }
                                ^
                hint: usage: RANDOM()""");
    }

    // ---- LET, scopes, declarations (§4.1, §6.3) ---------------------------------------------------------------------

    @Test
    void duplicateLet_inOneBlock() {
        assertRenders("""
                TRANSFORM T {
                    LET a = 1
                    LET a = 2
                }
                """, """
                diag.bl:3:9: Duplicate LET 'a' in same block
                    LET a = 2
                        ^""");
    }

    @Test
    void duplicateLet_ofAFuncParameter() {
        assertRenders("""
                FUNC f(x) {
                    LET x = 1
                    RETURN x
                }
                TRANSFORM T { }
                """, """
                diag.bl:2:9: Duplicate LET 'x' in same block
                    LET x = 1
                        ^""");
    }

    @Test
    void shadowing_inAnIfBranch() {
        assertRenders("""
                TRANSFORM T {
                    LET a = 1
                    IF a > 0 THEN {
                        LET a = 2
                    }
                }
                """, """
                diag.bl:4:13: Shadowing variable 'a' is not allowed
                        LET a = 2
                            ^""");
    }

    @Test
    void shadowing_ofALoopVariable() {
        assertRenders("""
                TRANSFORM T {
                    FOR EACH i IN [1] {
                        LET i = 2
                    }
                }
                """, """
                diag.bl:3:13: Shadowing variable 'i' is not allowed
                        LET i = 2
                            ^""");
    }

    @Test
    void shadowing_ofAnOuterVariableInALambdaBody() {
        assertRenders("""
                TRANSFORM T {
                    LET x = 1
                    LET f = (y) -> { LET x = 2
                        RETURN x }
                }
                """, """
                diag.bl:3:26: Shadowing variable 'x' is not allowed
                    LET f = (y) -> { LET x = 2
                                         ^""");
    }

    @Test
    void duplicateSymbol_isReportedAtTheEarlierDeclaration() {
        assertRenders("""
                FUNC f(x) = x
                FUNC f(y) = y
                TRANSFORM T { OUTPUT { a: f(1) } }
                """, """
                diag.bl:1:6: Duplicate symbol 'f'
                FUNC f(x) = x
                     ^""");
    }

    @Test
    void duplicateTransformName_pointsAtTheName() {
        assertRenders("""
                TRANSFORM A { }
                TRANSFORM A { }
                """, """
                diag.bl:1:11: Duplicate symbol 'A'
                TRANSFORM A { }
                          ^""");
    }

    @Test
    void setPathWithUnknownRoot() {
        assertRenders("""
                TRANSFORM T {
                    SET nope.a = 1
                }
                """, """
                diag.bl:2:9: Unknown variable 'nope' in same block
                    SET nope.a = 1
                        ^""");
    }

    @Test
    void appendPathWithUnknownRoot() {
        assertRenders("""
                TRANSFORM T {
                    APPEND TO nope.xs 1
                }
                """, """
                diag.bl:2:15: Unknown variable 'nope'
                    APPEND TO nope.xs 1
                              ^""");
    }

    @Test
    void modifyWithUnknownRoot() {
        assertRenders("""
                TRANSFORM T {
                    MODIFY nope { a: 1 }
                }
                """, """
                diag.bl:2:12: Unknown variable name 'nope' in same block
                    MODIFY nope { a: 1 }
                           ^""");
    }

    @Test
    void setPathOnInput_isUnknownBecauseInputIsInNoScope() {
        assertRenders("""
                TRANSFORM T {
                    SET input.a = 1
                }
                """, """
                diag.bl:2:9: Unknown variable 'input' in same block
                    SET input.a = 1
                        ^""");
    }

    @Test
    void modifyWithARepeatedKey() {
        assertRenders("""
                TRANSFORM T {
                    LET o = {}
                    MODIFY o { a: 1, b: 2, a: 3 }
                }
                """, """
                diag.bl:3:28: Duplicate literal key in MODIFY: a
                    MODIFY o { a: 1, b: 2, a: 3 }
                                           ^""");
    }

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

    @Test
    void staticErrors_areAllReportedInSourceOrder() {
        assertRenders("""
                TRANSFORM T {
                    LET a = 1
                    OUTPUT { a: undefinedOne, b: a }
                    LET a = 3
                    SET zz.q = 1
                }
                """, """
                diag.bl:3:17: Undefined identifier 'undefinedOne'
                    OUTPUT { a: undefinedOne, b: a }
                                ^

                diag.bl:4:9: Duplicate LET 'a' in same block
                    LET a = 3
                        ^

                diag.bl:5:9: Unknown variable 'zz' in same block
                    SET zz.q = 1
                        ^""");
    }

    // ---- several errors, positions, the exception's other views -----------------------------------------------------

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
