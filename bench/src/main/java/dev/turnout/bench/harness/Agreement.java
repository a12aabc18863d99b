package dev.turnout.bench.harness;

import dev.turnout.bench.workload.Scale;
import dev.turnout.bench.workload.Workload;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks that an implementation computes the same result as Turnout's interpreter (the reference), compared as
 * {@link CanonicalJson}. The benchmarks call it in their {@code @Setup} (a wrong implementation must not be timed)
 * and {@code WorkloadAgreementTest} calls it for every workload and implementation.
 */
public final class Agreement {
    private static final Map<String, String> REFERENCES = new ConcurrentHashMap<>();

    private Agreement() {}

    /** The canonical result of Turnout's interpreter on the workload's input at that scale (computed once). */
    public static String reference(Workload workload, Scale scale) {
        return reference(WorkloadInput.of(workload, scale));
    }

    /** The canonical result of Turnout's interpreter on that input (computed once per workload and input label). */
    public static String reference(WorkloadInput input) {
        return REFERENCES.computeIfAbsent(input.workload().name() + "/" + input.label(), key -> {
            TurnoutRunner runner = Implementation.turnout(input, Tiers.INTERPRETER);
            return CanonicalJson.of(runner.tree(runner.run()));
        });
    }

    /** Prepares the implementation, runs it once and fails unless it agrees with the reference. */
    public static Runner verified(Workload workload, Scale scale, Implementation implementation) {
        return verified(WorkloadInput.of(workload, scale), implementation);
    }

    /** Prepares the implementation on that input, runs it once and fails unless it agrees with the reference. */
    public static Runner verified(WorkloadInput input, Implementation implementation) {
        Runner runner = implementation.prepare(input);
        check(input, implementation.methodName(), runner);
        return runner;
    }

    /** Prepares Turnout at a tier, runs it once and fails unless it agrees with the interpreter. */
    public static TurnoutRunner verifiedTurnout(Workload workload, Scale scale, String tier) {
        return verifiedTurnout(WorkloadInput.of(workload, scale), tier);
    }

    /** Prepares Turnout at a tier on that input, runs it once and fails unless it agrees with the interpreter. */
    public static TurnoutRunner verifiedTurnout(WorkloadInput input, String tier) {
        TurnoutRunner runner = Implementation.turnout(input, tier);
        check(input, "turnout (" + tier + ")", runner);
        return runner;
    }

    /** Runs a prepared runner once more and fails unless it agrees with the reference (e.g. once the JIT compiled). */
    public static void check(WorkloadInput input, String label, Runner runner) {
        String expected = reference(input);
        String actual = CanonicalJson.of(runner.tree(runner.run()));
        if (!expected.equals(actual)) {
            throw new IllegalStateException(label + " disagrees with Turnout on workload " + input + ": "
                    + firstDifference(expected, actual));
        }
    }

    /** Where two canonical texts first differ, with some context from each. */
    static String firstDifference(String expected, String actual) {
        int i = 0;
        int limit = Math.min(expected.length(), actual.length());
        while (i < limit && expected.charAt(i) == actual.charAt(i)) i++;
        int from = Math.max(0, i - 60);
        return "first difference at offset " + i
                + "\n  Turnout: …" + expected.substring(from, Math.min(expected.length(), i + 60)) + "…"
                + "\n  other:   …" + actual.substring(from, Math.min(actual.length(), i + 60)) + "…";
    }
}
