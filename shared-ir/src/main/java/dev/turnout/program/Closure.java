package dev.turnout.program;

import dev.turnout.runtime.FunctionValue;

/**
 * A lambda value (LANGUAGE.md §8.16): its compiled code and the captured variables, each a {@link Cell} shared with
 * the frame that created it. Closures compare by identity; the value layer knows them as {@link FunctionValue}.
 */
public final class Closure extends FunctionValue {
    private final FunctionCode code;
    private final Object[] captured;

    public Closure(FunctionCode code, Object[] captured) {
        this.code = code;
        this.captured = captured;
    }

    public FunctionCode code() {
        return code;
    }

    /** The captured cells, in the order of {@link FunctionCode#captureSlots()}. */
    public Object[] captured() {
        return captured;
    }

}
