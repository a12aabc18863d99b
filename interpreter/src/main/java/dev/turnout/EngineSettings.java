package dev.turnout;

/** The immutable settings of an {@link Engine}. */
record EngineSettings(int maxCallDepth, String transformName) {
    /** DECISIONS.md D11: deep enough for ordinary recursion. */
    static final int DEFAULT_MAX_CALL_DEPTH = 10_000;
}
