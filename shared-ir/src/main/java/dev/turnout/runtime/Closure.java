package dev.turnout.runtime;

import dev.turnout.program.FunctionCode;

/**
 * A lambda value (LANGUAGE.md §8.16): its compiled code and the captured variables, each a {@link Cell} shared with
 * the frame that created it. Closures compare by identity.
 */
public final class Closure {
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

    @Override
    public String toString() {
        return "<function>";
    }
}
