package dev.turnout.stdlib;

import static dev.turnout.stdlib.LibraryCalls.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.ObjectValue;
import org.junit.jupiter.api.Test;

class AggregateFunctionsTest {

    @Test
    void length() {
        assertCall(5L, "LENGTH", "héllo");
        assertCall(2L, "LENGTH", arr(1, 2));
        assertCall(1L, "COUNT", obj("a", 1));
        assertCall(0L, "LENGTH", NULL);
        assertCall(0L, "LENGTH", "");
        assertCall(0L, "LENGTH", arr());
        assertCall(0L, "LENGTH", obj());
        assertCall(2L, "LENGTH", "😀"); // UTF-16 code units
        assertIse("LENGTH: unsupported type Long", "LENGTH", 5L);
        assertIse("LENGTH: unsupported type Boolean", "LENGTH", TRUE);
        assertIse("LENGTH: unsupported type BigDecimal", "LENGTH", bd("1.5"));
        assertIae("LENGTH(x)", "LENGTH");
    }

    @Test
    void countIsAnAliasWithLengthMessages() {
        assertCall(3L, "COUNT", arr(1, 2, 3));
        assertCall(5L, "COUNT", "héllo");
        assertIse("LENGTH: unsupported type Double", "COUNT", 1.5);
        assertIae("LENGTH(x)", "COUNT", arr(), arr());
    }

    @Test
    void sum() {
        assertCall(6L, "SUM", arr(1, 2, 3));
        assertCall(3.5, "SUM", arr(1, 2.5));
        assertCall(40.25, "SUM", arr(9.5, 12.0, 4.75, 14.0));
        assertCall(0L, "SUM", arr());
        assertCall(bi("9223372036854775808"), "SUM", arr(Long.MAX_VALUE, 1)); // I overflow goes to BI
        assertCall(bi("3"), "SUM", arr(bi("1"), 2)); // BI is never narrowed
        assertCall(bd("4.00"), "SUM", arr(bd("1.25"), bd("2.75")));
        assertCall(bd("3.5"), "SUM", arr(1, bd("2.5")));
        assertIse("SUM: arg must be list", "SUM", NULL);
        assertIse("SUM: arg must be list", "SUM", obj());
        assertIae("SUM: all elements must be numbers", "SUM", arr(1, null));
        assertIae("SUM: all elements must be numbers", "SUM", arr(1, "2"));
        assertIae("SUM: all elements must be numbers", "SUM", arr(bd("1"), 1.0, "x"));
        assertIae("Operator '+' does not allow mixing decimal and float; wrap floats with DEC()", "SUM",
                arr(bd("1.5"), 1.5));
        assertIae("SUM(listOfNumbers)", "SUM");
    }

    @Test
    void avg() {
        assertCall(2.5, "AVG", arr(1, 2, 3, 4));
        assertCall(3.0, "AVG", arr(2, 4));
        assertCall(null, "AVG", arr());
        assertCall("1.5", "STRING", call("AVG", arr(bd("1.0"), 2)));
        assertCall(1.5, "AVG", arr(bi("1"), bi("2")));
        assertIse("AVG: arg must be list", "AVG", "x");
        assertIae("AVG: all elements must be numbers", "AVG", arr(true));
        assertIae("Operator '+' does not allow mixing decimal and float; wrap floats with DEC()", "AVG",
                arr(1.5, bd("1.5")));
        assertIae("AVG(listOfNumbers)", "AVG", arr(), arr());
    }

    @Test
    void minAndMax() {
        assertCall(4.75, "MIN", arr(9.5, 12.0, 4.75));
        assertCall(10L, "MAX", arr(3, 10, 2));
        assertCall("a", "MIN", arr("b", "a"));
        assertCall(2L, "MIN", arr(2, "a"));
        assertCall("a", "MAX", arr(2, "a"));
        assertCall(null, "MIN", arr());
        assertCall(null, "MAX", arr());
        assertCall(true, "MAX", arr(false, true));
        assertCall(bi("123456789012345678901234567890"), "MAX", arr(1, bi("123456789012345678901234567890"), 2.5));
        assertCall(bd("0.5"), "MIN", arr(bd("0.5"), 1, bi("2")));
        assertIse("MIN: arg must be list", "MIN", NULL);
        assertIse("MAX: arg must be list", "MAX", obj());
        assertIae("compare does not allow mixing decimal and float; wrap floats with DEC()", "MIN",
                arr(bd("1"), 2.0));
        assertIae("MIN(list)", "MIN");
        assertIae("MAX(list)", "MAX", arr(), 1L);
    }

    @Test
    void tiesKeepTheFirstElement() {
        assertCall(1L, "MIN", arr(1, 1.0, 2));
        assertCall(1.0, "MIN", arr(1.0, 1, 2));
        assertCall(2L, "MAX", arr(1, 2, 2.0));
    }

    @Test
    void minAndMaxFreezeTheirResult() {
        ArrayValue inner = arr(2);
        Object result = call("MAX", arr(arr(1), inner)); // "[2]" > "[1]"
        assertTrue(result == inner);
        assertTrue(inner.isFrozen());
        Object min = call("MIN", arr(obj("z", 1)));
        assertTrue(((ObjectValue) min).isFrozen());
    }
}
