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
 * Workload {@code nested_loop_join}: a nested FOR … WHERE join of 1,000 orders with 100 customers. Program and peer versions in {@code workloads/nested_loop_join.*}, input and Java
 * baseline in {@link dev.turnout.bench.workload.NestedLoopJoin}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class NestedLoopJoinBenchmark {
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

    /** The JSLT version. */
    @Benchmark
    public Object jslt(PeerState state) {
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
