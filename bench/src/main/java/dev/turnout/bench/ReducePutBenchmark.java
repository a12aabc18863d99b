package dev.turnout.bench;

import dev.turnout.bench.harness.PeerState;
import dev.turnout.bench.harness.TurnoutState;
import dev.turnout.bench.workload.ReducePut;
import org.openjdk.jmh.annotations.Param;

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
public class ReducePutBenchmark extends PeerComparisonBenchmark {
    /** Rows of the input (n and 10n); read by the states through {@code BenchmarkParams}. */
    @Param({"2000", "20000"})
    public int rows;
}
