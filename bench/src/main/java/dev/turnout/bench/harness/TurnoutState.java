package dev.turnout.bench.harness;

import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * JMH state of the {@code turnout} benchmark methods: the workload's program compiled for {@link #tier} and its
 * input parsed with {@code JsonReader.parseDocument}, checked once against the interpreter's result before any
 * measurement. The input is the workload's {@code BENCH} one, or has as many rows as the benchmark's {@code rows}
 * parameter says (a {@code RowsWorkload}'s benchmark).
 */
@State(Scope.Benchmark)
public class TurnoutState {
    /** Which Turnout tier runs the program ({@link dev.turnout.bench.harness.Tiers#engine}). */
    @Param({"interpreter", "jit"})
    public String tier;

    private TurnoutRunner runner;

    @Setup(Level.Trial)
    public void setup(BenchmarkParams params) {
        runner = Agreement.verifiedTurnout(BenchmarkTarget.input(params), tier);
    }

    /** One operation: {@code program.runValue(input)}. */
    public Object run() {
        return runner.run();
    }
}
