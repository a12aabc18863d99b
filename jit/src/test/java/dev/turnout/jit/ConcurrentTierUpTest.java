package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.FunctionStatus;
import dev.turnout.tier.TierCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * One {@link Program} run from eight threads while its functions tier up on the background compile thread: every
 * result, before, during and after the entry swaps, must equal the interpreter's. The program mixes what the JIT
 * specialises on feedback (integer arithmetic that overflows to BigInteger on some inputs, property reads on
 * records of several shapes, closures, recursion, MAP/FILTER/REDUCE, TRY), and the threads use different inputs,
 * so the profile the compiler snapshots is polymorphic and keeps changing while it compiles.
 */
class ConcurrentTierUpTest {
    private static final int THREADS = 8;
    private static final int RUNS_PER_THREAD = 400;

    private static final String SOURCE = """
            FUNC fib(n) = IF n < 2 THEN n ELSE fib(n - 1) + fib(n - 2)
            FUNC score(r) {
                LET base = (r.v ?? 0) * 3 + (r.w ?? 1)
                RETURN IF r.name == NULL THEN base ELSE base + LENGTH(r.name)
            }
            FUNC grow(x, k) = x * k + 9223372036854775780
            TRANSFORM T {
                LET total = 0
                LET names = []
                LET groups = {}
                FOR EACH r IN input.rs {
                    SET total = total + score(r)
                    APPEND TO names (r.name ?? "-")
                    APPEND TO groups[STRING(r.v ?? "none")] (r.w ?? 0)
                }
                LET bump = (x) -> x + total
                LET safe = TRY 10 / input.k CATCH (e) -> e.message
                OUTPUT {
                    total: total,
                    names: names,
                    groups: groups,
                    fib: fib(input.k + 8),
                    big: grow(input.k, input.k),
                    mapped: MAP(input.rs, (r) -> bump(r.v ?? 0)),
                    kept: FILTER(input.rs, (r) -> (r.w ?? 0) > 1),
                    sum: REDUCE(input.rs, 0, (acc, r) -> acc + score(r)),
                    shape: IF input.k % 2 == 0 THEN { a: input.k, b: total } ELSE { b: total, a: input.k },
                    safe: safe
                }
            }
            """;

    /** Inputs whose records have different key orders and subsets, and whose k sometimes overflows grow(). */
    private static final String[] INPUTS = {
        "{\"k\": 0, \"rs\": [{\"v\": 1, \"w\": 2, \"name\": \"a\"}, {\"name\": \"bb\", \"v\": 3}]}",
        "{\"k\": 1, \"rs\": [{\"w\": 5}, {\"v\": 2, \"w\": 3}, {\"name\": \"c\", \"w\": 1, \"v\": 4}]}",
        "{\"k\": 2, \"rs\": []}",
        "{\"k\": 3, \"rs\": [{\"v\": 1.5, \"w\": 2}, {\"v\": 9223372036854775807, \"w\": 1}]}",
        "{\"k\": 4, \"rs\": [{\"v\": \"x\", \"name\": \"str\"}, {\"id\": 7}]}",
        "{\"k\": 5, \"rs\": [{\"name\": \"n\", \"w\": 7, \"v\": 1}, {\"v\": 1, \"w\": 7, \"name\": \"n\"}]}",
        "{\"k\": 6, \"rs\": [{\"v\": -1, \"w\": -2}, {\"w\": -2, \"v\": -1}, {\"v\": 0}]}",
        "{\"k\": 7, \"rs\": [{\"v\": 100, \"w\": 3037000500, \"name\": \"\"}]}",
    };

    @Test
    void eightThreadsAgreeWithTheInterpreterWhileFunctionsTierUp() throws Exception {
        assertTrue(ServiceLoader.load(TierCompiler.class, Engine.class.getClassLoader()).findFirst().orElse(null)
                instanceof JitCompiler, "JitCompiler is not the registered tier");
        Program oracle = Engine.builder().jit(false).build().compile("tierup.bl", SOURCE);
        List<String> expected = new ArrayList<>();
        for (String input : INPUTS) expected.add(outcome(oracle, input));

        Program program = Engine.builder().jitThreshold(20).jitBackground(true).build().compile("tierup.bl", SOURCE);
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<String>> results = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                int thread = t;
                results.add(pool.submit(() -> {
                    start.await();
                    for (int run = 0; run < RUNS_PER_THREAD; run++) {
                        int i = (thread + run) % INPUTS.length;
                        String actual = outcome(program, INPUTS[i]);
                        if (!expected.get(i).equals(actual)) {
                            return "thread " + thread + ", run " + run + ", input " + INPUTS[i] + ":\n  expected "
                                    + expected.get(i) + "\n  actual   " + actual + "\n  tiers: " + tiers(program);
                        }
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<String> result : results) {
                String failure = result.get(2, TimeUnit.MINUTES);
                assertEquals(null, failure, failure);
            }
        } finally {
            pool.shutdownNow();
        }

        // The swaps really happened: the hot functions left the interpreter (compiled, or declined with a reason).
        awaitSettled(program);
        for (String name : List.of("transform T", "FUNC fib", "FUNC score")) {
            FunctionStatus fn = function(program, name);
            assertTrue(fn.tier() == FunctionStatus.Tier.COMPILED
                            || (fn.tier() == FunctionStatus.Tier.DECLINED && !fn.declineReason().startsWith("compiler failed")),
                    name + ": " + fn.tier() + " " + fn.declineReason());
        }
        assertTrue(program.functionStatus().stream().anyMatch(fn -> fn.tier() == FunctionStatus.Tier.COMPILED),
                "nothing was compiled: " + tiers(program));
        // And the compiled code still agrees, now that every call goes through it.
        for (int i = 0; i < INPUTS.length; i++) assertEquals(expected.get(i), outcome(program, INPUTS[i]), INPUTS[i]);
    }

    private static String outcome(Program program, String input) {
        try {
            return program.runJson(input);
        } catch (dev.turnout.errors.TransformException e) {
            return "error " + e.typeName() + " at line " + e.line() + ": " + e.getMessage();
        } catch (RuntimeException | Error e) {
            return "crash " + e;
        }
    }

    /** Waits (bounded) until no function is queued for the background compiler. */
    private static void awaitSettled(Program program) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (program.functionStatus().stream().anyMatch(fn -> fn.tier() == FunctionStatus.Tier.QUEUED)
                && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    private static FunctionStatus function(Program program, String name) {
        return program.functionStatus().stream().filter(fn -> fn.name().equals(name)).findFirst().orElseThrow();
    }

    private static String tiers(Program program) {
        StringBuilder out = new StringBuilder();
        for (FunctionStatus fn : program.functionStatus()) {
            out.append(fn.name()).append('=').append(fn.tier())
                    .append(fn.declineReason() == null ? "" : " (" + fn.declineReason() + ")").append("; ");
        }
        return out.toString();
    }
}
