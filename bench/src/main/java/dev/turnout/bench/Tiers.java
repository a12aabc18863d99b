package dev.turnout.bench;

import dev.turnout.Engine;

/**
 * Maps a benchmark's {@code tier} parameter to the {@link Engine} that runs Turnout at that tier:
 * {@code interpreter} stays in the bytecode interpreter although the JIT is on the class path; {@code jit} compiles
 * every function before the first run ({@code jit.threshold=0}, foreground), so warm-up measures the JVM's own
 * warm-up of the generated classes, not Turnout's tiering policy.
 */
public final class Tiers {
    public static final String INTERPRETER = "interpreter";
    public static final String JIT = "jit";

    private Tiers() {}

    public static Engine engine(String tier) {
        if (INTERPRETER.equals(tier)) return Engine.builder().jit(false).build();
        if (JIT.equals(tier)) return Engine.builder().jitThreshold(0).build();
        throw new IllegalArgumentException("unknown Turnout tier '" + tier + "' (known: " + INTERPRETER + ", " + JIT + ")");
    }
}
