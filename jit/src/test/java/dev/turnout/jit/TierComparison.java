package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.errors.TransformException;
import dev.turnout.FunctionStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Runs one program on a sequence of inputs in the three tiers — interpreter only, everything compiled before the
 * first call, and auto-tiering (threshold 2, foreground) — and checks that every run gives the same result, or the
 * same error with the same location and Branchline stack ({@link TransformException#render()}).
 */
final class TierComparison {
    private TierComparison() {}

    /** The interpreter's outcomes, after checking the compiled tiers agree with them. */
    static List<String> agree(String source, String... inputs) {
        return agree(b -> b, source, inputs);
    }

    /** Like {@link #agree(String, String...)} with extra engine settings (limits) applied to every tier. */
    static List<String> agree(UnaryOperator<Engine.Builder> settings, String source, String... inputs) {
        Program interpreted = settings.apply(Engine.builder().jit(false)).build().compile("test.bl", source);
        Program firstCall = settings.apply(Engine.builder().jitThreshold(0).tierCompiler(VerifiedJit.COMPILER))
                .build().compile("test.bl", source);
        Program auto = settings.apply(Engine.builder().jitThreshold(2).jitBackground(false)
                .tierCompiler(VerifiedJit.COMPILER)).build().compile("test.bl", source);
        for (FunctionStatus fn : firstCall.functionStatus()) {
            assertEquals(FunctionStatus.Tier.COMPILED, fn.tier(), fn.name() + ": " + fn.declineReason());
        }
        List<String> expected = new ArrayList<>();
        for (String input : inputs) {
            String want = outcome(interpreted, input);
            expected.add(want);
            assertEquals(want, outcome(firstCall, input), "compiled on first call, input " + input);
            assertEquals(want, outcome(auto, input), "auto-tiered, input " + input);
        }
        for (FunctionStatus fn : auto.functionStatus()) {
            assertTrue(fn.tier() != FunctionStatus.Tier.DECLINED, fn.name() + " declined: " + fn.declineReason());
        }
        return expected;
    }

    static String outcome(Program program, String input) {
        try {
            return program.runJson(input);
        } catch (TransformException e) {
            return e.render();
        } catch (RuntimeException e) {
            fail("raw Java exception escaped", e);
            return null;
        }
    }

    /** The same input n times. */
    static String[] times(int n, String input) {
        String[] inputs = new String[n];
        java.util.Arrays.fill(inputs, input);
        return inputs;
    }
}
