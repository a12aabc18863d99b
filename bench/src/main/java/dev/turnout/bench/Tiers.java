package dev.turnout.bench;

import dev.turnout.Engine;

/**
 * Maps a benchmark's {@code tier} parameter to the {@link Engine} that runs Turnout at that tier. Today there is
 * only the bytecode interpreter; the JIT issue adds {@code "jit"} here and to the {@code @Param} of
 * {@link dev.turnout.bench.harness.TurnoutState}.
 */
public final class Tiers {
    public static final String INTERPRETER = "interpreter";

    private Tiers() {}

    public static Engine engine(String tier) {
        if (INTERPRETER.equals(tier)) return Engine.create();
        throw new IllegalArgumentException("unknown Turnout tier '" + tier + "' (known: " + INTERPRETER + ")");
    }
}
