package dev.turnout.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import dev.turnout.runtime.json.JsonReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** Reads along paths, one test per row of the LANGUAGE.md §8.4 table plus the notes below it. */
class PropertiesTest {
    private static final String NOT_INDEXABLE = "Indexing supported only for list or object";

    private static void assertError(ErrorKind kind, String message, Executable action) {
        TransformException e = assertThrows(TransformException.class, action);
        assertEquals(kind, e.kind(), e.getMessage());
        assertEquals(message, e.getMessage());
    }

    private static ObjectValue object() {
        ObjectValue o = new ObjectValue();
        o.put("name", "n");
        o.put(2L, "int two");
        o.put("2", "string two");
        return o.freeze();
    }

    private static ArrayValue array() {
        return ArrayValue.of("a", "b", "c").freeze();
    }

    private static final Object[] NON_CONTAINERS = {null, "s", 1L, 1.5, true, BigInteger.ONE, BigDecimal.ONE};

    // ---- .name -------------------------------------------------------------------------------------------------

    @Test
    void nameOnObject() {
        assertEquals("n", Properties.member(object(), "name"));
        assertNull(Properties.member(object(), "missing"));
        assertEquals("string two", Properties.member(object(), "2")); // names are string keys
    }

    @Test
    void nameOnArray() {
        assertError(ErrorKind.ILLEGAL_STATE, "Cannot use name 'name' on list", () -> Properties.member(array(), "name"));
    }

    @Test
    void nameOnAnythingElse() {
        for (Object v : NON_CONTAINERS) {
            assertError(ErrorKind.ILLEGAL_STATE, NOT_INDEXABLE, () -> Properties.member(v, "name"));
        }
    }

    // ---- .N ----------------------------------------------------------------------------------------------------

    @Test
    void digitsOnObjectFindTheIntegerKey() {
        assertEquals("int two", Properties.integerKey(object(), 2));
        assertNull(Properties.integerKey(object(), 3));
    }

    @Test
    void digitsOnArray() {
        assertEquals("c", Properties.integerKey(array(), 2));
        assertError(ErrorKind.ILLEGAL_ARGUMENT, "Index 3 out of bounds 0..2", () -> Properties.integerKey(array(), 3));
        assertError(ErrorKind.ILLEGAL_ARGUMENT, "Index 0 out of bounds 0..-1",
                () -> Properties.integerKey(new ArrayValue(), 0));
        assertError(ErrorKind.ILLEGAL_ARGUMENT, "Failed requirement.",
                () -> Properties.integerKey(array(), 1L << 31));
    }

    @Test
    void digitsOnAnythingElse() {
        for (Object v : NON_CONTAINERS) {
            assertError(ErrorKind.ILLEGAL_STATE, NOT_INDEXABLE, () -> Properties.integerKey(v, 0));
        }
    }

    // ---- [e] with a string -------------------------------------------------------------------------------------

    @Test
    void stringKeyOnObject() {
        assertEquals("string two", Properties.index(object(), "2"));
        assertEquals("n", Properties.index(object(), "name"));
        assertNull(Properties.index(object(), "zzz"));
    }

    @Test
    void stringKeyOnArray() {
        assertError(ErrorKind.ILLEGAL_STATE, "Index must be integer for list", () -> Properties.index(array(), "1"));
    }

    // ---- [e] with a non-negative integer -----------------------------------------------------------------------

    @Test
    void integerKeyOnObject() {
        assertEquals("int two", Properties.index(object(), 2L));
        assertNull(Properties.index(object(), 7L));
    }

    @Test
    void integerKeyOnArray() {
        assertEquals("a", Properties.index(array(), 0L));
        assertError(ErrorKind.ILLEGAL_ARGUMENT, "Index 5 out of bounds 0..2", () -> Properties.index(array(), 5L));
        assertError(ErrorKind.ILLEGAL_ARGUMENT, "Index 0 out of bounds 0..-1",
                () -> Properties.index(new ArrayValue(), 0L));
    }

    // ---- [e] with a negative integer ---------------------------------------------------------------------------

    @Test
    void negativeKeyOnObject() {
        assertError(ErrorKind.ILLEGAL_ARGUMENT, "Computed key must be non-negative integer",
                () -> Properties.index(object(), -1L));
    }

    @Test
    void negativeIndexOnArray() {
        assertError(ErrorKind.ILLEGAL_ARGUMENT, "Index -1 out of bounds 0..2", () -> Properties.index(array(), -1L));
    }

    // ---- [e] with another type ---------------------------------------------------------------------------------

    @Test
    void otherKeyTypesOnObject() {
        for (Object key : new Object[] {1.0, true, null, BigInteger.ONE, BigDecimal.ONE, new ArrayValue(),
                new ObjectValue()}) {
            assertError(ErrorKind.ILLEGAL_STATE, "Computed key must be string or non-negative integer",
                    () -> Properties.index(object(), key));
        }
    }

    @Test
    void otherIndexTypesOnArray() {
        for (Object key : new Object[] {1.0, true, null, BigDecimal.ONE, new ArrayValue(), new ObjectValue()}) {
            assertError(ErrorKind.ILLEGAL_STATE, "Index must be integer for list", () -> Properties.index(array(), key));
        }
    }

    @Test
    void anyKeyOnAnythingElse() {
        for (Object v : NON_CONTAINERS) {
            for (Object key : new Object[] {"a", 0L, -1L, 1.0, null}) {
                assertError(ErrorKind.ILLEGAL_STATE, NOT_INDEXABLE, () -> Properties.index(v, key));
            }
        }
    }

    // ---- notes below the table ---------------------------------------------------------------------------------

    @Test
    void indexesOutsideThe32BitRangeFailTheRequirement() {
        for (long n : new long[] {1L << 31, Long.MAX_VALUE, Long.MIN_VALUE, -(1L << 31) - 1}) {
            assertError(ErrorKind.ILLEGAL_ARGUMENT, "Failed requirement.", () -> Properties.index(array(), n));
        }
        // Inside the 32-bit range the ordinary message applies, as for the reference's integer literals.
        assertError(ErrorKind.ILLEGAL_ARGUMENT, "Index 2147483647 out of bounds 0..2",
                () -> Properties.index(array(), (long) Integer.MAX_VALUE));
        assertError(ErrorKind.ILLEGAL_ARGUMENT, "Index -2147483648 out of bounds 0..2",
                () -> Properties.index(array(), (long) Integer.MIN_VALUE));
    }

    @Test
    void bigIntegerIndexesFailTheRequirement() {
        assertError(ErrorKind.ILLEGAL_ARGUMENT, "Failed requirement.", () -> Properties.index(array(), BigInteger.ONE));
    }

    @Test
    void dynamicKeysAreNeverConverted() {
        ObjectValue o = JsonReader.parseDocument("{\"1\":\"string key\"}");
        assertNull(Properties.index(o, 1L));
        assertEquals("string key", Properties.index(o, "1"));
        ObjectValue ints = new ObjectValue();
        ints.put(1L, "int key");
        assertNull(Properties.index(ints, "1"));
    }

    @Test
    void integerKeysMatchByValue() {
        ObjectValue o = new ObjectValue();
        o.put(Long.valueOf(123456789L), "x");
        assertEquals("x", Properties.index(o, Long.valueOf(123456789L)));
        assertEquals("x", Properties.integerKey(o, 123456789L));
    }

    @Test
    void missingFieldsAreNullButNullDoesNotPropagate() {
        ObjectValue input = JsonReader.parseDocument("{}");
        Object user = Properties.member(input, "user");
        assertNull(user);
        assertError(ErrorKind.ILLEGAL_STATE, NOT_INDEXABLE, () -> Properties.member(user, "name"));
    }

    @Test
    void readsFromUnfrozenParentsFreezeNothing() {
        ArrayValue inner = ArrayValue.of(1L);
        ObjectValue child = new ObjectValue();
        ObjectValue o = new ObjectValue();
        o.put("a", inner);
        o.put(1L, child);
        ArrayValue xs = ArrayValue.of(new ArrayValue());
        assertSame(inner, Properties.member(o, "a"));
        assertFalse(inner.isFrozen());
        assertSame(child, Properties.integerKey(o, 1));
        assertFalse(child.isFrozen());
        assertFalse(((ArrayValue) Properties.index(xs, 0L)).isFrozen());
        assertFalse(o.isFrozen());
    }
}
