package dev.turnout.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.turnout.source.Source;
import dev.turnout.source.Span;
import dev.turnout.syntax.ParseResult;
import dev.turnout.syntax.Parser;
import dev.turnout.syntax.ast.Decl;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.ProgramNode;
import dev.turnout.syntax.ast.Stmt;
import dev.turnout.syntax.ast.TypeExpr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Tests of {@link StaticChecker} (LANGUAGE.md §4.1, §6.3, §13.5). Each test writes the program text, then builds
 * the AST a parser would produce for it by hand; the spans of names are taken from the text (the n-th whole-word
 * occurrence), so the expected {@code line:col} values are those of the source. {@link ParsedPrograms} runs whole
 * programs through the real {@link Parser} to pin the positions that depend on its spans.
 */
class StaticCheckerTest {

    private static final Span NO_SPAN = new Span(1, 1, 0, 0);
    private static final Predicate<String> LIBRARY = Set.of("KEYS", "LENGTH", "MAP", "PRINT")::contains;

    private Source source;

    // ----- program, declarations -----

    @Test
    void programWithoutTransform_isReportedAt1_1() {
        program("FUNC f(a) = a\n");
        assertEquals(List.of("1:1 Program must declare at least one TRANSFORM block"),
                check(func("f", 1, List.of("a"), name("a", 2))));
    }

    @Test
    void emptyProgram_isReportedLikeAProgramWithoutTransform() {
        program("");
        assertEquals(List.of("1:1 Program must declare at least one TRANSFORM block"), check());
    }

    @Test
    void duplicateFunc_isReportedAtEarlierDeclarationName() {
        program("TRANSFORM { }\nFUNC f(a) = a\nFUNC f(b) = b\n");
        assertEquals(List.of("2:6 Duplicate symbol 'f'"),
                check(transform(), func("f", 1, List.of("a"), name("a", 2)), func("f", 2, List.of("b"), name("b", 2))));
    }

    @Test
    void duplicateSymbol_spansKindsAndIsPlacedOnTheName() {
        program("TRANSFORM T { }\nSHARED   cache SINGLE\nTYPE cache = enum { A }\nFUNC T(x) = x\n");
        assertEquals(List.of("1:11 Duplicate symbol 'T'", "2:10 Duplicate symbol 'cache'"),
                check(named("T", 1), shared("cache", 1, false), enumType("cache", 1, "A"),
                        func("T", 2, List.of("x"), name("x", 2))));
    }

    @Test
    void duplicateNamedTransform_nameFoundAfterComment() {
        program("TRANSFORM /* first */ Main { }\nTRANSFORM Main { }\n");
        assertEquals(List.of("1:23 Duplicate symbol 'Main'"), check(named("Main", 1), named("Main", 2)));
    }

    @Test
    void unnamedTransforms_doNotCollide() {
        program("TRANSFORM { }\nTRANSFORM { }\n");
        assertEquals(List.of(), check(transform(), transform()));
    }

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

    // ----- SET -----

    @Test
    void setPath_rootNotInScope_includingInput() {
        program("TRANSFORM {\n  SET input.x = 1\n  SET data.y = 2\n  LET o = {}\n  SET o.a = 3\n}\n");
        assertEquals(List.of("2:7 Unknown variable 'input' in same block", "3:7 Unknown variable 'data' in same block"),
                check(transform(
                        set(member(name("input"), "x"), num(1)),
                        set(member(name("data"), "y"), num(2)),
                        let("o", 1, obj()),
                        set(member(name("o", 2), "a"), num(3)))));
    }

    @Test
    void setPath_onSharedRoot_passes() {
        program("SHARED cache MANY\nTRANSFORM {\n  SET cache.a = 1\n}\n");
        assertEquals(List.of(), check(shared("cache", 1, true), transform(set(member(name("cache", 2), "a"), num(1)))));
    }

    @Test
    void setVariableForm_isNotChecked() {
        program("TRANSFORM {\n  SET nope = alsoNope\n}\n");
        assertEquals(List.of(), check(transform(set(name("nope"), name("alsoNope")))));
    }

    @Test
    void setPath_keysAndValueAreChecked() {
        program("TRANSFORM {\n  LET o = {}\n  SET o[k1].[k2.z] = v\n}\n");
        assertEquals(List.of("3:9 Undefined identifier 'k1'", "3:14 Undefined identifier 'k2'",
                        "3:22 Undefined identifier 'v'"),
                check(transform(let("o", 1, obj()),
                        set(dyn(index(name("o", 2), name("k1")), "k2", 1, "z"), name("v")))));
    }

    @Test
    void pathTargetsInsideIf_reachAnOuterLet() {
        program("TRANSFORM {\n  LET acc = { n: 0 }\n  IF input.go THEN {\n    SET acc.n = 1\n    MODIFY acc { n: 2 }\n"
                + "    APPEND TO acc.list 3\n  }\n}\n");
        assertEquals(List.of(), check(transform(
                let("acc", 1, obj(field("n", num(0)))),
                ifStmt(member(name("input"), "go"), List.of(
                        set(member(name("acc", 2), "n"), num(1)),
                        modify("acc", 3, List.of(), entry("n", at("n", 3), num(2))),
                        append(member(name("acc", 4), "list"), num(3), null)), null))));
    }

    // ----- APPEND TO -----

    @Test
    void appendPath_rootNotInScope() {
        program("TRANSFORM {\n  APPEND TO input.xs 1\n  APPEND TO groups.[input.team] input.name\n}\n");
        assertEquals(List.of("2:13 Unknown variable 'input'", "3:13 Unknown variable 'groups'"), check(transform(
                append(member(name("input", 1), "xs"), num(1), null),
                append(dyn(name("groups"), "input", 2, "team"), member(name("input", 3), "name"), null))));
    }

    @Test
    void appendVariableForm_isNotChecked() {
        program("TRANSFORM {\n  APPEND TO missing other INIT third\n}\n");
        assertEquals(List.of(), check(transform(append(name("missing"), name("other"), name("third")))));
    }

    @Test
    void appendPath_valueAndInitAreChecked() {
        program("TRANSFORM {\n  LET acc = {}\n  APPEND TO acc.xs val INIT start\n}\n");
        assertEquals(List.of("3:20 Undefined identifier 'val'", "3:29 Undefined identifier 'start'"),
                check(transform(let("acc", 1, obj()),
                        append(member(name("acc", 2), "xs"), name("val"), name("start")))));
    }

    // ----- MODIFY -----

    @Test
    void modify_rootNotInScope_includingInput() {
        program("TRANSFORM {\n  MODIFY input { a: 1 }\n  MODIFY cfg.opts { b: 2 }\n}\n");
        assertEquals(List.of("2:10 Unknown variable name 'input' in same block",
                        "3:10 Unknown variable name 'cfg' in same block"),
                check(transform(
                        modify("input", 1, List.of(), entry("a", at("a"), num(1))),
                        modify("cfg", 1, List.of("opts"), entry("b", at("b"), num(2))))));
    }

    @Test
    void modify_duplicateLiteralKey_nameAndStringCollide_integerAndStringDoNot() {
        program("TRANSFORM {\n  LET o = {}\n  MODIFY o { a: 1, \"a\": 2, 1: 3, \"1\": 4, 1: 5 }\n}\n");
        assertEquals(List.of("3:20 Duplicate literal key in MODIFY: a", "3:42 Duplicate literal key in MODIFY: 1"),
                check(transform(let("o", 1, obj()), modify("o", 2, List.of(),
                        entry("a", at("a", 1), num(1)),
                        entry("a", at("\"a\"", 1), num(2)),
                        entry(1L, at("1", 2), num(3)),
                        entry("1", at("\"1\"", 1), num(4)),
                        entry(1L, at("1", 4), num(5))))));
    }

    @Test
    void modify_entryValuesAndComputedKeys_areNotChecked() {
        program("TRANSFORM {\n  LET o = {}\n  MODIFY o { [ghost]: phantom }\n}\n");
        assertEquals(List.of(), check(transform(let("o", 1, obj()), modify("o", 2, List.of(),
                new Stmt.ModifyEntry(NO_SPAN, null, name("ghost"), name("phantom"))))));
    }

    // ----- statements not checked, shared writes -----

    @Test
    void expressionStatements_areNotChecked() {
        program("TRANSFORM {\n  PRINT(unknownThing)\n  undefinedFn(1)\n  ((q) -> { LET q = zz })\n}\n");
        assertEquals(List.of(), check(transform(
                exprStmt(call(name("PRINT"), name("unknownThing"))),
                exprStmt(call(name("undefinedFn"), num(1))),
                exprStmt(lambdaBlock(List.of("q"), let("q", 2, name("zz")))))));
    }

    @Test
    void sharedWrites_unknownResource_missingKeyForMany_keyChecked() {
        program("SHARED once SINGLE\nSHARED many MANY\nTRANSFORM {\n  once[] = 1\n  many[] = 2\n  many[\"k\"] = 3\n"
                + "  nothere[\"k\"] = 4\n  once[key] = 5\n}\n");
        assertEquals(List.of("5:3 Shared write to MANY requires a key", "7:3 Unknown shared resource 'nothere'",
                        "8:8 Undefined identifier 'key'"),
                check(shared("once", 1, false), shared("many", 1, true), transform(
                        sharedWrite("once", 2, null, num(1)),
                        sharedWrite("many", 2, null, num(2)),
                        sharedWrite("many", 3, str("k"), num(3)),
                        sharedWrite("nothere", 1, str("k"), num(4)),
                        sharedWrite("once", 3, name("key"), num(5)))));
    }

    // ----- types -----

    @Test
    void unknownTypeNames_inSignature() {
        program("TYPE Color = enum { RED, GREEN }\n"
                + "TRANSFORM T (order: { id: Number, tags: [Text], color: Color, extra: Mystery }) -> Strnig | BOOLEAN {\n}\n");
        Decl.Signature signature = new Decl.Signature(NO_SPAN,
                List.of(new Decl.SigParam(NO_SPAN, "order", new TypeExpr.Record(NO_SPAN, List.of(
                        typeField("id", typeName("Number")),
                        typeField("tags", new TypeExpr.ListOf(NO_SPAN, typeName("Text"))),
                        typeField("color", typeName("Color", 2)),
                        typeField("extra", typeName("Mystery")))))),
                new TypeExpr.Union(NO_SPAN, List.of(typeName("Strnig"), typeName("BOOLEAN"))));
        assertEquals(List.of("2:70 Unknown type 'Mystery'", "2:84 Unknown type 'Strnig'"), check(
                enumType("Color", 1, "RED", "GREEN"),
                new Decl.Transform(at("TRANSFORM"), "T", signature, block())));
    }

    @Test
    void unionMembers_unknownAndCyclicReferences() {
        program("TRANSFORM { }\nTYPE A = union B | string\nTYPE B = union C | A\nTYPE C = union Number | Ghost\n"
                + "TYPE D = union D\n");
        assertEquals(List.of("3:20 Cyclic type reference 'A'", "4:25 Unknown type 'Ghost'",
                        "5:16 Cyclic type reference 'D'"),
                check(transform(), union("A", 1, "B", "string"), union("B", 2, "C", "A"), union("C", 3, "Number", "Ghost"),
                        union("D", 4, "D")));
    }

    @Test
    void signatureUsingUnionAndEnumTypes_passes() {
        program("TYPE Id = union string | Number\nTYPE Kind = enum { X }\nTRANSFORM (p: Id) -> Kind { }\n");
        Decl.Signature signature = new Decl.Signature(NO_SPAN,
                List.of(new Decl.SigParam(NO_SPAN, "p", typeName("Id", 2))), typeName("Kind", 2));
        assertEquals(List.of(), check(union("Id", 1, "string", "Number"), enumType("Kind", 1, "X"),
                new Decl.Transform(at("TRANSFORM"), null, signature, block())));
    }

    // ----- reporting -----

    @Test
    void allViolations_areReported_inSourceOrder() {
        program("TRANSFORM {\n  OUTPUT { a: g(u1) }\n}\nFUNC g(p) = p + u2\nFUNC g(q) = q\n");
        assertEquals(List.of("2:17 Undefined identifier 'u1'", "4:6 Duplicate symbol 'g'",
                        "4:17 Undefined identifier 'u2'"),
                check(transform(output(obj(field("a", call(name("g", 1), name("u1")))))),
                        func("g", 2, List.of("p"), add(name("p", 2), name("u2"))),
                        func("g", 3, List.of("q"), name("q", 2))));
    }

    @Test
    void diagnostic_carriesFileAndSourceLine() {
        program("TRANSFORM {\n  LET a = b\n}\n");
        var diagnostics = StaticChecker.check(
                new ProgramNode(source, List.of(transform(let("a", name("b"))))), LIBRARY);
        assertEquals(1, diagnostics.size());
        assertEquals("test.bl:2:11: Undefined identifier 'b'", diagnostics.get(0).headline());
        assertEquals("  LET a = b", diagnostics.get(0).sourceLine());
    }

    // ----- whole programs through the parser -----

    /** End-to-end: parser spans (declarations, shared writes, {@code .[…]} paths, MODIFY keys) as reported. */
    @Nested
    class ParsedPrograms {

        private List<String> checkText(String text) {
            ParseResult parsed = Parser.parse(new Source("test.bl", text));
            assertEquals(List.of(), parsed.diagnostics().stream().map(d -> d.headline()).toList(), "parse errors");
            return StaticChecker.check(parsed.program(), Set.of("MAP", "FILTER", "REDUCE", "SORT", "KEYS")::contains)
                    .stream().map(d -> d.line() + ":" + d.column() + " " + d.message()).toList();
        }

        @Test
        void workedExamples_pass() {
            assertEquals(List.of(), checkText("""
                    TRANSFORM Scores {
                        LET bonus = input.bonus
                        LET adjusted = MAP(input.scores, (s) -> s + bonus)
                        LET passed = FILTER(adjusted, (s) -> s >= input.pass)
                        OUTPUT { total: REDUCE(adjusted, 0, (acc, s) -> acc + s), ranked: SORT(adjusted) }
                    }
                    TRANSFORM Index {
                        LET byId = {}
                        FOR EACH item IN input.items {
                            SET byId.[item.id] = item.value
                        }
                        OUTPUT {
                            ids: KEYS(byId),
                            big: [{ [item.id]: item.value * 10 } FOR EACH item IN input.items WHERE item.value > 1]
                        }
                    }
                    TRANSFORM Tally {
                        LET summary = { count: 0, skus: [] }
                        FOR EACH line IN input.lines WHERE line.qty > 0 {
                            SET summary.count = summary.count + 1
                            APPEND TO summary.skus line.sku
                        }
                        MODIFY summary { done: true }
                        OUTPUT summary
                    }
                    """));
        }

        @Test
        void declarationNames_areReportedAtTheNameToken() {
            assertEquals(List.of("1:13 Duplicate symbol 'Main'", "2:10 Duplicate symbol 'once'"), checkText("""
                    TRANSFORM   Main { }
                    SHARED   once SINGLE
                    TYPE once = enum { A }
                    FUNC Main() = 1
                    """));
        }

        @Test
        void scopeRules_throughTheParser() {
            assertEquals(List.of(
                    "3:23 Shadowing variable 'x' is not allowed",
                    "5:7 Unknown variable 'input' in same block",
                    "6:13 Unknown variable 'input'",
                    "7:10 Unknown variable name 'input' in same block",
                    "7:24 Duplicate literal key in MODIFY: a",
                    "9:18 Undefined identifier 'k'",
                    "9:27 Undefined identifier 'zz'",
                    "11:12 Undefined identifier 'x'"), checkText("""
                    TRANSFORM {
                      LET x = 1
                      IF x > 0 THEN { LET x = 2 }
                      FOR EACH x IN input.xs { OUTPUT { v: x } }
                      SET input.a = 1
                      APPEND TO input.xs 1
                      MODIFY input { a: 1, "a": 2 }
                      LET o = {}
                      OUTPUT { w: o.[k.z], q: zz }
                    }
                    FUNC f() = x
                    """));
        }

        @Test
        void sharedWritesAndTypes_throughTheParser() {
            assertEquals(List.of(
                    "2:3 Shared write to MANY requires a key",
                    "3:3 Unknown shared resource 'ghost'",
                    "6:19 Cyclic type reference 'Loop'",
                    "6:26 Unknown type 'Nope'",
                    "7:20 Unknown type 'Mystery'"), checkText("""
                    TRANSFORM {
                      many[] = 2
                      ghost["k"] = 3
                    }
                    SHARED   many MANY
                    TYPE Loop = union Loop | Nope
                    TRANSFORM (p: { a: Mystery }) -> Loop { }
                    """));
        }
    }

    // ================= fixture =================

    private void program(String text) {
        source = new Source("test.bl", text);
    }

    private List<String> check(Decl... declarations) {
        return StaticChecker.check(new ProgramNode(source, List.of(declarations)), LIBRARY).stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.message())
                .toList();
    }

    private static String pos(Span span) {
        return span.line() + ":" + span.column();
    }

    /** The span of the {@code nth} (1-based) occurrence of {@code word} not touching identifier characters. */
    private Span at(String word, int nth) {
        String text = source.text();
        int from = 0;
        int seen = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) throw new AssertionError("occurrence " + nth + " of '" + word + "' not in the program");
            boolean startOk = i == 0 || !isIdentifierChar(text.charAt(i - 1)) || !isIdentifierChar(word.charAt(0));
            int end = i + word.length();
            boolean endOk = end == text.length() || !isIdentifierChar(text.charAt(end))
                    || !isIdentifierChar(word.charAt(word.length() - 1));
            if (startOk && endOk && ++seen == nth) {
                return new Span(source.lineOf(i), source.columnOf(i), i, end);
            }
            from = i + 1;
        }
    }

    private Span at(String word) {
        return at(word, 1);
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    // ----- expressions -----

    private Expr.Name name(String n, int nth) {
        return new Expr.Name(at(n, nth), n);
    }

    private Expr.Name name(String n) {
        return name(n, 1);
    }

    private static Expr num(long v) {
        return new Expr.NumberLit(NO_SPAN, v);
    }

    private static Expr str(String v) {
        return new Expr.StringLit(NO_SPAN, v);
    }

    private static Expr add(Expr a, Expr b) {
        return new Expr.Binary(NO_SPAN, Expr.BinaryOp.ADD, a, b);
    }

    private static Expr mul(Expr a, Expr b) {
        return new Expr.Binary(NO_SPAN, Expr.BinaryOp.MUL, a, b);
    }

    private static Expr gt(Expr a, Expr b) {
        return new Expr.Binary(NO_SPAN, Expr.BinaryOp.GT, a, b);
    }

    private static Expr member(Expr target, String n) {
        return new Expr.Member(NO_SPAN, target, n);
    }

    private static Expr index(Expr target, Expr key) {
        return new Expr.Index(NO_SPAN, target, key);
    }

    private Expr dyn(Expr target, String head, int nth, Object... rest) {
        List<Object> path = new ArrayList<>();
        path.add(head);
        path.addAll(Arrays.asList(rest));
        return new Expr.DynPath(NO_SPAN, target, at(head, nth), path);
    }

    private static Expr call(Expr callee, Expr... args) {
        return new Expr.Call(NO_SPAN, callee, List.of(args));
    }

    private static List<Expr.Param> params(List<String> names) {
        return names.stream().map(n -> new Expr.Param(NO_SPAN, n)).toList();
    }

    private static Expr lambda(List<String> parameters, Expr body) {
        return new Expr.Lambda(NO_SPAN, params(parameters), body, null);
    }

    private static Expr lambdaBlock(List<String> parameters, Stmt... body) {
        return new Expr.Lambda(NO_SPAN, params(parameters), null, block(body));
    }

    private static Expr obj(Expr.Property... properties) {
        return new Expr.ObjectLit(NO_SPAN, List.of(properties));
    }

    private static Expr.Property field(String key, Expr value) {
        return new Expr.Property(NO_SPAN, key, null, value);
    }

    private static Expr arr(Expr... elements) {
        return new Expr.ArrayLit(NO_SPAN, List.of(elements));
    }

    private static Expr.CatchClause catchOf(String variable) {
        return new Expr.CatchClause(NO_SPAN, variable, NO_SPAN, null, 0, null);
    }

    // ----- statements -----

    private static Stmt.Block block(Stmt... statements) {
        return new Stmt.Block(NO_SPAN, List.of(statements));
    }

    private Stmt let(String n, int nth, Expr value) {
        return new Stmt.Let(NO_SPAN, n, at(n, nth), value);
    }

    private Stmt let(String n, Expr value) {
        return let(n, 1, value);
    }

    private static Stmt set(Expr target, Expr value) {
        return new Stmt.Set(NO_SPAN, target, value);
    }

    private static Stmt append(Expr target, Expr value, Expr init) {
        return new Stmt.AppendTo(NO_SPAN, target, value, init);
    }

    private Stmt modify(String root, int nth, List<Object> path, Stmt.ModifyEntry... entries) {
        return new Stmt.Modify(NO_SPAN, root, at(root, nth), path, List.of(entries));
    }

    private static Stmt.ModifyEntry entry(Object key, Span span, Expr value) {
        return new Stmt.ModifyEntry(span, key, null, value);
    }

    private static Stmt output(Expr value) {
        return new Stmt.Output(NO_SPAN, value);
    }

    private static Stmt ifStmt(Expr condition, List<Stmt> then, List<Stmt> otherwise) {
        return new Stmt.If(NO_SPAN, condition, block(then.toArray(Stmt[]::new)),
                otherwise == null ? null : block(otherwise.toArray(Stmt[]::new)));
    }

    private Stmt forEach(String variable, int nth, Expr iterable, Expr where, Stmt... body) {
        return new Stmt.For(NO_SPAN, variable, at(variable, nth), iterable, where, block(body));
    }

    private static Stmt ret(Expr value) {
        return new Stmt.Return(NO_SPAN, value);
    }

    private Stmt sharedWrite(String resource, int nth, Expr key, Expr value) {
        return new Stmt.SharedWrite(at(resource, nth), resource, key, value);
    }

    private static Stmt exprStmt(Expr e) {
        return new Stmt.Expression(NO_SPAN, e);
    }

    // ----- declarations and types -----

    private static Decl transform(Stmt... body) {
        return new Decl.Transform(NO_SPAN, null, null, block(body));
    }

    /** A named transform whose declaration starts at the {@code keywordNth} TRANSFORM keyword. */
    private Decl named(String n, int keywordNth, Stmt... body) {
        return new Decl.Transform(at("TRANSFORM", keywordNth), n, null, block(body));
    }

    private Decl func(String n, int nth, List<String> parameters, Expr body) {
        return new Decl.Func(NO_SPAN, n, at(n, nth), params(parameters), body, null);
    }

    private Decl funcBlock(String n, int nth, List<String> parameters, Stmt... body) {
        return new Decl.Func(NO_SPAN, n, at(n, nth), params(parameters), null, block(body));
    }

    private Decl shared(String n, int keywordNth, boolean many) {
        return new Decl.Shared(at("SHARED", keywordNth), n, many);
    }

    private Decl enumType(String n, int keywordNth, String... values) {
        return typeDecl(n, keywordNth, true, values);
    }

    private Decl union(String n, int keywordNth, String... members) {
        return typeDecl(n, keywordNth, false, members);
    }

    /** Member spans are the members' first occurrences after the declaration's name. */
    private Decl typeDecl(String n, int keywordNth, boolean isEnum, String... members) {
        Span keyword = at("TYPE", keywordNth);
        int cursor = source.text().indexOf(n, keyword.end()) + n.length();
        List<Span> spans = new ArrayList<>();
        for (String member : members) {
            Span span = firstAfter(member, cursor);
            spans.add(span);
            cursor = span.end();
        }
        return new Decl.Type(keyword, n, isEnum, List.of(members), spans);
    }

    private Span firstAfter(String word, int offset) {
        for (int nth = 1; ; nth++) {
            Span span = at(word, nth);
            if (span.start() >= offset) return span;
        }
    }

    private TypeExpr typeName(String n, int nth) {
        return new TypeExpr.Named(at(n, nth), n);
    }

    private TypeExpr typeName(String n) {
        return typeName(n, 1);
    }

    private static TypeExpr.Field typeField(String n, TypeExpr type) {
        return new TypeExpr.Field(NO_SPAN, n, false, type);
    }
}
