package dev.turnout.runtime;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.RuntimeErrors;
import dev.turnout.errors.TransformException;
import dev.turnout.stdlib.ArrayFunctions;
import java.math.BigInteger;
import java.util.List;

/**
 * The semantics of the IR instructions that are more than one operator call, named after their opcodes, shared by
 * the interpreter and compiled code so the tiers cannot drift. (Operators live in {@link Operators}, reads in
 * {@link Properties}, SET / APPEND TO / MODIFY in {@link PathUpdates}.)
 */
public final class Instructions {
    private Instructions() {}

    // ---- variables ----------------------------------------------------------------------------------------

    /** LOAD_LOCAL: a variable's value as a program sees it (unbound reads as null; containers get frozen). */
    public static Object load(Object raw) {
        if (raw == Unbound.VALUE) return null;
        if (raw instanceof ArrayValue a) {
            if (!a.isFrozen()) a.freeze();
        } else if (raw instanceof ObjectValue o) {
            if (!o.isFrozen()) o.freeze();
        }
        return raw;
    }

    /** LOAD_*_RAW: the value for an in-place update (unbound reads as null, nothing is frozen). */
    public static Object loadRaw(Object raw) {
        return raw == Unbound.VALUE ? null : raw;
    }

    /** The raw binding of an encoded variable ({@code slot*2}, or {@code slot*2+1} for a cell). */
    public static Object rawVariable(Object[] regs, int encoded) {
        Object slot = regs[encoded >> 1];
        return (encoded & 1) == 0 ? slot : ((Cell) slot).value;
    }

    public static void setRawVariable(Object[] regs, int encoded, Object value) {
        if ((encoded & 1) == 0) regs[encoded >> 1] = value;
        else ((Cell) regs[encoded >> 1]).value = value;
    }

    /** LOAD_CHAIN (raw): the first bound variable of the chain, or unbound. */
    public static Object rawChain(Object[] regs, int[] chain) {
        for (int encoded : chain) {
            Object value = rawVariable(regs, encoded);
            if (value != Unbound.VALUE) return value;
        }
        return Unbound.VALUE;
    }

    /** STORE_CHAIN: LET's rule — the first bound variable of the chain, else the first (the function's own). */
    public static void storeChain(Object[] regs, int[] chain, Object value) {
        for (int encoded : chain) {
            if (rawVariable(regs, encoded) != Unbound.VALUE) {
                setRawVariable(regs, encoded, value);
                return;
            }
        }
        setRawVariable(regs, chain[0], value);
    }

    /** The raw binding of a VAR operand ({@code slot*2 (+1)} or {@code -(chain+1)}). */
    public static Object rawRef(Object[] regs, int ref, int[][] chains) {
        return ref >= 0 ? rawVariable(regs, ref) : rawChain(regs, chains[-ref - 1]);
    }

    /** SAVE_VAR: what RESTORE_VAR needs to put the binding back; for a chain, every variable of it. */
    public static Object saveVar(Object[] regs, int ref, int[][] chains) {
        if (ref >= 0) return rawVariable(regs, ref);
        int[] chain = chains[-ref - 1];
        Object[] saved = new Object[chain.length];
        for (int i = 0; i < chain.length; i++) saved[i] = rawVariable(regs, chain[i]);
        return saved;
    }

    public static void restoreVar(Object[] regs, int ref, int[][] chains, Object saved) {
        if (ref >= 0) {
            setRawVariable(regs, ref, saved);
            return;
        }
        int[] chain = chains[-ref - 1];
        Object[] values = (Object[]) saved;
        for (int i = 0; i < chain.length; i++) setRawVariable(regs, chain[i], values[i]);
    }

    // ---- objects, arrays, loops --------------------------------------------------------------------------------

    /**
     * OBJ_PUT_DYN's key check: strings and non-negative integers are keys as they are (no conversion, §5.2).
     * Mode 0 words errors as object literals and reads do, mode 1 as OUTPUT templates and MODIFY do.
     */
    public static Object objectKey(Object key, int mode) {
        if (key instanceof String) return key;
        if (key instanceof Long n) {
            if (n >= 0) return key;
            throw negativeKey(mode);
        }
        if (key instanceof BigInteger b) {
            if (b.signum() < 0) throw negativeKey(mode);
            if (b.bitLength() < 64) return b.longValue();
        }
        throw RuntimeErrors.illegalState(mode == 0 ? "Computed key must be string or non-negative integer"
                : "Object key must be string or non-negative integer");
    }

    private static TransformException negativeKey(int mode) {
        return RuntimeErrors.illegalArgument(mode == 0 ? "Computed key must be non-negative integer"
                : "Object key must be non-negative");
    }

    /** FOR_PREP: the cursor over an iterable; modes as documented on the opcode. */
    public static IterationCursor forPrep(Object iterable, int mode) {
        if (mode == 3) return IterationCursor.overValues((ObjectValue) iterable);
        if (mode == 4) {
            // FOR over RANGE(args): the arguments arrive as an array; the range is walked without building it.
            long[] range = ArrayFunctions.rangeSpec(((ArrayValue) iterable).toArray());
            return IterationCursor.overRange(range[0], (int) range[1], range[2]);
        }
        if (!(iterable instanceof ArrayValue array)) {
            throw RuntimeErrors.illegalState(mode == 1 ? "Array comprehension expects list/iterable/sequence"
                    : "FOR EACH expects list/iterable/sequence");
        }
        if (!array.isFrozen()) array.freeze();
        return IterationCursor.over(array);
    }

    /** APPEND_VAR_CHECK: APPEND TO's variable form needs null (use INIT) or an array. */
    public static Object appendVarCheck(Object current, String name) {
        if (current == null || current instanceof ArrayValue) return current;
        throw RuntimeErrors.illegalState("APPEND TO expects list in variable '" + name + "'");
    }

    /** CHECK_INIT_LIST. */
    public static Object checkInitList(Object init) {
        if (init instanceof ArrayValue) return init;
        throw RuntimeErrors.illegalArgument("INIT for APPEND TO must evaluate to a list");
    }

    // ---- output, abort -----------------------------------------------------------------------------------------

    /** EMIT (§7.5): null emits nothing, an object is emitted, an array emits its elements (all objects). */
    public static void emit(List<Object> outputs, Object value) {
        if (value == null) return;
        if (value instanceof ObjectValue) {
            outputs.add(value);
        } else if (value instanceof ArrayValue array) {
            for (int i = 0; i < array.size(); i++) {
                if (!(array.get(i) instanceof ObjectValue)) {
                    throw RuntimeErrors.illegalArgument(
                            "Expected list of objects in OUTPUT, got " + Values.typeName(array.get(i)));
                }
            }
            for (int i = 0; i < array.size(); i++) outputs.add(array.get(i));
        } else {
            throw RuntimeErrors.illegalState("Expected object or list of objects in OUTPUT, got "
                    + Values.typeName(value));
        }
    }

    /**
     * ABORT_CHECK (§7.10): the value must be an object. The reference fails with a JVM cast error here; Turnout
     * keeps the error types (ClassCastException, NullPointerException) with its own wording.
     */
    public static Object abortCheck(Object value) {
        if (value instanceof ObjectValue) return value;
        if (value == null) throw RuntimeErrors.nullPointer("ABORT value must be an object, got null");
        throw RuntimeErrors.classCast("ABORT value must be an object, got " + Values.typeName(value));
    }

    /** The program's result from its outputs (§6.4): none → null, one → it, more → an array of them. */
    public static Object result(List<Object> outputs) {
        if (outputs.isEmpty()) return null;
        if (outputs.size() == 1) return outputs.get(0);
        return ArrayValue.wrap(outputs.toArray(), outputs.size());
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    /** The object CATCH binds (§10.2): exactly {@code message} and {@code type}. */
    public static ObjectValue errorObject(TransformException error) {
        ObjectValue object = new ObjectValue();
        object.put("message", error.getMessage() != null ? error.getMessage() : error.typeName());
        object.put("type", error.typeName());
        return object.freeze();
    }

    /** THROW's exception. */
    public static TransformException error(int kindOrdinal, String message) {
        return new TransformException(ErrorKind.values()[kindOrdinal], message);
    }

    /**
     * Turns a Java failure that escaped the runtime into a Branchline error of the matching type (§10.2 lists the
     * JVM exception names programs see), so no raw Java exception reaches a user. Anything else is an internal
     * error, still reported as a Branchline error with the Java exception named.
     */
    public static TransformException fromJava(Throwable t) {
        if (t instanceof TransformException te) return te;
        String message = t.getMessage() != null ? t.getMessage() : t.getClass().getName();
        if (t instanceof ArithmeticException) return RuntimeErrors.arithmetic(message);
        if (t instanceof NumberFormatException) return RuntimeErrors.numberFormat(message);
        if (t instanceof ClassCastException) return RuntimeErrors.classCast(message);
        if (t instanceof NullPointerException) return RuntimeErrors.nullPointer(message);
        if (t instanceof IndexOutOfBoundsException) return RuntimeErrors.indexOutOfBounds(message);
        if (t instanceof java.util.regex.PatternSyntaxException) return RuntimeErrors.patternSyntax(message);
        if (t instanceof IllegalArgumentException) return RuntimeErrors.illegalArgument(message);
        if (t instanceof StackOverflowError) {
            return new TransformException(ErrorKind.STACK_OVERFLOW, "value nesting too deep");
        }
        return RuntimeErrors.illegalState("internal error: " + t);
    }
}
