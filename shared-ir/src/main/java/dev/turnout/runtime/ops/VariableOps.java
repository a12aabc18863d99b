package dev.turnout.runtime.ops;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.Cell;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Unbound;

/**
 * Variables (LANGUAGE.md §6.2): a slot's raw binding is a value or {@link Unbound#VALUE}; what a program reads, what
 * an in-place update reads, boundness checks and the name-chain rules. A chain's bindings arrive as an array in
 * chain order (innermost variable first), gathered by the tier from wherever it keeps them.
 */
public final class VariableOps {
    private VariableOps() {}

    /** LOAD_LOCAL, LOAD_CELL: unbound reads as null; a container gets frozen (it now has two owners). */
    public static Object load(Object raw) {
        if (raw == Unbound.VALUE) return null;
        if (raw instanceof ArrayValue a) {
            if (!a.isFrozen()) a.freeze();
        } else if (raw instanceof ObjectValue o) {
            if (!o.isFrozen()) o.freeze();
        }
        return raw;
    }

    /** LOAD_*_RAW, TAKE_LOCAL: the value for an in-place update (unbound reads as null, nothing is frozen). */
    public static Object loadRaw(Object raw) {
        return raw == Unbound.VALUE ? null : raw;
    }

    /** MAKE_CELL: a captured variable's box, holding its current raw binding. */
    public static Cell newCell(Object raw) {
        return new Cell(raw);
    }

    /** CHECK_BOUND: {@code SET x = …} needs x bound (IllegalStateException with the compiler's message). */
    public static void checkBound(Object raw, String message) {
        if (raw == Unbound.VALUE) throw RuntimeErrors.illegalState(message);
    }

    /** LOAD_CHAIN: the first bound binding of the chain, or unbound. */
    public static Object chainRead(Object[] bindings) {
        for (Object raw : bindings) {
            if (raw != Unbound.VALUE) return raw;
        }
        return Unbound.VALUE;
    }

    /** STORE_CHAIN, LET's rule: the index of the first bound variable, else 0 (the function's own variable). */
    public static int chainStoreIndex(Object[] bindings) {
        for (int i = 0; i < bindings.length; i++) {
            if (bindings[i] != Unbound.VALUE) return i;
        }
        return 0;
    }
}
