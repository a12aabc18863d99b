package dev.turnout;

import static dev.turnout.DiagnosticAssertions.assertRenders;

import org.junit.jupiter.api.Test;

/**
 * The exact rendered text of static-check diagnostics (LANGUAGE.md §4.1, §6.3): undefined identifiers and their
 * {@code did you mean} hints (§8.17), library call arity (a compile-time error in Turnout), duplicate and shadowing
 * LETs, duplicate symbols, unknown SET/APPEND TO/MODIFY roots, repeated MODIFY keys, and several static errors
 * reported together in source order.
 * Messages and positions follow LANGUAGE.md; where the specification gives no text (hints, arity errors, unsupported
 * EXTENDED constructs) Turnout's wording is the contract these tests pin down.
 */
class StaticDiagnosticsTest {
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

    // ---- several static errors --------------------------------------------------------------------------------------

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
}
