package dev.turnout.program;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import dev.turnout.runtime.RunLimits;
import java.util.List;

/**
 * The state of one run that every tier shares: what was emitted, the limits and their step countdown, and the
 * current call depth. Compiled code receives it on every call and uses it to call other functions, whatever tier
 * runs them. Confined to the running thread.
 */
public abstract class ExecutionContext {
    private final List<Object> outputs;
    private final RunLimits limits;
    private final int maxCallDepth;
    /**
     * Deepest caller depth at which a tier calls compiled code directly. Compiled calls nest on the Java stack, so
     * deeper calls run in the interpreter's heap frames instead: deep recursion then ends in the call-depth error
     * (DECISIONS.md D11) in every tier, never in a JVM {@code StackOverflowError}.
     */
    public static final int MAX_COMPILED_DEPTH = 200;
    /** Current call depth (the caller's, while a call is being set up). */
    public int depth;
    /** Steps left in the current chunk of the step/time budget; decrement per loop iteration and call. */
    public int ticks;

    protected ExecutionContext(List<Object> outputs, RunLimits limits, int maxCallDepth) {
        this.outputs = outputs;
        this.limits = limits;
        this.maxCallDepth = maxCallDepth;
        this.ticks = limits.firstChunk();
    }

    public final List<Object> outputs() {
        return outputs;
    }

    public final RunLimits limits() {
        return limits;
    }

    public final int maxCallDepth() {
        return maxCallDepth;
    }

    /** Counts one step (loop iteration or call) against the budget. */
    public final void step() {
        if (--ticks < 0) ticks = limits.refill();
    }

    /** Enters a call level: DECISIONS.md D11's catchable depth error beyond the limit. */
    public final void enter() {
        checkCallDepth(depth, maxCallDepth);
        depth++;
    }

    /** A call made at {@code depth} may enter one more level only below the limit (D11's catchable error). */
    public static void checkCallDepth(int depth, int maxCallDepth) {
        if (depth >= maxCallDepth) throw callDepthExceeded(maxCallDepth);
    }

    public final void exit() {
        depth--;
    }

    public static TransformException callDepthExceeded(int limit) {
        return new TransformException(ErrorKind.STACK_OVERFLOW, "call depth exceeded (limit " + limit + ")");
    }

    /** Calls a function of the program (FUNC, lambda code or transform) in whatever tier runs it. */
    public abstract Object invoke(FunctionEntry function, Object[] args, Object[] captured);
}
