package dev.turnout.bench.workload;

/**
 * A workload whose input is a list of rows that can be generated for any row count ({@link #input(int)}), so that
 * its benchmark can show how the time grows with the input: the accumulation workloads of issue 10, which are
 * quadratic while every update copies the accumulator and linear once an owned value is updated in place.
 *
 * <p>Their benchmark classes declare a JMH parameter {@code rows} (at least {@link #N} and 10 × {@link #N}); the
 * harness states generate the trial's input with {@link #input(int)} for it. {@link Scale#TEST} is
 * {@link #TEST_ROWS} rows and {@link Scale#BENCH} is {@link #N} rows, so a {@code RowsWorkload} is also an ordinary
 * {@link Workload} wherever a scale is used (the agreement tests).
 */
public abstract class RowsWorkload extends Workload {
    /** Rows of the {@link Scale#TEST} input. */
    public static final int TEST_ROWS = 50;
    /** The base row count n: the benchmarks run n and 10n rows (some also 100n); the {@link Scale#BENCH} input. */
    public static final int N = 2_000;

    protected RowsWorkload(String name) {
        super(name);
    }

    @Override
    public final String input(Scale scale) {
        return input(scale == Scale.BENCH ? N : TEST_ROWS);
    }

    /** The input document with {@code rows} rows; the same text every time for a given count (fixed random seed). */
    public abstract String input(int rows);
}
