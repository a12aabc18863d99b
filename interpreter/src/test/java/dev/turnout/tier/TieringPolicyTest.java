package dev.turnout.tier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.interpreter.ProgramAccess;
import dev.turnout.program.FunctionEntry;
import dev.turnout.program.TierState;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** The tier-up machinery, driven by a test-only compiler that wraps the interpreter and counts calls. */
class TieringPolicyTest {
    private static final String SOURCE = """
            FUNC sq(x) = x * x
            FUNC sumTo(n) {
                LET total = 0
                FOR EACH i IN RANGE(n) { SET total = total + sq(i) }
                RETURN total
            }
            TRANSFORM T { OUTPUT { v: sumTo(input.n), w: MAP([1, 2, 3], (x) -> sq(x)) } }
            """;
    private static final String EXPECTED_10 = "{\"v\":285,\"w\":[1,4,9]}";

    private static FunctionEntry function(Program p, String name) {
        return ProgramAccess.entries(p).all().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void hotFunction_isCompiledAtTheThreshold_andLaterCallsUseItsEntry() {
        CountingTierCompiler compiler = new CountingTierCompiler();
        Program p = Engine.builder().tierCompiler(compiler).jitThreshold(5).jitBackground(false).build()
                .compile("t.bl", SOURCE);
        assertEquals(EXPECTED_10, p.runJson("{\"n\": 10}"));
        FunctionEntry sq = function(p, "FUNC sq");
        assertEquals(TierState.COMPILED, sq.state());
        // sq ran 13 times: invocations 1-4 interpreted, the 5th reached the threshold while being interpreted,
        // every later call went through the installed entry.
        assertEquals(13 - 5, compiler.callsOf("FUNC sq"));
        assertEquals(EXPECTED_10, p.runJson("{\"n\": 10}"));
        assertEquals(13 - 5 + 13, compiler.callsOf("FUNC sq"));
    }

    @Test
    void backEdges_countTowardsTheThreshold() {
        CountingTierCompiler compiler = new CountingTierCompiler();
        Program p = Engine.builder().tierCompiler(compiler).jitThreshold(100).jitBackground(false).build()
                .compile("t.bl", SOURCE);
        p.runJson("{\"n\": 2000}");
        FunctionEntry sumTo = function(p, "FUNC sumTo");
        assertEquals(1, sumTo.invocations());
        assertEquals(TierState.COMPILED, sumTo.state(), "2000 back-edges / 8 reach 100");
    }

    @Test
    void thresholdZero_compilesEveryFunctionBeforeTheFirstRun() {
        CountingTierCompiler compiler = new CountingTierCompiler();
        Program p = Engine.builder().tierCompiler(compiler).jitThreshold(0).build().compile("t.bl", SOURCE);
        for (FunctionEntry fn : ProgramAccess.entries(p).all()) assertEquals(TierState.COMPILED, fn.state(), fn.name());
        assertEquals(EXPECTED_10, p.runJson("{\"n\": 10}"));
        assertEquals(1, compiler.callsOf("transform T"));
        assertEquals(13, compiler.callsOf("FUNC sq"));
    }

    @Test
    void backgroundCompilation_installsTheEntryWhileTheProgramKeepsRunning() throws Exception {
        CountingTierCompiler compiler = new CountingTierCompiler();
        Program p = Engine.builder().tierCompiler(compiler).jitThreshold(3).build().compile("t.bl", SOURCE);
        FunctionEntry sq = function(p, "FUNC sq");
        for (int i = 0; i < 2000 && sq.state() != TierState.COMPILED; i++) {
            assertEquals(EXPECTED_10, p.runJson("{\"n\": 10}"));
            if (sq.state() == TierState.QUEUED) Thread.sleep(1);
        }
        assertEquals(TierState.COMPILED, sq.state());
        int before = compiler.callsOf("FUNC sq");
        assertEquals(EXPECTED_10, p.runJson("{\"n\": 10}"));
        assertEquals(before + 13, compiler.callsOf("FUNC sq"));
    }

    @Test
    void failingOrDecliningCompiler_leavesTheFunctionInterpretedWithCorrectResults() {
        CountingTierCompiler failing = new CountingTierCompiler();
        failing.fail = true;
        Program p = Engine.builder().tierCompiler(failing).jitThreshold(0).build().compile("t.bl", SOURCE);
        assertEquals(EXPECTED_10, p.runJson("{\"n\": 10}"));
        FunctionEntry sq = function(p, "FUNC sq");
        assertEquals(TierState.DECLINED, sq.state());
        assertTrue(sq.declineReason().contains("boom in the compiler"), sq.declineReason());

        CountingTierCompiler declining = new CountingTierCompiler();
        declining.declineFor = "FUNC sq";
        Program q = Engine.builder().tierCompiler(declining).jitThreshold(0).build().compile("t.bl", SOURCE);
        assertEquals(EXPECTED_10, q.runJson("{\"n\": 10}"));
        assertEquals(TierState.DECLINED, function(q, "FUNC sq").state());
        assertEquals(TierState.COMPILED, function(q, "FUNC sumTo").state());
    }

    @Test
    void jitMaxAndMaxSize_capWhatIsCompiled() {
        CountingTierCompiler compiler = new CountingTierCompiler();
        Program p = Engine.builder().tierCompiler(compiler).jitThreshold(0).jitMax(2).build().compile("t.bl", SOURCE);
        long compiled = ProgramAccess.entries(p).all().stream().filter(f -> f.state() == TierState.COMPILED).count();
        assertEquals(2, compiled);
        assertTrue(ProgramAccess.entries(p).all().stream().anyMatch(f -> f.declineReason() != null && f.declineReason().contains("jit.max")));

        Program small = Engine.builder().tierCompiler(new CountingTierCompiler()).jitThreshold(0).jitMaxSize(10)
                .build().compile("t.bl", SOURCE);
        assertTrue(function(small, "FUNC sumTo").declineReason().contains("jit.maxsize"));
        assertEquals(EXPECTED_10, small.runJson("{\"n\": 10}"));
    }

    @Test
    void builderSetting_winsOverTheSystemProperty() {
        String old = System.getProperty("jit.threshold");
        System.setProperty("jit.threshold", "0");
        try {
            Program fromProperty = Engine.builder().tierCompiler(new CountingTierCompiler()).build()
                    .compile("t.bl", SOURCE);
            assertEquals(TierState.COMPILED, function(fromProperty, "FUNC sq").state());
            Program fromBuilder = Engine.builder().tierCompiler(new CountingTierCompiler()).jitThreshold(1000)
                    .build().compile("t.bl", SOURCE);
            assertNotEquals(TierState.COMPILED, function(fromBuilder, "FUNC sq").state());
            Program disabled = Engine.builder().tierCompiler(new CountingTierCompiler()).jit(false).build()
                    .compile("t.bl", SOURCE);
            assertEquals(TierState.INTERPRETED, function(disabled, "FUNC sq").state());
        } finally {
            if (old == null) System.clearProperty("jit.threshold");
            else System.setProperty("jit.threshold", old);
        }
    }

    @Test
    void entrySwap_isSafeWhileEightThreadsRunTheProgram() throws Exception {
        CountingTierCompiler compiler = new CountingTierCompiler();
        Program p = Engine.builder().tierCompiler(compiler).jitThreshold(50).build().compile("t.bl", SOURCE);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(pool.submit(() -> {
                    for (int i = 0; i < 200; i++) {
                        if (!EXPECTED_10.equals(p.runJson("{\"n\": 10}"))) return false;
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) assertTrue(r.get());
        } finally {
            pool.shutdownNow();
        }
        assertTrue(compiler.callsOf("FUNC sq") > 0, "the entry was used after the swap");
    }
}
