package dev.turnout.jit.emit;

import static dev.turnout.bytecode.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.objectweb.asm.Opcodes;

/**
 * Name chains and the VAR-operand instructions (CHECK_BOUND, SAVE_VAR, RESTORE_VAR).
 *
 * <p>The interpreter's helpers for chains ({@code Instructions.rawChain}, {@code storeChain}, {@code rawRef},
 * {@code saveVar}, {@code restoreVar}) work on a register array, which compiled code does not have. To call the
 * very same helpers, the emitted code builds a small <em>chain frame</em>: an {@code Object[]} holding just the
 * slots the chain names, with the chain renumbered to index it, and copies the slots back afterwards when the
 * helper may have written one. Chains are rare (a lambda parameter shadowing an outer variable), so the small
 * allocation is acceptable; a variable operand naming one slot ({@code ref >= 0}) is accessed directly.
 */
final class VariableEmitters {
    private VariableEmitters() {}

    /** A chain renumbered onto a frame of its own slots: {@code frame[i]} holds slot {@code slots[i]}. */
    record ChainFrame(int[] slots, int[] chain, int[][] chains) {
        static ChainFrame of(int[] chain) {
            List<Integer> slots = new ArrayList<>();
            int[] renumbered = new int[chain.length];
            for (int i = 0; i < chain.length; i++) {
                int slot = chain[i] >> 1;
                int index = slots.indexOf(slot);
                if (index < 0) {
                    index = slots.size();
                    slots.add(slot);
                }
                renumbered[i] = (index << 1) | (chain[i] & 1);
            }
            return new ChainFrame(slots.stream().mapToInt(Integer::intValue).toArray(), renumbered,
                    new int[][] {renumbered});
        }
    }

    static void register() {
        // Stack: → v. Instructions.load(Instructions.rawChain(regs, chain)).
        EmitterTable.put(LOAD_CHAIN, (f, pc) -> {
            loadRawChain(f, f.operand(pc, 0));
            f.jvm().invoke(RuntimeMethods.LOAD);
        });
        EmitterTable.put(LOAD_CHAIN_RAW, (f, pc) -> {
            loadRawChain(f, f.operand(pc, 0));
            f.jvm().invoke(RuntimeMethods.LOAD_RAW);
        });
        // Stack: v → . Instructions.storeChain(regs, chain, v).
        EmitterTable.put(STORE_CHAIN, (f, pc) -> {
            ChainFrame frame = f.chainFrame(f.operand(pc, 0));
            JvmCode jvm = f.jvm();
            int value = jvm.scratch();
            jvm.store(value);
            int regs = buildFrame(f, frame);
            jvm.load(regs);
            jvm.pushObject(frame.chain(), int[].class);
            jvm.load(value);
            jvm.invoke(RuntimeMethods.STORE_CHAIN);
            writeBack(f, frame, regs);
        });
        // Stack: → . if (rawRef(ref) == Unbound.VALUE) throw illegalState(constants[k]).
        EmitterTable.put(CHECK_BOUND, (f, pc) -> {
            int ref = f.operand(pc, 0);
            if (ref >= 0) {
                loadRawVariable(f, ref);
            } else {
                ChainFrame frame = f.chainFrame(-ref - 1);
                f.jvm().load(buildFrame(f, frame));
                f.jvm().pushInt(-1);
                f.jvm().pushObject(frame.chains(), int[][].class);
                f.jvm().invoke(RuntimeMethods.RAW_REF);
            }
            f.jvm().pushConstant(f.constant(f.operand(pc, 1)));
            f.jvm().invoke(RuntimeMethods.CHECK_BOUND);
        });
        // Stack: → . temp = Instructions.saveVar(regs, ref, chains).
        EmitterTable.put(SAVE_VAR, (f, pc) -> {
            int ref = f.operand(pc, 0);
            if (ref >= 0) {
                loadRawVariable(f, ref);
            } else {
                ChainFrame frame = f.chainFrame(-ref - 1);
                f.jvm().load(buildFrame(f, frame));
                f.jvm().pushInt(-1);
                f.jvm().pushObject(frame.chains(), int[][].class);
                f.jvm().invoke(RuntimeMethods.SAVE_VAR);
            }
            f.jvm().storeSlot(f.operand(pc, 1));
        });
        // Stack: → . Instructions.restoreVar(regs, ref, chains, temp).
        EmitterTable.put(RESTORE_VAR, (f, pc) -> {
            int ref = f.operand(pc, 0);
            int temp = f.operand(pc, 1);
            if (ref >= 0) {
                f.jvm().loadSlot(temp);
                storeRawVariable(f, ref);
            } else {
                ChainFrame frame = f.chainFrame(-ref - 1);
                int regs = buildFrame(f, frame);
                f.jvm().load(regs);
                f.jvm().pushInt(-1);
                f.jvm().pushObject(frame.chains(), int[][].class);
                f.jvm().loadSlot(temp);
                f.jvm().invoke(RuntimeMethods.RESTORE_VAR);
                writeBack(f, frame, regs);
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

    private static void loadRawChain(FunctionEmitter f, int chainIndex) {
        ChainFrame frame = f.chainFrame(chainIndex);
        f.jvm().load(buildFrame(f, frame));
        f.jvm().pushObject(frame.chain(), int[].class);
        f.jvm().invoke(RuntimeMethods.RAW_CHAIN);
    }

    /** Builds the chain frame from the current slots into a scratch local; returns the local. */
    private static int buildFrame(FunctionEmitter f, ChainFrame frame) {
        JvmCode jvm = f.jvm();
        for (int slot : frame.slots()) jvm.loadSlot(slot);
        jvm.pack(frame.slots().length);
        int regs = jvm.scratch();
        jvm.store(regs);
        return regs;
    }

    /** Copies the chain frame back into the slots (a helper may have rebound a plain slot). */
    private static void writeBack(FunctionEmitter f, ChainFrame frame, int regs) {
        JvmCode jvm = f.jvm();
        int[] slots = frame.slots();
        for (int i = 0; i < slots.length; i++) {
            jvm.load(regs);
            jvm.pushInt(i);
            jvm.insn(Opcodes.AALOAD);
            jvm.storeSlot(slots[i]);
        }
    }
}
