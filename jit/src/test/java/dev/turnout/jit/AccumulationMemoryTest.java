package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.turnout.Engine;
import dev.turnout.FunctionStatus;
import dev.turnout.Program;
import java.lang.management.ManagementFactory;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The accumulation patterns of docs/architecture.md "Values and ownership" update one accumulator in place: ten
 * times the rows allocate about ten times the bytes, in both tiers, where copying the accumulator at every step
 * (the behaviour before owned values) allocates about a hundred times as much. Bytes allocated by the running
 * thread are counted, not time, so the test is deterministic enough for CI; the bound (20x for 10x the rows)
 * leaves room for the input and the JVM's own noise, and fails for any quadratic pattern by a wide margin.
 */
class AccumulationMemoryTest {
    private static final int N = 2_000;

    static Stream<Arguments> patterns() {
        return Stream.of(
                Arguments.of("keyed aggregation", """
                        TRANSFORM T {
                            LET counts = {}
                            FOR EACH r IN input.rows { SET counts[r.k] = (counts[r.k] ?? 0) + r.v }
                            OUTPUT { n: LENGTH(KEYS(counts)) }
                        }"""),
                Arguments.of("nested path set", """
                        TRANSFORM T {
                            LET acc = { byKey: {} }
                            FOR EACH r IN input.rows { SET acc.byKey[r.k] = { id: r.id, v: r.v } }
                            OUTPUT { n: LENGTH(KEYS(acc.byKey)) }
                        }"""),
                Arguments.of("string accumulation", """
                        TRANSFORM T {
                            LET s = ""
                            FOR EACH r IN input.rows { SET s = s + r.k + "," }
                            OUTPUT { n: LENGTH(s) }
                        }"""),
                Arguments.of("list append", """
                        TRANSFORM T {
                            LET xs = []
                            FOR EACH r IN input.rows { SET xs = APPEND(xs, r.v) }
                            OUTPUT { n: LENGTH(xs) }
                        }"""),
                Arguments.of("reduce with put", """
                        TRANSFORM T {
                            LET m = REDUCE(input.rows, {}, (acc, r) -> PUT(acc, r.k, r.v))
                            OUTPUT { n: LENGTH(KEYS(m)) }
                        }"""));
    }

    @ParameterizedTest(name = "{0}, interpreter")
    @MethodSource("patterns")
    void linearInTheInterpreter(String name, String source) {
        assertLinear(Engine.builder().jit(false).build().compile("acc.bl", source));
    }

    @ParameterizedTest(name = "{0}, compiled")
    @MethodSource("patterns")
    void linearWhenCompiled(String name, String source) {
        Program program = Engine.builder().jitThreshold(0).jitBackground(false).tierCompiler(new JitCompiler())
                .build().compile("acc.bl", source);
        program.runJson(rows(20));
        for (FunctionStatus fn : program.functionStatus()) {
            assertEquals(FunctionStatus.Tier.COMPILED, fn.tier(), fn.name() + ": " + fn.declineReason());
        }
        assertLinear(program);
    }

    private static void assertLinear(Program program) {
        com.sun.management.ThreadMXBean threads = threads();
        String small = rows(N);
        String large = rows(10 * N);
        program.runJson(small); // warm: classes loaded, compiled code installed
        long smallBytes = allocatedBy(threads, program, small);
        long largeBytes = allocatedBy(threads, program, large);
        double ratio = (double) largeBytes / smallBytes;
        assertTrue(ratio < 20, "10x rows allocated " + String.format("%.1f", ratio) + "x the bytes ("
                + smallBytes + " → " + largeBytes + "): the accumulator is being copied");
    }

    private static long allocatedBy(com.sun.management.ThreadMXBean threads, Program program, String input) {
        // The input is parsed inside runJson, which is linear itself.
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        String out = program.runJson(input);
        long after = threads.getThreadAllocatedBytes(id);
        assertTrue(out.startsWith("{\"n\":"), out);
        return after - before;
    }

    private static com.sun.management.ThreadMXBean threads() {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        return threads;
    }

    /** {@code {"rows": [{id, k, v}]}} with n / 10 distinct keys, so keyed accumulators grow with the input. */
    private static String rows(int n) {
        StringBuilder out = new StringBuilder("{\"rows\":[");
        for (int i = 0; i < n; i++) {
            if (i > 0) out.append(',');
            out.append("{\"id\":").append(i).append(",\"k\":\"k").append((i * 7919) % (n / 10))
                    .append("\",\"v\":").append(i % 10).append('}');
        }
        return out.append("]}").toString();
    }

    @org.junit.jupiter.api.Test
    void theGeneratedInputHasTheRowsAndKeysAsked() {
        String text = rows(20);
        assertEquals(20, text.split("\"id\"").length - 1);
    }
}
