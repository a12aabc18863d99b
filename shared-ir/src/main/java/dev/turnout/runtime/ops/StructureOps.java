package dev.turnout.runtime.ops;

import dev.turnout.bytecode.ShapeTemplate;
import dev.turnout.errors.RuntimeErrors;
import dev.turnout.errors.TransformException;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.FunctionValue;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.PathUpdates;
import java.math.BigInteger;

/**
 * Building objects and arrays (literals, OUTPUT templates, comprehensions, APPEND TO's variable form) and the
 * type checks of the library loops. A container under construction is unfrozen and has one owner (the operand
 * stack or a compiler temporary), so puts and appends go in place.
 */
public final class StructureOps {
    /** OBJ_PUT_DYN's mode: key errors worded as object literals and reads word them ("Computed key …"). */
    public static final int LITERAL_KEYS = 0;
    /** OBJ_PUT_DYN's mode: key errors worded as OUTPUT templates and MODIFY word them ("Object key …"). */
    public static final int TEMPLATE_KEYS = 1;
    /** Capacity of a new array literal's storage at least: appending to a small literal does not grow at once. */
    private static final int MIN_ARRAY_CAPACITY = 4;

    private StructureOps() {}

    /** NEW_OBJECT: a new, empty, unfrozen object. */
    public static ObjectValue newObject() {
        return new ObjectValue();
    }

    /** MAKE_OBJECT: an object literal with distinct constant keys, built in its final shape; owns {@code values}. */
    public static ObjectValue makeObject(ShapeTemplate template, Object[] values) {
        return ObjectValue.ofShape(template.shape(), values);
    }

    /** MAKE_ARRAY: a new unfrozen array of {@code source[from .. from+n)}. */
    public static ArrayValue makeArray(Object[] source, int from, int n) {
        Object[] items = new Object[Math.max(n, MIN_ARRAY_CAPACITY)];
        System.arraycopy(source, from, items, 0, n);
        return ArrayValue.wrap(items, n);
    }

    /** OBJ_PUT_CONST: puts a constant key into the object under construction; returns the object. */
    public static Object putConst(Object object, Object value, Object key) {
        ((ObjectValue) object).put(key, value);
        return object;
    }

    /** OBJ_PUT_DYN: puts a computed key, checked first ({@link #objectKey}); returns the object. */
    public static Object putDynamic(Object object, Object key, Object value, int mode) {
        ((ObjectValue) object).put(objectKey(key, mode), value);
        return object;
    }

    /** OBJ_PUT_LOCAL: puts into the object a comprehension builds in a temporary. */
    public static void putLocal(Object object, Object key, Object value) {
        ((ObjectValue) object).put(key, value);
    }

    /** APPEND_LOCAL: appends to the array a comprehension or library loop builds in a temporary. */
    public static void appendLocal(Object array, Object value) {
        ((ArrayValue) array).add(value);
    }

    /**
     * A computed key (§5.2): strings and non-negative integers are keys as they are (no conversion); a big integer
     * below 2^63 becomes a long. {@code mode} is {@link #LITERAL_KEYS} or {@link #TEMPLATE_KEYS}.
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
        throw RuntimeErrors.illegalState(mode == LITERAL_KEYS ? "Computed key must be string or non-negative integer"
                : "Object key must be string or non-negative integer");
    }

    private static TransformException negativeKey(int mode) {
        return RuntimeErrors.illegalArgument(mode == LITERAL_KEYS ? "Computed key must be non-negative integer"
                : "Object key must be non-negative");
    }

    /** REQUIRE_LIST: a library loop's argument must be an array (ISE with the function's message); frozen. */
    public static void requireList(Object value, String message) {
        if (!(value instanceof ArrayValue a)) throw RuntimeErrors.illegalState(message);
        a.freeze();
    }

    /** REQUIRE_OBJECT: a library loop's argument must be an object; frozen. */
    public static void requireObject(Object value, String message) {
        if (!(value instanceof ObjectValue o)) throw RuntimeErrors.illegalState(message);
        o.freeze();
    }

    /** REQUIRE_FUNCTION: a library loop's callback must be a function value. */
    public static void requireFunction(Object value, String message) {
        if (!(value instanceof FunctionValue)) throw RuntimeErrors.illegalState(message);
    }

    /** APPEND_VAR_CHECK: APPEND TO's variable form needs null (use INIT) or an array. */
    public static Object appendVarCheck(Object current, String name) {
        if (current == null || current instanceof ArrayValue) return current;
        throw RuntimeErrors.illegalState("APPEND TO expects list in variable '" + name + "'");
    }

    /** CHECK_INIT_LIST: the INIT of APPEND TO's variable form must be an array. */
    public static Object checkInitList(Object init) {
        if (init instanceof ArrayValue) return init;
        throw RuntimeErrors.illegalArgument("INIT for APPEND TO must evaluate to a list");
    }

    /** APPEND_VALUE: appends (in place when the array is unfrozen); returns the array now holding the value. */
    public static Object appendValue(Object array, Object value) {
        return PathUpdates.append((ArrayValue) array, value);
    }
}
