package dev.turnout.jit;

import static dev.turnout.jit.TierComparison.agree;
import static dev.turnout.jit.TierComparison.times;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.Engine;
import dev.turnout.Program;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Constructs the golden corpus reaches rarely or not at all, each run in every tier with
 * {@link TierComparison}: instructions only library expansions emit (SIFT), name chains, TRY with values below the
 * region on the stack, limits inside TRY, recursion deeper than compiled code may nest, call and literal sizes
 * beyond the packing helpers, and fast paths whose guards fail after tier-up.
 */
class CompiledEdgeCasesTest {

    @Test
    void sift_buildsObjectInTemporary() {
        List<String> out = agree("""
                TRANSFORM T {
                  OUTPUT { d: SIFT(input.o, (v, k) -> v > 1 && k != "c"), e: TRY SIFT(input.n, (v) -> v) CATCH (e) -> e }
                }""", times(4, "{\"o\": {\"a\": 1, \"b\": 2, \"c\": 3}, \"n\": [1]}"));
        assertEquals("{\"d\":{\"b\":2},\"e\":{\"message\":\"SIFT: arg 1 must be object\",\"type\":\"IllegalStateException\"}}",
                out.get(0));
    }

    @Test
    void nameChains_loadStoreAndRawUpdates() {
        agree("""
                TRANSFORM T {
                  LET xs = [1]
                  LET f = (xs) -> { APPEND TO xs 5; SET xs.0 = 7; RETURN xs }
                  LET g = (y) -> { LET z = y; SET xs = [z]; RETURN xs }
                  LET before = xs
                  OUTPUT { a: f([2]), b: f(), c: xs, d: g(3), e: xs, before: before }
                }""", times(4, "{}"));
    }

    @Test
    void loopAndCatchVariables_restoredAcrossChains() {
        agree("""
                TRANSFORM T {
                  LET i = "outer"
                  LET f = (i) -> {
                    LET acc = []
                    FOR EACH i IN [1, 2] { APPEND TO acc i }
                    RETURN [acc, i]
                  }
                  LET r = TRY ASSERT(false, "boom") CATCH (i) -> i.message
                  OUTPUT { a: f(), b: f("p"), i: i, r: r }
                }""", times(4, "{}"));
    }

    @Test
    void tryWithValuesBelowTheRegion_restoresTheStack() {
        agree("""
                FUNC bad(x) = x.y.z
                TRANSFORM T {
                  LET a = [1, 2, { k: TRY bad(input.v) CATCH (e) -> e.message, l: [3, TRY 1 // input.d CATCH (e) -> e.type] }]
                  OUTPUT { a: a, b: "x" + (TRY input.s.t CATCH (e) -> "caught") + "y" }
                }""", "{\"v\": 3, \"d\": 0, \"s\": 5}", "{\"v\": {\"y\": {\"z\": 9}}, \"d\": 2, \"s\": {\"t\": 1}}",
                "{\"v\": 3, \"d\": 0, \"s\": 5}", "{\"v\": [], \"d\": 0, \"s\": null}");
    }

    @Test
    void nestedTry_innerHandlerFirstAndRethrowToOuter() {
        agree("""
                TRANSFORM T {
                  LET r = TRY [1, TRY input.a.b CATCH (e) -> input.c.d] CATCH (e) -> "outer: " + e.message
                  OUTPUT { r: r }
                }""", "{\"a\": 1, \"c\": 2}", "{\"a\": 1, \"c\": {\"d\": 4}}", "{\"a\": {\"b\": 3}}", "{\"a\": 1, \"c\": 2}");
    }

    @Test
    void retry_countsAttemptsInCompiledCode() {
        agree("""
                TRANSFORM T {
                  LET n = 0
                  LET flaky = () -> { SET n = n + 1; RETURN ASSERT(n >= input.k, "not yet") }
                  LET r = TRY flaky() CATCH (e) RETRY 4 TIMES -> "gave up"
                  OUTPUT { r: r, n: n }
                }""", "{\"k\": 3}", "{\"k\": 9}", "{\"k\": 1}", "{\"k\": 5}");
    }

    @Test
    void stepLimitInsideTry_isNotCaughtAndCountsAlike() {
        String source = """
                FUNC f(n) = n + 1
                TRANSFORM T {
                  LET total = 0
                  LET r = TRY SUM(MAP(RANGE(0, input.n), (x) -> f(x))) CATCH (e) -> "caught"
                  FOR EACH y IN [1, 2, 3] { SET total = total + y }
                  OUTPUT { total: total }
                }""";
        // Find the exact number of steps the interpreter needs, then check every tier agrees at the boundary.
        String input = "{\"n\": 40}";
        long needed = 1;
        while (!TierComparison.outcome(Engine.builder().jit(false).maxSteps(needed).build().compile("test.bl", source),
                input).startsWith("{")) {
            needed++;
        }
        long steps = needed;
        agree(b -> b.maxSteps(steps), source, input, input, input, input);
        agree(b -> b.maxSteps(steps - 1), source, input, input, input, input);
        assertTrue(TierComparison.outcome(Engine.builder().jit(false).maxSteps(steps - 1).build()
                .compile("test.bl", source), input).contains("LimitExceeded"));
    }

    @Test
    void deepRecursion_beyondTheCompiledDepthBudget() {
        String source = """
                FUNC down(n) = IF n == 0 THEN 0 ELSE 1 + down(n - 1)
                TRANSFORM T {
                  LET h = (n) -> IF n == 0 THEN 0 ELSE 3 + h(n - 1)
                  OUTPUT { r: down(input.n), s: h(input.n) }
                }""";
        // The interpreter recurses on heap frames; compiled code must not exhaust the Java stack first.
        agree(b -> b.maxCallDepth(60_000), source, "{\"n\": 50000}", "{\"n\": 10}", "{\"n\": 59990}",
                "{\"n\": 70000}", "{\"n\": 40000}");
    }

    @Test
    void manyArgumentsAndLargeLiterals_packBeyondTheHelpers() {
        agree("""
                FUNC f(a, b, c, d, e, g, h, i) = [a, b, c, d, e, g, h, i, a + i]
                TRANSFORM T {
                  LET l = (a, b, c, d, e, g, h, i, j) -> a + b + c + d + e + g + h + i + j
                  OUTPUT { f: f(1, 2, 3, 4, 5, 6, 7, 8), l: l(1, 2, 3, 4, 5, 6, 7, 8, input.x),
                           o: { a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: input.x } }
                }""", times(4, "{\"x\": 9}"));
    }

    @Test
    void pathsWithManyDynamicKeys() {
        agree("""
                TRANSFORM T {
                  LET o = { a: { b: [ { c: {} } ] } }
                  LET k1 = "a"
                  LET k2 = "b"
                  SET o[k1][k2][0].c[input.k] = 5
                  APPEND TO o[k1][k2][0].c.list input.k INIT []
                  APPEND TO o.a.b { c: 1 }
                  MODIFY o.a { extra: true }
                  OUTPUT o
                }""", times(4, "{\"k\": \"z\"}"));
    }

    @Test
    void fastPaths_fallBackWhenOperandKindsChange() {
        String source = """
                TRANSFORM T {
                  LET s = input.a
                  LET p = input.a * input.b
                  LET d = input.a - input.b
                  LET c = [input.a < input.b, input.a <= input.b, input.a > input.b, input.a >= input.b,
                           input.a == input.b, input.a != input.b]
                  LET i = 0
                  LET n = input.a
                  FOR EACH x IN [1, 2, 3] { SET i = i + 1; SET n = n + 1; IF input.a < input.b THEN { SET s = s + x } }
                  OUTPUT { s: s, p: p, d: d, c: c, i: i, n: n }
                }""";
        String longs = "{\"a\": 3, \"b\": 4}";
        agree(source, longs, longs, longs, longs, "{\"a\": 9223372036854775807, \"b\": 2}",
                "{\"a\": -9223372036854775808, \"b\": 3}", "{\"a\": 2.5, \"b\": 4}", "{\"a\": \"x\", \"b\": 4}",
                "{\"a\": 12345678901234567890, \"b\": 1}", "{\"a\": 1.5, \"b\": 1.5}", longs);
        String doubles = "{\"a\": 3.5, \"b\": -0.0}";
        agree(source, doubles, doubles, doubles, "{\"a\": 0.0, \"b\": -0.0}", "{\"a\": -0.0, \"b\": -0.0}",
                "{\"a\": 1, \"b\": 2.0}", "{\"a\": 1e308, \"b\": 1e308}", doubles);
    }

    @Test
    void shapeGuards_fallBackForOtherShapesAndNonObjects() {
        String source = """
                TRANSFORM T {
                  LET rows = []
                  FOR EACH r IN input.rows { APPEND TO rows r.name + ":" + r.v }
                  OUTPUT { rows: rows, first: input.rows[0].name }
                }""";
        String same = "{\"rows\": [{\"name\": \"a\", \"v\": 1}, {\"name\": \"b\", \"v\": 2}]}";
        agree(source, same, same, same, "{\"rows\": [{\"v\": 1, \"name\": \"a\"}, {\"name\": \"b\"}, {}]}",
                "{\"rows\": [{\"name\": \"a\", \"v\": 1}, [1]]}", "{\"rows\": [{\"name\": \"a\", \"v\": 1}, 5]}", same);
    }

    @Test
    void errorsInCallbacksCarryEveryFrame() {
        agree("""
                FUNC inner(x) = x.missing.deeper
                FUNC outer(xs) = MAP(xs, (x) -> inner(x))
                TRANSFORM T { OUTPUT { r: outer(input.xs) } }""",
                "{\"xs\": [{\"missing\": {\"deeper\": 1}}]}", "{\"xs\": [{\"missing\": {\"deeper\": 1}}, 3]}",
                "{\"xs\": [{\"missing\": {\"deeper\": 1}}]}", "{\"xs\": [{\"missing\": 2}]}");
    }

    @Test
    void hugeFunction_isDeclinedAndStaysInterpreted() {
        StringBuilder body = new StringBuilder("TRANSFORM T {\n  LET x = input.a\n");
        for (int i = 0; i < 600; i++) body.append("  SET x = x + input.b * ").append(i).append(" - input.c\n");
        body.append("  OUTPUT { x: x }\n}\n");
        Program program = Engine.builder().jitThreshold(0).jitMaxSize(1_000_000).tierCompiler(VerifiedJit.COMPILER)
                .build().compile("huge.bl", body.toString());
        String reason = program.functionStatus().get(0).declineReason();
        assertTrue(reason != null && reason.startsWith("generated method too large: "), reason);
        Program interpreted = Engine.builder().jit(false).build().compile("huge.bl", body.toString());
        String input = "{\"a\": 1, \"b\": 2, \"c\": 3}";
        assertEquals(interpreted.runJson(input), program.runJson(input));
    }
}
