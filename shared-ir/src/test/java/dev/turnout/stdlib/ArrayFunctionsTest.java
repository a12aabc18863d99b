package dev.turnout.stdlib;

import static dev.turnout.stdlib.LibraryCalls.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.runtime.ArrayValue;
import dev.turnout.program.Closure;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ArrayFunctionsTest {

    // ---- DISTINCT ----------------------------------------------------------------------------------------------

    @Test
    void distinct() {
        assertCall(arr(3, 1, 2), "DISTINCT", arr(3, 1, 2, 2, 3));
        assertCall(arr(1, "1"), "DISTINCT", arr(1, "1", 1));
        assertCall(arr(arr(1)), "DISTINCT", arr(arr(1), arr(1)));
        assertCall(arr(), "DISTINCT", arr());
        assertCall(arr(null, false, ""), "DISTINCT", arr(null, false, "", null, false, ""));
        assertCall(arr(obj("a", 1, "b", 2)), "DISTINCT", arr(obj("a", 1, "b", 2), obj("b", 2, "a", 1)));
        assertIse("DISTINCT: arg must be list", "DISTINCT", obj());
        assertIse("DISTINCT: arg must be list", "DISTINCT", NULL);
        assertIae("DISTINCT(list)", "DISTINCT");
    }

    @Test
    void distinctComparesNumbersByValue() {
        // D2: numbers compare by value at every depth; the first occurrence is kept.
        assertCall(arr(1), "DISTINCT", arr(1, 1.0));
        assertCall(arr(1.0), "DISTINCT", arr(1.0, 1));
        assertCall(arr(bi("2"), 3L), "DISTINCT", arr(bi("2"), 2, 2.0, 3));
        assertCall(arr(bd("2.50")), "DISTINCT", arr(bd("2.50"), bd("2.5")));
        assertCall(arr(arr(1, obj("a", 2))), "DISTINCT", arr(arr(1, obj("a", 2)), arr(1.0, obj("a", bi("2")))));
        assertCall(arr(0.0, -0.0), "DISTINCT", arr(0.0, -0.0, 0L)); // 0 == -0.0 is false (§9.6)
        assertCall(arr(Double.NaN), "DISTINCT", arr(Double.NaN, Double.NaN));
        assertCall(arr(bi("123456789012345678901234567890")), "DISTINCT",
                arr(bi("123456789012345678901234567890"), bd("123456789012345678901234567890.0")));
    }

    @Test
    void distinctNeverFailsOnDecimalAndFloat() {
        // Equality rejects the mix; DISTINCT treats such values as different instead of failing.
        assertCall(arr(bd("1.0"), 1.0), "DISTINCT", arr(bd("1.0"), 1.0));
        assertCall(arr(bd("1.0"), 1.0), "DISTINCT", arr(bd("1.0"), 1.0, 1L)); // 1 equals both; first one wins
        assertCall(arr(arr(bd("1")), arr(1.0)), "DISTINCT", arr(arr(bd("1")), arr(1.0)));
    }

    @Test
    void distinctFunctionsAreEqualOnlyToThemselves() {
        Closure f = closure();
        Closure g = closure();
        ArrayValue result = (ArrayValue) call("DISTINCT", arr(f, g, f));
        assertEquals(2, result.size());
        assertTrue(result.get(0) == f && result.get(1) == g);
    }

    @Test
    void distinctIsLinearForLargeInputs() {
        Object[] items = new Object[200_000];
        for (int i = 0; i < items.length; i++) items[i] = (long) (i % 1000);
        ArrayValue result = (ArrayValue) call("DISTINCT", ArrayValue.of(items));
        assertEquals(1000, result.size());
    }

    // ---- FLATTEN -----------------------------------------------------------------------------------------------

    @Test
    void flatten() {
        assertCall(arr(1, 2, 3, 4, arr(5)), "FLATTEN", arr(arr(1, 2), arr(3), 4, arr(arr(5))));
        assertCall(arr(), "FLATTEN", arr());
        assertCall(arr(), "FLATTEN", arr(arr(), arr()));
        assertCall(arr(null, obj("a", 1)), "FLATTEN", arr(null, obj("a", 1)));
        ArrayValue inner = arr(arr(9));
        Object result = call("FLATTEN", arr(inner));
        assertValue(arr(arr(9)), result);
        assertFrozenDeep(((ArrayValue) result).get(0));
        assertIse("FLATTEN: arg must be list", "FLATTEN", "ab");
        assertIae("FLATTEN(listOfLists)", "FLATTEN");
    }

    // ---- SORT --------------------------------------------------------------------------------------------------

    @Test
    void sort() {
        assertCall(arr(1, 9, 10), "SORT", arr(10, 9, 1));
        assertCall(arr("C", "a", "b"), "SORT", arr("b", "a", "C"));
        assertCall(arr(false, true), "SORT", arr(true, false));
        assertCall(arr(), "SORT", arr());
        assertCall(arr(0.5, 1, bi("2"), 2.5), "SORT", arr(2.5, bi("2"), 1, 0.5));
        assertCall(arr(bd("1.5"), 2L, bi("3")), "SORT", arr(bi("3"), bd("1.5"), 2L));
        assertIse("SORT: arg must be list", "SORT", obj());
        assertIae("SORT(list)", "SORT");
    }

    @Test
    void sortMixedTypesFallsBackToText() {
        // 2 vs "a": "2" < "a"; null's text is "null".
        assertCall(arr(2, "a", null), "SORT", arr(null, "a", 2));
        // "[1]" < "b" < "{a=1}" by UTF-16 code unit.
        assertCall(arr(arr(1), "b", obj("a", 1)), "SORT", arr("b", obj("a", 1), arr(1)));
    }

    @Test
    void sortIsStable() {
        // 1, 1.0 and DEC-free BI 1 are equal numbers: their order is kept.
        ArrayValue sorted = (ArrayValue) call("SORT", arr(2, 1.0, bi("1"), 1, 0));
        assertValue(arr(0, 1.0, bi("1"), 1, 2), sorted);
    }

    @Test
    void sortNonTransitiveMixDoesNotFail() {
        // 10 < "5" (text), "5" < 7 (text), 7 < 10 (numbers): no total order, but SORT must not fail.
        Random random = new Random(42);
        List<Object> pool = List.of(10L, "5", 7L, 3.5, "x", true, 100L, "10");
        for (int round = 0; round < 200; round++) {
            List<Object> items = new ArrayList<>();
            int n = 1 + random.nextInt(80);
            for (int i = 0; i < n; i++) items.add(pool.get(random.nextInt(pool.size())));
            ArrayValue result = (ArrayValue) call("SORT", ArrayValue.of(items.toArray()));
            assertEquals(n, result.size());
        }
    }

    @Test
    void sortDecimalFloatMixFails() {
        assertIae("compare does not allow mixing decimal and float; wrap floats with DEC()", "SORT",
                arr(bd("1.5"), 1.0));
    }

    @Test
    void sortLargeInputs() {
        Random random = new Random(7);
        Object[] longs = new Object[5000];
        Object[] mixed = new Object[5000];
        for (int i = 0; i < longs.length; i++) {
            longs[i] = random.nextLong() % 1000;
            mixed[i] = random.nextBoolean() ? (Object) (random.nextDouble() * 100) : (Object) (long) random.nextInt(100);
        }
        ArrayValue a = (ArrayValue) call("SORT", ArrayValue.of(longs));
        ArrayValue b = (ArrayValue) call("SORT", ArrayValue.of(mixed));
        for (int i = 1; i < a.size(); i++) assertTrue((Long) a.get(i - 1) <= (Long) a.get(i));
        for (int i = 1; i < b.size(); i++) {
            assertTrue(((Number) b.get(i - 1)).doubleValue() <= ((Number) b.get(i)).doubleValue());
        }
    }

    @Test
    void sortDoesNotTouchTheArgument() {
        ArrayValue source = arr(3, 1, 2);
        assertCall(arr(1, 2, 3), "SORT", source);
        assertValue(arr(3, 1, 2), source);
    }

    // ---- REVERSE -----------------------------------------------------------------------------------------------

    @Test
    void reverse() {
        assertCall(arr(3, 2, 1), "REVERSE", arr(1, 2, 3));
        assertCall(arr(), "REVERSE", arr());
        assertIse("REVERSE: arg must be list", "REVERSE", "abc");
        assertIae("REVERSE(list)", "REVERSE", arr(), arr());
    }

    // ---- RANGE -------------------------------------------------------------------------------------------------

    @Test
    void range() {
        assertCall(arr(0, 1, 2), "RANGE", 3L);
        assertEquals(10, ((ArrayValue) call("RANGE", 0L, 9L)).size());
        assertCall(arr(1, 3, 5), "RANGE", 1L, 5L, 2L);
        assertCall(arr(5, 3, 1), "RANGE", 5L, 1L, 2L);
        assertCall(arr(3, 2, 1), "RANGE", 3L, 1L);
        assertCall(arr(1, 4), "RANGE", 1L, 6L, 3L);
        assertCall(arr(2), "RANGE", 2L, 2L);
        assertCall(arr(1, 2, 3), "RANGE", 1L, 3L, 0L); // a step below 1 is 1
        assertCall(arr(1, 2, 3), "RANGE", 1L, 3L, -4L);
        assertCall(arr(-2, -1, 0), "RANGE", -2L, 0L); // negatives pass through (D7)
        assertCall(arr(0, 1), "RANGE", "2");
        assertCall(arr(0, 1), "RANGE", bi("2"));
    }

    @Test
    void rangeOfZeroOrNegativeIsEmpty() {
        // D5: the reference's RANGE(0) is [0, -1]; Turnout returns [].
        assertCall(arr(), "RANGE", 0L);
        assertCall(arr(), "RANGE", -2L);
    }

    @Test
    void rangeErrors() {
        assertIse("Index must be integer for list", "RANGE", 2.0);
        assertIse("Index must be integer for list", "RANGE", NULL);
        assertIse("Index must be integer for list", "RANGE", 0L, 3L, TRUE);
        assertIae("Index abc out of bounds", "RANGE", "abc");
        assertIae("Index 4294967296 out of bounds", "RANGE", 4294967296L);
        assertIae("Index -99999999999 out of bounds", "RANGE", 0L, -99999999999L);
        assertIae("RANGE: too many elements", "RANGE", -2147483648L, 2147483647L);
        assertIae("RANGE(n) | RANGE(start, end[, step])", "RANGE");
        assertIae("RANGE(n) | RANGE(start, end[, step])", "RANGE", 1L, 2L, 3L, 4L);
    }

    // ---- ZIP ---------------------------------------------------------------------------------------------------

    @Test
    void zip() {
        assertCall(arr(arr(1, "a"), arr(2, "b")), "ZIP", arr(1, 2, 3), arr("a", "b"));
        assertCall(arr(), "ZIP", arr(), arr(1));
        assertIse("ZIP: first arg must be list", "ZIP", NULL, arr());
        assertIse("ZIP: second arg must be list", "ZIP", arr(), "x");
        assertIae("ZIP(a, b)", "ZIP", arr());
    }
}
