package dev.turnout.bench;

import dev.turnout.bench.harness.PeerState;
import dev.turnout.bench.harness.TurnoutState;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The five implementations a workload with every peer is measured in: Turnout at the state's tier, the
 * hand-written Java baseline and the JSLT, JSONata and jackson-jq versions. A workload class extends this and adds
 * its {@code rows} parameter; JMH runs the inherited methods under the subclass's name
 * ({@code KeyedAggregationBenchmark.turnout}, …), and the states find the workload by that name.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 1)
public abstract class PeerComparisonBenchmark {
    /** Turnout at the state's tier, on input parsed into Turnout's value model. */
    @Benchmark
    public Object turnout(TurnoutState state) {
        return state.run();
    }

    /** The hand-written Java baseline, on a Jackson tree. */
    @Benchmark
    public Object java(PeerState state) {
        return state.run();
    }

    /** The JSLT version. */
    @Benchmark
    public Object jslt(PeerState state) {
        return state.run();
    }

    /** The JSONata (dashjoin's Java port) version. */
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
