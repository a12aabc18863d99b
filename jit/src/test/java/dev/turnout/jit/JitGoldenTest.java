package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.errors.CompileException;
import dev.turnout.errors.Diagnostic;
import dev.turnout.errors.TransformException;
import dev.turnout.golden.CanonicalJson;
import dev.turnout.golden.GoldenCase;
import dev.turnout.golden.GoldenCorpus;
import dev.turnout.FunctionStatus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The golden corpus in every tier (STYLE.md §3.2): {@code INTERPRETER}, {@code JIT_FIRST_CALL} (every function
 * compiled in the foreground before the run; a decline fails the case with its reason) and {@code AUTO_TIER}
 * (threshold 2, foreground compiles, each case run three times so it starts interpreted, tiers up with feedback
 * and finishes compiled). Outputs and errors (type, message, line) must equal the expected files. Every class the
 * JIT generates here is checked by ASM's {@code CheckClassAdapter} first ({@link VerifiedJit}).
 */
class JitGoldenTest {
    enum Tier { INTERPRETER, JIT_FIRST_CALL, AUTO_TIER }

    private static final Engine INTERPRETER = Engine.builder().jit(false).build();
    private static final Engine FIRST_CALL = Engine.builder().jitThreshold(0).jitMax(Integer.MAX_VALUE)
            .tierCompiler(VerifiedJit.COMPILER).build();
    private static final Engine AUTO = Engine.builder().jitThreshold(2).jitBackground(false)
            .jitMax(Integer.MAX_VALUE).tierCompiler(VerifiedJit.COMPILER).build();

    @TestFactory
    Stream<DynamicTest> interpreter() {
        return cases(Tier.INTERPRETER);
    }

    @TestFactory
    Stream<DynamicTest> jitFirstCall() {
        return cases(Tier.JIT_FIRST_CALL);
    }

    @TestFactory
    Stream<DynamicTest> autoTier() {
        return cases(Tier.AUTO_TIER);
    }

    private static Stream<DynamicTest> cases(Tier tier) {
        List<GoldenCase> cases = GoldenCorpus.load();
        return cases.stream().map(c -> DynamicTest.dynamicTest(tier + " " + c.name(), () -> check(c, tier)));
    }

    private static void check(GoldenCase c, Tier tier) {
        String expected = c.expectedOutput() != null ? CanonicalJson.of(c.expectedOutput()) : c.expectedError();
        Engine engine = switch (tier) {
            case INTERPRETER -> INTERPRETER;
            case JIT_FIRST_CALL -> FIRST_CALL;
            case AUTO_TIER -> AUTO;
        };
        Program program;
        try {
            program = engine.compile(c.name() + ".bl", c.source());
        } catch (CompileException e) {
            Diagnostic d = e.diagnostics().get(0);
            assertEquals(expected, "compile " + d.line() + ":" + d.column() + ": " + withoutNear(d.message()), c.name());
            return;
        }
        if (tier == Tier.JIT_FIRST_CALL) assertAllCompiled(c, program);
        // Errors must also agree beyond the golden line: column and the whole Branchline stack.
        String interpreterDetail = tier == Tier.INTERPRETER ? null
                : run(c, INTERPRETER.compile(c.name() + ".bl", c.source())).detail();
        int runs = tier == Tier.AUTO_TIER ? 3 : 1;
        for (int i = 1; i <= runs; i++) {
            Outcome outcome = run(c, program);
            assertEquals(expected, outcome.golden(), c.name() + " (" + tier + ", run " + i + ")");
            if (interpreterDetail != null) {
                assertEquals(interpreterDetail, outcome.detail(), c.name() + " error stack (" + tier + ", run " + i + ")");
            }
        }
        if (tier == Tier.AUTO_TIER) assertNoDeclines(c, program);
    }

    /** A run's result as the golden files write it, and for errors the full rendering (location and stack). */
    private record Outcome(String golden, String detail) {}

    private static Outcome run(GoldenCase c, Program program) {
        try {
            String json = CanonicalJson.of(program.runJson(c.input()));
            return new Outcome(json, json);
        } catch (TransformException e) {
            return new Outcome("line " + e.line() + ": " + e.typeName() + ": " + e.getMessage(), e.render());
        } catch (RuntimeException e) {
            fail(c.name() + ": raw Java exception escaped", e);
            return null;
        }
    }

    private static void assertAllCompiled(GoldenCase c, Program program) {
        for (FunctionStatus fn : program.functionStatus()) {
            if (fn.tier() != FunctionStatus.Tier.COMPILED) {
                fail(c.name() + ": " + fn.name() + " is " + fn.tier() + ": " + fn.declineReason());
            }
        }
    }

    private static void assertNoDeclines(GoldenCase c, Program program) {
        for (FunctionStatus fn : program.functionStatus()) {
            if (fn.tier() == FunctionStatus.Tier.DECLINED) fail(c.name() + ": " + fn.name() + " declined: " + fn.declineReason());
        }
    }

    /** Parse errors carry the reference's {@code near 'lexeme'} suffix; golden files leave it out. */
    private static String withoutNear(String message) {
        int near = message.lastIndexOf(" near ");
        return near >= 0 ? message.substring(0, near) : message;
    }
}
