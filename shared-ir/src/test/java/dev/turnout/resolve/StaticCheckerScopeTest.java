package dev.turnout.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StaticChecker} name and scope rules (LANGUAGE.md §4.1, §6.3): undefined identifiers in every expression
 * position, what transforms, FUNC bodies and lambdas can see, duplicate and shadowing LETs, and the scopes of loop,
 * comprehension, CATCH and lambda variables.
 * Each test writes the program text, then builds the AST by hand with {@link StaticCheckerFixture}, so the expected
 * {@code line:col} values are those of the source.
 */
class StaticCheckerScopeTest extends StaticCheckerFixture {

    // ----- identifiers -----

    @Test
    void undefinedIdentifier_isReportedAtTheName() {
        program("TRANSFORM {\n  LET a = b + 1\n}\n");
        assertEquals(List.of("2:11 Undefined identifier 'b'"), check(transform(let("a", add(name("b"), num(1))))));
    }

    @Test
    void inputAndRow_areVisible_memberNamesAreNotIdentifiers() {
        program("TRANSFORM { OUTPUT { a: input.x.y, b: row.z } }\n");
        assertEquals(List.of(), check(transform(output(obj(
                field("a", member(member(name("input"), "x"), "y")),
                field("b", member(name("row"), "z")))))));
    }

    @Test
    void upperCaseINPUT_isUndefined() {
        program("TRANSFORM {\n  LET v = INPUT\n}\n");
        assertEquals(List.of("2:11 Undefined identifier 'INPUT'"), check(transform(let("v", name("INPUT")))));
    }

    @Test
    void libraryFunctions_areVisibleCaseSensitively_asCalleesAndValues() {
        program("TRANSFORM {\n  LET n = LENGTH(input)\n  LET k = KEYS\n  LET m = keys(input)\n}\n");
        assertEquals(List.of("4:11 Undefined identifier 'keys'"), check(transform(
                let("n", call(name("LENGTH"), name("input", 1))),
                let("k", name("KEYS")),
                let("m", call(name("keys"), name("input", 2))))));
    }

    @Test
    void namedCall_toUnknownFunction_isUndefinedIdentifier() {
        program("TRANSFORM {\n  LET g = (v) -> v\n  LET a = g(1)\n  LET b = f(2)\n}\n");
        assertEquals(List.of("4:11 Undefined identifier 'f'"), check(transform(
                let("g", lambda(List.of("v"), name("v", 2))),
                let("a", call(name("g", 2), num(1))),
                let("b", call(name("f"), num(2))))));
    }

    @Test
    void callToFuncDeclaredLater_passes() {
        program("TRANSFORM {\n  OUTPUT { v: double(input.n) }\n}\nFUNC double(n) = n * 2\n");
        assertEquals(List.of(), check(
                transform(output(obj(field("v", call(name("double", 1), member(name("input"), "n")))))),
                func("double", 2, List.of("n"), mul(name("n", 3), num(2)))));
    }

    @Test
    void funcBody_doesNotSeeTransformVariables() {
        program("TRANSFORM {\n  LET total = 1\n  OUTPUT { t: f() }\n}\nFUNC f() = total\n");
        assertEquals(List.of("5:12 Undefined identifier 'total'"), check(
                transform(let("total", num(1)), output(obj(field("t", call(name("f", 1)))))),
                func("f", 2, List.of(), name("total", 2))));
    }

    @Test
    void funcBody_seesItsParametersOtherFuncsAndInput() {
        program("TRANSFORM { OUTPUT { a: g(1) } }\nFUNC g(p) = h(p) + input.base\nFUNC h(q) = q\n");
        assertEquals(List.of(), check(
                transform(output(obj(field("a", call(name("g", 1), num(1)))))),
                func("g", 2, List.of("p"), add(call(name("h", 1), name("p", 2)), member(name("input"), "base"))),
                func("h", 2, List.of("q"), name("q", 2))));
    }

    @Test
    void dynPath_firstElementIsAnIdentifier_laterOnesAreMembers() {
        program("TRANSFORM {\n  LET o = {}\n  OUTPUT { v: o.[k.name], w: o.[o.k] }\n}\n");
        assertEquals(List.of("3:18 Undefined identifier 'k'"), check(transform(
                let("o", obj()),
                output(obj(
                        field("v", dyn(name("o", 2), "k", 1, "name")),
                        field("w", dyn(name("o", 3), "o", 4, "k")))))));
    }

    @Test
    void expressions_areCheckedInEveryPosition() {
        program("TRANSFORM {\n  OUTPUT { [k0]: [a1, IF c2 THEN d3 ELSE e4], v: CASE { WHEN f5 THEN g6 ELSE h7 }, w: -i8 }\n}\n");
        List<String> names = List.of("k0", "a1", "c2", "d3", "e4", "f5", "g6", "h7", "i8");
        List<String> expected = new ArrayList<>();
        for (String n : names) expected.add(pos(at(n, 1)) + " Undefined identifier '" + n + "'");
        assertEquals(expected, check(transform(output(obj(
                new Expr.Property(NO_SPAN, null, name("k0"),
                        arr(name("a1"), new Expr.IfExpr(NO_SPAN, name("c2"), name("d3"), name("e4")))),
                field("v", new Expr.Case(NO_SPAN, List.of(new Expr.When(NO_SPAN, name("f5"), name("g6"))), name("h7"))),
                field("w", new Expr.Unary(NO_SPAN, Expr.UnaryOp.NEG, name("i8"))))))));
    }

    // ----- LET rules -----

    @Test
    void duplicateLet_inSameBlock() {
        program("TRANSFORM {\n  LET x = 1\n  LET x = 2\n}\n");
        assertEquals(List.of("3:7 Duplicate LET 'x' in same block"),
                check(transform(let("x", 1, num(1)), let("x", 2, num(2)))));
    }

    @Test
    void duplicateLet_ofFuncParameter_andInFuncBlockBody() {
        program("TRANSFORM { }\nFUNC f(a) {\n  LET a = 1\n  LET b = 2\n  LET b = 3\n  RETURN b\n}\n");
        assertEquals(List.of("3:7 Duplicate LET 'a' in same block", "5:7 Duplicate LET 'b' in same block"),
                check(transform(), funcBlock("f", 1, List.of("a"),
                        let("a", 2, num(1)), let("b", 1, num(2)), let("b", 2, num(3)), ret(name("b", 3)))));
    }

    @Test
    void duplicateLet_ofLambdaParameter_inLambdaBlockBody() {
        program("TRANSFORM {\n  LET f = (p) -> {\n    LET p = 1\n    RETURN p\n  }\n}\n");
        assertEquals(List.of("3:9 Duplicate LET 'p' in same block"), check(transform(
                let("f", lambdaBlock(List.of("p"), let("p", 2, num(1)), ret(name("p", 3)))))));
    }

    @Test
    void letInIfBranch_ofOuterName_isShadowing() {
        program("TRANSFORM {\n  LET x = 1\n  IF x > 0 THEN {\n    LET x = 2\n  }\n}\n");
        assertEquals(List.of("4:9 Shadowing variable 'x' is not allowed"), check(transform(
                let("x", 1, num(1)),
                ifStmt(gt(name("x", 2), num(0)), List.of(let("x", 3, num(2))), null))));
    }

    @Test
    void letInLambdaBody_ofOuterVariable_isShadowing() {
        program("TRANSFORM {\n  LET total = 0\n  LET f = (a) -> { LET total = a\n    RETURN total }\n}\n");
        assertEquals(List.of("3:24 Shadowing variable 'total' is not allowed"), check(transform(
                let("total", 1, num(0)),
                let("f", lambdaBlock(List.of("a"), let("total", 2, name("a", 2)), ret(name("total", 3)))))));
    }

    @Test
    void letOfInputRowGlobalOrLibraryName_isNotShadowing() {
        program("TRANSFORM {\n  LET input = 1\n  LET row = 2\n  LET f = 3\n  LET KEYS = 4\n}\nFUNC f(a) = a\n");
        assertEquals(List.of(), check(
                transform(let("input", num(1)), let("row", num(2)), let("f", num(3)), let("KEYS", num(4))),
                func("f", 2, List.of("a"), name("a", 2))));
    }

    @Test
    void letInIf_isNotVisibleAfterTheBlock_andBranchesAreSeparateScopes() {
        program("TRANSFORM {\n  IF input.ok THEN {\n    LET y = 1\n  } ELSE {\n    LET y = 2\n  }\n  OUTPUT { y: y }\n}\n");
        assertEquals(List.of("7:15 Undefined identifier 'y'"), check(transform(
                ifStmt(member(name("input"), "ok"), List.of(let("y", 1, num(1))), List.of(let("y", 2, num(2)))),
                output(obj(field("y", name("y", 4)))))));
    }

    @Test
    void letXEqualsX_passes() {
        program("TRANSFORM {\n  LET x = x\n}\n");
        assertEquals(List.of(), check(transform(let("x", 1, name("x", 2)))));
    }

    // ----- loop, comprehension, CATCH and lambda variables -----

    @Test
    void loopVariable_mayReuseOuterName_butLetOfItInBodyMayNot() {
        program("TRANSFORM {\n  LET item = 0\n  FOR EACH item IN input.items {\n    OUTPUT { v: item }\n  }\n"
                + "  FOR EACH item IN input.more {\n    LET item = 1\n  }\n}\n");
        assertEquals(List.of("7:9 Shadowing variable 'item' is not allowed"), check(transform(
                let("item", 1, num(0)),
                forEach("item", 2, member(name("input", 1), "items"), null, output(obj(field("v", name("item", 3))))),
                forEach("item", 4, member(name("input", 2), "more"), null, let("item", 5, num(1))))));
    }

    @Test
    void letOfLoopVariableInBody_isShadowing() {
        program("TRANSFORM {\n  FOR i IN input.xs {\n    LET i = 2\n  }\n}\n");
        assertEquals(List.of("3:9 Shadowing variable 'i' is not allowed"), check(transform(
                forEach("i", 1, member(name("input"), "xs"), null, let("i", 2, num(2))))));
    }

    @Test
    void loopVariable_isVisibleInWhereAndBody_notAfter() {
        program("TRANSFORM {\n  FOR x IN input.xs WHERE x > 1 {\n    OUTPUT { v: x }\n  }\n  OUTPUT { w: x }\n}\n");
        assertEquals(List.of("5:15 Undefined identifier 'x'"), check(transform(
                forEach("x", 1, member(name("input"), "xs"), gt(name("x", 2), num(1)),
                        output(obj(field("v", name("x", 3))))),
                output(obj(field("w", name("x", 4)))))));
    }

    @Test
    void comprehensionVariable_isVisibleInElementAndWhere_notAfter() {
        program("TRANSFORM {\n  LET ys = [e * 2 FOR EACH e IN input.xs WHERE e > 0]\n  OUTPUT { v: e }\n}\n");
        assertEquals(List.of("3:15 Undefined identifier 'e'"), check(transform(
                let("ys", new Expr.Comprehension(NO_SPAN, mul(name("e", 1), num(2)), "e", at("e", 2),
                        member(name("input"), "xs"), gt(name("e", 3), num(0)))),
                output(obj(field("v", name("e", 4)))))));
    }

    @Test
    void catchVariable_isVisibleOnlyInItsFallback() {
        program("TRANSFORM {\n  TRY input.a CATCH (err) -> { m: err.message }\n"
                + "  LET v = TRY input.b CATCH (e2) -> e2.message\n  OUTPUT { x: err, y: e2 }\n}\n");
        assertEquals(List.of("4:15 Undefined identifier 'err'", "4:23 Undefined identifier 'e2'"), check(transform(
                new Stmt.Try(NO_SPAN, member(name("input", 1), "a"), catchOf("err"),
                        obj(field("m", member(name("err", 2), "message"))), false, null),
                let("v", new Expr.TryExpr(NO_SPAN, member(name("input", 2), "b"), catchOf("e2"),
                        member(name("e2", 2), "message"))),
                output(obj(field("x", name("err", 3)), field("y", name("e2", 3)))))));
    }

    @Test
    void tryStatementAbortValue_isChecked() {
        program("TRANSFORM {\n  TRY input.a CATCH (e) -> ABORT { m: e.message, z: zz }\n}\n");
        assertEquals(List.of("2:53 Undefined identifier 'zz'"), check(transform(
                new Stmt.Try(NO_SPAN, member(name("input"), "a"), catchOf("e"), null, true,
                        obj(field("m", member(name("e", 2), "message")), field("z", name("zz")))))));
    }

    @Test
    void lambda_seesOuterVariablesAndItsParameters() {
        program("TRANSFORM {\n  LET k = 1\n  LET addK = (n) -> n + k\n  LET bump = () -> {\n    SET k = k + 1\n"
                + "    RETURN k + z\n  }\n}\n");
        assertEquals(List.of("6:16 Undefined identifier 'z'"), check(transform(
                let("k", 1, num(1)),
                let("addK", lambda(List.of("n"), add(name("n", 2), name("k", 2)))),
                let("bump", lambdaBlock(List.of(),
                        set(name("k", 3), add(name("k", 4), num(1))),
                        ret(add(name("k", 5), name("z"))))))));
    }

    @Test
    void lambdaParameters_mayReuseOuterNames() {
        program("TRANSFORM {\n  LET n = 1\n  LET f = (n) -> n * 2\n  LET g = (n) -> { LET m = n\n    RETURN m }\n}\n");
        assertEquals(List.of(), check(transform(
                let("n", 1, num(1)),
                let("f", lambda(List.of("n"), mul(name("n", 3), num(2)))),
                let("g", lambdaBlock(List.of("n"), let("m", 1, name("n", 5)), ret(name("m", 2)))))));
    }

    @Test
    void lambdaParameters_areNotVisibleAfterTheLambda() {
        program("TRANSFORM {\n  LET f = (p) -> p\n  OUTPUT { v: p }\n}\n");
        assertEquals(List.of("3:15 Undefined identifier 'p'"), check(transform(
                let("f", lambda(List.of("p"), name("p", 2))),
                output(obj(field("v", name("p", 3)))))));
    }
}
