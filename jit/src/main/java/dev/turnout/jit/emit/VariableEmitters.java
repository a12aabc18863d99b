package dev.turnout.jit.emit;

import static dev.turnout.bytecode.Opcode.*;

import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * Name chains and the VAR-operand instructions (CHECK_BOUND, SAVE_VAR, RESTORE_VAR). A chain's rules (which
 * binding answers a read, which variable a LET assigns) are {@code VariableOps.chainRead} and
 * {@code chainStoreIndex}, the methods the interpreter calls too; compiled code gathers the chain's raw bindings
 * from its JVM locals into an array (chains are rare: a lambda parameter shadowing an outer variable) and, for a
 * store, switches on the index the rule picked. A variable operand naming one slot ({@code ref >= 0}) is accessed
 * directly.
 */
final class VariableEmitters {
    private VariableEmitters() {}

    static void register() {
        // Stack: → v. VariableOps.load(VariableOps.chainRead(bindings)).
        EmitterTable.put(LOAD_CHAIN, (f, pc) -> {
            chainRead(f, f.chain(f.operand(pc, 0)));
            f.jvm().invoke(RuntimeMethods.LOAD);
        });
        EmitterTable.put(LOAD_CHAIN_RAW, (f, pc) -> {
            chainRead(f, f.chain(f.operand(pc, 0)));
            f.jvm().invoke(RuntimeMethods.LOAD_RAW);
        });
        // Stack: v → . chain[VariableOps.chainStoreIndex(bindings)] = v.
        EmitterTable.put(STORE_CHAIN, (f, pc) -> {
            int[] chain = f.chain(f.operand(pc, 0));
            JvmCode jvm = f.jvm();
            int value = jvm.scratch();
            jvm.store(value);
            gatherBindings(f, chain);
            jvm.invoke(RuntimeMethods.CHAIN_STORE_INDEX);
            Label done = new Label();
            Label[] cases = new Label[chain.length];
            for (int i = 0; i < cases.length; i++) cases[i] = new Label();
            jvm.visitor().visitTableSwitchInsn(0, chain.length - 1, cases[0], cases);
            for (int i = 0; i < chain.length; i++) {
                jvm.mark(cases[i]);
                jvm.load(value);
                storeRawVariable(f, chain[i]);
                jvm.goTo(done);
            }
            jvm.mark(done);
        });
        // Stack: → . VariableOps.checkBound(raw binding, constants[k]).
        EmitterTable.put(CHECK_BOUND, (f, pc) -> {
            loadRawRef(f, f.operand(pc, 0));
            f.jvm().pushConstant(f.constant(f.operand(pc, 1)));
            f.jvm().invoke(RuntimeMethods.CHECK_BOUND);
        });
        // Stack: → . temp = the raw binding (for a chain: all its bindings, an Object[]).
        EmitterTable.put(SAVE_VAR, (f, pc) -> {
            int ref = f.operand(pc, 0);
            if (ref >= 0) loadRawVariable(f, ref);
            else gatherBindings(f, f.chain(-ref - 1));
            f.jvm().storeSlot(f.operand(pc, 1));
        });
        // Stack: → . Puts back what SAVE_VAR kept.
        EmitterTable.put(RESTORE_VAR, (f, pc) -> {
            int ref = f.operand(pc, 0);
            int temp = f.operand(pc, 1);
            if (ref >= 0) {
                f.jvm().loadSlot(temp);
                storeRawVariable(f, ref);
                return;
            }
            int[] chain = f.chain(-ref - 1);
            for (int i = 0; i < chain.length; i++) {
                f.jvm().loadSlot(temp);
                f.jvm().checkCast(Object[].class);
                f.jvm().pushInt(i);
                f.jvm().insn(Opcodes.AALOAD);
                storeRawVariable(f, chain[i]);
            }
        });
    }

    /** Stack: → raw value of the encoded variable ({@code slot*2}, {@code slot*2+1} for a cell). */
    static void loadRawVariable(FunctionEmitter f, int encoded) {
        if ((encoded & 1) == 0) f.jvm().loadSlot(encoded >> 1);
        else ValueEmitters.loadCellValue(f, encoded >> 1);
    }

    /** Stack: v → . Sets the encoded variable's raw binding. */
    static void storeRawVariable(FunctionEmitter f, int encoded) {
        if ((encoded & 1) == 0) f.jvm().storeSlot(encoded >> 1);
        else ValueEmitters.storeCellValue(f, encoded >> 1);
    }

    /** Stack: → the raw binding of a VAR operand. */
    private static void loadRawRef(FunctionEmitter f, int ref) {
        if (ref >= 0) loadRawVariable(f, ref);
        else chainRead(f, f.chain(-ref - 1));
    }

    /** Stack: → VariableOps.chainRead(bindings). */
    private static void chainRead(FunctionEmitter f, int[] chain) {
        gatherBindings(f, chain);
        f.jvm().invoke(RuntimeMethods.CHAIN_READ);
    }

    /** Stack: → Object[] of the chain's raw bindings, in chain order. */
    private static void gatherBindings(FunctionEmitter f, int[] chain) {
        for (int encoded : chain) loadRawVariable(f, encoded);
        f.jvm().pack(chain.length);
    }
}
