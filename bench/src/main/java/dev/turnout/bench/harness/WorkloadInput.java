package dev.turnout.bench.harness;

import dev.turnout.bench.workload.RowsWorkload;
import dev.turnout.bench.workload.Scale;
import dev.turnout.bench.workload.Workload;

/**
 * One input of one workload, as a benchmark trial or a test runs it: the generated JSON text and a label that names
 * how it was sized, {@code TEST}/{@code BENCH} for a {@link Scale} or {@code rows=2000} for a {@link RowsWorkload}'s
 * row count. The label identifies the text: {@link Agreement} caches Turnout's reference result by workload and
 * label.
 */
public record WorkloadInput(Workload workload, String label, String json) {
    /** The workload's input at that scale. */
    public static WorkloadInput of(Workload workload, Scale scale) {
        return new WorkloadInput(workload, scale.name(), workload.input(scale));
    }

    /** The workload's input with that many rows. */
    public static WorkloadInput rows(RowsWorkload workload, int rows) {
        return new WorkloadInput(workload, "rows=" + rows, workload.input(rows));
    }

    /** For messages, e.g. {@code keyed_aggregation (rows=2000)}; never the JSON text. */
    @Override
    public String toString() {
        return workload.name() + " (" + label + ")";
    }
}
