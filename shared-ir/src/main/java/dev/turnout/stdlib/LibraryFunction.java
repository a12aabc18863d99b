package dev.turnout.stdlib;

/**
 * One registered library function: its name, the accepted argument counts, the usage text that is the message of
 * the {@code IllegalArgumentException} for a wrong count (STDLIB.md §1.2), and its implementation.
 *
 * @param name     the upper-case, case-sensitive name programs call
 * @param minArity the smallest accepted argument count
 * @param maxArity the largest accepted argument count, or {@link #VARARGS} for no upper bound
 * @param usage    the wrong-arity message, e.g. {@code KEYS(coll)}
 * @param impl     the implementation, or {@code null} for the higher-order functions (MAP, FILTER, REDUCE, SOME,
 *                 EVERY, FIND, SIFT, APPLY) whose loops the compiler emits as bytecode
 */
public record LibraryFunction(String name, int minArity, int maxArity, String usage, HostFunction impl) {
    /** {@link #maxArity()} of a function without an upper bound on its argument count. */
    public static final int VARARGS = -1;

    public LibraryFunction {
        if (name == null || name.isEmpty()) throw new IllegalArgumentException("name must not be empty");
        if (minArity < 0 || (maxArity != VARARGS && maxArity < minArity)) {
            throw new IllegalArgumentException("bad arity range for " + name + ": " + minArity + ".." + maxArity);
        }
        if (usage == null) throw new IllegalArgumentException("usage must not be null for " + name);
    }

    /** Whether a call with {@code argumentCount} arguments passes the arity check. */
    public boolean accepts(int argumentCount) {
        return argumentCount >= minArity && (maxArity == VARARGS || argumentCount <= maxArity);
    }

    /** Whether the compiler must expand this function itself (no Java implementation). */
    public boolean isHigherOrder() {
        return impl == null;
    }
}
