package dev.turnout.runtime.ops;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.program.CallTarget;
import dev.turnout.program.Closure;
import dev.turnout.program.ExecutionContext;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionEntry;
import dev.turnout.program.FunctionKind;
import dev.turnout.runtime.Unbound;
import dev.turnout.stdlib.LibraryFunction;

/**
 * Calls (LANGUAGE.md §8.16–§8.17): what may be called, which function a named call reaches, how arguments become a
 * callee's parameters, closures, host calls, and the gate that decides whether a call enters compiled code. Both
 * tiers set up their own frames (heap frames in the interpreter, JVM frames in compiled code) around these.
 */
public final class CallOps {
    private CallOps() {}

    /**
     * The compiled-call gate: the callee's compiled entry when it has one and the caller's depth leaves room on
     * the Java stack ({@link ExecutionContext#MAX_COMPILED_DEPTH}), else null — the call then runs interpreted, in
     * heap frames, so deep recursion ends in the catchable call-depth error in every tier.
     */
    public static CallTarget compiledEntry(FunctionEntry callee, int callerDepth) {
        CallTarget target = callee.target();
        return target != null && callerDepth < ExecutionContext.MAX_COMPILED_DEPTH ? target : null;
    }

    /** CALL_VALUE: the callee must be a function value. */
    public static Closure callable(Object callee) {
        if (callee instanceof Closure closure) return closure;
        throw RuntimeErrors.illegalState("Value is not callable");
    }

    /**
     * CALL_NAMED (§8.17): a name that is also a variable calls the variable's lambda when it holds one, else FUNC
     * {@code fallback}; with neither (fallback null), IllegalStateException "FUNC 'name' undefined".
     */
    public static FunctionEntry namedTarget(Object callee, FunctionEntry fallback, String name) {
        if (callee instanceof Closure closure) return closure.entry();
        if (fallback != null) return fallback;
        throw RuntimeErrors.illegalState("FUNC '" + name + "' undefined");
    }

    /** CALL_NAMED: the captured cells for the target {@link #namedTarget} chose (null for a FUNC). */
    public static Object[] namedCaptured(Object callee) {
        return callee instanceof Closure closure ? closure.captured() : null;
    }

    /** CALL_HOST: a library or user function, arity checked at compile time. */
    public static Object callHost(LibraryFunction host, Object[] args) {
        return host.impl().call(args);
    }

    /** MAKE_CLOSURE: a lambda value with the creator's cells it captures. */
    public static Closure makeClosure(FunctionEntry lambda, Object[] captured) {
        return new Closure(lambda, captured);
    }

    /**
     * How many slots a call's arguments fill: a FUNC's or lambda's parameters; for a transform, all its named slots
     * (a transform's "arguments" are the initial values of its variables, see InputBinding).
     */
    public static int argumentSlots(FunctionCode callee) {
        return callee.kind() == FunctionKind.TRANSFORM ? callee.namedSlotCount() : callee.paramCount();
    }

    /**
     * Function entry: parameter {@code i}'s initial value from the call's {@code argc} arguments at
     * {@code args[from ..]} — the argument, or unbound when the call passed fewer (extra arguments are ignored).
     */
    public static Object parameter(Object[] args, int from, int argc, int i) {
        return i < argc ? args[from + i] : Unbound.VALUE;
    }
}
