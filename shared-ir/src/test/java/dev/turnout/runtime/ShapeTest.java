package dev.turnout.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Shapes: sharing, transitions, lookups, thread safety, the transition bound, and the objects' dictionary mode. */
class ShapeTest {
    private static Shape build(Shape from, Object... keys) {
        Shape s = from;
        for (Object k : keys) s = s.withKey(k);
        return s;
    }

    /** A shape no other test touches, so counts of its transitions are exact. */
    private static Shape freshRoot(String name) {
        return Shape.EMPTY.withKey("fresh:" + name + ":" + System.nanoTime());
    }

    @Test
    void emptyShape() {
        assertEquals(0, Shape.EMPTY.size());
        assertEquals(-1, Shape.EMPTY.indexOf("a"));
        assertSame(Shape.EMPTY, new ObjectValue().shape());
    }

    @Test
    void sameKeysInSameOrderShareOneShape() {
        Shape ab1 = build(Shape.EMPTY, "a", "b");
        Shape ab2 = build(Shape.EMPTY, new String("a"), new String("b")); // equal, not identical, strings
        assertSame(ab1, ab2);
        assertNotSame(ab1, build(Shape.EMPTY, "b", "a"));
        assertEquals(2, ab1.size());
        assertEquals("a", ab1.keyAt(0));
        assertEquals("b", ab1.keyAt(1));
    }

    @Test
    void objectsBuiltAlikeShareTheirShape() {
        ObjectValue x = new ObjectValue();
        x.put("id", 1L);
        x.put("name", "a");
        ObjectValue y = new ObjectValue();
        y.put("id", 2L);
        y.put("name", "b");
        assertSame(x.shape(), y.shape());
        y.put("id", 3L); // replacing a value keeps the shape
        assertSame(x.shape(), y.shape());
    }

    @Test
    void stringAndIntegerKeysAreDifferent() {
        Shape s = build(Shape.EMPTY, 1L, "1");
        assertEquals(0, s.indexOf(1L));
        assertEquals(1, s.indexOf("1"));
        assertEquals(0, s.indexOf(Long.valueOf(1)));
        assertEquals(-1, s.indexOf(1)); // an Integer is not a key of the model
        assertNotSame(build(Shape.EMPTY, 1L), build(Shape.EMPTY, "1"));
    }

    @Test
    void integerKeysCompareByValue() {
        Shape s = build(Shape.EMPTY, 100000L);
        assertEquals(0, s.indexOf(Long.valueOf(100000L))); // a different Long object (outside the Long cache)
        assertSame(s, build(Shape.EMPTY, Long.valueOf(100000L)));
    }

    @Test
    void largeShapesFindKeysThroughTheirTable() {
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < 30; i++) keys.add(i % 2 == 0 ? "k" + i : (Object) (long) i);
        Shape s = build(Shape.EMPTY, keys.toArray());
        assertTrue(s.size() > Shape.LINEAR_SCAN_LIMIT);
        for (int i = 0; i < keys.size(); i++) assertEquals(i, s.indexOf(keys.get(i)));
        assertEquals(-1, s.indexOf("k1"));
        assertEquals(-1, s.indexOf(0L));
        assertEquals(-1, s.indexOf(null));
    }

    @Test
    void withKeyRejectsPresentAndInvalidKeys() {
        Shape a = Shape.EMPTY.withKey("a");
        assertThrows(IllegalArgumentException.class, () -> a.withKey("a"));
        assertThrows(IllegalArgumentException.class, () -> a.withKey(1));
        assertThrows(IllegalArgumentException.class, () -> a.withKey(-1L));
        assertThrows(IllegalArgumentException.class, () -> a.withKey(null));
        assertThrows(IllegalArgumentException.class, () -> a.withKey(1.0));
    }

    @Test
    void transitionsPerShapeAreBounded() {
        Shape root = freshRoot("bounded");
        List<Shape> first = new ArrayList<>();
        for (int i = 0; i < 1000; i++) first.add(root.withKey("key" + i));
        assertEquals(Shape.MAX_TRANSITIONS, root.cachedTransitionCount());
        for (int i = 0; i < 1000; i++) {
            Shape again = root.withKey("key" + i);
            if (i < Shape.MAX_TRANSITIONS) assertSame(first.get(i), again, "cached transition " + i);
            else assertNotSame(first.get(i), again, "uncached transition " + i);
            assertEquals(2, again.size());
            assertEquals("key" + i, again.keyAt(1));
            assertEquals(1, again.indexOf("key" + i));
        }
        assertEquals(Shape.MAX_TRANSITIONS, root.cachedTransitionCount());
    }

    @Test
    void concurrentTransitionsAgreeOnOneShape() throws Exception {
        int threads = 8;
        Shape root = freshRoot("concurrent");
        Object[] keys = new Object[40];
        for (int i = 0; i < keys.length; i++) keys[i] = i % 3 == 0 ? (Object) (long) i : "f" + i;
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<List<Shape>>> results = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                results.add(pool.submit(() -> {
                    start.await();
                    List<Shape> seen = new ArrayList<>();
                    for (int round = 0; round < 200; round++) {
                        Shape s = root;
                        for (Object k : keys) {
                            s = s.withKey(k);
                            if (round == 0) seen.add(s);
                        }
                        seen.add(s);
                    }
                    return seen;
                }));
            }
            List<Shape> reference = results.get(0).get();
            for (Future<List<Shape>> f : results) {
                List<Shape> seen = f.get();
                for (int i = 0; i < seen.size(); i++) assertSame(reference.get(i), seen.get(i));
            }
            Shape last = reference.get(reference.size() - 1);
            assertEquals(keys.length + 1, last.size());
            for (int i = 0; i < keys.length; i++) assertEquals(i + 1, last.indexOf(keys[i]));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void concurrentDistinctKeysRespectTheBoundExactly() throws Exception {
        int threads = 8;
        Shape root = freshRoot("race");
        CyclicBarrier start = new CyclicBarrier(threads);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < threads; t++) {
                int offset = t;
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < 500; i++) {
                        String key = "k" + ((i * 7 + offset) % 500);
                        Shape child = root.withKey(key);
                        assertEquals(key, child.keyAt(1));
                    }
                    return null;
                }));
            }
            for (Future<?> f : done) f.get();
            assertEquals(Shape.MAX_TRANSITIONS, root.cachedTransitionCount());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void manyDistinctKeysSwitchAnObjectToDictionaryMode() {
        ObjectValue o = new ObjectValue();
        for (int i = 0; i < ObjectValue.DICTIONARY_THRESHOLD; i++) o.put("k" + i, (long) i);
        assertNotNull(o.shape());
        o.put("k" + ObjectValue.DICTIONARY_THRESHOLD, 0L);
        assertTrue(o.isDictionary());
        assertNull(o.shape());
        for (int i = ObjectValue.DICTIONARY_THRESHOLD; i < 10_000; i++) o.put("k" + i, (long) i);
        assertEquals(10_000, o.size());
        for (int i = 0; i < 10_000; i++) {
            assertEquals("k" + i, o.keyAt(i));
            assertEquals(i, o.indexOf("k" + i));
        }
        assertEquals(17L, o.get("k17"));
        o.put("k17", "x"); // replace keeps the position
        assertEquals(17, o.indexOf("k17"));
        assertEquals("x", o.valueAt(17));
    }

    @Test
    void dictionaryModeKeepsStringAndIntegerKeysApart() {
        ObjectValue o = new ObjectValue();
        for (long i = 0; i < 100; i++) {
            o.put(i, "int" + i);
            o.put(Long.toString(i), "str" + i);
        }
        assertTrue(o.isDictionary());
        assertEquals(200, o.size());
        assertEquals("int5", o.get(5L));
        assertEquals("str5", o.get("5"));
        assertNull(o.get(5)); // Integer: not a key of the model
    }
}
