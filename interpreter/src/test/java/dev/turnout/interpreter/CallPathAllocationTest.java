package dev.turnout.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.turnout.Engine;
import dev.turnout.Program;
import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * The interpreter's call path allocates nothing per call beyond the callee's frame: a library call with a few
 * arguments reuses its argument array, and a FUNC call copies its arguments from the caller's registers into the
 * callee's. Measured as bytes allocated by the running thread per loop iteration (the difference between two
 * input sizes, so fixed costs cancel) — an allocation count, not a timing.
 */
class CallPathAllocationTest {
    private static final Engine INTERPRETER = Engine.builder().jit(false).build();

    @Test
    void aLibraryCallAllocatesNothingForItsArguments() {
        // IS_OBJECT returns a cached Boolean and the loop walks the input: only the argument array could allocate.
        Program p = INTERPRETER.compile("host.bl", """
                TRANSFORM T {
                    LET seen = false
                    FOR EACH r IN input.rows { SET seen = CONTAINS("abc", r.s) }
                    OUTPUT { seen: seen }
                }""");
        double perIteration = bytesPerRow(p);
        assertTrue(perIteration < 4, perIteration + " bytes per library call");
    }

    @Test
    void aFuncCallAllocatesOnlyItsFrame() {
        // A frame is a Frame object and its register array: about 64 bytes for a one-parameter FUNC.
        Program p = INTERPRETER.compile("func.bl", """
                FUNC same(x) = x
                TRANSFORM T {
                    LET seen = false
                    FOR EACH r IN input.rows { SET seen = same(r.b) }
                    OUTPUT { seen: seen }
                }""");
        double perIteration = bytesPerRow(p);
        assertTrue(perIteration < 128, perIteration + " bytes per FUNC call");
    }

    private static double bytesPerRow(Program program) {
        java.lang.management.ThreadMXBean bean = ManagementFactory.getThreadMXBean();
        assumeTrue(bean instanceof com.sun.management.ThreadMXBean, "needs HotSpot's allocation counter");
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) bean;
        assumeTrue(threads.isThreadAllocatedMemorySupported() && threads.isThreadAllocatedMemoryEnabled());
        String small = rows(2_000);
        String large = rows(22_000);
        var smallInput = dev.turnout.runtime.json.JsonReader.parseDocument(small);
        var largeInput = dev.turnout.runtime.json.JsonReader.parseDocument(large);
        for (int i = 0; i < 5; i++) program.run(smallInput); // warm the interpreter loop
        long smallBytes = allocated(threads, program, smallInput);
        long largeBytes = allocated(threads, program, largeInput);
        return (largeBytes - smallBytes) / 20_000.0;
    }

    private static long allocated(com.sun.management.ThreadMXBean threads, Program program, Object input) {
        long id = Thread.currentThread().getId();
        long before = threads.getThreadAllocatedBytes(id);
        Object out = program.run(input);
        long after = threads.getThreadAllocatedBytes(id);
        assertEquals(java.util.Map.of("seen", true), out);
        return after - before;
    }

    private static String rows(int n) {
        StringBuilder out = new StringBuilder("{\"rows\":[");
        for (int i = 0; i < n; i++) out.append(i > 0 ? "," : "").append("{\"s\":\"b\",\"b\":true}");
        return out.append("]}").toString();
    }
}
