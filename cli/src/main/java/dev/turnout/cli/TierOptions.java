package dev.turnout.cli;

import dev.turnout.Engine;
import picocli.CommandLine.Option;

/** Options of {@code turnout run} for the tiers and the profiling interpreter (docs/tuning.md). */
final class TierOptions {
    @Option(names = "--no-jit", description = "Interpret only, even when the JIT is on the class path.")
    boolean noJit;

    @Option(names = "--jit-threshold", paramLabel = "N",
            description = "Compile a function after N invocations (plus back-edges/8); 0 compiles all up front.")
    Integer jitThreshold;

    @Option(names = "--stats", description = "After the run, print the opcode histogram and per-function counters "
            + "(invocations, back-edges, tier, compile time) to stderr.")
    boolean stats;

    @Option(names = "--trace", description = "Log every executed instruction to stderr (very verbose).")
    boolean trace;

    void applyTo(Engine.Builder engine) {
        if (noJit) engine.jit(false);
        if (jitThreshold != null) engine.jitThreshold(jitThreshold);
        if (stats) engine.profile(true);
        if (trace) engine.trace(System.err);
    }
}
