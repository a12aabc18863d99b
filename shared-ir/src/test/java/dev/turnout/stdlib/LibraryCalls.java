package dev.turnout.stdlib;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.RuntimeErrors;
import dev.turnout.errors.TransformException;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.program.Closure;
import dev.turnout.runtime.ObjectValue;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Test support: calls library functions the way the tiers do (look up by name, check the arity against the
 * registered range and fail with the usage message, then call the implementation), builds values, and compares
 * results kind-exactly (I vs F, BD scale, key order).
 */
class LibraryCalls {
    static final Object NULL = null;
    static final Object TRUE = Boolean.TRUE;
    static final Object FALSE = Boolean.FALSE;

    /** Calls {@code name} with {@code args}, checking arity like the caller. */
    static Object call(String name, Object... args) {
        LibraryFunction f = StandardLibrary.lookup(name);
        assertNotNull(f, "not registered: " + name);
        assertNotNull(f.impl(), name + " has no implementation");
        if (!f.accepts(args.length)) throw RuntimeErrors.illegalArgument(f.usage());
        return f.impl().call(args);
    }

    /** Asserts that the call fails with a TransformException of {@code kind} and exactly {@code message}. */
    static TransformException assertFails(ErrorKind kind, String message, String name, Object... args) {
        TransformException e = assertThrows(TransformException.class, () -> call(name, args),
                () -> name + " should fail with " + message);
        assertEquals(message, e.getMessage(), "message of " + name);
        assertEquals(kind, e.kind(), "kind of " + name + " (" + e.getMessage() + ")");
        return e;
    }

    static TransformException assertIse(String message, String name, Object... args) {
        return assertFails(ErrorKind.ILLEGAL_STATE, message, name, args);
    }

    static TransformException assertIae(String message, String name, Object... args) {
        return assertFails(ErrorKind.ILLEGAL_ARGUMENT, message, name, args);
    }

    /** Asserts the call's result equals {@code expected} kind-exactly. */
    static void assertCall(Object expected, String name, Object... args) {
        assertValue(expected, call(name, args));
    }

    /** Kind-exact deep comparison. */
    static void assertValue(Object expected, Object actual) {
        if (!same(expected, actual)) fail("expected " + show(expected) + " but was " + show(actual));
    }

    static boolean same(Object a, Object b) {
        if (a instanceof ArrayValue x) {
            if (!(b instanceof ArrayValue y) || x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) if (!same(x.get(i), y.get(i))) return false;
            return true;
        }
        if (a instanceof ObjectValue x) {
            if (!(b instanceof ObjectValue y) || x.size() != y.size()) return false;
            for (int i = 0; i < x.size(); i++) {
                if (!x.keyAt(i).equals(y.keyAt(i)) || !same(x.valueAt(i), y.valueAt(i))) return false;
            }
            return true;
        }
        if (a == null) return b == null;
        return a.getClass() == b.getClass() && a.equals(b);
    }

    /** A debugging text that shows kinds: 2L, 2.0D, 2BI, 2.0BD, "s". */
    static String show(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) return '"' + s + '"';
        if (v instanceof Long n) return n + "L";
        if (v instanceof Double d) return d + "D";
        if (v instanceof BigInteger bi) return bi + "BI";
        if (v instanceof BigDecimal bd) return bd + "BD";
        if (v instanceof ArrayValue a) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < a.size(); i++) out.append(i > 0 ? ", " : "").append(show(a.get(i)));
            return out.append(']').toString();
        }
        if (v instanceof ObjectValue o) {
            StringBuilder out = new StringBuilder("{");
            for (int i = 0; i < o.size(); i++) {
                out.append(i > 0 ? ", " : "").append(show(o.keyAt(i))).append(": ").append(show(o.valueAt(i)));
            }
            return out.append('}').toString();
        }
        return String.valueOf(v);
    }

    /** An unfrozen array literal (like a program literal). Integers written as Java ints become Longs. */
    static ArrayValue arr(Object... items) {
        Object[] converted = new Object[items.length];
        for (int i = 0; i < items.length; i++) converted[i] = lit(items[i]);
        return ArrayValue.of(converted);
    }

    /** An unfrozen object literal from alternating keys and values. */
    static ObjectValue obj(Object... keysAndValues) {
        ObjectValue o = new ObjectValue();
        for (int i = 0; i < keysAndValues.length; i += 2) o.put(lit(keysAndValues[i]), lit(keysAndValues[i + 1]));
        return o;
    }

    static Object lit(Object v) {
        return v instanceof Integer i ? (Object) i.longValue() : v;
    }

    /** A function value. The library treats closures as opaque, so an empty one will do. */
    static Closure closure() {
        return new Closure(null, new Object[0]);
    }

    static BigInteger bi(String digits) {
        return new BigInteger(digits);
    }

    static BigDecimal bd(String text) {
        return new BigDecimal(text);
    }

    static void assertFrozenDeep(Object v) {
        if (v instanceof ArrayValue a) {
            assertTrue(a.isFrozen(), "not frozen: " + show(v));
            for (Object x : a) assertFrozenDeep(x);
        } else if (v instanceof ObjectValue o) {
            assertTrue(o.isFrozen(), "not frozen: " + show(v));
            for (int i = 0; i < o.size(); i++) assertFrozenDeep(o.valueAt(i));
        }
    }
}
