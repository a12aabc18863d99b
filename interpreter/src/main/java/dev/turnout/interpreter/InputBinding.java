package dev.turnout.interpreter;

import dev.turnout.program.FunctionCode;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Unbound;
import java.util.Arrays;

/**
 * The top-level environment of a run (LANGUAGE.md §6.1), laid into the transform's slots: {@code input} (slot 0),
 * every top-level input field whose name is a variable of the transform body, then {@code row} (slot 1) — in that
 * order, so a field called {@code input} replaces {@code input}, while {@code row} is always the whole input.
 * Fields no variable of the body is named after cannot be observed (the static checker rejects other names), so
 * they are not bound.
 */
public final class InputBinding {
    private InputBinding() {}

    public static Object[] bind(FunctionCode transform, ObjectValue input) {
        Object[] regs = new Object[transform.slotCount() + transform.maxStack()];
        Arrays.fill(regs, 0, transform.namedSlotCount(), Unbound.VALUE);
        regs[0] = input;
        String[] names = transform.slotNames();
        for (int slot = 2; slot < names.length; slot++) {
            int at = input.indexOf(names[slot]);
            if (at >= 0) regs[slot] = input.valueAt(at);
        }
        int self = input.indexOf("input");
        if (self >= 0) regs[0] = input.valueAt(self);
        regs[1] = input;
        return regs;
    }
}
