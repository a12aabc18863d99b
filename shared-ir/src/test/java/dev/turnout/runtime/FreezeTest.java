package dev.turnout.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.turnout.runtime.json.JsonReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The copy-on-write invariants: freezing is deep, frozen containers hold only frozen containers. */
class FreezeTest {
    /** Fails if a frozen container anywhere in {@code v} holds an unfrozen container. */
    static void assertInvariant(Object v) {
        check(v, false);
    }

    private static void check(Object v, boolean insideFrozen) {
        if (v instanceof ArrayValue a) {
            if (insideFrozen && !a.isFrozen()) fail("unfrozen array inside a frozen container: " + a);
            for (Object item : a) check(item, a.isFrozen());
        } else if (v instanceof ObjectValue o) {
            if (insideFrozen && !o.isFrozen()) fail("unfrozen object inside a frozen container: " + o);
            for (int i = 0; i < o.size(); i++) check(o.valueAt(i), o.isFrozen());
        }
    }

    private static boolean frozen(Object v) {
        return v instanceof ArrayValue a ? a.isFrozen() : ((ObjectValue) v).isFrozen();
    }

    @Test
    void freezeIsDeep() {
        ObjectValue inner = new ObjectValue();
        inner.put("xs", ArrayValue.of(1L, ArrayValue.of(2L)));
        ArrayValue outer = ArrayValue.of(inner, "s", null);
        assertSame(outer, outer.freeze());
        assertTrue(outer.isFrozen());
        assertTrue(inner.isFrozen());
        ArrayValue xs = (ArrayValue) inner.get("xs");
        assertTrue(xs.isFrozen());
        assertTrue(((ArrayValue) xs.get(1)).isFrozen());
        assertInvariant(outer);
    }

    @Test
    void valuesFreezeHandlesEveryKind() {
        for (Object scalar : new Object[] {null, 1L, 2.0, "s", true, BigInteger.TEN, BigDecimal.ONE}) {
            assertSame(scalar, Values.freeze(scalar));
        }
        ObjectValue o = new ObjectValue();
        o.put("a", new ObjectValue());
        assertSame(o, Values.freeze(o));
        assertTrue(o.isFrozen());
        assertTrue(((ObjectValue) o.get("a")).isFrozen());
        ArrayValue a = new ArrayValue();
        assertSame(a, Values.freeze(a));
        assertTrue(a.isFrozen());
    }

    @Test
    void freezingAFrozenValueIsANoOp() {
        ArrayValue a = ArrayValue.of(1L).freeze();
        assertSame(a, a.freeze());
        assertSame(a, Values.freeze(a));
    }

    @Test
    void anUnfrozenParentMayHoldFrozenChildren() {
        ArrayValue shared = ArrayValue.of(1L).freeze();
        ObjectValue o = new ObjectValue();
        o.put("shared", shared);
        o.put("own", ArrayValue.of(2L));
        assertFalse(o.isFrozen());
        assertInvariant(o);
        o.freeze();
        assertTrue(frozen(o.get("own")));
        assertInvariant(o);
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() {
        ArrayValue root = new ArrayValue();
        ArrayValue current = root;
        for (int i = 0; i < 200_000; i++) {
            ArrayValue next = new ArrayValue();
            current.add(next);
            current = next;
        }
        root.freeze();
        assertTrue(current.isFrozen());
    }

    @Test
    void parsedJsonIsFrozenThroughout() {
        ObjectValue doc = JsonReader.parseDocument("{\"a\":[{\"b\":[1,{}]}],\"c\":{}}");
        assertTrue(doc.isFrozen());
        assertTrue(frozen(doc.get("c")));
        ArrayValue a = (ArrayValue) doc.get("a");
        assertTrue(a.isFrozen());
        assertTrue(frozen(((ObjectValue) a.get(0)).get("b")));
        assertInvariant(doc);
    }

    @Test
    void hostDataIsFrozenThroughout() {
        Object v = JsonReader.fromJava(Map.of("a", List.of(Map.of("b", 1))));
        assertTrue(frozen(v));
        assertInvariant(v);
    }

    @Test
    void readingFromAnUnfrozenParentFreezesNothing() {
        // Reads never freeze: the compiler only hands such a read to a consumer that keeps nothing of it.
        ObjectValue parent = new ObjectValue();
        ArrayValue child = ArrayValue.of(1L);
        parent.put("xs", child);
        assertSame(child, Properties.member(parent, "xs"));
        assertFalse(child.isFrozen());
        assertFalse(parent.isFrozen());
        assertInvariant(parent);
    }

    @Test
    void updatesNeverChangeAFrozenValue() {
        ObjectValue original = JsonReader.parseDocument("{\"a\":{\"b\":[0,0]},\"n\":1}");
        String before = original.toString();
        Object updated = PathUpdates.setPath("o", original, new Object[] {"a", "b", 1L},
                new byte[] {PathUpdates.NAME, PathUpdates.NAME, PathUpdates.INDEX}, 7L);
        updated = PathUpdates.appendPath("o", updated, new Object[] {"a", "b"},
                new byte[] {PathUpdates.NAME, PathUpdates.NAME}, 8L, null);
        ObjectValue delta = new ObjectValue();
        delta.put("n", 2L);
        updated = PathUpdates.modify("o", updated, new Object[0], delta);
        assertEquals(before, original.toString());
        assertEquals("{a={b=[0, 7, 8]}, n=2}", updated.toString());
        assertInvariant(original);
        assertInvariant(updated);
        Values.freeze(updated);
        assertInvariant(updated);
    }
}
