package dev.turnout.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.junit.jupiter.api.Test;

/** The array container: construction, mutation of unfrozen arrays, copies, and its java.util.List face. */
class ArrayValueTest {
    @Test
    void constructorsMakeEmptyUnfrozenArrays() {
        for (ArrayValue a : List.of(new ArrayValue(), new ArrayValue(0), new ArrayValue(10), ArrayValue.of())) {
            assertEquals(0, a.size());
            assertTrue(a.isEmpty());
            assertFalse(a.isFrozen());
        }
    }

    @Test
    void wrapTakesTheArrayAndOfCopiesIt() {
        Object[] raw = {1L, "a", null, 9L};
        ArrayValue wrapped = ArrayValue.wrap(raw, 3);
        assertSame(raw, wrapped.items());
        assertEquals(3, wrapped.size());
        assertEquals(Arrays.asList(1L, "a", null), wrapped);
        assertThrows(IllegalArgumentException.class, () -> ArrayValue.wrap(raw, 5));

        Object[] source = {1L, 2L};
        ArrayValue copied = ArrayValue.of(source);
        source[0] = 99L;
        assertEquals(1L, copied.get(0));
        assertNotSame(source, copied.items());
        assertFalse(copied.isFrozen());
    }

    @Test
    void addGrowsAndKeepsOrder() {
        ArrayValue a = new ArrayValue();
        for (long i = 0; i < 1000; i++) assertTrue(a.add(i));
        assertEquals(1000, a.size());
        for (int i = 0; i < 1000; i++) assertEquals((long) i, a.get(i));
        assertTrue(a.items().length >= 1000);
    }

    @Test
    void setReplacesAndReturnsTheOldElement() {
        ArrayValue a = ArrayValue.of(1L, 2L, 3L);
        assertEquals(2L, a.set(1, "x"));
        assertEquals(Arrays.asList(1L, "x", 3L), a);
    }

    @Test
    void getAndSetCheckTheSizeNotTheCapacity() {
        ArrayValue a = new ArrayValue(10);
        a.add(1L);
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(1));
        assertThrows(IndexOutOfBoundsException.class, () -> a.get(-1));
        assertThrows(IndexOutOfBoundsException.class, () -> a.set(1, 0L));
    }

    @Test
    void frozenArraysRejectMutation() {
        ArrayValue a = ArrayValue.of(1L).freeze();
        assertTrue(a.isFrozen());
        assertThrows(IllegalStateException.class, () -> a.add(2L));
        assertThrows(IllegalStateException.class, () -> a.set(0, 2L));
        assertEquals(List.of(1L), a);
    }

    @Test
    void copyIsShallowUnfrozenAndIndependent() {
        ObjectValue child = new ObjectValue().freeze();
        ArrayValue a = ArrayValue.of(1L, child).freeze();
        ArrayValue c = a.copy();
        assertFalse(c.isFrozen());
        assertNotSame(a, c);
        assertSame(child, c.get(1)); // shallow
        c.add(3L);
        c.set(0, 0L);
        assertEquals(2, a.size());
        assertEquals(1L, a.get(0));
        assertEquals(0, new ArrayValue().copy().size());
    }

    @Test
    void copyForAppendingHasRoom() {
        ArrayValue a = ArrayValue.of(1L, 2L, 3L, 4L);
        ArrayValue c = a.copy(1);
        assertTrue(c.items().length > 4);
        Object[] before = c.items();
        c.add(5L);
        assertSame(before, c.items());
    }

    @Test
    void behavesAsAJavaList() {
        ArrayValue a = ArrayValue.of(1L, "b", null);
        assertTrue(a instanceof RandomAccess);
        assertEquals(Arrays.asList(1L, "b", null), new ArrayList<>(a));
        assertEquals(1, a.indexOf("b"));
        assertTrue(a.contains(null));
        List<Object> seen = new ArrayList<>();
        for (Object o : a) seen.add(o);
        assertEquals(a, seen);
        assertEquals(1L, a.remove(0)); // an unfrozen array is owned: DELETE may remove in place
        assertEquals(Arrays.asList("b", null), new ArrayList<>(a));
        a.freeze();
        assertThrows(IllegalStateException.class, () -> a.remove(0));
        assertThrows(UnsupportedOperationException.class, () -> a.add(0, "x"));
    }
}
