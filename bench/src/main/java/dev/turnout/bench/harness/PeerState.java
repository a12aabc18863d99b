package dev.turnout.bench.harness;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * JMH state of the comparison benchmark methods ({@code java}, {@code jslt}, {@code jsonata}, {@code jq}): the
 * implementation named by the running method, compiled, with its input parsed (Jackson tree, or Java values for
 * JSONata), and checked once against Turnout's result before any measurement. The input is the workload's
 * {@code BENCH} one, or has as many rows as the benchmark's {@code rows} parameter says (a {@code RowsWorkload}'s
 * benchmark).
 */
@State(Scope.Benchmark)
public class PeerState {
    private Runner runner;

    @Setup(Level.Trial)
    public void setup(BenchmarkParams params) {
        runner = Agreement.verified(BenchmarkTarget.input(params), BenchmarkTarget.implementation(params));
    }

    /** One operation of the implementation on the prepared input. */
    public Object run() {
        return runner.run();
    }
}
