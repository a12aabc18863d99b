package dev.turnout.program;

/** What a {@link FunctionCode} was compiled from. */
public enum FunctionKind {
    /** A TRANSFORM body: may OUTPUT; RETURN and ABORT stop the run. */
    TRANSFORM,
    /** A FUNC declaration: sees only its parameters (§8.17). */
    FUNC,
    /** A lambda: sees its parameters, then the variables it captured (§8.16). */
    LAMBDA
}
