package dev.turnout.stdlib;

import static dev.turnout.stdlib.LibraryCalls.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.turnout.errors.TransformException;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.program.Closure;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Values;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class StandardLibraryTest {

    /** Every registered function and its usage text, in registration order. */
    private static final Map<String, String> USAGES = new LinkedHashMap<>();

    static {
        String[][] table = {
            {"KEYS", "KEYS(coll)"}, {"VALUES", "VALUES(obj)"}, {"ENTRIES", "ENTRIES(obj)"},
            {"GET", "GET(obj, key[, default])"}, {"PUT", "PUT(coll, key, value)"}, {"DELETE", "DELETE(coll, key)"},
            {"APPEND", "APPEND(list, value)"}, {"PREPEND", "PREPEND(list, value)"}, {"LISTIFY", "LISTIFY(x)"},
            {"IS_OBJECT", "IS_OBJECT(x)"}, {"WALK", "WALK(tree)"}, {"COLLECT", "COLLECT(iterable)"},
            {"PRINT", "PRINT(args…)"},
            {"STRING", "STRING(x)"}, {"NUMBER", "NUMBER(x)"}, {"BOOLEAN", "BOOLEAN(x)"}, {"INT", "INT(x)"},
            {"PARSE_INT", "PARSE_INT(x[, default])"}, {"SUBSTRING", "SUBSTRING(str, start[, len])"},
            {"SUBSTRING_BEFORE", "SUBSTRING_BEFORE(str, chars)"}, {"SUBSTRING_AFTER", "SUBSTRING_AFTER(str, chars)"},
            {"CONTAINS", "CONTAINS(str, substr)"}, {"MATCH", "MATCH(str, pattern)"},
            {"REPLACE", "REPLACE(str, pattern, repl)"}, {"SPLIT", "SPLIT(str, sep)"},
            {"JOIN", "JOIN(list, sep) or JOIN(list)"}, {"UPPER", "UPPER(str)"}, {"LOWER", "LOWER(str)"},
            {"TRIM", "TRIM(str)"}, {"PAD", "PAD(str, width[, padChars])"}, {"FORMAT", "FORMAT(template, args)"},
            {"DISTINCT", "DISTINCT(list)"}, {"FLATTEN", "FLATTEN(listOfLists)"}, {"SORT", "SORT(list)"},
            {"REVERSE", "REVERSE(list)"}, {"RANGE", "RANGE(n) | RANGE(start, end[, step])"}, {"ZIP", "ZIP(a, b)"},
            {"LENGTH", "LENGTH(x)"}, {"COUNT", "LENGTH(x)"}, {"SUM", "SUM(listOfNumbers)"},
            {"AVG", "AVG(listOfNumbers)"}, {"MIN", "MIN(list)"}, {"MAX", "MAX(list)"},
            {"MAP", "MAP(list, fn)"}, {"FILTER", "FILTER(list, fn)"}, {"REDUCE", "REDUCE(list, init, fn)"},
            {"SOME", "SOME(list, fn)"}, {"EVERY", "EVERY(list, fn)"}, {"FIND", "FIND(list, fn)"},
            {"SIFT", "SIFT(obj, fn)"}, {"APPLY", "APPLY(fn, ...)"}, {"IS_FUNCTION", "IS_FUNCTION(x)"},
            {"ABS", "ABS(number)"}, {"DEC", "DEC(x)"}, {"FLOOR", "FLOOR(number)"}, {"CEIL", "CEIL(number)"},
            {"ROUND", "ROUND(number[, precision])"}, {"POWER", "POWER(base, exponent)"}, {"SQRT", "SQRT(number)"},
            {"RANDOM", "RANDOM()"},
            {"NOW", "NOW()"},
            {"CHECKPOINT", "CHECKPOINT([label])"}, {"ASSERT", "ASSERT(cond[, msg])"}, {"EXPLAIN", "EXPLAIN(varName)"},
        };
        for (String[] row : table) USAGES.put(row[0], row[1]);
    }

    @Test
    void registersTheSixtyFourCoreFunctionsInAStableOrder() {
        List<LibraryFunction> all = StandardLibrary.all();
        assertEquals(64, all.size());
        assertEquals(List.copyOf(USAGES.keySet()), all.stream().map(LibraryFunction::name).toList());
        for (int i = 0; i < all.size(); i++) {
            LibraryFunction f = all.get(i);
            assertEquals(i, StandardLibrary.indexOf(f.name()));
            assertEquals(USAGES.get(f.name()), f.usage(), f.name());
            assertTrue(f == StandardLibrary.lookup(f.name()));
            assertTrue(StandardLibrary.isFunctionName(f.name()));
        }
        assertTrue(StandardLibrary.all() == all, "the list is built once");
    }

    @Test
    void unregisteredNames() {
        for (String name : new String[] {"AWAIT_SHARED", "SHARED_WRITE", "NOT", "EXISTS", "keys", "Keys", ""}) {
            assertEquals(-1, StandardLibrary.indexOf(name), name);
            assertFalse(StandardLibrary.isFunctionName(name), name);
        }
    }

    @Test
    void theListIsUnmodifiable() {
        assertThrows(UnsupportedOperationException.class, () -> StandardLibrary.all().remove(0));
    }

    @Test
    void onlyTheCompilerExpandedFunctionsLackAnImplementation() {
        Set<String> withoutImpl = new HashSet<>();
        for (LibraryFunction f : StandardLibrary.all()) if (f.impl() == null) withoutImpl.add(f.name());
        assertEquals(Set.of("MAP", "FILTER", "REDUCE", "SOME", "EVERY", "FIND", "SIFT", "APPLY"), withoutImpl);
    }

    @Test
    void arityRanges() {
        assertRange("IS_OBJECT", 0, -1);
        assertRange("PRINT", 0, -1);
        assertRange("CHECKPOINT", 0, -1);
        assertRange("ASSERT", 1, -1);
        assertRange("APPLY", 1, -1);
        assertRange("GET", 2, 3);
        assertRange("SUBSTRING", 2, 3);
        assertRange("PAD", 2, 3);
        assertRange("RANGE", 1, 3);
        assertRange("JOIN", 1, 2);
        assertRange("ROUND", 1, 2);
        assertRange("PARSE_INT", 1, 2);
        assertRange("RANDOM", 0, 0);
        assertRange("NOW", 0, 0);
        assertRange("REPLACE", 3, 3);
        assertRange("PUT", 3, 3);
    }

    private static void assertRange(String name, int min, int max) {
        LibraryFunction f = StandardLibrary.lookup(name);
        assertEquals(min, f.minArity(), name);
        assertEquals(max, f.maxArity(), name);
    }

    @Test
    void duplicateRegistrationIsRejected() {
        StandardLibrary.Builder b = new StandardLibrary.Builder();
        b.fixed("X", 1, "X(a)", args -> null);
        assertThrows(IllegalStateException.class, () -> b.fixed("X", 2, "X(a, b)", args -> null));
    }

    // ---- robustness ------------------------------------------------------------------------------------------

    /** Odd argument values; containers are built fresh for every call so mutation would be detected. */
    private static final List<Supplier<Object>> ODD_VALUES = List.of(
            () -> null,
            () -> Boolean.TRUE,
            () -> Boolean.FALSE,
            () -> -1L,
            () -> 0L,
            () -> Long.MIN_VALUE,
            () -> 1.5,
            () -> Double.NaN,
            () -> new BigInteger("-123456789012345678901234567890"),
            () -> new BigDecimal("-2.50"),
            () -> new BigDecimal("1E+3"),
            () -> "",
            () -> "x",
            () -> "{0}(",
            () -> new ArrayValue(),
            () -> arr(1, "a", null, arr(2.5), obj("k", -1)),
            () -> new ObjectValue(),
            () -> obj("a", 1, 7, arr(true), "n", null),
            StandardLibraryTest::closureValue);

    /** Closures are immutable; one shared instance keeps the snapshot comparison (by identity) meaningful. */
    private static final Closure CLOSURE = closure();

    private static Object closureValue() {
        return CLOSURE;
    }

    @Test
    void everyImplementationThrowsOnlyTransformExceptions() {
        PrintStream previous = CoreFunctions.setPrintStream(new PrintStream(OutputStream.nullOutputStream()));
        long calls = 0;
        try {
            for (LibraryFunction f : StandardLibrary.all()) {
                if (f.impl() == null) continue;
                int max = f.maxArity() == LibraryFunction.VARARGS ? Math.min(f.minArity() + 3, 3) : f.maxArity();
                for (int arity = f.minArity(); arity <= max; arity++) calls += callAllCombinations(f, arity);
            }
        } finally {
            CoreFunctions.setPrintStream(previous);
        }
        assertTrue(calls > 10_000, "calls: " + calls);
    }

    private static long callAllCombinations(LibraryFunction f, int arity) {
        int n = ODD_VALUES.size();
        int[] choice = new int[arity];
        long calls = 0;
        while (true) {
            Object[] args = new Object[arity];
            Object[] snapshot = new Object[arity];
            for (int i = 0; i < arity; i++) {
                args[i] = ODD_VALUES.get(choice[i]).get();
                snapshot[i] = ODD_VALUES.get(choice[i]).get();
                // An unfrozen first argument of PUT/DELETE/APPEND/PREPEND is owned by the call and updated in
                // place (CoreFunctionsTest checks that); frozen, as every shared value is, it must not change.
                if (i == 0 && ArgumentOwnership.updatesFirstInPlace(f)) Values.freeze(args[i]);
            }
            try {
                Object result = f.impl().call(args.clone());
                assertValidValue(result, f.name());
            } catch (TransformException expected) {
                assertNotNull(expected.getMessage(), f.name());
            } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
                fail(f.name() + describe(args) + " threw " + e, e);
            }
            for (int i = 0; i < arity; i++) {
                if (!same(snapshot[i], args[i])) {
                    fail(f.name() + describe(args) + " changed argument " + i);
                }
            }
            calls++;
            int k = arity - 1;
            while (k >= 0 && ++choice[k] == n) choice[k--] = 0;
            if (k < 0) return calls;
        }
    }

    private static String describe(Object[] args) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < args.length; i++) out.append(i > 0 ? ", " : "").append(show(args[i]));
        return out.append(')').toString();
    }

    /** Results must be values of the model (RUNTIME_API.md), at every depth. */
    private static void assertValidValue(Object v, String function) {
        if (v == null || v instanceof Boolean || v instanceof Long || v instanceof Double || v instanceof BigInteger
                || v instanceof BigDecimal || v instanceof String || v instanceof Closure) {
            return;
        }
        if (v instanceof ArrayValue a) {
            for (Object x : a) assertValidValue(x, function);
            return;
        }
        if (v instanceof ObjectValue o) {
            for (int i = 0; i < o.size(); i++) {
                Object key = o.keyAt(i);
                assertTrue(key instanceof String || (key instanceof Long k && k >= 0), function + " key " + key);
                assertValidValue(o.valueAt(i), function);
            }
            return;
        }
        fail(function + " returned a " + v.getClass().getName());
    }

    @Test
    void callersCheckArityWithTheUsageMessage() {
        for (LibraryFunction f : StandardLibrary.all()) {
            if (f.impl() == null) continue;
            if (f.minArity() > 0) {
                Object[] tooFew = new Object[f.minArity() - 1];
                assertIae(f.usage(), f.name(), tooFew);
            }
            if (f.maxArity() != LibraryFunction.VARARGS) {
                Object[] tooMany = new Object[f.maxArity() + 1];
                assertIae(f.usage(), f.name(), tooMany);
            }
        }
    }

    @Test
    void resultsNeverAliasUnfrozenArguments() {
        // A returned container taken from an argument must be frozen (RUNTIME_API.md "Ownership").
        ArrayValue list = arr(arr(1), obj("a", arr(2)));
        for (String name : new String[] {"LISTIFY", "COLLECT", "SORT", "REVERSE", "DISTINCT", "FLATTEN", "MIN",
                "MAX", "WALK"}) {
            ArrayValue fresh = arr(arr(1), obj("a", arr(2)));
            Object result = call(name, fresh);
            checkSharedPartsFrozen(result, fresh);
        }
        assertValue(arr(arr(1), obj("a", arr(2))), list);
    }

    /** Every container reachable from {@code result} that also belongs to {@code argument} must be frozen. */
    private static void checkSharedPartsFrozen(Object result, Object argument) {
        Set<Object> argumentParts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        collectContainers(argument, argumentParts);
        Set<Object> resultParts = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        collectContainers(result, resultParts);
        for (Object part : resultParts) {
            if (argumentParts.contains(part)) {
                boolean frozen = part instanceof ArrayValue a ? a.isFrozen() : ((ObjectValue) part).isFrozen();
                assertTrue(frozen, "shared but unfrozen: " + show(part));
            }
        }
    }

    private static void collectContainers(Object v, Set<Object> out) {
        if (v instanceof ArrayValue a) {
            out.add(a);
            for (Object x : a) collectContainers(x, out);
        } else if (v instanceof ObjectValue o) {
            out.add(o);
            for (int i = 0; i < o.size(); i++) collectContainers(o.valueAt(i), out);
        }
    }

    @Test
    void libraryFunctionRecordValidation() {
        assertThrows(IllegalArgumentException.class, () -> new LibraryFunction("", 0, 0, "u", null));
        assertThrows(IllegalArgumentException.class, () -> new LibraryFunction("F", 2, 1, "u", null));
        assertThrows(IllegalArgumentException.class, () -> new LibraryFunction("F", 0, 0, null, null));
        LibraryFunction f = new LibraryFunction("F", 1, 2, "F(a[, b])", args -> null);
        assertFalse(f.accepts(0));
        assertTrue(f.accepts(1));
        assertTrue(f.accepts(2));
        assertFalse(f.accepts(3));
        assertTrue(new LibraryFunction("G", 1, -1, "G(a, ...)", args -> null).accepts(100));
    }
}
