package dev.turnout.jit.runtime;

import dev.turnout.bytecode.ModifyDescriptor;
import dev.turnout.bytecode.PathDescriptor;
import dev.turnout.errors.RuntimeErrors;
import dev.turnout.errors.TransformException;
import dev.turnout.program.CallTarget;
import dev.turnout.program.ExecutionContext;
import dev.turnout.program.FunctionCode;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.program.Closure;
import dev.turnout.runtime.Instructions;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Operators;
import dev.turnout.runtime.PathUpdates;
import dev.turnout.runtime.Unbound;
import dev.turnout.stdlib.LibraryFunction;

/**
 * The instructions whose interpreter {@code case} is inline code rather than one call to a shared runtime helper,
 * written once more as public static methods that compiled code calls. Each method says which interpreter case it
 * mirrors; where the interpreter calls {@code Instructions}, {@code Operators}, {@code Properties} or
 * {@code PathUpdates}, these methods call the same helper, so the tiers cannot drift.
 *
 * <p>Compiled code calls these with INVOKESTATIC; HotSpot inlines the small ones into the generated method.
 */
public final class JitRuntime {
    private static final Object[] NO_ARGS = new Object[0];

    private JitRuntime() {}

    // ---- entry ------------------------------------------------------------------------------------------------

    /** A parameter's initial value: the argument, or unbound when the call passed fewer (Interpreter.call). */
    public static Object argument(Object[] args, int i) {
        return i < args.length ? args[i] : Unbound.VALUE;
    }

    // ---- packing the operand stack into arrays ------------------------------------------------------------------

    public static Object[] pack0() {
        return NO_ARGS.clone();
    }

    public static Object[] pack1(Object a) {
        return new Object[] {a};
    }

    public static Object[] pack2(Object a, Object b) {
        return new Object[] {a, b};
    }

    public static Object[] pack3(Object a, Object b, Object c) {
        return new Object[] {a, b, c};
    }

    public static Object[] pack4(Object a, Object b, Object c, Object d) {
        return new Object[] {a, b, c, d};
    }

    public static Object[] pack5(Object a, Object b, Object c, Object d, Object e) {
        return new Object[] {a, b, c, d, e};
    }

    public static Object[] pack6(Object a, Object b, Object c, Object d, Object e, Object f) {
        return new Object[] {a, b, c, d, e, f};
    }

    // ---- objects and arrays -------------------------------------------------------------------------------------

    /**
     * MAKE_ARRAY: an unfrozen array owning {@code items}; like the interpreter, at least four slots of capacity so
     * a small literal that is appended to does not grow at once.
     */
    public static ArrayValue makeArray(Object[] items) {
        int n = items.length;
        if (n >= 4) return ArrayValue.wrap(items, n);
        Object[] grown = new Object[4];
        System.arraycopy(items, 0, grown, 0, n);
        return ArrayValue.wrap(grown, n);
    }

    /** OBJ_PUT_CONST: {@code ((ObjectValue) object).put(key, value)}, leaving the object on the stack. */
    public static Object objPutConst(Object object, Object value, Object key) {
        ((ObjectValue) object).put(key, value);
        return object;
    }

    /** OBJ_PUT_DYN: the key is checked ({@link Instructions#objectKey}) before the put. */
    public static Object objPutDyn(Object object, Object key, Object value, int mode) {
        Object checked = Instructions.objectKey(key, mode);
        ((ObjectValue) object).put(checked, value);
        return object;
    }

    /** OBJ_PUT_LOCAL: puts into the object being built in a temporary slot. */
    public static void objPutLocal(Object object, Object key, Object value) {
        ((ObjectValue) object).put(key, value);
    }

    /** APPEND_LOCAL: appends to the array being built in a temporary slot. */
    public static void appendLocal(Object array, Object value) {
        ((ArrayValue) array).add(value);
    }

    /** APPEND_VALUE. */
    public static Object appendValue(Object array, Object value) {
        return PathUpdates.append((ArrayValue) array, value);
    }

    /** REQUIRE_LIST: the slot must hold an array, which is frozen. */
    public static void requireList(Object value, String message) {
        if (!(value instanceof ArrayValue a)) throw RuntimeErrors.illegalState(message);
        a.freeze();
    }

    /** REQUIRE_OBJECT: the slot must hold an object, which is frozen. */
    public static void requireObject(Object value, String message) {
        if (!(value instanceof ObjectValue o)) throw RuntimeErrors.illegalState(message);
        o.freeze();
    }

    /** REQUIRE_FUNCTION. */
    public static void requireFunction(Object value, String message) {
        if (!(value instanceof Closure)) throw RuntimeErrors.illegalState(message);
    }

    /** CHECK_BOUND: ISE with the compiler's message when the variable's raw binding is unbound. */
    public static void checkBound(Object raw, String message) {
        if (raw == Unbound.VALUE) throw RuntimeErrors.illegalState(message);
    }

    // ---- paths ---------------------------------------------------------------------------------------------------

    /** PATH_CHECK: validates the walk of a SET / APPEND TO path before its value is evaluated. */
    public static void pathCheck(PathDescriptor path, Object root, Object[] dynamicKeys) {
        Object[] keys = path.keysWith(dynamicKeys, 0);
        if (path.operation().equals("SET")) {
            PathUpdates.checkSetPath("SET", path.rootName(), root, keys, path.kinds());
        } else {
            PathUpdates.checkAppendPath(path.rootName(), root, keys, path.kinds());
        }
    }

    /** PATH_SET. */
    public static Object pathSet(Object root, Object[] dynamicKeys, Object value, PathDescriptor path) {
        Object[] keys = path.keysWith(dynamicKeys, 0);
        return PathUpdates.setPath(path.rootName(), root, keys, path.kinds(), value);
    }

    /** PATH_APPEND. */
    public static Object pathAppend(Object root, Object[] dynamicKeys, Object value, Object init, PathDescriptor path) {
        Object[] keys = path.keysWith(dynamicKeys, 0);
        return PathUpdates.appendPath(path.rootName(), root, keys, path.kinds(), value, init, path.hasInit());
    }

    /** MODIFY: the root is cast before the delta, as in the interpreter. */
    public static Object modify(Object delta, Object root, ModifyDescriptor target) {
        ObjectValue changes = (ObjectValue) delta;
        return PathUpdates.modify(target.rootName(), root, target.path().toArray(), changes);
    }

    // ---- arithmetic fast paths -------------------------------------------------------------------------------------

    /** ADD on two longs: the sum, or on overflow the shared operator (which promotes to a big integer). */
    public static Object addLongs(long x, long y) {
        long r = x + y;
        // Overflow iff both operands have the sign opposite to the result's (the test Math.addExact makes).
        if (((x ^ r) & (y ^ r)) < 0) return Operators.add(x, y);
        return r;
    }

    /** SUB on two longs, falling back to the shared operator on overflow. */
    public static Object subLongs(long x, long y) {
        long r = x - y;
        if (((x ^ y) & (x ^ r)) < 0) return Operators.sub(x, y);
        return r;
    }

    /** MUL on two longs, falling back to the shared operator on overflow. */
    public static Object mulLongs(long x, long y) {
        long hi = Math.multiplyHigh(x, y);
        long lo = x * y;
        if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) return lo;
        return Operators.mul(x, y);
    }

    // ---- calls -------------------------------------------------------------------------------------------------------

    /**
     * Calls a function of the program: its compiled code directly while the Java stack budget allows
     * ({@link ExecutionContext#mayCallCompiled()}), else through the context, which runs it interpreted.
     */
    public static Object callFunction(ExecutionContext context, FunctionCode callee, Object[] args, Object[] captured) {
        CallTarget target = callee.target();
        if (target != null && context.mayCallCompiled()) return target.call(context, args, captured);
        return context.invoke(callee, args, captured);
    }

    /** The interpreted path of CALL_FN / CALL_VALUE (also taken beyond the compiled-depth budget). */
    public static Object invoke(ExecutionContext context, FunctionCode callee, Object[] args, Object[] captured) {
        return context.invoke(callee, args, captured);
    }

    /** CALL_VALUE's callee check: a function value, or ISE "Value is not callable". */
    public static Closure closure(Object callee) {
        if (callee instanceof Closure closure) return closure;
        throw RuntimeErrors.illegalState("Value is not callable");
    }

    /**
     * CALL_NAMED: the variable's lambda if it holds one, else FUNC {@code fallback}, else ISE
     * "FUNC 'name' undefined" ({@code fallback} null when there is no FUNC of that name).
     */
    public static Object callNamed(ExecutionContext context, Object callee, Object[] args, FunctionCode fallback,
                                   String name) {
        if (callee instanceof Closure closure) return callFunction(context, closure.code(), args, closure.captured());
        if (fallback != null) return callFunction(context, fallback, args, null);
        throw RuntimeErrors.illegalState("FUNC '" + name + "' undefined");
    }

    /** CALL_HOST: {@code hosts[h].impl().call(args)}. */
    public static Object callHost(LibraryFunction host, Object[] args) {
        return host.impl().call(args);
    }

    /** MAKE_CLOSURE: the lambda with the creator's cells it captures. */
    public static Closure makeClosure(FunctionCode lambda, Object[] captured) {
        return new Closure(lambda, captured);
    }

    // ---- loops and TRY ------------------------------------------------------------------------------------------------

    /**
     * RETRY_CHECK: the attempt counter plus one while it is below {@code limit} (the caller stores it back, drops
     * the error and jumps), or null when the attempts are used up (the handler continues).
     */
    public static Object retry(Object counter, int limit) {
        long attempts = (Long) counter;
        return attempts < limit ? Long.valueOf(attempts + 1) : null;
    }

    // ---- errors --------------------------------------------------------------------------------------------------------

    /**
     * The error a TRY handler receives for {@code failure}, or null when TRY must not catch it: Java failures are
     * converted as the interpreter's loop converts them ({@link Instructions#fromJava}), limit violations are not
     * catchable, and other {@link Error}s are not Branchline errors at all.
     */
    public static TransformException catchable(Throwable failure) {
        if (!(failure instanceof RuntimeException) && !(failure instanceof StackOverflowError)) return null;
        TransformException error = Instructions.fromJava(failure);
        return error.kind().catchable() ? error : null;
    }

    /**
     * What leaves a compiled function when {@code failure} is not handled in it: the Branchline error with this
     * function's frame added (the line and column of the failing instruction), exactly as the interpreter's
     * unwind adds it; other {@link Error}s pass through untouched, as they pass through the interpreter.
     */
    public static Throwable leave(Throwable failure, int line, int column, FunctionCode fn) {
        if (!(failure instanceof RuntimeException) && !(failure instanceof StackOverflowError)) return failure;
        TransformException error = Instructions.fromJava(failure);
        return error.addFrame(fn.programName(), fn.name(), line, column);
    }
}
