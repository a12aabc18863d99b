package dev.turnout.program;

/** Where a function is in its tiering life. */
public enum TierState {
    /** Running in the interpreter; not yet hot. */
    INTERPRETED,
    /** Submitted to the tier compiler. */
    QUEUED,
    /** Compiled code is installed. */
    COMPILED,
    /** The compiler declined or failed; stays interpreted for good. */
    DECLINED
}
