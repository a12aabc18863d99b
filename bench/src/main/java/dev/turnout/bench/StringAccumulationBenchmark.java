package dev.turnout.bench;

import dev.turnout.bench.harness.PeerState;
import dev.turnout.bench.harness.TurnoutState;
import dev.turnout.bench.workload.StringAccumulation;
import org.openjdk.jmh.annotations.Param;

/**
 * Workload {@code string_accumulation}: {@code SET s = s + r.name + ","} for every row, starting from {@code ""};
 * the result is the string and its LENGTH. The Branchline program and the peer versions are
 * {@code workloads/string_accumulation.*}; the input generator and the Java baseline ({@code StringBuilder}) are
 * {@link StringAccumulation}.
 *
 * <p>Sized by {@link #rows}: the states ({@link TurnoutState}, {@link PeerState}) generate the trial's input
 * with that many rows and check every implementation against Turnout's interpreter on it before measuring. If
 * Turnout copies the accumulator on every update, the {@code turnout} time grows with the square of the rows; if it
 * updates the owned value in place (issue 10), linearly, like {@code java}'s.
 *
 * <p>Peers: all three, each joining the names with its join function ({@code join("")} in jq, {@code $join} in
 * JSONata, {@code join} in JSLT), the way that language builds one string from many; none of them grows a string
 * in a loop.
 */
public class StringAccumulationBenchmark extends PeerComparisonBenchmark {
    /** Rows of the input (n and 10n); read by the states through {@code BenchmarkParams}. */
    @Param({"2000", "20000"})
    public int rows;
}
