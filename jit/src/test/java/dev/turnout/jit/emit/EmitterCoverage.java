package dev.turnout.jit.emit;

import dev.turnout.bytecode.Opcode;

/** Test-side window on the package-private {@link EmitterTable}, for tests outside this package. */
public final class EmitterCoverage {
    private EmitterCoverage() {}

    /** Whether the JIT has an emitter for the instruction (quickened forms count as their generic form). */
    public static boolean covers(Opcode op) {
        return EmitterTable.covers(op);
    }
}
