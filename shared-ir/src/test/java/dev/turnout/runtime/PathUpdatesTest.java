package dev.turnout.runtime;

import dev.turnout.runtime.ops.VariableOps;

import static dev.turnout.runtime.PathUpdates.DYNAMIC;
import static dev.turnout.runtime.PathUpdates.INDEX;
import static dev.turnout.runtime.PathUpdates.NAME;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import dev.turnout.runtime.json.JsonReader;
import dev.turnout.runtime.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** SET path form, APPEND TO and MODIFY (LANGUAGE.md §7.2–§7.4): every example and every message. */
class PathUpdatesTest {
    /** A path under construction: parallel keys and kinds, as the compiler hands them over. */
    private static final class Path {
        final List<Object> keys = new ArrayList<>();
        final List<Byte> kinds = new ArrayList<>();

        Path name(String n) { return add(n, NAME); }

        Path index(long n) { return add(n, INDEX); }

        Path dyn(Object key) { return add(key, DYNAMIC); }

        private Path add(Object key, byte kind) {
            keys.add(key);
            kinds.add(kind);
            return this;
        }

        Object[] keys() { return keys.toArray(); }

        byte[] kinds() {
            byte[] k = new byte[kinds.size()];
            for (int i = 0; i < k.length; i++) k[i] = kinds.get(i);
            return k;
        }
    }

    private static Path path() {
        return new Path();
    }

    private static ObjectValue json(String text) {
        return JsonReader.parseDocument(text);
    }

    private static Object value(String text) {
        return JsonReader.parseValue(text);
    }

    private static String text(Object v) {
        return JsonWriter.write(v);
    }

    private static void assertError(ErrorKind kind, String message, Executable action) {
        TransformException e = assertThrows(TransformException.class, action);
        assertEquals(message, e.getMessage());
        assertEquals(kind, e.kind(), e.getMessage());
    }

    private static void assertIse(String message, Executable action) {
        assertError(ErrorKind.ILLEGAL_STATE, message, action);
    }

    private static void assertIae(String message, Executable action) {
        assertError(ErrorKind.ILLEGAL_ARGUMENT, message, action);
    }

    /** SET: the check before the right-hand side, then the update; both must agree. */
    private static Object set(Object root, Path p, Object value) {
        PathUpdates.checkSetPath("SET", "o", root, p.keys(), p.kinds());
        return PathUpdates.setPath("o", root, p.keys(), p.kinds(), value);
    }

    /** APPEND TO path form, with the check before the value as a compiled statement does it. */
    private static Object append(Object root, Path p, Object value) {
        PathUpdates.checkAppendPath("o", root, p.keys(), p.kinds());
        return PathUpdates.appendPath("o", root, p.keys(), p.kinds(), value, null);
    }

    private static Object appendInit(Object root, Path p, Object value, Object init) {
        PathUpdates.checkAppendPath("o", root, p.keys(), p.kinds());
        return PathUpdates.appendPath("o", root, p.keys(), p.kinds(), value, init, true);
    }

    @Test
    void aContainerIsNeverStoredInsideItself() {
        ObjectValue o = json("{\"a\":1}").copy(); // owned, unfrozen
        Object r = set(o, path().name("self"), o);
        assertEquals("{\"a\":1,\"self\":{\"a\":1}}", text(r));

        ObjectValue p = json("{\"xs\":[]}").copy();
        Object r2 = append(p, path().name("xs"), p);
        assertEquals("{\"xs\":[{\"xs\":[]}]}", text(r2));

        ArrayValue xs = ArrayValue.of(1L);
        Object r3 = PathUpdates.appendVariable("xs", xs, true, xs, null, false);
        assertEquals("[1,[1]]", text(r3));

        ObjectValue q = json("{\"a\":1}").copy();
        ObjectValue delta = new ObjectValue();
        delta.put("self", q);
        assertEquals("{\"a\":1,\"self\":{\"a\":1}}", text(PathUpdates.modify("q", q, new Object[0], delta)));
    }

    @Nested
    class SetPath {
        @Test
        void specExample() {
            Object o = json("{\"a\":{\"b\":[0,0]}}");
            o = set(o, path().name("a").name("b").dyn(1L), 7L);
            assertEquals("{\"a\":{\"b\":[0,7]}}", text(o));
            o = set(o, path().name("c"), "new");
            assertEquals("{\"a\":{\"b\":[0,7]},\"c\":\"new\"}", text(o));
            o = set(o, path().dyn("dyn"), true);
            assertEquals("{\"a\":{\"b\":[0,7]},\"c\":\"new\",\"dyn\":true}", text(o));
        }

        @Test
        void valueSemantics() {
            ObjectValue a = json("{\"x\":1}"); // LET a = { x: 1 }; LET b = a (shared, so frozen)
            Object b = set(a, path().name("x"), 2L);
            assertEquals("{\"x\":1}", text(a));
            assertEquals("{\"x\":2}", text(b));
            assertNotSame(a, b);
        }

        @Test
        void existingKeyKeepsItsPositionNewKeyIsAppended() {
            Object o = json("{\"a\":1,\"b\":2}");
            o = set(o, path().name("a"), 10L);
            o = set(o, path().index(3), "three");
            o = set(o, path().dyn(4L), "four");
            assertEquals("{\"a\":10,\"b\":2,\"3\":\"three\",\"4\":\"four\"}", text(o));
            assertEquals("three", ((ObjectValue) o).get(3L)); // integer keys, not strings
        }

        @Test
        void rootUnboundOrNull() {
            assertIse("SET variable 'o' not found",
                    () -> PathUpdates.checkSetPath("SET", "o", null, path().name("a").keys(), path().name("a").kinds()));
            assertIse("SET variable 'o' not found", () -> set(null, path().name("a").name("b"), 1L));
            assertIse("SET variable 'o' not found",
                    () -> PathUpdates.setPath("o", Unbound.VALUE, new Object[] {"a"}, new byte[] {NAME}, 1L));
            assertIse("APPEND TO variable 'o' not found",
                    () -> PathUpdates.checkSetPath("APPEND TO", "o", null, new Object[] {"a"}, new byte[] {NAME}));
        }

        @Test
        void intermediateObjectsAreNeverCreated() {
            assertIse("SET: segment 'a' not found at <root>", () -> set(json("{}"), path().name("a").name("b"), 1L));
        }

        @Test
        void missingStaticSegmentNamesTheWalkedLocation() {
            ObjectValue o = json("{\"a\":{\"b\":{}}}");
            assertIse("SET: segment 'c' not found at <root>.a.b",
                    () -> set(o, path().name("a").name("b").name("c").name("d"), 1L));
            ObjectValue withList = json("{\"a\":[{\"x\":{}}]}");
            assertIse("SET: segment 'y' not found at <root>.a.0",
                    () -> set(withList, path().name("a").index(0).name("y").name("z"), 1L));
            assertIse("SET: segment '7' not found at <root>", () -> set(o, path().index(7).name("z"), 1L));
        }

        @Test
        void nullCountsAsMissing() {
            assertIse("SET: segment 'a' not found at <root>", () -> set(json("{\"a\":null}"), path().name("a").name("b"), 1L));
            assertIse("SET path segment 'a' not found", () -> set(json("{\"a\":null}"), path().dyn("a").name("b"), 1L));
        }

        @Test
        void missingDynamicSegment() {
            assertIse("SET path segment 'zz' not found", () -> set(json("{}"), path().dyn("zz").name("x"), 1L));
            assertIse("SET path segment '3' not found", () -> set(json("{}"), path().dyn(3L).name("x"), 1L));
        }

        @Test
        void indexOutOfBoundsOnTheWay() {
            ObjectValue o = json("{\"xs\":[{}]}");
            assertIae("Index 3 out of bounds 0..0", () -> set(o, path().name("xs").dyn(3L).name("a"), 1L));
            assertIae("Index 3 out of bounds 0..0", () -> set(o, path().name("xs").index(3).name("a"), 1L));
            assertIae("Index -1 out of bounds 0..0", () -> set(o, path().name("xs").dyn(-1L).name("a"), 1L));
            assertIae("Index 0 out of bounds 0..-1", () -> set(json("{\"xs\":[]}"), path().name("xs").index(0).name("a"), 1L));
            assertIae("Failed requirement.", () -> set(o, path().name("xs").dyn(1L << 40).name("a"), 1L));
        }

        @Test
        void steppingIntoANonContainer() {
            assertIse("SET path enters non-container value",
                    () -> set(json("{\"a\":5}"), path().name("a").name("b").name("c"), 1L));
            assertIse("SET path enters non-container value",
                    () -> set(json("{\"xs\":[null]}"), path().name("xs").index(0).name("b").name("c"), 1L));
            assertIse("SET path enters non-container value", () -> set("text", path().name("b").name("c"), 1L));
        }

        @Test
        void nameSegmentOnAList() {
            ObjectValue o = json("{\"xs\":[{}]}");
            assertIse("Cannot use name segment on list", () -> set(o, path().name("xs").name("a").name("b"), 1L));
            assertIse("Cannot use name segment on list", () -> set(o, path().name("xs").name("a"), 1L));
        }

        @Test
        void keyAndIndexTypeErrors() {
            ObjectValue o = json("{\"xs\":[{}],\"m\":{}}");
            assertIse("Object key must be string or non-negative integer", () -> set(o, path().dyn(1.5).name("x"), 1L));
            assertIse("Object key must be string or non-negative integer", () -> set(o, path().dyn(null).name("x"), 1L));
            assertIse("Object key must be string or non-negative integer", () -> set(o, path().dyn(true), 1L));
            assertIae("Object key must be non-negative", () -> set(o, path().dyn(-1L).name("x"), 1L));
            assertIae("Object key must be non-negative", () -> set(o, path().name("m").dyn(-2L), 1L));
            assertIse("Index must be integer for list", () -> set(o, path().name("xs").dyn("a").name("x"), 1L));
            assertIse("Index must be integer for list", () -> set(o, path().name("xs").dyn(0.0), 1L));
        }

        @Test
        void leafOnAnArrayMustBeAnExistingIndex() {
            ObjectValue o = json("{\"xs\":[1]}");
            assertEquals("{\"xs\":[9]}", text(set(o, path().name("xs").index(0), 9L)));
            assertIae("Index 1 out of bounds 0..0", () -> set(o, path().name("xs").index(1), 1L)); // never grows
            assertIae("Index 1 out of bounds 0..0", () -> set(o, path().name("xs").dyn(1L), 1L));
        }

        @Test
        void leafParentMustBeAContainer() {
            assertIse("Target parent must be object or list", () -> set(json("{\"a\":5}"), path().name("a").name("b"), 1L));
            assertIse("Target parent must be object or list", () -> set(5L, path().name("b"), 1L));
            assertIse("Target parent must be object or list",
                    () -> set(json("{\"xs\":[null]}"), path().name("xs").index(0).name("b"), 1L));
        }

        @Test
        void checkLeavesTheLeafAlone() {
            // The leaf is resolved after the right-hand side (step 4), so the check accepts a bad leaf.
            ObjectValue o = json("{\"a\":5,\"xs\":[]}");
            assertDoesNotThrow(() -> PathUpdates.checkSetPath("SET", "o", o, new Object[] {"a", "b"},
                    new byte[] {NAME, NAME}));
            assertDoesNotThrow(() -> PathUpdates.checkSetPath("SET", "o", o, new Object[] {"xs", 4L},
                    new byte[] {NAME, INDEX}));
        }

        @Test
        void appendToPrefixInWalkMessages() {
            ObjectValue o = json("{\"a\":{\"b\":5}}");
            Object[] keys = {"a", "zz", "c"};
            byte[] kinds = {NAME, NAME, NAME};
            assertIse("APPEND TO: segment 'zz' not found at <root>.a",
                    () -> PathUpdates.checkSetPath("APPEND TO", "o", o, keys, kinds));
            assertIse("APPEND TO path segment 'zz' not found",
                    () -> PathUpdates.checkSetPath("APPEND TO", "o", o, new Object[] {"a", "zz", "c"},
                            new byte[] {NAME, DYNAMIC, NAME}));
            assertIse("APPEND TO path enters non-container value",
                    () -> PathUpdates.checkSetPath("APPEND TO", "o", o, new Object[] {"a", "b", "c", "d"},
                            new byte[] {NAME, NAME, NAME, NAME}));
        }

        @Test
        void unfrozenContainersAreUpdatedInPlaceAndFrozenOnesCopiedOnce() {
            ObjectValue shared = json("{\"a\":{\"b\":[0,0]},\"other\":{}}");
            ObjectValue root = (ObjectValue) set(shared, path().name("a").name("b").index(0), 1L);
            assertNotSame(shared, root);
            assertFalse(root.isFrozen());
            ObjectValue a = (ObjectValue) root.get("a");
            ArrayValue b = (ArrayValue) a.get("b");
            assertFalse(a.isFrozen());
            assertFalse(b.isFrozen());
            assertSame(((ObjectValue) shared).get("other"), root.get("other")); // untouched branches are shared
            for (long i = 0; i < 100; i++) {
                assertSame(root, set(root, path().name("a").name("b").index(1), i));
            }
            assertSame(a, root.get("a"));
            assertSame(b, a.get("b"));
            assertEquals("{\"a\":{\"b\":[0,0]},\"other\":{}}", text(shared));
            assertEquals("{\"a\":{\"b\":[1,99]},\"other\":{}}", text(root));
        }

        @Test
        void errorsHalfWayLeaveValuesUnchanged() {
            ObjectValue shared = json("{\"a\":{\"b\":{}}}");
            ObjectValue owned = shared.copy();
            assertIse("SET: segment 'c' not found at <root>.a.b",
                    () -> PathUpdates.setPath("o", owned, new Object[] {"a", "b", "c", "d"},
                            new byte[] {NAME, NAME, NAME, NAME}, 1L));
            assertEquals("{\"a\":{\"b\":{}}}", text(shared));
            assertEquals("{\"a\":{\"b\":{}}}", text(owned));
        }
    }

    @Nested
    class AppendPath {
        @Test
        void groupingSpecExample() {
            ArrayValue people = (ArrayValue) json(
                    "{\"people\":[{\"name\":\"a\",\"team\":\"x\"},{\"name\":\"b\",\"team\":\"y\"},"
                            + "{\"name\":\"c\",\"team\":\"x\"}]}").get("people");
            Object groups = new ObjectValue();
            for (Object p : people) {
                ObjectValue person = (ObjectValue) p;
                groups = append(groups, path().dyn(person.get("team")), person.get("name"));
            }
            assertEquals("{\"x\":[\"a\",\"c\"],\"y\":[\"b\"]}", text(groups));
        }

        @Test
        void tallyWorkedExample() {
            // §12.3: SET summary.count = summary.count + 1; APPEND TO summary.skus line.sku; MODIFY summary {...}
            ArrayValue lines = (ArrayValue) json("{\"lines\": [{\"sku\": \"A\", \"qty\": 2}, {\"sku\": \"B\", "
                    + "\"qty\": 0}, {\"sku\": \"C\", \"qty\": 1}]}").get("lines");
            ObjectValue start = new ObjectValue();
            start.put("count", 0L);
            start.put("skus", new ArrayValue());
            Object summary = start;
            for (Object l : lines) {
                ObjectValue line = (ObjectValue) l;
                if ((Long) line.get("qty") <= 0) continue;
                long count = (Long) Properties.member(summary, "count");
                summary = set(summary, path().name("count"), count + 1);
                summary = append(summary, path().name("skus"), line.get("sku"));
            }
            ObjectValue delta = new ObjectValue();
            delta.put("done", true);
            summary = PathUpdates.modify("summary", summary, new Object[0], delta);
            assertEquals("{\"count\":2,\"skus\":[\"A\",\"C\"],\"done\":true}", text(summary));
        }

        @Test
        void missingOrNullLeafStartsFromInit() {
            assertEquals("{\"a\":[1]}", text(append(json("{}"), path().name("a"), 1L)));
            assertEquals("{\"a\":[1]}", text(append(json("{\"a\":null}"), path().name("a"), 1L)));
            assertEquals("{\"a\":[0,1]}", text(appendInit(json("{}"), path().name("a"), 1L, value("[0]"))));
            assertEquals("{\"a\":[0,1]}", text(appendInit(json("{\"a\":null}"), path().name("a"), 1L, value("[0]"))));
            ArrayValue ownedInit = ArrayValue.of(5L); // a fresh INIT literal is used in place
            Object r = appendInit(json("{}"), path().name("a"), 6L, ownedInit);
            assertSame(ownedInit, ((ObjectValue) r).get("a"));
            assertEquals("[5,6]", text(ownedInit));
        }

        @Test
        void existingArrayIgnoresInit() {
            assertEquals("{\"a\":[1,2]}", text(appendInit(json("{\"a\":[1]}"), path().name("a"), 2L, value("[9]"))));
        }

        @Test
        void initMustBeAListEvenWhenNotNeeded() {
            assertIae("INIT for APPEND TO must evaluate to a list (got String)",
                    () -> appendInit(json("{\"a\":[1]}"), path().name("a"), 2L, "x"));
            assertIae("INIT for APPEND TO must evaluate to a list (got LinkedHashMap)",
                    () -> appendInit(json("{}"), path().name("a"), 2L, new ObjectValue()));
            assertIae("INIT for APPEND TO must evaluate to a list (got null)",
                    () -> appendInit(json("{}"), path().name("a"), 2L, null));
            // INIT is evaluated before the leaf is looked at, so its error comes first.
            assertIae("INIT for APPEND TO must evaluate to a list (got Long)",
                    () -> appendInit(json("{\"a\":\"s\"}"), path().name("a"), 2L, 1L));
        }

        @Test
        void leafHoldingANonList() {
            assertIse("APPEND TO expects list at target path, got Long", () -> append(json("{\"a\":1}"), path().name("a"), 2L));
            assertIse("APPEND TO expects list at target path, got String", () -> append(json("{\"a\":\"s\"}"), path().name("a"), 2L));
            assertIse("APPEND TO expects list at target path, got LinkedHashMap",
                    () -> append(json("{\"a\":{}}"), path().name("a"), 2L));
            assertIse("APPEND TO expects list at target path, got Double", () -> append(json("{\"a\":1.5}"), path().name("a"), 2L));
            assertIse("APPEND TO expects list at target path, got Boolean",
                    () -> append(json("{\"a\":true}"), path().name("a"), 2L));
        }

        @Test
        void walkAndLeafErrors() {
            assertIse("APPEND TO variable 'o' not found", () -> append(null, path().name("a"), 1L));
            assertIse("APPEND TO: segment 'k' not found at <root>", () -> append(json("{}"), path().name("k").name("x"), 1L));
            assertIse("APPEND TO path segment 'k' not found", () -> append(json("{}"), path().dyn("k").name("x"), 1L));
            assertIse("APPEND TO path enters non-container value",
                    () -> append(json("{\"a\":1}"), path().name("a").name("b").name("c"), 1L));
            assertIse("Target parent must be object or list", () -> append(json("{\"a\":1}"), path().name("a").name("b"), 1L));
            assertIse("Cannot use name segment on list", () -> append(json("{\"xs\":[]}"), path().name("xs").name("b"), 1L));
            assertIae("Index 0 out of bounds 0..-1", () -> append(json("{\"xs\":[]}"), path().name("xs").index(0), 1L));
            assertIse("Object key must be string or non-negative integer", () -> append(json("{}"), path().dyn(1.0), 1L));
            assertIae("Object key must be non-negative", () -> append(json("{}"), path().dyn(-1L), 1L));
        }

        @Test
        void checkResolvesTheLeafBeforeTheValueIsEvaluated() {
            assertIse("Target parent must be object or list",
                    () -> PathUpdates.checkAppendPath("o", json("{\"a\":1}"), new Object[] {"a", "b"},
                            new byte[] {NAME, NAME}));
            assertIae("Index 2 out of bounds 0..0",
                    () -> PathUpdates.checkAppendPath("o", json("{\"xs\":[[]]}"), new Object[] {"xs", 2L},
                            new byte[] {NAME, INDEX}));
            // A leaf holding a non-list is judged only after INIT was evaluated.
            assertDoesNotThrow(() -> PathUpdates.checkAppendPath("o", json("{\"a\":1}"), new Object[] {"a"},
                    new byte[] {NAME}));
        }

        @Test
        void leafMayBeAnArrayElement() {
            assertEquals("{\"m\":[[1,2]]}", text(append(json("{\"m\":[[1]]}"), path().name("m").index(0), 2L)));
            assertEquals("{\"m\":[[1],[5]]}", text(append(json("{\"m\":[[1],null]}"), path().name("m").dyn(1L), 5L)));
        }

        @Test
        void integerLeafKeysOnObjects() {
            Object o = append(new ObjectValue(), path().dyn(7L), "x");
            assertEquals("x", ((ArrayValue) ((ObjectValue) o).get(7L)).get(0));
        }

        @Test
        void appendingInALoopStaysInPlace() {
            ObjectValue shared = json("{\"acc\":{\"items\":[0]},\"n\":1}");
            Object root = append(shared, path().name("acc").name("items"), 1L); // copies the path once
            ObjectValue acc = (ObjectValue) ((ObjectValue) root).get("acc");
            ArrayValue items = (ArrayValue) acc.get("items");
            assertFalse(items.isFrozen());
            for (long i = 2; i < 100_000; i++) {
                Object next = PathUpdates.appendPath("o", root, new Object[] {"acc", "items"},
                        new byte[] {NAME, NAME}, i, null);
                assertSame(root, next);
            }
            assertSame(acc, ((ObjectValue) root).get("acc"));
            assertSame(items, acc.get("items"));
            assertEquals(100_000, items.size());
            assertEquals(99_999L, items.get(99_999));
            assertEquals("{\"acc\":{\"items\":[0]},\"n\":1}", text(shared));
        }

        @Test
        void afterAReadTheNextAppendCopies() {
            Object root = append(new ObjectValue(), path().name("xs"), 1L);
            ArrayValue before = (ArrayValue) ((ObjectValue) root).get("xs");
            // LET snapshot = root.xs: a value the program keeps is read through a freezing load of its root.
            Object seen = Properties.member(VariableOps.load(root), "xs");
            root = append(root, path().name("xs"), 2L);
            ArrayValue after = (ArrayValue) ((ObjectValue) root).get("xs");
            assertNotSame(before, after);
            assertEquals("[1]", text(seen));
            assertEquals("[1,2]", text(after));
        }
    }

    @Nested
    class AppendVariable {
        @Test
        void unboundVariable() {
            assertIse("APPEND TO variable 'xs' not found; declare with LET first",
                    () -> PathUpdates.appendVariableNeedsInit("xs", null, false));
            assertIse("APPEND TO variable 'xs' not found; declare with LET first",
                    () -> PathUpdates.appendVariable("xs", Unbound.VALUE, true, 1L, null, false));
        }

        @Test
        void nullVariableUsesInit() {
            assertTrue(PathUpdates.appendVariableNeedsInit("xs", null, true));
            assertEquals("[1]", text(PathUpdates.appendVariable("xs", null, true, 1L, null, false)));
            assertEquals("[0,1]", text(PathUpdates.appendVariable("xs", null, true, 1L, value("[0]"), true)));
            assertEquals("[]", text(PathUpdates.appendVariableInit(null, false)));
        }

        @Test
        void initMustBeAList() {
            assertIae("INIT for APPEND TO must evaluate to a list",
                    () -> PathUpdates.appendVariable("xs", null, true, 1L, "s", true));
            assertIae("INIT for APPEND TO must evaluate to a list", () -> PathUpdates.appendVariableInit(null, true));
        }

        @Test
        void arrayVariableIgnoresInit() {
            assertFalse(PathUpdates.appendVariableNeedsInit("xs", value("[1]"), true));
            // INIT is not evaluated in this case; whatever the caller passes is ignored.
            assertEquals("[1,2]", text(PathUpdates.appendVariable("xs", value("[1]"), true, 2L, "ignored", true)));
        }

        @Test
        void nonListVariable() {
            for (Object v : new Object[] {"s", 1L, new ObjectValue(), true}) {
                assertIse("APPEND TO expects list in variable 'xs'", () -> PathUpdates.appendVariableNeedsInit("xs", v, true));
                assertIse("APPEND TO expects list in variable 'xs'",
                        () -> PathUpdates.appendVariable("xs", v, true, 1L, null, false));
            }
        }

        @Test
        void frozenArrayIsCopiedOwnedArrayAppendedInPlace() {
            Object shared = value("[1]");
            Object first = PathUpdates.appendVariable("xs", shared, true, 2L, null, false);
            assertNotSame(shared, first);
            assertEquals("[1]", text(shared));
            Object acc = first;
            for (long i = 3; i <= 100_000; i++) {
                Object next = PathUpdates.appendVariable("xs", acc, true, i, null, false);
                assertSame(acc, next);
            }
            assertEquals(100_000, ((ArrayValue) acc).size());
        }

        @Test
        void appendHelper() {
            ArrayValue owned = ArrayValue.of(1L);
            assertSame(owned, PathUpdates.append(owned, 2L));
            ArrayValue frozen = ArrayValue.of(1L).freeze();
            ArrayValue copy = PathUpdates.append(frozen, 2L);
            assertNotSame(frozen, copy);
            assertEquals(1, frozen.size());
            assertEquals("[1,2]", text(copy));
        }
    }

    @Nested
    class Modify {
        private Object modify(Object root, Object[] path, String delta) {
            return PathUpdates.modify("cfg", root, path, json(delta).copy());
        }

        @Test
        void specExample() {
            ObjectValue cfg = json("{\"name\":\"svc\",\"opts\":{\"debug\":false}}");
            Object r = modify(cfg, new Object[] {"opts"}, "{\"debug\":true,\"level\":2}");
            assertEquals("{\"name\":\"svc\",\"opts\":{\"debug\":true,\"level\":2}}", text(r));
            assertEquals("{\"name\":\"svc\",\"opts\":{\"debug\":false}}", text(cfg));
        }

        @Test
        void shallowMergeKeepsPositionsAndAppendsInDeltaOrder() {
            ObjectValue o = json("{\"a\":1,\"b\":{\"x\":1},\"c\":3}");
            Object r = modify(o, new Object[0], "{\"z\":0,\"b\":{\"y\":2},\"a\":9,\"y\":8}");
            assertEquals("{\"a\":9,\"b\":{\"y\":2},\"c\":3,\"z\":0,\"y\":8}", text(r));
        }

        @Test
        void emptyDeltaIsAllowed() {
            assertEquals("{\"a\":1}", text(modify(json("{\"a\":1}"), new Object[0], "{}")));
        }

        @Test
        void integerPathSegments() {
            ObjectValue o = json("{\"xs\":[{\"a\":1},{\"a\":2}]}");
            Object r = modify(o, new Object[] {"xs", 1L}, "{\"a\":3}");
            assertEquals("{\"xs\":[{\"a\":1},{\"a\":3}]}", text(r));
            ObjectValue intKeys = new ObjectValue();
            intKeys.put(5L, new ObjectValue());
            Object r2 = modify(intKeys, new Object[] {5L}, "{\"k\":true}");
            assertEquals("{\"5\":{\"k\":true}}", text(r2));
        }

        @Test
        void rootNotFound() {
            assertIse("MODIFY root 'cfg' not found", () -> modify(null, new Object[0], "{}"));
            assertIse("MODIFY root 'cfg' not found", () -> modify(Unbound.VALUE, new Object[] {"a"}, "{}"));
        }

        @Test
        void missingOrNullSegment() {
            assertIse("MODIFY path segment 'x' not found", () -> modify(json("{}"), new Object[] {"x"}, "{}"));
            assertIse("MODIFY path segment 'x' not found", () -> modify(json("{\"x\":null}"), new Object[] {"x"}, "{}"));
            assertIse("MODIFY path segment '3' not found", () -> modify(json("{}"), new Object[] {3L}, "{}"));
        }

        @Test
        void nullArrayElement() {
            assertIse("MODIFY path index 1 is null", () -> modify(json("{\"xs\":[{},null]}"), new Object[] {"xs", 1L}, "{}"));
        }

        @Test
        void indexOutOfRange() {
            assertIae("Index 5 out of bounds 0..1", () -> modify(json("{\"xs\":[{},{}]}"), new Object[] {"xs", 5L}, "{}"));
        }

        @Test
        void nonContainerOnTheWay() {
            assertIse("MODIFY path enters non-container value", () -> modify(json("{\"a\":5}"), new Object[] {"a", "b"}, "{}"));
            assertIse("MODIFY path enters non-container value", () -> modify("s", new Object[] {"a"}, "{}"));
        }

        @Test
        void nameOnAList() {
            assertIse("Cannot use name segment on list", () -> modify(json("{\"xs\":[]}"), new Object[] {"xs", "a"}, "{}"));
        }

        @Test
        void targetMustBeAnObject() {
            assertIse("MODIFY target must be object", () -> modify(json("{\"a\":[1]}"), new Object[] {"a"}, "{}"));
            assertIse("MODIFY target must be object", () -> modify(json("{\"a\":5}"), new Object[] {"a"}, "{}"));
            assertIse("MODIFY target must be object", () -> modify(value("[1]"), new Object[0], "{}"));
        }

        @Test
        void ownedTargetsAreMergedInPlace() {
            ObjectValue owned = json("{\"a\":{\"b\":1}}").copy();
            Object first = modify(owned, new Object[] {"a"}, "{\"c\":2}");
            assertSame(owned, first);
            ObjectValue a = (ObjectValue) owned.get("a");
            assertFalse(a.isFrozen()); // copied once
            Object second = modify(owned, new Object[] {"a"}, "{\"d\":3}");
            assertSame(owned, second);
            assertSame(a, owned.get("a"));
            assertEquals("{\"a\":{\"b\":1,\"c\":2,\"d\":3}}", text(owned));
        }
    }
}
