package dev.turnout.stdlib;

/**
 * The Java body of a library (or host) function. {@code args} are the already evaluated arguments, left to right;
 * {@code args.length} is the call's argument count, which the caller has checked against the function's registered
 * arity range, so implementations may index {@code args} without further checks.
 *
 * <p>Implementations never mutate their arguments and throw only {@link dev.turnout.errors.TransformException}.
 */
@FunctionalInterface
public interface HostFunction {
    Object call(Object[] args);
}
