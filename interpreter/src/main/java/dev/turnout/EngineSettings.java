package dev.turnout;

import dev.turnout.compiler.HostTable;

/** The immutable settings of an {@link Engine}. */
record EngineSettings(int maxCallDepth, String transformName, long maxSteps, long timeoutNanos, long maxValueSize,
                      long maxOutputSize, HostTable hosts) {
    /** DECISIONS.md D11: deep enough for ordinary recursion. */
    static final int DEFAULT_MAX_CALL_DEPTH = 10_000;
}
