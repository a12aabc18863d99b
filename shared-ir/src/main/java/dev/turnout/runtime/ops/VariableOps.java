package dev.turnout.runtime.ops;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.Cell;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Operators;
import dev.turnout.runtime.RunLimits;
import dev.turnout.runtime.Text;
import dev.turnout.runtime.TextAccumulator;
import dev.turnout.runtime.Unbound;

/**
 * Variables (LANGUAGE.md §6.2): a slot's raw binding is a value or {@link Unbound#VALUE}; what a program reads, what
 * an in-place update reads, boundness checks and the name-chain rules. A chain's bindings arrive as an array in
 * chain order (innermost variable first), gathered by the tier from wherever it keeps them.
 */
public final class VariableOps {
    private VariableOps() {}

    /**
     * LOAD_LOCAL, LOAD_CELL, LOAD_CHAIN: the value for a consumer that may keep it (bind, store, pass, return):
     * unbound reads as null; a container gets frozen (it now has two owners); a text accumulator reads as its text.
     */
    public static Object load(Object raw) {
        if (raw == Unbound.VALUE) return null;
        if (raw instanceof ArrayValue a) {
            if (!a.isFrozen()) a.freeze();
        } else if (raw instanceof ObjectValue o) {
            if (!o.isFrozen()) o.freeze();
        } else if (raw instanceof TextAccumulator t) {
            return t.text();
        }
        return raw;
    }

    /**
     * LOAD_*_RAW, TAKE_LOCAL: the value for a consumer that only reads it, for an in-place update, or moved out of
     * a variable that is dead afterwards (unbound reads as null, nothing is frozen).
     */
    public static Object loadRaw(Object raw) {
        if (raw == Unbound.VALUE) return null;
        return raw instanceof TextAccumulator t ? t.text() : raw;
    }

    /**
     * APPEND_TEXT_LOCAL with one piece: {@code SET s = s + piece} on a plain local whose raw binding is {@code raw};
     * returns the slot's new binding. While s holds text, the piece's text is appended to an accumulator in place
     * (the first append turns the string into one); otherwise this is exactly {@code Operators.add}. The size check
     * is the one {@code +} makes, before anything changes.
     */
    public static Object appendText(Object raw, Object piece) {
        // The statement is as often a numeric sum: that case first, as Operators.add and the JIT's ADD test it.
        if (raw instanceof Long x && piece instanceof Long y) return Operators.addLongs(x, y);
        TextAccumulator text = accumulatorOf(raw);
        if (text == null) return Operators.add(loadRaw(raw), piece);
        String p = Text.of(piece);
        RunLimits.checkSize((long) text.length() + p.length());
        text.append(p);
        return text;
    }

    /**
     * APPEND_TEXT_LOCAL with two pieces: {@code SET s = s + piece + tail}, where the compiler guarantees that
     * evaluating {@code tail} (a literal) has no effect, so evaluating both pieces first changes nothing. Both size
     * checks come first, in the order {@code +} makes them, so a failure leaves s unchanged.
     */
    public static Object appendText(Object raw, Object piece, Object tail) {
        TextAccumulator text = accumulatorOf(raw);
        if (text == null) return Operators.add(Operators.add(loadRaw(raw), piece), tail);
        String p = Text.of(piece);
        String t = Text.of(tail);
        long first = (long) text.length() + p.length();
        RunLimits.checkSize(first);
        RunLimits.checkSize(first + t.length());
        text.append(p);
        text.append(t);
        return text;
    }

    /** The accumulator for a binding that holds text (a new one for a plain string), or null. */
    private static TextAccumulator accumulatorOf(Object raw) {
        if (raw instanceof TextAccumulator t) return t;
        if (raw instanceof String s) return new TextAccumulator(s);
        return null;
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
