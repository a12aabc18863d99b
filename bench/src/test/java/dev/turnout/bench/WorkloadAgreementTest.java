package dev.turnout.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.bench.harness.Agreement;
import dev.turnout.bench.harness.Implementation;
import dev.turnout.bench.workload.Scale;
import dev.turnout.bench.workload.Workload;
import dev.turnout.bench.workload.Workloads;
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

/**
 * Every implementation of every workload computes the same result as Turnout's interpreter (on the small test
 * inputs), and every benchmark class offers exactly the implementations its workload has.
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
            for (Method m : type.getDeclaredMethods()) {
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
