package dev.turnout.bench;

import dev.turnout.bench.harness.PeerState;
import dev.turnout.bench.harness.TurnoutState;
import dev.turnout.bench.workload.KeyedAggregation;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Workload {@code keyed_aggregation}: {@code SET counts[r.k] = (counts[r.k] ?? 0) + r.v} for every row, into an
 * object that grows to rows / 10 keys. The Branchline program and the peer versions are
 * {@code workloads/keyed_aggregation.*}; the input generator and the Java baseline ({@code LinkedHashMap.merge}) are
 * {@link KeyedAggregation}.
 *
 * <p>Sized by {@link #rows}: the states ({@link TurnoutState}, {@link PeerState}) generate the trial's input
 * with that many rows and check every implementation against Turnout's interpreter on it before measuring. If
 * Turnout copies the accumulator on every update, the {@code turnout} time grows with the square of the rows; if it
 * updates the owned value in place (issue 10), linearly, like {@code java}'s.
 *
 * <p>Peers: all three, each in its own idiom for a sum per key: jq folds with {@code reduce .rows[] as $r ({};
 * .[$r.k] += $r.v)} (the same accumulation as the program); JSONata groups, {@code rows{k: $sum(v)}}; JSLT has no
 * fold and no mutable state, so it groups with the {@code group-by} macro of its experimental module and sums each
 * group.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 1)
public class KeyedAggregationBenchmark {
    /** Rows of the input (n, 10n and 100n); read by the states through {@code BenchmarkParams}. */
    @Param({"2000", "20000", "200000"})
    public int rows;

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
