package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runaway programs (issue 12): each must end with the LimitExceeded error it names, in every tier
 * ({@link TierComparison}: interpreter, JIT at threshold 0, auto-tiering), the tiers agreeing on the rendered error.
 * The programs are data: add a {@link Runaway} to {@link #RUNAWAYS} to grow the suite. Errors are asserted, never
 * timings.
 */
class RunawayProgramsTest {
    private static final String STEP_LIMIT = "LimitExceeded: step limit exceeded (limit 100000 ";
    private static final String VALUE_SIZE = "LimitExceeded: value size limit exceeded";
    private static final UnaryOperator<Engine.Builder> STEPS = b -> b.maxSteps(100_000);
    private static final UnaryOperator<Engine.Builder> DEFAULTS = b -> b;

    /** Two distinct values of 2^40 leaves each, tiny in memory: x and y share all their substructure. */
    private static final String SHARED = """
            LET x = [1]
            LET y = [1]
            FOR EACH i IN RANGE(40) {
              SET x = [x, x]
              SET y = [y, y]
            }
            """;

    private static final String SHARED_OBJECTS = """
            LET x = {a: 1}
            LET y = {a: 1}
            FOR EACH i IN RANGE(40) {
              SET x = {l: x, r: x}
              SET y = {l: y, r: y}
            }
            """;

    /**
     * One runaway: {@code body} is the inside of a transform, optionally preceded by declarations and a line
     * {@code ---}; {@code expected} must occur in the rendered outcome of every tier.
     */
    record Runaway(String name, UnaryOperator<Engine.Builder> settings, String body, String expected) {
        String source() {
            int split = body.indexOf("\n---\n");
            String declarations = split < 0 ? "" : body.substring(0, split) + "\n";
            return declarations + "TRANSFORM T {\n" + body.substring(split < 0 ? 0 : split + 5) + "\n}\n";
        }
    }

    static final List<Runaway> RUNAWAYS = List.of(
            // (b) structural walks over shared values
            new Runaway("deep equality", STEPS, SHARED + "OUTPUT { eq: x == y }", STEP_LIMIT),
            new Runaway("deep inequality", STEPS, SHARED + "OUTPUT { ne: x != y }", STEP_LIMIT),
            new Runaway("deep equality of objects", STEPS, SHARED_OBJECTS + "OUTPUT { eq: x == y }", STEP_LIMIT),
            new Runaway("ordering by text", STEPS, SHARED + "OUTPUT { lt: x < y }", STEP_LIMIT),
            new Runaway("STRING", STEPS, SHARED + "OUTPUT { s: STRING(x) }", STEP_LIMIT),
            new Runaway("string concatenation", STEPS, SHARED + "OUTPUT { s: \"v=\" + x }", STEP_LIMIT),
            new Runaway("JOIN", STEPS, SHARED + "OUTPUT { s: JOIN([x], \",\") }", STEP_LIMIT),
            new Runaway("SORT", STEPS, SHARED + "OUTPUT { s: SORT([x, y]) }", STEP_LIMIT),
            new Runaway("DISTINCT", STEPS, SHARED + "OUTPUT { d: DISTINCT([x, y]) }", STEP_LIMIT),
            new Runaway("DISTINCT of objects", STEPS, SHARED_OBJECTS + "OUTPUT { d: DISTINCT([x, y]) }", STEP_LIMIT),
            new Runaway("WALK", STEPS, SHARED + "OUTPUT { n: LENGTH(WALK(x)) }", STEP_LIMIT),
            new Runaway("JSON output", STEPS, SHARED + "OUTPUT { v: x }", STEP_LIMIT),
            new Runaway("JSON output of objects", STEPS, SHARED_OBJECTS + "OUTPUT { v: x }", STEP_LIMIT),
            // per-element charges of library functions on wide (not shared) inputs
            new Runaway("SORT of numbers", STEPS, "LET r = RANGE(60000)\nOUTPUT { n: LENGTH(SORT(r)) }", STEP_LIMIT),
            new Runaway("SORT of mixed values", STEPS,
                    "LET r = MAP(RANGE(20000), (i) -> [i])\nOUTPUT { n: LENGTH(SORT(r)) }", STEP_LIMIT),
            new Runaway("FLATTEN", STEPS,
                    "LET r = [RANGE(60000), RANGE(60000)]\nOUTPUT { n: LENGTH(FLATTEN(r)) }", STEP_LIMIT),
            new Runaway("DISTINCT of numbers", STEPS,
                    "LET r = RANGE(60000)\nLET d = DISTINCT(r)\nLET e = DISTINCT(d)\nOUTPUT { n: LENGTH(e) }",
                    STEP_LIMIT),
            new Runaway("REPLACE matches", STEPS,
                    "LET s = PAD(\"\", 200000, \"a\")\nOUTPUT { n: LENGTH(REPLACE(s, \"a\", \"b\")) }", STEP_LIMIT),
            new Runaway("MATCH matches", STEPS,
                    "LET s = PAD(\"\", 200000, \"a\")\nOUTPUT { n: LENGTH(MATCH(s, \"a\")) }", STEP_LIMIT),
            // (a) RETRY counts one step per retry
            new Runaway("RETRY expression", STEPS,
                    "LET v = TRY 1 / 0 CATCH (e) RETRY 1000000000 TIMES -> 2\nOUTPUT { v: v }", STEP_LIMIT),
            new Runaway("RETRY statement", STEPS,
                    "TRY ASSERT(false, \"no\") CATCH (e) RETRY 1000000000 TIMES -> ABORT { e: e.message }",
                    STEP_LIMIT),
            new Runaway("RETRY in a function", STEPS,
                    "FUNC f(n) = TRY 1 / n CATCH (e) RETRY 1000000000 TIMES -> 0\n---\nOUTPUT { v: f(0) }", STEP_LIMIT),
            // (c) results whose size is predictable are refused before they are built (default limits)
            new Runaway("REPLACE, product of the sizes", DEFAULTS,
                    "LET s = PAD(\"\", 10000, \"a\")\nOUTPUT { n: LENGTH(REPLACE(s, \"\", s)) }", VALUE_SIZE),
            new Runaway("REPLACE, group references", DEFAULTS,
                    "LET s = PAD(\"\", 20000, \"a\")\nLET r = PAD(\"\", 10000, \"$1\")\n"
                            + "OUTPUT { n: LENGTH(REPLACE(s, \"(a+)\", r)) }", VALUE_SIZE),
            new Runaway("REPLACE, named group references", DEFAULTS,
                    "LET s = PAD(\"\", 20000, \"a\")\nLET r = PAD(\"\", 30000, \"${g}\")\n"
                            + "OUTPUT { n: LENGTH(REPLACE(s, \"(?<g>a+)\", r)) }", VALUE_SIZE),
            new Runaway("PAD", DEFAULTS, "OUTPUT { n: LENGTH(PAD(\"x\", 100000000000)) }", "IllegalArgumentException"),
            new Runaway("PAD within range", DEFAULTS, "OUTPUT { n: LENGTH(PAD(\"x\", 60000000)) }", VALUE_SIZE),
            new Runaway("JOIN of long strings", DEFAULTS,
                    "LET s = PAD(\"\", 30000000, \"a\")\nOUTPUT { n: LENGTH(JOIN([s, s], \",\")) }", VALUE_SIZE),
            new Runaway("JOIN separator", DEFAULTS,
                    "LET s = PAD(\"\", 30000000, \"a\")\nOUTPUT { n: LENGTH(JOIN([1, 2, 3], s)) }", VALUE_SIZE),
            new Runaway("concatenation", DEFAULTS,
                    "LET s = PAD(\"\", 30000000, \"a\")\nOUTPUT { n: LENGTH(s + s) }", VALUE_SIZE),
            new Runaway("RANGE", DEFAULTS, "OUTPUT { n: LENGTH(RANGE(0, 60000000)) }", VALUE_SIZE),
            // the classic runaways: loops, doubling, recursion, growth of big numbers
            new Runaway("nested loops", STEPS,
                    "LET n = 0\nFOR EACH i IN RANGE(100000) { FOR EACH j IN RANGE(100000) { SET n = n + 1 } }\n"
                            + "OUTPUT { n: n }", STEP_LIMIT),
            // FOR over RANGE walks the range without building it, but keeps RANGE's value-size check (the loop
            // means the same as over the built array): 40 million stays under the default limit.
            new Runaway("a loop over a long range", STEPS,
                    "LET n = 0\nFOR EACH i IN RANGE(40000000) { SET n = n + 1 }\nOUTPUT { n: n }", STEP_LIMIT),
            new Runaway("a range too long to build, even for FOR", DEFAULTS,
                    "LET n = 0\nFOR EACH i IN RANGE(2000000000) { SET n = n + 1 }\nOUTPUT { n: n }", VALUE_SIZE),
            new Runaway("nested loops, time limit only", b -> b.timeout(java.time.Duration.ofMillis(200)),
                    "LET n = 0\nFOR EACH i IN RANGE(100000) { FOR EACH j IN RANGE(100000) { SET n = n + 1 } }\n"
                            + "OUTPUT { n: n }", "LimitExceeded: time limit exceeded"),
            new Runaway("doubling a string", DEFAULTS,
                    "LET s = \"x\"\nFOR EACH i IN RANGE(40) { SET s = s + s }\nOUTPUT { n: LENGTH(s) }", VALUE_SIZE),
            new Runaway("doubling an array with ++", DEFAULTS,
                    "LET xs = [1]\nFOR EACH i IN RANGE(40) { SET xs = xs ++ xs }\nOUTPUT { n: LENGTH(xs) }",
                    VALUE_SIZE),
            new Runaway("appending without end", STEPS,
                    "LET xs = []\nFOR EACH i IN RANGE(40000000) { SET xs = APPEND(xs, i) }\n"
                            + "OUTPUT { n: LENGTH(xs) }", STEP_LIMIT),
            new Runaway("infinite recursion", DEFAULTS,
                    "FUNC f(n) = f(n + 1)\n---\nOUTPUT { v: f(0) }", "StackOverflowError: call depth exceeded"),
            new Runaway("mutual recursion", DEFAULTS,
                    "FUNC a(n) = b(n + 1)\nFUNC b(n) = a(n + 1)\n---\nOUTPUT { v: a(0) }",
                    "StackOverflowError: call depth exceeded"),
            new Runaway("a recursion that loops", STEPS,
                    "FUNC count(n) = IF n > 100000000 THEN n ELSE count(n + 1)\n---\nOUTPUT { v: count(0) }",
                    "StackOverflowError: call depth exceeded"),
            new Runaway("squaring an integer", DEFAULTS,
                    "LET x = 3\nFOR EACH i IN RANGE(40) { SET x = x * x }\nOUTPUT { v: x }",
                    "LimitExceeded: number size limit exceeded"),
            new Runaway("POWER", DEFAULTS, "OUTPUT { v: POWER(3, 1000000) }",
                    "LimitExceeded: number size limit exceeded"),
            new Runaway("PARSE_INT of a doubled numeral", DEFAULTS,
                    "LET s = \"7\"\nFOR EACH i IN RANGE(20) { SET s = s + s }\nOUTPUT { v: PARSE_INT(s) }",
                    "LimitExceeded: number size limit exceeded"),
            new Runaway("shared value, compared in a WHERE", STEPS,
                    SHARED + "LET n = 0\nFOR EACH v IN [x] WHERE v == y { SET n = n + 1 }\nOUTPUT { n: n }",
                    STEP_LIMIT));

    @TestFactory
    Stream<DynamicTest> everyRunawayStopsWithItsLimitInEveryTier() {
        return RUNAWAYS.stream().map(r -> DynamicTest.dynamicTest(r.name(), () -> {
            String outcome = TierComparison.agree(r.settings(), r.source(), "{}").get(0);
            assertTrue(outcome.contains(r.expected()), r.name() + ": " + outcome);
        }));
    }

    @Test
    void limitErrorsAreNotCaughtByTry() {
        String outcome = TierComparison.agree(STEPS, "TRANSFORM T {\n" + SHARED
                + "OUTPUT { v: TRY x == y CATCH (e) -> \"caught\" }\n}", "{}").get(0);
        assertTrue(outcome.contains(STEP_LIMIT), outcome);
    }

    @Test
    void resultsAsJavaValuesChargeTheirConversion() {
        for (Engine.Builder builder : tiers()) {
            Program program = builder.maxSteps(100_000).build().compile("t.bl",
                    "TRANSFORM T {\n" + SHARED + "OUTPUT { v: x }\n}");
            TransformException e = assertThrows(TransformException.class, () -> program.run(Map.of()));
            assertEquals(ErrorKind.LIMIT_EXCEEDED, e.kind(), e.render());
        }
    }

    @Test
    void aTimeLimitAloneAlsoStopsAWalk() {
        // No step limit: the walk's charges still read the clock every 1,024 steps.
        String outcome = TierComparison.agree(b -> b.timeout(java.time.Duration.ofMillis(200)),
                "TRANSFORM T {\n" + SHARED + "OUTPUT { eq: x == y }\n}", "{}").get(0);
        assertTrue(outcome.contains("LimitExceeded: time limit exceeded (limit 200 ms)"), outcome);
    }

    /** OutOfMemoryError never leaves the API raw (here thrown by a host function, standing in for a real one). */
    @Test
    void outOfMemoryBecomesALimitError() {
        for (Engine.Builder builder : tiers()) {
            Program program = builder.function("EXHAUST", 0, args -> {
                throw new OutOfMemoryError("Java heap space");
            }).build().compile("t.bl", "TRANSFORM T { OUTPUT { v: TRY EXHAUST() CATCH (e) -> 1 } }");
            TransformException e = assertThrows(TransformException.class, () -> program.runJson("{}"));
            assertEquals(ErrorKind.LIMIT_EXCEEDED, e.kind(), e.render());
            assertTrue(e.getMessage().startsWith("out of memory"), e.getMessage());
            e = assertThrows(TransformException.class, () -> program.run(Map.of()));
            assertEquals(ErrorKind.LIMIT_EXCEEDED, e.kind(), e.render());
        }
    }

    /** The same value without limits: programs that finish are unaffected by the charging. */
    @Test
    void withoutLimitsSharedValuesThatFitStillWork() {
        String small = """
                TRANSFORM T {
                  LET x = [1]
                  LET y = [1]
                  FOR EACH i IN RANGE(10) {
                    SET x = [x, x]
                    SET y = [y, y]
                  }
                  OUTPUT { eq: x == y, n: LENGTH(STRING(x)), d: LENGTH(DISTINCT([x, y])), s: LENGTH(SORT([y, x])),
                           w: LENGTH(WALK(x)), r: REPLACE("abcabc", "(b)(?<n>c)", "[$2${n}\\\\$$1]"),
                           t: TRY 1 / 0 CATCH (e) RETRY 3 TIMES -> "fallback" }
                }""";
        for (UnaryOperator<Engine.Builder> settings : List.of(DEFAULTS, STEPS)) {
            String out = TierComparison.agree(settings, small, "{}").get(0);
            // 1,024 leaves [1] (3 characters and 2 WALK entries each) under 1,023 pairs ("[", ", ", "]").
            assertEquals("{\"eq\":true,\"n\":" + (1024 * 3 + 1023 * 4)
                    + ",\"d\":1,\"s\":2,\"w\":3071,\"r\":\"a[cc$b]a[cc$b]\",\"t\":\"fallback\"}", out);
        }
    }

    private static List<Engine.Builder> tiers() {
        return List.of(Engine.builder().jit(false),
                Engine.builder().jitThreshold(0).tierCompiler(VerifiedJit.COMPILER),
                Engine.builder().jitThreshold(2).jitBackground(false).tierCompiler(VerifiedJit.COMPILER));
    }
}
