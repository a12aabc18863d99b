package dev.turnout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.MalformedInputException;
import dev.turnout.errors.TransformException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The embedding API: compile once, run many times, Java values in and out, errors as Turnout exceptions. */
class EngineTest {
    private final Engine engine = Engine.create();

    @Test
    void runJson_returnsCompactJson() {
        Program p = engine.compile("hello.bl", "TRANSFORM Hello { OUTPUT { greeting: \"Hello, \" + input.name } }");
        assertEquals("{\"greeting\":\"Hello, Dana\"}", p.runJson("{\"name\": \"Dana\"}"));
        assertEquals("hello.bl", p.name());
    }

    @Test
    void run_acceptsAndReturnsJavaValues() {
        Program p = engine.compile("t.bl", "TRANSFORM T { OUTPUT { n: input.n + 1, xs: input.xs ++ [3], big: input.n * 9223372036854775807 } }");
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("n", 2);
        input.put("xs", List.of(1, 2));
        Object result = p.run(input);
        Map<?, ?> map = assertInstanceOf(Map.class, result);
        assertEquals(3L, map.get("n"));
        assertEquals(List.of(1L, 2L, 3L), map.get("xs"));
        assertEquals(new BigInteger("18446744073709551614"), map.get("big"));
    }

    @Test
    void result_isNullForNoOutputAndAnArrayForSeveral() {
        assertEquals("null", engine.compile("t.bl", "TRANSFORM T { LET x = 1 }").runJson("{}"));
        assertEquals("[{\"a\":1},{\"a\":2}]",
                engine.compile("t.bl", "TRANSFORM T { OUTPUT {a: 1} OUTPUT {a: 2} }").runJson("{}"));
    }

    @Test
    void compileErrors_carryEveryDiagnosticWithPosition() {
        CompileException e = assertThrows(CompileException.class,
                () -> engine.compile("bad.bl", "TRANSFORM T {\n  OUTPUT { a: nope }\n}"));
        assertEquals(1, e.diagnostics().size());
        assertEquals(2, e.diagnostics().get(0).line());
        assertEquals(15, e.diagnostics().get(0).column());
        assertTrue(e.render().contains("^"), e.render());
    }

    @Test
    void runtimeErrors_carryTypeLineAndBranchlineStack() {
        Program p = engine.compile("err.bl", "FUNC inner(x) = x.a\nFUNC outer(x) = inner(x)\n"
                + "TRANSFORM T {\n  OUTPUT { v: outer(5) }\n}");
        TransformException e = assertThrows(TransformException.class, () -> p.runJson("{}"));
        assertEquals("IllegalStateException", e.typeName());
        assertEquals("Indexing supported only for list or object", e.getMessage());
        assertEquals(1, e.line());
        assertEquals(3, e.branchlineStack().size());
        assertEquals("FUNC inner", e.branchlineStack().get(0).function());
        assertEquals(2, e.branchlineStack().get(1).line());
        assertEquals(4, e.branchlineStack().get(2).line());
        assertTrue(e.render().startsWith("err.bl:1:"), e.render());
    }

    @Test
    void deepRecursion_isACatchableStackOverflowError() {
        String source = "FUNC down(n) = IF n == 0 THEN 0 ELSE down(n - 1)\n"
                + "TRANSFORM T { OUTPUT { ok: down(5000), caught: TRY down(100000) CATCH (e) -> e } }";
        assertEquals("{\"ok\":0,\"caught\":{\"message\":\"call depth exceeded (limit 10000)\","
                + "\"type\":\"StackOverflowError\"}}", engine.compile("r.bl", source).runJson("{}"));
        Program limited = Engine.builder().maxCallDepth(100).build().compile("r.bl",
                "FUNC down(n) = IF n == 0 THEN 0 ELSE down(n - 1)\nTRANSFORM T { OUTPUT { v: down(200) } }");
        TransformException e = assertThrows(TransformException.class, () -> limited.runJson("{}"));
        assertEquals(ErrorKind.STACK_OVERFLOW, e.kind());
        assertEquals("call depth exceeded (limit 100)", e.getMessage());
    }

    @Test
    void malformedInput_isReportedWithLineAndColumn() {
        Program p = engine.compile("t.bl", "TRANSFORM T { OUTPUT { a: 1 } }");
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> p.runJson("{\n  \"a\": ]"));
        assertEquals(2, e.line());
        MalformedInputException notObject = assertThrows(MalformedInputException.class, () -> p.runJson("[1]"));
        assertEquals("Input JSON must be an object", notObject.getMessage());
        assertEquals("{\"a\":1}", p.runJson("  "));
    }

    @Test
    void transformSelection_byName() {
        String source = "TRANSFORM A { OUTPUT { t: \"a\" } }\nTRANSFORM B { OUTPUT { t: \"b\" } }";
        assertEquals("{\"t\":\"a\"}", engine.compile("t.bl", source).runJson("{}"));
        assertEquals("{\"t\":\"b\"}", Engine.builder().transform("B").build().compile("t.bl", source).runJson("{}"));
        assertThrows(CompileException.class, () -> Engine.builder().transform("C").build().compile("t.bl", source));
    }

    @Test
    void oneProgram_runsConcurrentlyFromEightThreads() throws Exception {
        Program p = engine.compile("c.bl", """
                FUNC fib(n) = IF n < 2 THEN n ELSE fib(n - 1) + fib(n - 2)
                TRANSFORM T {
                    LET acc = []
                    FOR EACH x IN input.xs { APPEND TO acc { v: x, f: fib(x % 15) } }
                    OUTPUT { total: SUM(MAP(acc, (o) -> o.f)), n: LENGTH(acc) }
                }
                """);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int offset = t;
                results.add(pool.submit(() -> {
                    String last = null;
                    for (int i = 0; i < 50; i++) {
                        last = p.runJson("{\"xs\": [" + offset + ", 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]}");
                    }
                    return last;
                }));
            }
            for (int t = 0; t < 8; t++) {
                long fibOffset = fib(t % 15);
                assertEquals("{\"total\":" + (fibOffset + 143) + ",\"n\":11}", results.get(t).get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static long fib(int n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }

    @Test
    void appendingInALoop_doesNotLetOtherBindingsObserveTheChange() {
        Program p = engine.compile("v.bl", """
                TRANSFORM T {
                    LET acc = []
                    LET snapshots = []
                    FOR EACH x IN RANGE(5) {
                        APPEND TO acc x
                        IF x == 2 THEN { APPEND TO snapshots acc }
                    }
                    LET o = { items: [] }
                    LET copy = o
                    APPEND TO o.items 1
                    OUTPUT { acc: acc, snapshots: snapshots, o: o, copy: copy }
                }
                """);
        assertEquals("{\"acc\":[0,1,2,3,4],\"snapshots\":[[0,1,2]],\"o\":{\"items\":[1]},\"copy\":{\"items\":[]}}",
                p.runJson("{}"));
    }

    @Test
    void run_reportsBadJavaInputAndTooDeepResults_asTurnoutExceptions() {
        Program p = engine.compile("t.bl", "TRANSFORM T { LET x = []\n FOR EACH i IN RANGE(input.n) { SET x = [x] }\n"
                + " OUTPUT { x: x } }");
        assertThrows(MalformedInputException.class, () -> p.run(List.of(1)));
        assertThrows(MalformedInputException.class, () -> p.run(Map.of("n", new java.util.Date())));
        TransformException deep = assertThrows(TransformException.class, () -> p.run(Map.of("n", 200_000)));
        assertEquals(ErrorKind.STACK_OVERFLOW, deep.kind());
        assertTrue(p.runJson("{\"n\": 200000}").startsWith("{\"x\":[[[["));
    }

    @Test
    void functionStatus_isASnapshotOfEveryFunction_inTableOrder() {
        Program p = Engine.builder().jit(false).build().compile("status.bl", """
                FUNC twice(x) = x * 2
                TRANSFORM T { LET xs = MAP(input.v, (x) -> twice(x)); OUTPUT { xs: xs } }
                """);
        List<FunctionStatus> before = p.functionStatus();
        assertEquals(List.of("FUNC twice", "transform T"), before.stream().map(FunctionStatus::name).limit(2).toList());
        assertTrue(before.stream().allMatch(f -> f.invocations() == 0 && f.tier() == FunctionStatus.Tier.INTERPRETED));
        assertEquals("{\"xs\":[2,4,6]}", p.runJson("{\"v\": [1, 2, 3]}"));
        assertEquals(3, p.functionStatus("FUNC twice").invocations());
        assertEquals(1, p.functionStatus("transform T").invocations());
        assertEquals(0, before.get(0).invocations(), "a snapshot does not change afterwards");
        assertEquals(-1, p.functionStatus("FUNC twice").compileMicros());
        assertEquals(null, p.functionStatus("no such function"));
    }
}
