package dev.turnout.jit.emit;

import static dev.turnout.bytecode.Opcode.*;

import dev.turnout.runtime.ops.ControlOps;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * Jumps, loops, returns, THROW and RETRY. Steps are counted exactly where the interpreter counts them: on a JUMP
 * backwards (a loop back-edge), on every FOR_NEXT that produces an element and on every retry of RETRY_CHECK
 * (calls count in CallEmitters).
 */
final class ControlEmitters {
    private ControlEmitters() {}

    static void register() {
        // Stack: → . goto t; a back-edge (ControlOps.isBackEdge) counts one step (ctx.step()).
        EmitterTable.put(JUMP, (f, pc) -> {
            int target = f.operand(pc, 0);
            if (ControlOps.isBackEdge(pc, target)) {
                f.jvm().loadContext();
                f.jvm().invoke(RuntimeMethods.STEP);
            }
            f.jvm().goTo(f.label(target));
        });
        // Stack: v → . if (!Truthiness.condition(v)) goto t.
        EmitterTable.put(JUMP_IF_FALSE, (f, pc) -> {
            f.jvm().invoke(RuntimeMethods.CONDITION);
            f.jvm().jump(Opcodes.IFEQ, f.label(f.operand(pc, 0)));
        });
        // Stack: v → . if (Truthiness.condition(v)) goto t.
        EmitterTable.put(JUMP_IF_TRUE, (f, pc) -> {
            f.jvm().invoke(RuntimeMethods.CONDITION);
            f.jvm().jump(Opcodes.IFNE, f.label(f.operand(pc, 0)));
        });
        // Stack: v → v. if (v != null) goto t (keeping v).
        EmitterTable.put(JUMP_IF_NOT_NULL, (f, pc) -> {
            f.jvm().insn(Opcodes.DUP);
            f.jvm().jump(Opcodes.IFNONNULL, f.label(f.operand(pc, 0)));
        });

        // Stack: iterable → . slot = ControlOps.forPrep(iterable, mode).
        EmitterTable.put(FOR_PREP, (f, pc) -> {
            f.jvm().pushInt(f.operand(pc, 1));
            f.jvm().invoke(RuntimeMethods.FOR_PREP);
            f.jvm().storeSlot(f.operand(pc, 0));
        });
        // Stack: → element, or → (at t). if (!ControlOps.forNext(cursor, ctx)) goto t; ControlOps.forElement(cursor).
        EmitterTable.put(FOR_NEXT, (f, pc) -> {
            JvmCode jvm = f.jvm();
            int slot = f.operand(pc, 0);
            jvm.loadSlot(slot);
            jvm.loadContext();
            jvm.invoke(RuntimeMethods.FOR_NEXT);
            jvm.jump(Opcodes.IFEQ, f.label(f.operand(pc, 1)));
            jvm.loadSlot(slot);
            jvm.invoke(RuntimeMethods.FOR_ELEMENT);
        });
        // Stack: → key. ControlOps.cursorKey(slot).
        EmitterTable.put(CURSOR_KEY, (f, pc) -> {
            f.jvm().loadSlot(f.operand(pc, 0));
            f.jvm().invoke(RuntimeMethods.CURSOR_KEY);
        });

        // Stack: … → . ctx.exit(); return null (a transform's end, RETURN or ABORT).
        EmitterTable.put(HALT, (f, pc) -> {
            f.jvm().loadContext();
            f.jvm().invoke(RuntimeMethods.EXIT);
            f.jvm().pushNull();
            f.jvm().insn(Opcodes.ARETURN);
        });
        // Stack: v → . ctx.exit(); return v.
        EmitterTable.put(RETURN, (f, pc) -> {
            f.jvm().loadContext();
            f.jvm().invoke(RuntimeMethods.EXIT);
            f.jvm().insn(Opcodes.ARETURN);
        });
        // Stack: → (throws). throw ControlOps.error(m, constants[k]).
        EmitterTable.put(THROW, (f, pc) -> {
            f.jvm().pushInt(f.operand(pc, 0));
            f.jvm().pushConstant(f.constant(f.operand(pc, 1)));
            f.jvm().invoke(RuntimeMethods.ERROR);
            f.jvm().insn(Opcodes.ATHROW);
        });
        // Stack: error → error, or → (at t). ControlOps.retry: one more attempt while below n, dropping the error.
        EmitterTable.put(RETRY_CHECK, (f, pc) -> {
            JvmCode jvm = f.jvm();
            int slot = f.operand(pc, 0);
            Label exhausted = new Label();
            jvm.loadSlot(slot);
            jvm.pushInt(f.operand(pc, 1));
            jvm.invoke(RuntimeMethods.RETRY);
            jvm.insn(Opcodes.DUP);
            jvm.jump(Opcodes.IFNULL, exhausted);
            jvm.storeSlot(slot);
            jvm.insn(Opcodes.POP);
            jvm.loadContext(); // each retry is a step, as in the interpreter
            jvm.invoke(RuntimeMethods.STEP);
            jvm.goTo(f.label(f.operand(pc, 2)));
            jvm.mark(exhausted);
            jvm.insn(Opcodes.POP);
        });
    }
}
