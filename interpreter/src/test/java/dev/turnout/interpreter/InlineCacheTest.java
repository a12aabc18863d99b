package dev.turnout.interpreter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.bytecode.Opcode;
import dev.turnout.interpreter.ProgramAccess;
import dev.turnout.program.FunctionEntry;
import dev.turnout.program.Profile;
import dev.turnout.tier.CompilationRequest;
import dev.turnout.tier.CompilationResult;
import dev.turnout.tier.TierCompiler;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Property inline caches and quickening: every cached read rechecks the shape guard, so objects whose keys sit in
 * other slots (other order, added or deleted keys) read correctly whatever the cache holds. These tests return
 * wrong values if a guard is dropped.
 */
class InlineCacheTest {
    private static final Engine ENGINE = Engine.builder().jit(false).build();

    private static FunctionEntry function(Program p, String name) {
        return ProgramAccess.entries(p).all().stream().filter(f -> f.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<Opcode> opcodes(FunctionEntry fn) {
        List<Opcode> ops = new ArrayList<>();
        int[] code = fn.code();
        for (int pc = 0; pc < code.length; pc += Opcode.byId(code[pc]).length()) ops.add(Opcode.byId(code[pc]));
        return ops;
    }

    @Test
    void getMember_quickensToTheCachedForm_andStaysCorrectWhenShapesChange() {
        Program p = ENGINE.compile("ic.bl", """
                FUNC pick(o) = o.b
                TRANSFORM T { OUTPUT { v: MAP(input.objects, (o) -> pick(o)) } }
                """);
        FunctionEntry pick = function(p, "FUNC pick");
        // o is read once, so its value is moved out rather than frozen: the fused read is the PEEK form.
        assertTrue(opcodes(pick).contains(Opcode.PEEK_LOCAL_MEMBER), opcodes(pick).toString());
        String result = p.runJson("""
                {"objects": [{"a": 1, "b": 2}, {"a": 3, "b": 4}, {"b": 5, "a": 6}, {"b": 7},
                             {"a": 8}, {"c": 1, "a": 2, "b": 9}, {"a": 1, "b": 10}]}
                """);
        assertEquals("{\"v\":[2,4,5,7,null,9,10]}", result);
        Profile profile = pick.profile();
        assertTrue(profile.misses(0) >= 4, "the site saw several shapes: " + profile.misses(0));
    }

    @Test
    void genericGetMember_isRewrittenToMono_thenMega_afterRepeatedMisses() {
        Program p = ENGINE.compile("ic.bl", """
                FUNC pick(o) = o.inner.b
                TRANSFORM T { OUTPUT { v: MAP(input.objects, (o) -> pick(o)) } }
                """);
        FunctionEntry pick = function(p, "FUNC pick");
        assertTrue(opcodes(pick).contains(Opcode.GET_MEMBER), opcodes(pick).toString());
        assertEquals("{\"v\":[1,2]}", p.runJson("{\"objects\": [{\"inner\": {\"b\": 1}}, {\"inner\": {\"b\": 2}}]}"));
        assertTrue(opcodes(pick).contains(Opcode.GET_MEMBER_MONO), opcodes(pick).toString());
        String mixed = "{\"objects\": [{\"inner\": {\"a\": 0, \"b\": 1}}, {\"inner\": {\"b\": 2}},"
                + " {\"inner\": {\"x\": 0, \"y\": 0, \"b\": 3}}, {\"inner\": {\"c\": 0, \"b\": 4}},"
                + " {\"inner\": {\"b\": 5, \"z\": 0}}, {\"inner\": {\"q\": 1}}]}";
        assertEquals("{\"v\":[1,2,3,4,5,null]}", p.runJson(mixed));
        assertTrue(opcodes(pick).contains(Opcode.GET_MEMBER_MEGA), opcodes(pick).toString());
        assertEquals("{\"v\":[1,2,3,4,5,null]}", p.runJson(mixed));
    }

    @Test
    void cachedRead_handlesMissingKeysAddedKeysAndNonObjects() {
        Program p = ENGINE.compile("ic.bl", """
                FUNC pick(o) = TRY o.b CATCH (e) -> e.message
                TRANSFORM T {
                    LET base = { a: 1 }
                    LET grown = PUT(base, "b", 2)
                    LET shrunk = DELETE(grown, "b")
                    OUTPUT { v: [pick(base), pick(grown), pick(shrunk), pick(base), pick([1]), pick(NULL), pick(grown)] }
                }
                """);
        assertEquals("{\"v\":[null,2,null,null,\"Cannot use name 'b' on list\","
                + "\"Indexing supported only for list or object\",2]}", p.runJson("{}"));
    }

    /** A tier compiler that never gets a function: feedback is recorded only when a compiling tier exists. */
    private static final TierCompiler NEVER = new TierCompiler() {
        @Override
        public String name() {
            return "never";
        }

        @Override
        public CompilationResult compile(CompilationRequest request) {
            return CompilationResult.declined("test");
        }
    };

    @Test
    void arithmeticAndCallSites_recordFeedback_whenACompilingTierExists() {
        Program p = Engine.builder().tierCompiler(NEVER).jitThreshold(1_000_000).build().compile("fb.bl", """
                FUNC add(a, b) = a + b
                TRANSFORM T { LET f = (x) -> add(x, 1)
                    OUTPUT { v: [f(1), f(2), add(1.5, 1)] } }
                """);
        assertEquals("{\"v\":[2,3,2.5]}", p.runJson("{}"));
        FunctionEntry add = function(p, "FUNC add");
        int kinds = add.profile().kinds(0);
        assertEquals(Profile.LONG | Profile.DOUBLE, kinds);
        FunctionEntry transform = function(p, "transform T");
        boolean sawCall = false;
        for (int site = 0; site < transform.function().siteCount(); site++) {
            if (transform.profile().callTarget(site) instanceof dev.turnout.program.FunctionCode target) {
                sawCall = target.name().startsWith("lambda");
            }
        }
        assertTrue(sawCall, "CALL_NAMED recorded the lambda it called");
    }

    @Test
    void caches_stayCorrectUnderEightThreadsWithDifferentShapes() throws Exception {
        Program p = ENGINE.compile("ic.bl", """
                FUNC pick(o) = o.k
                TRANSFORM T { OUTPUT { v: REDUCE(input.objects, 0, (acc, o) -> acc + pick(o)) } }
                """);
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                int variant = t;
                results.add(pool.submit(() -> {
                    String input = variant % 2 == 0
                            ? "{\"objects\": [{\"k\": 1, \"x\": 0}, {\"k\": 2, \"x\": 0}, {\"k\": 3, \"x\": 0}]}"
                            : "{\"objects\": [{\"x\": 0, \"k\": 1}, {\"y\": 0, \"z\": 0, \"k\": 2}, {\"k\": 3}]}";
                    for (int i = 0; i < 300; i++) {
                        if (!"{\"v\":6}".equals(p.runJson(input))) return false;
                    }
                    return true;
                }));
            }
            for (Future<Boolean> r : results) assertTrue(r.get());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void specialisedInstructions_areEmittedForTheirPatterns() {
        Program p = ENGINE.compile("sp.bl", """
                TRANSFORM T {
                    LET n = 0
                    FOR EACH x IN input.xs WHERE x > 1 { SET n = n + 1 }
                    OUTPUT { n: n, s: "n=" + n, t: n + "!" }
                }
                """);
        List<Opcode> ops = opcodes(function(p, "transform T"));
        assertTrue(ops.contains(Opcode.INC_LOCAL), ops.toString());
        assertTrue(ops.contains(Opcode.JUMP_UNLESS_CMP), ops.toString());
        assertTrue(ops.contains(Opcode.CONCAT_PREFIX), ops.toString());
        assertTrue(ops.contains(Opcode.CONCAT_SUFFIX), ops.toString());
        assertTrue(ops.contains(Opcode.MAKE_OBJECT), ops.toString());
        assertEquals("{\"n\":2,\"s\":\"n=2\",\"t\":\"2!\"}", p.runJson("{\"xs\": [1, 2, 3]}"));
    }

    @Test
    void profiling_countsOpcodes_andTraceLogsEachInstruction() {
        java.io.ByteArrayOutputStream log = new java.io.ByteArrayOutputStream();
        Program p = Engine.builder().jit(false).profile(true).trace(new java.io.PrintStream(log, true)).build()
                .compile("st.bl", "TRANSFORM T { OUTPUT { a: 1 + input.x } }");
        p.runJson("{\"x\": 2}");
        String stats = p.statistics();
        assertTrue(stats.contains("opcode histogram (6 instructions executed)"), stats);
        assertTrue(stats.contains("EMIT"), stats);
        assertTrue(stats.contains("transform T"), stats);
        String trace = log.toString();
        assertEquals(6, trace.lines().count(), trace);
        assertTrue(trace.lines().findFirst().orElseThrow().startsWith("trace transform T pc 0 "), trace);
    }
}
