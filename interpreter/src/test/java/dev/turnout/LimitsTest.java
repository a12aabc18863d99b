package dev.turnout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Limits for untrusted programs end runs with an uncatchable LimitExceeded error, never a hang or OOM. */
class LimitsTest {

    private static TransformException limitError(Engine engine, String source) {
        Program program = engine.compile("limits.bl", source);
        TransformException e = assertThrows(TransformException.class, () -> program.runJson("{}"));
        assertEquals(ErrorKind.LIMIT_EXCEEDED, e.kind(), e.render());
        return e;
    }

    @Test
    void stepLimit_stopsALoopOverAHugeRange() {
        Engine engine = Engine.builder().maxSteps(100_000).build();
        TransformException e = limitError(engine, """
                TRANSFORM T {
                    LET total = 0
                    FOR EACH i IN RANGE(100000) {
                        FOR EACH j IN RANGE(100000) { SET total = total + j }
                    }
                    OUTPUT { total: total }
                }
                """);
        assertEquals("step limit exceeded (limit 100000 loop iterations and calls)", e.getMessage());
        assertEquals(4, e.line());
    }

    @Test
    void defaultValueSizeLimit_refusesRangeOfOneBillion() {
        TransformException e = limitError(Engine.create(), """
                TRANSFORM T {
                    FOR EACH i IN RANGE(1000000000) { OUTPUT { i: i } }
                }
                """);
        assertTrue(e.getMessage().startsWith("value size limit exceeded"), e.getMessage());
    }

    @Test
    void valueSizeLimit_stopsAStringDoubledInALoop() {
        TransformException e = limitError(Engine.builder().maxValueSize(1_000_000).build(), """
                TRANSFORM T {
                    LET s = "x"
                    FOR EACH i IN RANGE(64) { SET s = s + s }
                    OUTPUT { n: LENGTH(s) }
                }
                """);
        assertEquals("value size limit exceeded: 1048576 characters or elements (limit 1000000)", e.getMessage());
    }

    @Test
    void valueSizeLimit_stopsArraysDoubledWithConcat() {
        limitError(Engine.builder().maxValueSize(1_000_000).build(), """
                TRANSFORM T {
                    LET xs = [1]
                    FOR EACH i IN RANGE(64) { SET xs = xs ++ xs }
                    OUTPUT { n: LENGTH(xs) }
                }
                """);
    }

    @Test
    void limitErrors_cannotBeCaughtByTry() {
        TransformException e = limitError(Engine.builder().maxSteps(1000).build(), """
                FUNC spin(n) = REDUCE(RANGE(n), 0, (a, x) -> a + x)
                TRANSFORM T {
                    LET v = TRY spin(100000) CATCH (e) -> "caught"
                    OUTPUT { v: v }
                }
                """);
        assertTrue(e.getMessage().startsWith("step limit exceeded"));
        assertEquals("transform T", e.branchlineStack().get(e.branchlineStack().size() - 1).function(), e.render());
        assertEquals("FUNC spin", e.branchlineStack().get(e.branchlineStack().size() - 2).function(), e.render());
    }

    @Test
    void runawayRecursion_isACatchableStackOverflowError() {
        Program program = Engine.builder().maxCallDepth(500).build().compile("r.bl", """
                FUNC forever(n) = forever(n + 1)
                TRANSFORM T { OUTPUT { v: TRY forever(0) CATCH (e) -> e.type, m: TRY forever(0) CATCH (e) -> e.message } }
                """);
        assertEquals("{\"v\":\"StackOverflowError\",\"m\":\"call depth exceeded (limit 500)\"}", program.runJson("{}"));
    }

    @Test
    void timeLimit_stopsAnEndlessComputation() {
        TransformException e = limitError(Engine.builder().timeout(Duration.ofMillis(50)).build(), """
                FUNC fib(n) = IF n < 2 THEN n ELSE fib(n - 1) + fib(n - 2)
                TRANSFORM T { OUTPUT { v: fib(60) } }
                """);
        assertEquals("time limit exceeded (limit 50 ms)", e.getMessage());
    }

    @Test
    void outputSizeLimit_failsLargeResults_andAllowsSmallOnes() {
        Engine engine = Engine.builder().maxOutputSize(100).build();
        assertEquals("{\"a\":1}", engine.compile("o.bl", "TRANSFORM T { OUTPUT { a: 1 } }").runJson("{}"));
        TransformException e = limitError(engine, "TRANSFORM T { OUTPUT { xs: RANGE(1000) } }");
        assertEquals("output size limit exceeded (limit 100 characters)", e.getMessage());
        Program program = engine.compile("o.bl", "TRANSFORM T { OUTPUT { xs: RANGE(1000) } }");
        assertThrows(TransformException.class, () -> program.run(java.util.Map.of()));
    }

    @Test
    void limitsApplyPerRun_soAProgramCanRunAgain() {
        Program program = Engine.builder().maxSteps(50).build().compile("p.bl", """
                TRANSFORM T { LET n = 0
                    FOR EACH x IN input.xs { SET n = n + x }
                    OUTPUT { n: n } }
                """);
        assertThrows(TransformException.class, () -> program.runJson("{\"xs\": " + java.util.Collections.nCopies(100, 1) + "}"));
        assertEquals("{\"n\":3}", program.runJson("{\"xs\": [1, 1, 1]}"));
    }
}
