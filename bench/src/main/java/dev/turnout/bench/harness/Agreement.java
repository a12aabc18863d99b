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
        return REFERENCES.computeIfAbsent(workload.name() + "/" + scale, key -> {
            TurnoutRunner runner = Implementation.turnout(workload, workload.input(scale), Tiers.INTERPRETER);
            return CanonicalJson.of(runner.tree(runner.run()));
        });
    }

    /** Prepares the implementation, runs it once and fails unless it agrees with the reference. */
    public static Runner verified(Workload workload, Scale scale, Implementation implementation) {
        Runner runner = implementation.prepare(workload, scale);
        check(workload, scale, implementation.methodName(), runner);
        return runner;
    }

    /** Prepares Turnout at a tier, runs it once and fails unless it agrees with the interpreter. */
    public static TurnoutRunner verifiedTurnout(Workload workload, Scale scale, String tier) {
        TurnoutRunner runner = Implementation.turnout(workload, workload.input(scale), tier);
        check(workload, scale, "turnout (" + tier + ")", runner);
        return runner;
    }

    private static void check(Workload workload, Scale scale, String label, Runner runner) {
        String expected = reference(workload, scale);
        String actual = CanonicalJson.of(runner.tree(runner.run()));
        if (!expected.equals(actual)) {
            throw new IllegalStateException(label + " disagrees with Turnout on workload " + workload.name() + " ("
                    + scale + "): " + firstDifference(expected, actual));
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
