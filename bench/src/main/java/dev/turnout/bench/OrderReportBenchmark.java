package dev.turnout.bench;

import dev.turnout.bench.harness.PeerState;
import dev.turnout.bench.harness.TurnoutState;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;

/**
 * Workload {@code order_report}: a realistic ETL: index, totals, filter, per-tier aggregates, ranking and money formatting. Program and peer versions in {@code workloads/order_report.*}, input and Java
 * baseline in {@link dev.turnout.bench.workload.OrderReport}. JSLT 0.1.14 has no sort function, so it has no {@code jslt} method.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class OrderReportBenchmark {
    /** Turnout at the state's tier, on input parsed into Turnout's value model. */
    @Benchmark
    public Object turnout(TurnoutState state) {
        return state.run();
    }

    /** The hand-written Java baseline on a Jackson tree. */
    @Benchmark
    public Object java(PeerState state) {
        return state.run();
    }

    /** The JSONata (dashjoin Java port) version. */
    @Benchmark
    public Object jsonata(PeerState state) {
        return state.run();
    }

    /** The jackson-jq version. */
    @Benchmark
    public Object jq(PeerState state) {
        return state.run();
    }
}
