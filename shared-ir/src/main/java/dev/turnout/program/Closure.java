package dev.turnout.program;

import dev.turnout.runtime.FunctionValue;

/**
 * A lambda value (LANGUAGE.md §8.16): the entry of its compiled code and the captured variables, each a
 * {@code Cell} shared with the frame that created it. Closures compare by identity; the value layer knows them as
 * {@link FunctionValue}.
 */
public final class Closure extends FunctionValue {
    private final FunctionEntry entry;
    private final Object[] captured;

    public Closure(FunctionEntry entry, Object[] captured) {
        this.entry = entry;
        this.captured = captured;
    }

    public FunctionEntry entry() {
        return entry;
    }

    /** The captured cells, in the order of {@link FunctionCode#captureSlots()}. */
    public Object[] captured() {
        return captured;
    }
}
