package dev.turnout.runtime.ops;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.RuntimeErrors;
import dev.turnout.errors.TransformException;
import dev.turnout.program.ExecutionContext;
import dev.turnout.program.FunctionCode;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.IterationCursor;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Values;
import dev.turnout.stdlib.ArrayFunctions;
import java.util.List;

/**
 * Loops, output, ABORT, THROW, RETRY, and errors: how a Java failure becomes a Branchline error, which errors TRY
 * catches, what CATCH binds, and how a failing function adds itself to the Branchline stack.
 */
public final class ControlOps {
    /** FOR_PREP modes: FOR over an array ("FOR EACH expects …"). */
    public static final int FOR_EACH = 0;
    /** FOR_PREP mode: an array comprehension's source ("Array comprehension expects …"). */
    public static final int COMPREHENSION = 1;
    /** FOR_PREP mode: an array the library loop already checked. */
    public static final int CHECKED_ARRAY = 2;
    /** FOR_PREP mode: an object the library loop already checked; iterates its values (CURSOR_KEY gives keys). */
    public static final int OBJECT_VALUES = 3;
    /** FOR_PREP mode: FOR over {@code RANGE(…)}: the iterable is RANGE's arguments; the range is never built. */
    public static final int RANGE = 4;

    private ControlOps() {}

    /** Whether a jump from {@code pc} to {@code target} closes a loop (counts a step and a back-edge). */
    public static boolean isBackEdge(int pc, int target) {
        return target <= pc;
    }

    /** FOR_PREP: the cursor over an iterable; the modes are the constants above. */
    public static IterationCursor forPrep(Object iterable, int mode) {
        if (mode == OBJECT_VALUES) return IterationCursor.overValues((ObjectValue) iterable);
        if (mode == RANGE) {
            long[] range = ArrayFunctions.rangeSpec(((ArrayValue) iterable).toArray());
            return IterationCursor.overRange(range[0], (int) range[1], range[2]);
        }
        if (!(iterable instanceof ArrayValue array)) {
            throw RuntimeErrors.illegalState(mode == COMPREHENSION ? "Array comprehension expects list/iterable/sequence"
                    : "FOR EACH expects list/iterable/sequence");
        }
        if (!array.isFrozen()) array.freeze();
        return IterationCursor.over(array);
    }

    /**
     * FOR_NEXT, first half: whether the cursor has another element; if so, one step is counted (an exhausted loop
     * costs none). The tier then takes the element with {@link #forElement}, or leaves the loop.
     */
    public static boolean forNext(Object cursor, ExecutionContext context) {
        if (!((IterationCursor) cursor).hasNext()) return false;
        context.step();
        return true;
    }

    /** FOR_NEXT, second half: the element {@link #forNext} announced. */
    public static Object forElement(Object cursor) {
        return ((IterationCursor) cursor).next();
    }

    /** CURSOR_KEY: the index (array) or key (object) of the element FOR_NEXT last produced. */
    public static Object cursorKey(Object cursor) {
        return ((IterationCursor) cursor).key();
    }

    /** EMIT (§7.5): null emits nothing, an object is emitted, an array emits its elements (all objects). */
    public static void emit(List<Object> outputs, Object value) {
        if (value == null) return;
        Values.freeze(value); // the output belongs to the caller now: the transform may go on updating its variables
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

    /** The program's result from its outputs (§6.4): none → null, one → it, more → an array of them. */
    public static Object result(List<Object> outputs) {
        if (outputs.isEmpty()) return null;
        if (outputs.size() == 1) return outputs.get(0);
        return ArrayValue.wrap(outputs.toArray(), outputs.size());
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

    /** THROW: the error of kind {@code kindOrdinal} ({@link ErrorKind}) with the compiler's message. */
    public static TransformException error(int kindOrdinal, String message) {
        return new TransformException(ErrorKind.values()[kindOrdinal], message);
    }

    /**
     * RETRY_CHECK: the attempt counter plus one while it is below {@code limit} (the tier stores it back, drops the
     * error and jumps to the guarded expression), or null when the attempts are used up.
     */
    public static Object retry(Object counter, int limit) {
        long attempts = (Long) counter;
        return attempts < limit ? Long.valueOf(attempts + 1) : null;
    }

    // ---- errors ----------------------------------------------------------------------------------------------

    /**
     * The Branchline error a failure inside a running function stands for, or null when it is none (a JVM
     * {@link Error} other than a stack overflow passes through every tier untouched): a {@code TransformException}
     * as it is, a Java exception converted by {@link #fromJava}.
     */
    public static TransformException toBranchline(Throwable failure) {
        if (!(failure instanceof RuntimeException) && !(failure instanceof StackOverflowError)) return null;
        return fromJava(failure);
    }

    /** Whether TRY may catch this error (limit violations may not, §10 and docs/limits.md). */
    public static boolean catchable(TransformException error) {
        return error.kind().catchable();
    }

    /** The error a TRY handler receives for {@code failure}, or null when TRY must not catch it. */
    public static TransformException caught(Throwable failure) {
        TransformException error = toBranchline(failure);
        return error != null && catchable(error) ? error : null;
    }

    /** The object CATCH binds (§10.2): exactly {@code message} and {@code type}. */
    public static ObjectValue errorObject(TransformException error) {
        ObjectValue object = new ObjectValue();
        object.put("message", error.getMessage() != null ? error.getMessage() : error.typeName());
        object.put("type", error.typeName());
        return object.freeze();
    }

    /**
     * What leaves a function when {@code failure} is not handled in it: the Branchline error with the function's
     * frame added at the failing instruction's line and column; a failure that is no Branchline error passes
     * through untouched.
     */
    public static Throwable leave(Throwable failure, int line, int column, FunctionCode fn) {
        TransformException error = toBranchline(failure);
        if (error == null) return failure;
        return error.addFrame(fn.programName(), fn.name(), line, column);
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
