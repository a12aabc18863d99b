package dev.turnout.jit.emit;

import dev.turnout.bytecode.Opcode;

/**
 * Opcode → emitter, filled by the emitter families. Indexed by the generic opcode's id: quickened forms
 * ({@code GET_MEMBER_MONO}, {@code GET_MEMBER_MEGA}) are emitted as the instruction they stand for.
 */
final class EmitterTable {
    private static final InstructionEmitter[] BY_ID = new InstructionEmitter[Opcode.count()];

    static {
        ValueEmitters.register();
        VariableEmitters.register();
        PropertyEmitters.register();
        ArithmeticEmitters.register();
        ControlEmitters.register();
        CallEmitters.register();
        UpdateEmitters.register();
    }

    private EmitterTable() {}

    static void put(Opcode op, InstructionEmitter emitter) {
        if (BY_ID[op.id] != null) throw new IllegalStateException("two emitters for " + op);
        BY_ID[op.id] = emitter;
    }

    /** The emitter for an instruction, or null if none exists (the compiler then declines). */
    static InstructionEmitter get(Opcode op) {
        return BY_ID[op.generic().id];
    }

    /** Whether every generic opcode has an emitter (checked by tests). */
    static boolean covers(Opcode op) {
        return get(op) != null;
    }
}
