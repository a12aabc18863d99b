package dev.turnout.bench.harness;

import dev.turnout.bench.workload.Workload;
import dev.turnout.bench.workload.Workloads;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * Reads which workload and implementation a running JMH benchmark measures from its name,
 * {@code dev.turnout.bench.<Workload>Benchmark.<implementation>}, so one shared state class serves every
 * benchmark class.
 */
final class BenchmarkTarget {
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
}
