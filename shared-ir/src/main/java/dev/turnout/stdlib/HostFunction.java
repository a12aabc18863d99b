package dev.turnout.stdlib;

/**
 * The Java body of a library (or host) function. {@code args} are the already evaluated arguments, left to right;
 * {@code args.length} is the call's argument count, which the caller has checked against the function's registered
 * arity range, so implementations may index {@code args} without further checks.
 *
 * <p>{@code args} is only valid during the call: the interpreter reuses small argument arrays from call to call,
 * so an implementation must not keep the array (its elements it may keep).
 *
 * <p>Implementations throw only {@link dev.turnout.errors.TransformException} and never mutate a frozen argument.
 * Only PUT, DELETE, APPEND and PREPEND ({@link ArgumentOwnership#updatesFirstInPlace}) change an unfrozen first
 * argument, which the call owns, in place; user host functions always receive frozen arguments.
 */
@FunctionalInterface
public interface HostFunction {
    Object call(Object[] args);
}
