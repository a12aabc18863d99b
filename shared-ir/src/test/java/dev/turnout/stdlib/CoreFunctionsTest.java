package dev.turnout.stdlib;

import static dev.turnout.stdlib.LibraryCalls.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.ErrorKind;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.ObjectValue;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CoreFunctionsTest {

    // ---- KEYS, VALUES, ENTRIES -------------------------------------------------------------------------------

    @Test
    void keys() {
        assertCall(arr("a", "b"), "KEYS", obj("a", 1, "b", 2));
        assertCall(arr(0, 1, 2), "KEYS", arr(10, 20, 30));
        assertCall(arr(10), "KEYS", obj(10, "x"));
        assertCall(arr(), "KEYS", arr());
        assertCall(arr(), "KEYS", obj());
        assertIse("KEYS: arg must be list or object", "KEYS", 42L);
        assertIse("KEYS: arg must be list or object", "KEYS", NULL);
        assertIse("KEYS: arg must be list or object", "KEYS", "ab");
        assertIae("KEYS(coll)", "KEYS", 1L, 2L);
        assertIae("KEYS(coll)", "KEYS");
    }

    @Test
    void values() {
        assertCall(arr(1, "admin"), "VALUES", obj("id", 1, "role", "admin"));
        assertCall(arr(), "VALUES", obj());
        assertIse("VALUES: arg must be object", "VALUES", arr(1));
        assertIse("VALUES: arg must be object", "VALUES", NULL);
        assertIae("VALUES(obj)", "VALUES");
    }

    @Test
    void entries() {
        assertCall(arr(obj("key", "a", "value", 1)), "ENTRIES", obj("a", 1));
        assertCall(arr(obj("key", 5, "value", null), obj("key", "b", "value", arr())), "ENTRIES",
                obj(5, null, "b", arr()));
        assertIse("ENTRIES: arg must be object", "ENTRIES", "x");
        assertIae("ENTRIES(obj)", "ENTRIES", obj(), obj());
    }

    @Test
    void valuesSharedWithAnUnfrozenArgumentAreFrozen() {
        ObjectValue source = obj("a", arr(1));
        Object result = call("VALUES", source);
        assertFrozenDeep(((ArrayValue) result).get(0));
    }

    // ---- GET ---------------------------------------------------------------------------------------------------

    @Test
    void get() {
        assertCall(1L, "GET", obj("a", 1), "a", 0L);
        assertCall(null, "GET", obj("a", null), "a", "x");
        assertCall("x", "GET", obj(), "a", "x");
        assertCall(null, "GET", obj(), "a");
        assertCall(null, "GET", obj(1, "n"), "1");
        assertCall("n", "GET", obj(1, "n"), 1L);
        assertCall("n", "GET", obj(1, "n"), bi("1"));
        assertCall(null, "GET", obj("1", "s"), 1L);
    }

    @Test
    void getErrors() {
        assertIse("GET: first arg must be object", "GET", NULL, "a");
        assertIse("GET: first arg must be object", "GET", arr(1), 0L);
        assertIae("Object key must be non-negative", "GET", obj(), -1L);
        assertIse("Object key must be string or non-negative integer", "GET", obj(), 1.0);
        assertIse("Object key must be string or non-negative integer", "GET", obj(), NULL);
        assertIse("Object key must be string or non-negative integer", "GET", obj(), TRUE);
        assertIae("GET(obj, key[, default])", "GET", obj());
        assertIae("GET(obj, key[, default])", "GET", obj(), "a", 1L, 2L);
    }

    @Test
    void getFreezesTheReturnedChild() {
        ObjectValue source = obj("a", arr(1, 2));
        Object child = call("GET", source, "a");
        assertFrozenDeep(child);
        Object fallback = call("GET", obj(), "zz", arr(3));
        assertFrozenDeep(fallback);
    }

    // ---- PUT ---------------------------------------------------------------------------------------------------

    @Test
    void putObject() {
        ObjectValue source = obj("a", 1).freeze();
        assertCall(obj("a", 1, "b", 2), "PUT", source, "b", 2L);
        assertValue(obj("a", 1), source); // a frozen argument is unchanged
        assertCall(obj("a", 9, "b", 2), "PUT", obj("a", 1, "b", 2), "a", 9L);
        ObjectValue ints = (ObjectValue) call("PUT", obj(10, "x"), 20L, "y");
        assertEquals(10L, ints.keyAt(0));
        assertEquals(20L, ints.keyAt(1));
        assertCall(obj(1, "a", "1", "b"), "PUT", obj(1, "a"), "1", "b");
        assertIae("Object key must be non-negative", "PUT", obj(), -3L, 1L);
        assertIse("Object key must be string or non-negative integer", "PUT", obj(), 2.5, 1L);
    }

    @Test
    void putArray() {
        ArrayValue source = arr(10, 20, 30).freeze();
        assertCall(arr(10, 99, 30), "PUT", source, 1L, 99L);
        assertValue(arr(10, 20, 30), source);
        assertCall(arr(10, 20, 30, 40), "PUT", arr(10, 20, 30), 3L, 40L);
        assertCall(arr(10, 99, 30), "PUT", arr(10, 20, 30), "1", 99L); // string index
        assertCall(arr(1), "PUT", arr(), 0L, 1L);
        assertIse("PUT: index 4 out of bounds 0..3", "PUT", arr(10, 20, 30), 4L, 1L);
        // D7: a negative index behaves like the reference's literal -1, whatever its origin.
        assertFails(ErrorKind.INDEX_OUT_OF_BOUNDS, "Index -1 out of bounds for length 3", "PUT", arr(10, 20, 30),
                -1L, 1L);
        assertFails(ErrorKind.INDEX_OUT_OF_BOUNDS, "Index -2 out of bounds for length 0", "PUT", arr(), "-2", 1L);
        assertIae("Index 4294967296 out of bounds", "PUT", arr(1), 4294967296L, 1L);
        assertIae("Index abc out of bounds", "PUT", arr(1), "abc", 1L);
        assertIse("Index must be integer for list", "PUT", arr(1), 0.0, 1L);
        assertIse("Index must be integer for list", "PUT", arr(1), NULL, 1L);
    }

    @Test
    void putErrors() {
        assertIse("PUT: unsupported collection", "PUT", NULL, "a", 1L);
        assertIse("PUT: unsupported collection", "PUT", "s", 0L, 1L);
        assertIae("PUT(coll, key, value)", "PUT", obj(), "a");
    }

    // ---- DELETE ------------------------------------------------------------------------------------------------

    @Test
    void delete() {
        ObjectValue source = obj("a", 1, "b", 2, "c", 3).freeze();
        assertCall(obj("a", 1, "c", 3), "DELETE", source, "b");
        assertValue(obj("a", 1, "b", 2, "c", 3), source);
        assertCall(obj("a", 1), "DELETE", obj("a", 1), "zz");
        assertCall(obj("a", 1), "DELETE", obj("a", 1, 7, 2), 7L);
        assertCall(obj("a", 1, 7, 2), "DELETE", obj("a", 1, 7, 2), "7"); // "7" is not the integer key 7
        ArrayValue list = arr(10, 20, 30).freeze();
        assertCall(arr(10, 30), "DELETE", list, 1L);
        assertValue(arr(10, 20, 30), list);
        assertCall(arr(20, 30), "DELETE", arr(10, 20, 30), "0");
        assertIae("DELETE: index 3 out of bounds 0..2", "DELETE", arr(10, 20, 30), 3L);
        assertIae("DELETE: index -1 out of bounds 0..2", "DELETE", arr(10, 20, 30), -1L);
        assertIae("DELETE: index 0 out of bounds 0..-1", "DELETE", arr(), 0L);
        assertIse("DELETE: unsupported collection", "DELETE", "abc", 0L);
        assertIse("DELETE: unsupported collection", "DELETE", NULL, 0L);
        assertIse("Index must be integer for list", "DELETE", arr(1), 0.5);
        assertIae("DELETE(coll, key)", "DELETE", arr(1));
    }

    // ---- APPEND, PREPEND, LISTIFY, IS_OBJECT -------------------------------------------------------------------

    @Test
    void anOwnedFirstArgumentIsUpdatedInPlace() {
        // An unfrozen argument belongs to the call (a fresh value, or a dead variable's value moved in).
        ObjectValue o = obj("a", 1);
        assertSame(o, call("PUT", o, "b", 2L));
        assertValue(obj("a", 1, "b", 2), o);
        assertSame(o, call("DELETE", o, "a"));
        assertValue(obj("b", 2), o);
        ArrayValue xs = arr(1, 2);
        assertSame(xs, call("APPEND", xs, 3L));
        assertSame(xs, call("PREPEND", xs, 0L));
        assertSame(xs, call("PUT", xs, 1L, 9L));
        assertSame(xs, call("PUT", xs, 4L, 4L));
        assertSame(xs, call("DELETE", xs, 0L));
        assertValue(arr(9, 2, 3, 4), xs);
        // Failing calls change nothing.
        assertIse("PUT: index 9 out of bounds 0..4", "PUT", xs, 9L, 1L);
        assertIae("DELETE: index 7 out of bounds 0..3", "DELETE", xs, 7L);
        assertValue(arr(9, 2, 3, 4), xs);
        // PUT(o, k, o) stores the old o: o is frozen first, so the call copies.
        ObjectValue self = obj("a", 1);
        ObjectValue result = (ObjectValue) call("PUT", self, "me", self);
        assertNotSame(self, result);
        assertSame(self, result.get("me"));
        ArrayValue list = arr(1);
        ArrayValue appended = (ArrayValue) call("APPEND", list, list);
        assertNotSame(list, appended);
        assertValue(arr(1), list);
    }

    @Test
    void appendAndPrepend() {
        ArrayValue source = arr(1, 2).freeze();
        assertCall(arr(1, 2, 99), "APPEND", source, 99L);
        assertCall(arr(0, 1, 2), "PREPEND", source, 0L);
        assertValue(arr(1, 2), source);
        assertCall(arr(1, arr(2)), "APPEND", arr(1), arr(2));
        assertCall(arr((Object) null), "APPEND", arr(), NULL);
        assertIse("APPEND: first arg must be list", "APPEND", NULL, 1L);
        assertIse("PREPEND: first arg must be list", "PREPEND", obj(), 1L);
        assertIae("APPEND(list, value)", "APPEND", arr());
        assertIae("PREPEND(list, value)", "PREPEND", arr(), 1L, 2L);
    }

    @Test
    void listify() {
        assertCall(arr(), "LISTIFY", NULL);
        ArrayValue list = arr(1, 2);
        Object same = call("LISTIFY", list);
        assertTrue(list == same);
        assertTrue(list.isFrozen());
        ObjectValue o = obj("a", 1);
        assertCall(arr(obj("a", 1)), "LISTIFY", o);
        assertTrue(o.isFrozen());
        assertIse("LISTIFY: arg must be list, object, or null", "LISTIFY", "x");
        assertIse("LISTIFY: arg must be list, object, or null", "LISTIFY", 0L);
        assertIae("LISTIFY(x)", "LISTIFY");
    }

    @Test
    void isObject() {
        assertCall(true, "IS_OBJECT", obj());
        assertCall(false, "IS_OBJECT", arr());
        assertCall(false, "IS_OBJECT", NULL);
        assertCall(false, "IS_OBJECT", "x");
        assertCall(false, "IS_OBJECT"); // no arity check
        assertCall(true, "IS_OBJECT", obj(), 1L, 2L);
    }

    // ---- WALK, COLLECT -----------------------------------------------------------------------------------------

    @Test
    void walkExample() {
        ObjectValue tree = obj("a", arr(1), "b", "x");
        Object walked = call("COLLECT", call("WALK", tree));
        assertValue(arr(
                obj("path", arr(), "key", null, "value", obj("a", arr(1), "b", "x"), "depth", 0L, "isLeaf", false),
                obj("path", arr("a"), "key", "a", "value", arr(1), "depth", 1L, "isLeaf", false),
                obj("path", arr("a", 0), "key", 0L, "value", 1L, "depth", 2L, "isLeaf", true),
                obj("path", arr("b"), "key", "b", "value", "x", "depth", 1L, "isLeaf", true)), walked);
    }

    @Test
    void walkScalarsAndEmptyContainers() {
        assertCall(arr(obj("path", arr(), "key", null, "value", 5L, "depth", 0L, "isLeaf", true)), "WALK", 5L);
        assertCall(arr(obj("path", arr(), "key", null, "value", null, "depth", 0L, "isLeaf", true)), "WALK", NULL);
        assertCall(arr(obj("path", arr(), "key", null, "value", arr(), "depth", 0L, "isLeaf", true)), "WALK", arr());
        assertCall(arr(obj("path", arr(), "key", null, "value", obj(), "depth", 0L, "isLeaf", true)), "WALK", obj());
    }

    @Test
    void walkReturnsAnArraySoArrayFunctionsAcceptIt() {
        // Turnout returns an array (allowed by the spec), so LENGTH(WALK(x)) and MAP(WALK(x), f) work.
        assertCall(4L, "LENGTH", call("WALK", obj("a", arr(1), "b", "x")));
        ArrayValue walked = (ArrayValue) call("WALK", obj("k", obj(3, "v")));
        assertValue(arr("k", 3), ((ObjectValue) walked.get(2)).get("path"));
        assertValue(3L, ((ObjectValue) walked.get(2)).get("key"));
        // Sub-trees appear in several entries, so they are frozen.
        assertFrozenDeep(((ObjectValue) walked.get(1)).get("value"));
    }

    @Test
    void walkDeepTreeDoesNotOverflowTheStack() {
        Object tree = 1L;
        for (int i = 0; i < 5_000; i++) tree = ArrayValue.of(tree).freeze();
        ArrayValue walked = (ArrayValue) call("WALK", tree);
        assertEquals(5_001, walked.size());
        assertEquals(5_000L, ((ObjectValue) walked.get(5_000)).get("depth"));
    }

    @Test
    void collect() {
        ArrayValue source = arr(1, arr(2));
        Object copy = call("COLLECT", source);
        assertValue(arr(1, arr(2)), copy);
        assertTrue(copy != source);
        assertIse("COLLECT: arg must be iterable/sequence, got null", "COLLECT", NULL);
        assertIse("COLLECT: arg must be iterable/sequence, got LinkedHashMap", "COLLECT", obj());
        assertIse("COLLECT: arg must be iterable/sequence, got String", "COLLECT", "abc");
        assertIae("COLLECT(iterable)", "COLLECT");
    }

    // ---- PRINT -------------------------------------------------------------------------------------------------

    @Test
    void printWritesOneLinePerArgument() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream previous = CoreFunctions.setPrintStream(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        try {
            assertNull(call("PRINT", arr(1, "a", null, arr(2.0)), obj("k", 1, 2, "v"), NULL, "héllo", 2.0));
            assertNull(call("PRINT"));
        } finally {
            CoreFunctions.setPrintStream(previous);
        }
        String expected = String.join(System.lineSeparator(), "1, a, null, [2.0]", "(k, 1), (2, v)", "null",
                "héllo", "2.0") + System.lineSeparator();
        assertEquals(expected, bytes.toString(StandardCharsets.UTF_8));
    }

    @Test
    void arity() {
        LibraryFunction isObject = StandardLibrary.lookup("IS_OBJECT");
        assertEquals(0, isObject.minArity());
        assertEquals(-1, isObject.maxArity());
        assertFalse(StandardLibrary.lookup("KEYS").accepts(2));
    }
}
