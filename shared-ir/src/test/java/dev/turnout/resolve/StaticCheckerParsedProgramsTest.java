package dev.turnout.resolve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.turnout.source.Source;
import dev.turnout.syntax.ParseResult;
import dev.turnout.syntax.Parser;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * {@link StaticChecker} end to end: whole programs through the real {@link Parser}, pinning the positions that depend
 * on its spans (declaration names, shared writes, {@code .[…]} paths, MODIFY keys) across all rule families.
 */
class StaticCheckerParsedProgramsTest {

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

    @Test
    void typeUnionsMayNameUndeclaredTypes_signaturesMayNot_throughTheParser() {
        assertEquals(List.of(
                "5:15 Unknown type 'Person'",
                "5:34 Unknown type 'Ghost'"), checkText("""
                TYPE User = union Person | Bot
                TYPE Mixed = union String | User | Alien
                TYPE Flag = enum { ON, OFF }
                TRANSFORM Ok (u: User) -> { m: Mixed, f: [Flag] } { }
                TRANSFORM (p: Person) -> [User | Ghost] { }
                """));
    }
}
