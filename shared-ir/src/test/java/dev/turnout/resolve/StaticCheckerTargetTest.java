package dev.turnout.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.turnout.syntax.ast.Stmt;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link StaticChecker} rules for update targets (LANGUAGE.md §6.3): the root of a SET, APPEND TO or MODIFY path must
 * be a variable in scope ({@code input} is not), keys, values and INIT are checked, the variable forms are not, and
 * MODIFY rejects repeated literal keys.
 * Each test writes the program text, then builds the AST by hand with {@link StaticCheckerFixture}, so the expected
 * {@code line:col} values are those of the source.
 */
class StaticCheckerTargetTest extends StaticCheckerFixture {

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
}
