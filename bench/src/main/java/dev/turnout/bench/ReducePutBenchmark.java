package dev.turnout.bench;

import dev.turnout.bench.harness.PeerState;
import dev.turnout.bench.harness.TurnoutState;
import dev.turnout.bench.workload.ReducePut;
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
 * Workload {@code reduce_put}: {@code REDUCE(input.rows, {}, (acc, r) -> PUT(acc, r.k, r.v))}; rows / 10 keys, the
 * last row of each key wins. The Branchline program and the peer versions are {@code workloads/reduce_put.*}; the
 * input generator and the Java baseline are {@link ReducePut}.
 *
 * <p>Sized by {@link #rows}: the states ({@link TurnoutState}, {@link PeerState}) generate the trial's input
 * with that many rows and check every implementation against Turnout's interpreter on it before measuring. If
 * Turnout copies the accumulator on every update, the {@code turnout} time grows with the square of the rows; if it
 * updates the owned value in place (issue 10), linearly, like {@code java}'s.
 *
 * <p>Peers: all three: jq folds, {@code reduce .rows[] as $r ({}; .[$r.k] = $r.v)} (the same accumulation as the
 * program); JSONata merges the rows' one-key objects, {@code $merge(rows.{k: v})}, rather than threading an object
 * through {@code $reduce} (which would copy it with {@code $merge} at every step); JSLT, which has no fold or
 * lambdas, uses an object comprehension {@code {for (.rows) .k : .v}}, where a repeated key takes the later value.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(1)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 1)
public class ReducePutBenchmark {
    /** Rows of the input (n and 10n); read by the states through {@code BenchmarkParams}. */
    @Param({"2000", "20000"})
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
