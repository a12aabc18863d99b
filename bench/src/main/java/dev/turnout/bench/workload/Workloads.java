package dev.turnout.bench.workload;

import java.util.ArrayList;
import java.util.List;

/** The registry of all benchmark workloads, in report order. */
public final class Workloads {
    private static final List<Workload> ALL = List.of(
            new ArithLoop(),
            new Fib(),
            new PropertyAccess(),
            new BuildObjects(),
            new StringBuild(),
            new MapFilterReduce(),
            new NestedLoopJoin(),
            new GroupAggregate(),
            new DeepReshape(),
            new OrderReport(),
            // The accumulation patterns of issue 10, sized by a row count (RowsWorkload).
            new KeyedAggregation(),
            new NestedPathSet(),
            new StringAccumulation(),
            new ListAppend(),
            new ReducePut());

    private Workloads() {}

    public static List<Workload> all() {
        return ALL;
    }

    /** The workloads whose input is sized by a row count, in report order. */
    public static List<RowsWorkload> sizedByRows() {
        List<RowsWorkload> out = new ArrayList<>();
        for (Workload w : ALL) {
            if (w instanceof RowsWorkload rows) out.add(rows);
        }
        return out;
    }

    /** The workload called {@code name}, e.g. {@code fib}. */
    public static Workload named(String name) {
        for (Workload w : ALL) {
            if (w.name().equals(name)) return w;
        }
        throw new IllegalArgumentException("no workload named '" + name + "'");
    }

    /** The workload that the JMH class {@code simpleClassName} (e.g. {@code FibBenchmark}) measures. */
    public static Workload forBenchmarkClass(String simpleClassName) {
        for (Workload w : ALL) {
            if (w.benchmarkClassSimpleName().equals(simpleClassName)) return w;
        }
        throw new IllegalArgumentException("no workload for benchmark class '" + simpleClassName + "'");
    }
}
