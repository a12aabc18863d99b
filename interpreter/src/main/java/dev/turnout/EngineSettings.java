package dev.turnout;

import dev.turnout.compiler.HostTable;
import dev.turnout.tier.TierCompiler;
import dev.turnout.tier.TierSettings;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The immutable settings of an {@link Engine}.
 *
 * @param tierCompiler the compiling tier, or null to interpret only
 * @param compiledCount functions compiled so far by this engine's programs ({@code jit.max})
 * @param trace        where to log every executed instruction, or null
 */
record EngineSettings(int maxCallDepth, String transformName, long maxSteps, long timeoutNanos, long maxValueSize,
                      long maxNumberDigits, long maxOutputSize, int maxInputDepth, HostTable hosts, boolean profile, PrintStream trace,
                      TierSettings tier, TierCompiler tierCompiler, AtomicInteger compiledCount) {
    /** DECISIONS.md D11: deep enough for ordinary recursion. */
    static final int DEFAULT_MAX_CALL_DEPTH = 10_000;
}
