package dev.turnout.bench.harness;

import dev.turnout.bench.workload.RowsWorkload;
import dev.turnout.bench.workload.Scale;
import dev.turnout.bench.workload.Workload;
import dev.turnout.bench.workload.Workloads;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Reads which workload and implementation a running JMH benchmark measures from its name,
 * {@code dev.turnout.bench.<Workload>Benchmark.<implementation>}, and the input it runs on from its parameters, so
 * one shared state class serves every benchmark class.
 */
final class BenchmarkTarget {
    /**
     * The JMH parameter of a {@link RowsWorkload}'s benchmark class (a {@code @Param} field of the class itself,
     * which is a {@code @State}): the row count of the trial's input.
     */
    static final String ROWS = "rows";

    private BenchmarkTarget() {}

    static Workload workload(BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        String className = benchmark.substring(0, benchmark.lastIndexOf('.'));
        return Workloads.forBenchmarkClass(className.substring(className.lastIndexOf('.') + 1));
    }

    static Implementation implementation(BenchmarkParams params) {
        String benchmark = params.getBenchmark();
        return Implementation.forMethod(benchmark.substring(benchmark.lastIndexOf('.') + 1));
    }

    /**
     * The trial's input: {@code rows} rows if the benchmark has a {@code rows} parameter (then its workload must be a
     * {@link RowsWorkload}), else the workload's {@link Scale#BENCH} input.
     */
    static WorkloadInput input(BenchmarkParams params) {
        Workload workload = workload(params);
        if (!params.getParamsKeys().contains(ROWS)) return WorkloadInput.of(workload, Scale.BENCH);
        if (!(workload instanceof RowsWorkload rowsWorkload)) {
            throw new IllegalStateException("benchmark " + params.getBenchmark() + " has a '" + ROWS
                    + "' parameter, but workload " + workload.name() + " is not sized by rows");
        }
        return WorkloadInput.rows(rowsWorkload, Integer.parseInt(params.getParam(ROWS)));
    }
}
