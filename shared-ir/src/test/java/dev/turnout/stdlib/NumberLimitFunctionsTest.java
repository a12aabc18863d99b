package dev.turnout.stdlib;

import static dev.turnout.stdlib.LibraryCalls.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import dev.turnout.runtime.NumberSize;
import dev.turnout.runtime.RunLimits;
import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/**
 * The number-size limit in the library (docs/limits.md): parsing, DEC, POWER, ROUND, FLOOR/CEIL and INT refuse a
 * result of more digits than the limit (10,000 by default, outside any run) before computing it, and accept one
 * exactly at the limit.
 */
class NumberLimitFunctionsTest {
    private static final String SEVENS = "7".repeat(1 << 20); // a string doubled 20 times, 1,048,576 digits

    /** Runs {@code body} with no number-size limit (for the checks that remain behind it). */
    static void unlimited(Runnable body) {
        withLimit(Long.MAX_VALUE, body);
    }

    static void withLimit(long digits, Runnable body) {
        RunLimits previous = new RunLimits(Long.MAX_VALUE, 0, RunLimits.DEFAULT_MAX_VALUE_SIZE, digits).enter();
        try {
            body.run();
        } finally {
            RunLimits.exit(previous);
        }
    }

    private static void assertLimit(String digits, String name, Object... args) {
        TransformException e = assertThrows(TransformException.class, () -> call(name, args));
        assertEquals(ErrorKind.LIMIT_EXCEEDED, e.kind(), e.getMessage());
        assertEquals("number size limit exceeded: " + digits + " digits (limit 10000)", e.getMessage());
        assertFalse(e.kind().catchable(), "TRY must not catch a limit error");
    }

    private static long digits(Object v) {
        return v instanceof BigDecimal bd ? NumberSize.digits(bd) : NumberSize.digits((BigInteger) v);
    }

    @Test
    void parseIntOfAMillionDigitsIsRefusedBeforeParsing() {
        assertLimit("1048576", "PARSE_INT", SEVENS);
        assertLimit("1048576", "INT", SEVENS);
        assertLimit("1048576", "DEC", SEVENS);
        assertLimit("1048578", "DEC", SEVENS + ".75e-1");
    }

    @Test
    void numeralsAtTheLimitAreParsed() {
        String max = "9".repeat(10_000);
        assertCall(new BigInteger(max), "PARSE_INT", max);
        assertCall(new BigInteger(max), "PARSE_INT", "x-" + max + ".");
        assertCall(new BigInteger("-" + max), "INT", "-" + max);
        assertCall(new BigInteger(max), "DEC", " " + max + " ");
        assertCall(new BigDecimal(max + "e-5"), "DEC", max + "e-5");
        assertLimit("10001", "PARSE_INT", max + "9");
        assertLimit("10001", "INT", "+" + max + "9");
        assertLimit("10001", "DEC", max + "9");
        // Leading zeros are not digits of the number.
        assertCall(5L, "PARSE_INT", "0".repeat(50_000) + "5");
        assertCall(5L, "INT", "0".repeat(50_000) + "5");
        assertCall(bd("0.5"), "DEC", "0".repeat(50_000) + ".5");
    }

    @Test
    void decimalExponentsCountTheDigitsOfThePlainForm() {
        assertEquals(10_000, digits(call("DEC", "1e9999")));
        assertLimit("10001", "DEC", "1e10000");
        assertEquals(10_000, digits(call("DEC", "1e-10000"))); // 0.000…1: 10,000 digits after the point
        assertLimit("10001", "DEC", "1e-10001");
        assertLimit("10001", "DEC", "10E+9999"); // short text: parsed, then checked
        assertEquals(1, digits(call("DEC", "0e5000")));
        assertEquals(301, digits(call("DEC", 1e-300))); // 1.0E-300: 0.000…10
        withLimit(300, () -> assertThrows(TransformException.class, () -> call("DEC", 1e-300)));
    }

    @Test
    void malformedLongNumeralsStayParseErrors() {
        assertFails(ErrorKind.NUMBER_FORMAT, "DEC: cannot parse '" + SEVENS + "x'", "DEC", SEVENS + "x");
        assertIse("INT: cannot parse '" + SEVENS + "x' as int", "INT", SEVENS + "x");
        assertFails(ErrorKind.NUMBER_FORMAT, "For input string: \"12x\"", "DEC", "12x");
    }

    @Test
    void numberParsesLongTextWithoutBigNumbers() {
        // NUMBER gives I or F only: no number-size limit, and Java's float parser is linear.
        assertCall(Double.POSITIVE_INFINITY, "NUMBER", SEVENS + ".0");
    }

    @Test
    void powerIsRefusedBeforeComputing() {
        assertEquals(10_000, digits(call("POWER", 3L, 20959L)));
        assertLimit("10001", "POWER", 3L, 20960L); // the estimate is within a digit: computed, then checked
        assertEquals(10_000, digits(call("POWER", bi("2"), 33219L)));
        assertLimit("10001", "POWER", 2L, 33220L);
        assertLimit("at least 477121254", "POWER", 3L, 1_000_000_000L);
        assertLimit("more than 1000000000000000000", "POWER", 3L, bi("100000000000000000000"));
        assertEquals(10_000, digits(call("POWER", bd("1.5"), 8502L)));
        assertLimit("10001", "POWER", bd("1.5"), 8503L);
        assertLimit("at least 1001954", "POWER", bd("3."), 2_100_000L); // exactly 1,001,955
        // A negative exponent has 34 digits, but they may lie far from the point.
        assertLimit("10001", "POWER", bd("0.1"), -10_000L);
        assertEquals(bd("1E+9999"), call("POWER", bd("0.1"), -9999L));
    }

    @Test
    void roundFloorCeilAndIntCheckTheirResults() {
        assertEquals(10_000, digits(call("ROUND", bd("1.5"), 9999L)));
        assertLimit("10001", "ROUND", bd("1.5"), 10_000L);
        assertLimit("10001", "ROUND", bd("0E-3"), 10_001L);
        assertEquals(10_000, digits(call("FLOOR", bd("1E+9999"))));
        assertLimit("at least 10001", "FLOOR", bd("1E+10000"));
        assertLimit("10001", "CEIL", bd("9".repeat(10_000) + ".5").setScale(1)); // rounds up to 10^10000
        assertLimit("10001", "INT", bd("1E+10000"));
        assertEquals(10_000, digits(call("ROUND", bd("1E+9999"), -3L)));
        withLimit(309, () -> assertEquals(309, String.valueOf(call("INT", 1e308)).length()));
        withLimit(308, () -> assertThrows(TransformException.class, () -> call("INT", 1e308)));
    }
}
