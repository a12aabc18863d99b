package dev.turnout.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The object container in both representations: ordering, keys, copies, removal and the frozen flag. */
class ObjectValueTest {
    private static List<Object> keys(ObjectValue o) {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < o.size(); i++) keys.add(o.keyAt(i));
        return keys;
    }

    private static List<Object> values(ObjectValue o) {
        List<Object> values = new ArrayList<>();
        for (int i = 0; i < o.size(); i++) values.add(o.valueAt(i));
        return values;
    }

    private static ObjectValue big(int n) {
        ObjectValue o = new ObjectValue();
        for (int i = 0; i < n; i++) o.put("k" + i, (long) i);
        return o;
    }

    @Test
    void emptyObjects() {
        assertEquals(0, new ObjectValue().size());
        assertEquals(0, ObjectValue.empty().size());
        assertFalse(ObjectValue.empty().isFrozen());
        assertNull(ObjectValue.empty().get("a"));
        assertThrows(IndexOutOfBoundsException.class, () -> ObjectValue.empty().keyAt(0));
        assertThrows(IndexOutOfBoundsException.class, () -> ObjectValue.empty().valueAt(0));
    }

    @Test
    void putAppendsNewKeysAndReplacesInPlace() {
        ObjectValue o = new ObjectValue();
        o.put("b", 1L);
        o.put("a", 2L);
        o.put("b", 3L); // later value wins at the earlier position
        assertEquals(List.of("b", "a"), keys(o));
        assertEquals(List.of(3L, 2L), values(o));
        assertEquals(3L, o.get("b"));
        assertEquals(1, o.indexOf("a"));
        assertTrue(o.containsKey("a"));
        assertFalse(o.containsKey("c"));
        assertEquals(-1, o.indexOf("c"));
    }

    @Test
    void nullValuesArePresent() {
        ObjectValue o = new ObjectValue();
        o.put("a", null);
        assertTrue(o.containsKey("a"));
        assertNull(o.get("a"));
        assertEquals(1, o.size());
    }

    @Test
    void stringAndIntegerKeysAreDistinct() {
        ObjectValue o = new ObjectValue();
        o.put(1L, "a");
        o.put("1", "b");
        assertEquals(2, o.size());
        assertEquals("a", o.get(1L));
        assertEquals("b", o.get("1"));
        assertEquals("a", o.get(Long.valueOf(1L)));
        assertNull(o.get(1)); // an Integer is no key of the model (callers normalise)
    }

    @Test
    void putRejectsKeysOutsideTheModel() {
        ObjectValue o = new ObjectValue();
        assertThrows(IllegalArgumentException.class, () -> o.put(1, "x"));
        assertThrows(IllegalArgumentException.class, () -> o.put(-1L, "x"));
        assertThrows(IllegalArgumentException.class, () -> o.put(null, "x"));
        assertThrows(IllegalArgumentException.class, () -> o.put(1.0, "x"));
        assertEquals(0, o.size());
    }

    @Test
    void setValueAtReplacesByPosition() {
        ObjectValue o = new ObjectValue();
        o.put("a", 1L);
        o.put("b", 2L);
        o.setValueAt(1, "x");
        assertEquals("x", o.get("b"));
        assertThrows(IndexOutOfBoundsException.class, () -> o.setValueAt(2, "y"));
    }

    @Test
    void frozenObjectsRejectMutation() {
        ObjectValue o = new ObjectValue();
        o.put("a", 1L);
        o.freeze();
        assertThrows(IllegalStateException.class, () -> o.put("a", 2L));
        assertThrows(IllegalStateException.class, () -> o.put("b", 2L));
        assertThrows(IllegalStateException.class, () -> o.setValueAt(0, 2L));
        assertEquals(1L, o.get("a"));
        assertEquals(1, o.size());
    }

    @Test
    void copyIsShallowUnfrozenAndIndependentInBothModes() {
        for (ObjectValue o : List.of(big(3), big(100))) {
            ArrayValue child = ArrayValue.of(1L);
            o.put("child", child);
            o.freeze();
            ObjectValue c = o.copy();
            assertFalse(c.isFrozen());
            assertSame(o.shape(), c.shape());
            assertSame(child, c.get("child"));
            c.put("new", 1L);
            c.put("k0", "changed");
            assertFalse(o.containsKey("new"));
            assertEquals(0L, o.get("k0"));
            assertEquals(keys(o).size() + 1, c.size());
            assertEquals("changed", c.get("k0"));
        }
    }

    @Test
    void withoutRemovesOneKeyKeepingTheOrder() {
        ObjectValue o = new ObjectValue();
        o.put("a", 1L);
        o.put("b", 2L);
        o.put(3L, 3L);
        o.freeze();
        ObjectValue w = o.without("b");
        assertFalse(w.isFrozen());
        assertEquals(List.of("a", 3L), keys(w));
        assertEquals(List.of(1L, 3L), values(w));
        assertEquals(3, o.size());
        assertSame(w.shape(), Shape.EMPTY.withKey("a").withKey(3L)); // rebuilt through shared transitions
        ObjectValue same = o.without("zzz");
        assertNotSame(o, same);
        assertEquals(keys(o), keys(same));
    }

    @Test
    void withoutOnADictionaryObject() {
        ObjectValue o = big(100);
        ObjectValue w = o.without("k50");
        assertEquals(99, w.size());
        assertEquals(-1, w.indexOf("k50"));
        assertEquals(50, w.indexOf("k51"));
        ObjectValue small = big(ObjectValue.DICTIONARY_THRESHOLD + 1).without("k0");
        assertEquals(ObjectValue.DICTIONARY_THRESHOLD, small.size());
        assertFalse(small.isDictionary()); // back within the shape limit
        assertEquals(0, small.indexOf("k1"));
    }

    @Test
    void ofShapeUsesAPrecomputedShape() {
        Shape s = Shape.EMPTY.withKey("x").withKey("y");
        ObjectValue o = ObjectValue.ofShape(s, new Object[] {1L, 2L});
        assertSame(s, o.shape());
        assertEquals(2L, o.get("y"));
        o.put("z", 3L);
        assertEquals(3, o.size());
        assertThrows(IllegalArgumentException.class, () -> ObjectValue.ofShape(s, new Object[1]));
    }

    @Test
    void javaEqualityIsIdentity() {
        ObjectValue a = new ObjectValue();
        ObjectValue b = new ObjectValue();
        assertNotEquals(a, b); // Branchline equality lives in Operators.equal
    }

    @Test
    void toStringIsReadable() {
        ObjectValue o = new ObjectValue();
        o.put("a", 1L);
        o.put(2L, "x");
        assertEquals("{a=1, 2=x}", o.toString());
    }

    @Test
    void removingFromADictionaryKeepsTheOrderAndEveryLookup() {
        ObjectValue o = new ObjectValue();
        for (int i = 0; i < 100; i++) o.put("k" + i, (long) i);
        assertTrue(o.isDictionary());
        for (int i = 0; i < 100; i += 3) o.remove("k" + i); // holes, closed up at the next positional access
        o.remove("absent");
        assertEquals(66, o.size());
        assertEquals(5L, o.get("k5"));
        assertNull(o.get("k6"));
        assertFalse(o.containsKey("k0"));
        o.put("k1", -1L); // an existing key keeps its place
        o.put("new", 7L); // a new key goes last
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < o.size(); i++) keys.add(o.keyAt(i));
        assertEquals("k1", keys.get(0));
        assertEquals("k2", keys.get(1));
        assertEquals("k4", keys.get(2));
        assertEquals("new", keys.get(keys.size() - 1));
        assertEquals(67, keys.size());
        assertEquals(-1L, o.valueAt(o.indexOf("k1")));
        assertEquals(7L, o.valueAt(o.indexOf("new")));
        ObjectValue copy = o.copy();
        assertEquals(o.size(), copy.size());
        assertEquals(o.toString(), copy.toString());
        for (Object k : keys) o.remove(k);
        assertEquals(0, o.size());
        assertEquals("{}", o.toString());
    }
}
