package dev.turnout.bench;

import dev.turnout.bench.harness.PeerState;
import dev.turnout.bench.harness.TurnoutState;
import dev.turnout.bench.workload.NestedPathSet;
import org.openjdk.jmh.annotations.Param;

/**
 * Workload {@code nested_path_set}: {@code SET acc.byKey[r.k] = {id, v, name}} for every row, on
 * {@code LET acc = {byKey: {}}}; rows / 10 keys, the last row of each key wins. The Branchline program and the peer
 * versions are {@code workloads/nested_path_set.*}; the input generator and the Java baseline are
 * {@link NestedPathSet}.
 *
 * <p>Sized by {@link #rows}: the states ({@link TurnoutState}, {@link PeerState}) generate the trial's input
 * with that many rows and check every implementation against Turnout's interpreter on it before measuring. If
 * Turnout copies the accumulator on every update, the {@code turnout} time grows with the square of the rows; if it
 * updates the owned value in place (issue 10), linearly, like {@code java}'s.
 *
 * <p>Peers: all three: jq folds with a path update, {@code reduce .rows[] as $r ({byKey: {}}; .byKey[$r.k] = …)}
 * (the same accumulation as the program); JSONata merges the rows' one-key objects, {@code $merge(rows.{k: …})};
 * JSLT, which has no fold or mutable state, uses an object comprehension {@code {for (.rows) .k : …}}, where a
 * repeated key takes the later value.
 */
public class NestedPathSetBenchmark extends PeerComparisonBenchmark {
    /** Rows of the input (n and 10n); read by the states through {@code BenchmarkParams}. */
    @Param({"2000", "20000"})
    public int rows;
}
