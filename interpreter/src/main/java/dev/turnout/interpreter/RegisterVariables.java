package dev.turnout.interpreter;

import dev.turnout.runtime.Cell;
import dev.turnout.runtime.ops.VariableOps;

/**
 * Where the interpreter keeps variables: encoded variable references ({@code slot*2} plain, {@code slot*2+1} a
 * cell, {@code -(chain+1)} a name chain) read and written in a frame's registers. Pure data movement: which
 * binding of a chain answers is decided by {@link VariableOps}, exactly as for compiled code.
 */
final class RegisterVariables {
    private RegisterVariables() {}

    /** The raw binding of an encoded variable ({@code slot*2}, or {@code slot*2+1} for a cell). */
    static Object raw(Object[] regs, int encoded) {
        Object slot = regs[encoded >> 1];
        return (encoded & 1) == 0 ? slot : ((Cell) slot).value;
    }

    static void setRaw(Object[] regs, int encoded, Object value) {
        if ((encoded & 1) == 0) regs[encoded >> 1] = value;
        else ((Cell) regs[encoded >> 1]).value = value;
    }

    /** The raw bindings of a chain's variables, in chain order: what the chain rules of {@link VariableOps} read. */
    static Object[] bindings(Object[] regs, int[] chain) {
        Object[] bindings = new Object[chain.length];
        for (int i = 0; i < chain.length; i++) bindings[i] = raw(regs, chain[i]);
        return bindings;
    }

    /** LOAD_CHAIN (raw). */
    static Object chainRead(Object[] regs, int[] chain) {
        return VariableOps.chainRead(bindings(regs, chain));
    }

    /** STORE_CHAIN. */
    static void chainStore(Object[] regs, int[] chain, Object value) {
        setRaw(regs, chain[VariableOps.chainStoreIndex(bindings(regs, chain))], value);
    }

    /** The raw binding of a VAR operand. */
    static Object rawRef(Object[] regs, int ref, int[][] chains) {
        return ref >= 0 ? raw(regs, ref) : chainRead(regs, chains[-ref - 1]);
    }

    /** SAVE_VAR: the binding to put back later; for a chain, all its bindings. */
    static Object save(Object[] regs, int ref, int[][] chains) {
        return ref >= 0 ? raw(regs, ref) : bindings(regs, chains[-ref - 1]);
    }

    /** RESTORE_VAR. */
    static void restore(Object[] regs, int ref, int[][] chains, Object saved) {
        if (ref >= 0) {
            setRaw(regs, ref, saved);
            return;
        }
        int[] chain = chains[-ref - 1];
        Object[] values = (Object[]) saved;
        for (int i = 0; i < chain.length; i++) setRaw(regs, chain[i], values[i]);
    }
}
