package dev.turnout.program;

import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * One function of one running program: its immutable {@link FunctionCode} plus everything that changes while the
 * program runs — the interpreter's quickened copy of the code, the feedback {@link Profile}, the invocation and
 * back-edge counters, the tier state and the installed compiled entry. Call instructions, closures and tier
 * compilers refer to functions through their entries, so swapping in compiled code is one volatile store here.
 *
 * <p>The tiering layer owns the tier fields ({@link #claim}, {@link #installCompiled}, {@link #decline}); the
 * interpreter bumps the counters. Counters are plain ints written without synchronisation: a lost increment only
 * blurs a tiering heuristic.
 */
public final class FunctionEntry {
    private static final AtomicReferenceFieldUpdater<FunctionEntry, TierState> STATE =
            AtomicReferenceFieldUpdater.newUpdater(FunctionEntry.class, TierState.class, "state");

    private final FunctionCode function;
    private final int[] code;
    private final Profile profile;
    private int invocations;
    private int backEdges;
    private volatile CallTarget target;
    private volatile TierState state = TierState.INTERPRETED;
    private volatile long compileMicros = -1;
    private volatile String declineReason;

    public FunctionEntry(FunctionCode function) {
        this.function = function;
        this.code = function.code().clone();
        this.profile = new Profile(function.siteCount());
    }

    public FunctionCode function() {
        return function;
    }

    /** The function's display name ({@link FunctionCode#name()}). */
    public String name() {
        return function.name();
    }

    /** The code the interpreter runs: a copy of the function's, rewritten in place by quickening. */
    public int[] code() {
        return code;
    }

    public Profile profile() {
        return profile;
    }

    // ---- counters (the interpreter) -----------------------------------------------------------------------------

    /** Counts one interpreted invocation. */
    public void countInvocation() {
        invocations++;
    }

    /** Counts one interpreted loop back-edge; returns the new count. */
    public int countBackEdge() {
        return ++backEdges;
    }

    public int invocations() {
        return invocations;
    }

    public int backEdges() {
        return backEdges;
    }

    // ---- tier state (the tiering layer) ------------------------------------------------------------------------

    /** The installed compiled code, or null. A volatile read: an install is visible to every running thread. */
    public CallTarget target() {
        return target;
    }

    public TierState state() {
        return state;
    }

    /** Moves INTERPRETED → QUEUED; true for the one caller that wins and must now compile the function. */
    public boolean claim() {
        return STATE.compareAndSet(this, TierState.INTERPRETED, TierState.QUEUED);
    }

    /** Installs compiled code as this function's entry; calls that start afterwards use it. */
    public void installCompiled(CallTarget compiled, long micros) {
        this.compileMicros = micros;
        this.target = compiled;
        this.state = TierState.COMPILED;
    }

    /** Records that the tier compiler declined (or failed): the function stays interpreted for good. */
    public void decline(String reason, long micros) {
        this.compileMicros = micros;
        this.declineReason = reason;
        this.state = TierState.DECLINED;
    }

    /** How long the tier compiler took (microseconds), -1 before it ran. */
    public long compileMicros() {
        return compileMicros;
    }

    /** Why the tier compiler declined, or null. */
    public String declineReason() {
        return declineReason;
    }

    @Override
    public String toString() {
        return function.name();
    }
}
