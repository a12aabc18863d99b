package dev.turnout.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.bench.harness.Agreement;
import dev.turnout.bench.harness.Implementation;
import dev.turnout.bench.harness.Tiers;
import dev.turnout.bench.harness.TurnoutRunner;
import dev.turnout.bench.harness.WorkloadInput;
import dev.turnout.bench.workload.JsonTrees;
import dev.turnout.bench.workload.RowsWorkload;
import dev.turnout.bench.workload.Scale;
import dev.turnout.bench.workload.Workload;
import dev.turnout.bench.workload.Workloads;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.Param;

/**
 * Every implementation of every workload computes the same result as Turnout's interpreter (on the small test
 * inputs, and the workloads sized by rows also on {@link RowsWorkload#N} rows, at every Turnout tier), and every
 * benchmark class offers exactly the implementations its workload has.
 */
class WorkloadAgreementTest {

    static Stream<Arguments> supportedPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (Workload w : Workloads.all()) {
            for (Implementation impl : Implementation.values()) {
                if (impl.supports(w)) pairs.add(Arguments.of(w.name(), impl));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} / {1}")
    @MethodSource("supportedPairs")
    void agreesWithTurnout(String workload, Implementation implementation) {
        Agreement.verified(Workloads.named(workload), Scale.TEST, implementation); // throws on disagreement
    }

    static Stream<Arguments> rowsPairs() {
        List<Arguments> pairs = new ArrayList<>();
        for (RowsWorkload w : Workloads.sizedByRows()) {
            for (Implementation impl : Implementation.values()) {
                if (impl.supports(w)) pairs.add(Arguments.of(w.name(), impl));
            }
        }
        return pairs.stream();
    }

    /** At n rows, where a quadratic accumulation would already be visibly slow but a test must stay fast. */
    @ParameterizedTest(name = "{0} / {1} at n rows")
    @MethodSource("rowsPairs")
    void agreesWithTurnout_atNRows(String workload, Implementation implementation) {
        Agreement.verified(nRows(workload), implementation); // throws on disagreement
    }

    static Stream<Arguments> rowsTiers() {
        List<Arguments> cases = new ArrayList<>();
        for (RowsWorkload w : Workloads.sizedByRows()) {
            for (String tier : List.of(Tiers.INTERPRETER, Tiers.JIT)) cases.add(Arguments.of(w.name(), tier));
        }
        return cases.stream();
    }

    /** Three runs, as in a benchmark trial: the JIT tier compiles during the first and runs compiled code after. */
    @ParameterizedTest(name = "{0} / turnout ({1}) at n rows")
    @MethodSource("rowsTiers")
    void everyTurnoutTierAgrees_atNRows(String workload, String tier) {
        WorkloadInput input = nRows(workload);
        TurnoutRunner runner = Agreement.verifiedTurnout(input, tier); // throws on disagreement
        for (int run = 2; run <= 3; run++) Agreement.check(input, "turnout (" + tier + ") run " + run, runner);
    }

    private static WorkloadInput nRows(String workload) {
        return WorkloadInput.rows((RowsWorkload) Workloads.named(workload), RowsWorkload.N);
    }

    @Test
    void rowsInputsHaveThatManyRows() {
        for (RowsWorkload w : Workloads.sizedByRows()) {
            assertEquals(RowsWorkload.TEST_ROWS, JsonTrees.parse(w.input(Scale.TEST)).get("rows").size(), w.name());
            assertEquals(RowsWorkload.N, JsonTrees.parse(w.input(Scale.BENCH)).get("rows").size(), w.name());
            assertEquals(123, JsonTrees.parse(w.input(123)).get("rows").size(), w.name());
            assertEquals(w.input(Scale.BENCH), w.input(RowsWorkload.N), w.name());
        }
    }

    /** A workload sized by rows is benchmarked at n and 10n rows at least; no other benchmark has a rows parameter. */
    @Test
    void exactlyTheRowsBenchmarksHaveARowsParameter() throws ClassNotFoundException {
        for (Workload w : Workloads.all()) {
            Class<?> type = Class.forName("dev.turnout.bench." + w.benchmarkClassSimpleName());
            Field rows = null;
            for (Field f : type.getDeclaredFields()) {
                if (f.getName().equals("rows")) rows = f;
            }
            if (!(w instanceof RowsWorkload)) {
                assertNull(rows, w.name());
                continue;
            }
            assertTrue(rows != null && rows.isAnnotationPresent(Param.class), w.name() + ": no @Param rows");
            List<String> values = List.of(rows.getAnnotation(Param.class).value());
            assertTrue(values.contains(String.valueOf(RowsWorkload.N)), w.name() + ": " + values);
            assertTrue(values.contains(String.valueOf(10 * RowsWorkload.N)), w.name() + ": " + values);
        }
    }

    @Test
    void theTurnoutResultIsNotTrivial() {
        for (Workload w : Workloads.all()) {
            String reference = Agreement.reference(w, Scale.TEST);
            assertTrue(reference.startsWith("{") && reference.length() > 10, w + ": " + reference);
        }
    }

    @Test
    void benchmarkClassesMatchTheImplementations() throws ClassNotFoundException {
        for (Workload w : Workloads.all()) {
            Class<?> type = Class.forName("dev.turnout.bench." + w.benchmarkClassSimpleName());
            TreeSet<String> methods = new TreeSet<>();
            // getMethods: the row-sized workloads inherit theirs from PeerComparisonBenchmark.
            for (Method m : type.getMethods()) {
                if (m.isAnnotationPresent(Benchmark.class)) methods.add(m.getName());
            }
            TreeSet<String> expected = new TreeSet<>();
            for (Implementation impl : Implementation.values()) {
                if (impl.supports(w)) expected.add(impl.methodName());
            }
            assertEquals(expected, methods, w.name());
        }
    }

    @Test
    void inputsAreDeterministic() {
        for (Workload w : Workloads.all()) {
            assertEquals(w.input(Scale.TEST), w.input(Scale.TEST), w.name());
            assertFalse(w.input(Scale.TEST).equals(w.input(Scale.BENCH)), w.name());
        }
    }
}
