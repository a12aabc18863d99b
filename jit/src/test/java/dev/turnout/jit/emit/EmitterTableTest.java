package dev.turnout.jit.emit;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.bytecode.Opcode;
import org.junit.jupiter.api.Test;

/** Exhaustiveness (STYLE.md §3.5): every instruction of the IR has an emitter, so the JIT never declines for one. */
class EmitterTableTest {
    @Test
    void everyOpcode_hasAnEmitter() {
        for (Opcode op : Opcode.values()) assertTrue(EmitterTable.covers(op), "no emitter for " + op);
    }

    @Test
    void runtimeMethods_allResolve() {
        // Class initialisation resolves every helper by reflection; a missing one fails here.
        assertTrue(RuntimeMethods.LEAVE.owner().startsWith("dev/turnout/"));
    }
}
