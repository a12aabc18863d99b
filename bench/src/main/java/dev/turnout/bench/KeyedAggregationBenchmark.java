package dev.turnout.bench;

import dev.turnout.bench.harness.PeerState;
import dev.turnout.bench.harness.TurnoutState;
import dev.turnout.bench.workload.KeyedAggregation;
import org.openjdk.jmh.annotations.Param;

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
public class KeyedAggregationBenchmark extends PeerComparisonBenchmark {
    /** Rows of the input (n, 10n and 100n); read by the states through {@code BenchmarkParams}. */
    @Param({"2000", "20000", "200000"})
    public int rows;
}
