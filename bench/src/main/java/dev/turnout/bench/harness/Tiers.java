package dev.turnout.bench.harness;

import dev.turnout.Engine;

/**
 * Maps a benchmark's {@code tier} parameter to the {@link Engine} that runs Turnout at that tier:
 * {@code interpreter} stays in the bytecode interpreter although the JIT is on the class path; {@code jit} compiles a
 * function on its second invocation (or after 16 loop back-edges), in the foreground, so the compiler sees the
 * interpreter's feedback (shapes, value kinds) from the first run, as auto-tiering does; JMH's warm-up iterations
 * run long past that point.
 */
public final class Tiers {
    public static final String INTERPRETER = "interpreter";
    public static final String JIT = "jit";

    private Tiers() {}

    public static Engine engine(String tier) {
        if (INTERPRETER.equals(tier)) return Engine.builder().jit(false).build();
        if (JIT.equals(tier)) return Engine.builder().jitThreshold(2).jitBackground(false).build();
        throw new IllegalArgumentException("unknown Turnout tier '" + tier + "' (known: " + INTERPRETER + ", " + JIT + ")");
    }
}
