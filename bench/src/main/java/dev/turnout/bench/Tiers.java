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
        // jit(false): stay in the interpreter even when a tier compiler is on the class path.
        if (INTERPRETER.equals(tier)) return Engine.builder().jit(false).build();
        throw new IllegalArgumentException("unknown Turnout tier '" + tier + "' (known: " + INTERPRETER + ")");
    }
}
