package dev.turnout.stdlib;

import dev.turnout.runtime.FunctionValue;

/**
 * The Higher-order module (STDLIB.md §6) plus SIFT (listed under Core, §2, but higher-order). MAP, FILTER, REDUCE,
 * SOME, EVERY, FIND, SIFT and APPLY are registered without an implementation: they call back into Branchline code,
 * so the compiler expands each call into a bytecode loop (checking the arguments with the §6 messages, e.g.
 * {@code MAP: arg 1 must be list}). The registrations fix their names, arities and usage messages.
 * IS_FUNCTION is an ordinary function.
 */
public final class HigherOrderFunctions {
    private HigherOrderFunctions() {}

    static void register(StandardLibrary.Builder b) {
        b.fixed("MAP", 2, "MAP(list, fn)", null);
        b.fixed("FILTER", 2, "FILTER(list, fn)", null);
        b.fixed("REDUCE", 3, "REDUCE(list, init, fn)", null);
        b.fixed("SOME", 2, "SOME(list, fn)", null);
        b.fixed("EVERY", 2, "EVERY(list, fn)", null);
        b.fixed("FIND", 2, "FIND(list, fn)", null);
        b.fixed("SIFT", 2, "SIFT(obj, fn)", null);
        b.range("APPLY", 1, LibraryFunction.VARARGS, "APPLY(fn, ...)", null);
        b.fixed("IS_FUNCTION", 1, "IS_FUNCTION(x)", args -> args[0] instanceof FunctionValue);
    }
}
