package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.errors.CompileException;
import dev.turnout.errors.TransformException;
import dev.turnout.FunctionStatus;
import dev.turnout.tier.TierCompiler;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Differential testing of the tiers (ARCHITECTURE.md, Testing): random well-formed programs ({@link
 * ProgramGenerator}) on random inputs, run by the interpreter alone (the oracle), by the JIT with every function
 * compiled before the first call ({@code jit.threshold=0}), and with auto-tiering ({@code jitThreshold(2)}, compiled
 * in the foreground part-way through the first runs). Each program runs on three different inputs in turn, so the
 * compiled code of the later runs meets values and object shapes its profile has not seen. Results must be equal as
 * JSON text (key order and number formatting included); errors must have the same type, message and line.
 *
 * <p>A failure prints the (shrunk) program with line numbers, the inputs, and both outcomes. A JIT that throws while
 * compiling (a {@code compiler failed} decline, e.g. a VerifyError of generated code) is a failure too; an honest
 * decline ("cannot compile X yet") is not, and is counted in the statistics jqwik prints.
 */
class TierAgreementProperties {
    /** Keeps runaway doubling ({@code SET x = x ++ x} in nested loops) cheap; identical in every engine. */
    private static final long MAX_VALUE_SIZE = 10_000;
    private static final long MAX_OUTPUT_SIZE = 1_000_000;
    /**
     * A safety net, not part of the comparison: the generator avoids exponential programs, but a case the
     * interpreter cannot finish in this time is discarded rather than left to stall the run.
     */
    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    /** One generated test case, printed readably when jqwik reports it. */
    record Case(String program, List<String> inputs) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("\n");
            String[] lines = program.split("\n");
            for (int i = 0; i < lines.length; i++) out.append(String.format("%3d  %s%n", i + 1, lines[i]));
            for (int i = 0; i < inputs.size(); i++) {
                out.append("input ").append(i + 1).append(": ").append(inputs.get(i)).append('\n');
            }
            return out.toString();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        return Combinators.combine(ProgramGenerator.programs(), ProgramGenerator.inputs().list().ofSize(3))
                .as(Case::new);
    }

    @Property(tries = 200)
    void allTiersAgreeWithTheInterpreter(@ForAll("cases") Case c) {
        assertTrue(ServiceLoader.load(TierCompiler.class, Engine.class.getClassLoader()).findFirst().orElse(null)
                instanceof JitCompiler, "JitCompiler is not the registered tier: the JIT rows would not test it");

        Program interpreter = compile(Engine.builder().jit(false), c);
        List<String> expected = new ArrayList<>();
        for (String input : c.inputs()) expected.add(outcome(interpreter, input, c, "interpreter"));
        Assume.that(expected.stream().noneMatch(o -> o.startsWith("error LimitExceeded") && o.contains("time limit")));
        Statistics.label("interpreter outcome").collect(kind(expected.get(0)));

        Program firstCall = compile(Engine.builder().jitThreshold(0).jitBackground(false), c);
        checkCompiled(firstCall, c);
        for (int i = 0; i < c.inputs().size(); i++) {
            agree(expected.get(i), outcome(firstCall, c.inputs().get(i), c, "jit.threshold=0"), c, i,
                    "jit.threshold=0");
        }

        Program auto = compile(Engine.builder().jitThreshold(2).jitBackground(false), c);
        for (int i = 0; i < c.inputs().size(); i++) {
            agree(expected.get(i), outcome(auto, c.inputs().get(i), c, "auto-tier"), c, i,
                    "jit.threshold=2, run " + (i + 1));
        }
        checkNoCompilerFailure(auto, c);
        long hot = auto.functionStatus().stream().filter(fn -> fn.tier() == FunctionStatus.Tier.COMPILED).count();
        Statistics.label("functions compiled by auto-tiering").collect(hot == 0 ? "none" : hot < 3 ? "1-2" : "3+");
    }

    private static Program compile(Engine.Builder builder, Case c) {
        try {
            return builder.maxValueSize(MAX_VALUE_SIZE).maxOutputSize(MAX_OUTPUT_SIZE).timeout(TIMEOUT).build()
                    .compile("gen.bl", c.program());
        } catch (CompileException e) {
            fail("the generator made a program that does not compile (a bug in ProgramGenerator):\n" + e.render()
                    + c);
            return null;
        }
    }

    /** The result JSON, or the error's type, line and message; anything else escaping is a crash. */
    private static String outcome(Program program, String input, Case c, String tier) {
        try {
            return "result " + program.runJson(input);
        } catch (TransformException e) {
            return "error " + e.typeName() + " at line " + e.line() + ": " + e.getMessage();
        } catch (RuntimeException | Error e) {
            if (tier.equals("interpreter")) fail("the interpreter crashed with " + e + c, e);
            return "crash " + e;
        }
    }

    private static void agree(String expected, String actual, Case c, int input, String tier) {
        assertEquals(expected, actual, () -> "tiers disagree on input " + (input + 1) + " (" + tier + ")" + c);
    }

    /** With threshold 0 every function went through the JIT: compiled, or declined for a stated reason. */
    private static void checkCompiled(Program program, Case c) {
        int compiled = 0;
        for (FunctionStatus fn : program.functionStatus()) {
            if (fn.tier() == FunctionStatus.Tier.COMPILED) {
                compiled++;
            } else {
                assertEquals(FunctionStatus.Tier.DECLINED, fn.tier(), fn.name());
                Statistics.label("declined").collect(shortReason(fn.declineReason()));
            }
        }
        Statistics.label("functions compiled at threshold 0")
                .collect(compiled == program.functionStatus().size() ? "all" : compiled == 0 ? "none" : "some");
        checkNoCompilerFailure(program, c);
    }

    private static void checkNoCompilerFailure(Program program, Case c) {
        for (FunctionStatus fn : program.functionStatus()) {
            String reason = fn.declineReason();
            if (reason != null && reason.startsWith("compiler failed")) {
                fail("the JIT crashed compiling " + fn.name() + ": " + reason + c);
            }
        }
    }

    private static String shortReason(String reason) {
        if (reason == null) return "(none)";
        return reason.length() <= 60 ? reason : reason.substring(0, 60);
    }

    private static String kind(String outcome) {
        if (outcome.startsWith("result")) return "result";
        int at = outcome.indexOf(" at line");
        return at > 0 ? outcome.substring(0, at) : outcome;
    }
}
