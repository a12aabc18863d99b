package dev.turnout.program;

/**
 * Compiled code for one {@link FunctionCode}, installed by a tier compiler as the function's entry
 * ({@link FunctionCode#target()}). Both tiers call a function through it when it is set, and interpret the
 * function's bytecode otherwise.
 */
@FunctionalInterface
public interface CallTarget {
    /**
     * Runs the function. {@code args} are the call's arguments (there may be more or fewer than the function's
     * parameters: extra ones are ignored, missing ones are unbound); {@code captured} are a lambda's cells (null for
     * FUNCs and transforms). The implementation enters and leaves a call level on {@code context} itself. {@code args}
     * is only valid until the function runs its first instruction: the interpreter reuses small argument arrays, so
     * an implementation copies the arguments out first and keeps no reference to the array.
     *
     * @return the function's result (null for a transform body, which emits through the context instead)
     */
    Object call(ExecutionContext context, Object[] args, Object[] captured);
}
