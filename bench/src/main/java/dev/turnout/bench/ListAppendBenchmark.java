package dev.turnout.bench;

import dev.turnout.bench.harness.PeerState;
import dev.turnout.bench.harness.TurnoutState;
import dev.turnout.bench.workload.ListAppend;
import org.openjdk.jmh.annotations.Param;

/**
 * Workload {@code list_append}: {@code SET xs = APPEND(xs, r.v)} for every row, starting from {@code []}; the
 * result is the list, its LENGTH and its SUM. The Branchline program and the peer versions are
 * {@code workloads/list_append.*}; the input generator and the Java baseline (adding to an {@code ArrayNode}) are
 * {@link ListAppend}.
 *
 * <p>Sized by {@link #rows}: the states ({@link TurnoutState}, {@link PeerState}) generate the trial's input
 * with that many rows and check every implementation against Turnout's interpreter on it before measuring. If
 * Turnout copies the accumulator on every update, the {@code turnout} time grows with the square of the rows; if it
 * updates the owned value in place (issue 10), linearly, like {@code java}'s.
 *
 * <p>Peers: all three, each collecting the values with its list constructor ({@code [.rows[].v]} in jq,
 * {@code [rows.v]} in JSONata, {@code [for (.rows) .v]} in JSLT), the way that language builds a list; none of them
 * appends in a loop.
 */
public class ListAppendBenchmark extends PeerComparisonBenchmark {
    /** Rows of the input (n and 10n); read by the states through {@code BenchmarkParams}. */
    @Param({"2000", "20000"})
    public int rows;
}
