package dev.turnout.stdlib;

import static dev.turnout.stdlib.LibraryCalls.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class NumericFunctionsTest {

    // ---- ABS ---------------------------------------------------------------------------------------------------

    @Test
    void abs() {
        assertCall(3L, "ABS", -3L);
        assertCall(2.5, "ABS", -2.5);
        assertCall("1.50", "STRING", call("ABS", bd("-1.50")));
        assertCall(bi("123456789012345678901234567890"), "ABS", bi("-123456789012345678901234567890"));
        assertCall(0.0, "ABS", -0.0);
        assertCall(null, "ABS", NULL);
        // The reference leaves the most negative I negative; Turnout gives the exact BI, like negation.
        assertCall(bi("9223372036854775808"), "ABS", Long.MIN_VALUE);
        assertIse("ABS: arg must be numeric", "ABS", "-3");
        assertIse("ABS: arg must be numeric", "ABS", TRUE);
        assertIae("ABS(number)", "ABS");
    }

    // ---- DEC ---------------------------------------------------------------------------------------------------

    @Test
    void dec() {
        assertCall(null, "DEC", NULL);
        assertCall(bi("2"), "DEC", 2L);
        assertCall(bi("5"), "DEC", bi("5"));
        assertCall(bd("1.5"), "DEC", bd("1.5"));
        assertCall(bd("0.1"), "DEC", 0.1);
        assertCall(bd("1.5"), "DEC", 1.5);
        assertCall(bd("2.0"), "DEC", 2.0);
        assertEquals(1, ((BigDecimal) call("DEC", 2.0)).scale());
        assertCall(bd("1.25"), "DEC", "1.25");
        assertCall(bd("1E+3"), "DEC", "1e3");
        assertCall(bi("123456789012345678901234567890"), "DEC", " 123456789012345678901234567890 ");
        assertCall(bi("-7"), "DEC", "-7");
        assertIse("DEC: cannot parse ''", "DEC", "");
        assertIse("DEC: cannot parse '  '", "DEC", "  ");
        assertIse("DEC: unsupported type Boolean", "DEC", TRUE);
        assertIse("DEC: unsupported type ArrayList", "DEC", arr());
        assertIae("DEC(x)", "DEC");
    }

    @Test
    void decMalformedTextIsNumberFormatException() {
        assertFails(ErrorKind.NUMBER_FORMAT, "For input string: \"abc\"", "DEC", "abc");
        TransformException e = assertThrows(TransformException.class, () -> call("DEC", "1.2.3"));
        assertEquals(ErrorKind.NUMBER_FORMAT, e.kind());
        TransformException nan = assertThrows(TransformException.class, () -> call("DEC", Double.NaN));
        assertEquals(ErrorKind.NUMBER_FORMAT, nan.kind());
    }

    @Test
    void decExamples() {
        Object sum = dev.turnout.runtime.Operators.add(call("DEC", "1.25"), call("DEC", "2.75"));
        assertCall("4.00", "STRING", sum);
        assertTrue(dev.turnout.runtime.Operators.equal(sum, call("DEC", "4.0")));
        assertTrue(dev.turnout.runtime.Operators.equal(call("DEC", 2L), call("DEC", "2")));
    }

    // ---- FLOOR, CEIL -------------------------------------------------------------------------------------------

    @Test
    void floorAndCeil() {
        assertCall(2.0, "FLOOR", 2.7);
        assertCall(3.0, "CEIL", 2.1);
        assertCall(-3.0, "FLOOR", -2.5);
        assertCall(-2.0, "CEIL", -2.5);
        assertCall(5L, "FLOOR", 5L);
        assertCall(bi("5"), "CEIL", bi("5"));
        assertCall(null, "FLOOR", NULL);
        assertCall(null, "CEIL", NULL);
        assertIse("FLOOR: arg must be numeric", "FLOOR", "2.5");
        assertIse("CEIL: arg must be numeric", "CEIL", arr());
        assertIae("FLOOR(number)", "FLOOR");
        assertIae("CEIL(number)", "CEIL", 1L, 2L);
    }

    @Test
    void floorAndCeilOfDecimalsRoundTowardInfinity() {
        // D5: the reference truncates toward zero (FLOOR(DEC("-1.5")) is -1); Turnout rounds properly, giving BI.
        assertCall(bi("-2"), "FLOOR", bd("-1.5"));
        assertCall(bi("2"), "CEIL", bd("1.2"));
        assertCall(bi("1"), "FLOOR", bd("1.9"));
        assertCall(bi("-1"), "CEIL", bd("-1.9"));
        assertCall(bi("3"), "FLOOR", bd("3.000"));
        assertCall(bi("1000"), "CEIL", bd("1E+3"));
    }

    // ---- ROUND -------------------------------------------------------------------------------------------------

    @Test
    void roundExamples() {
        assertCall(2L, "ROUND", 2.5);
        assertCall(4L, "ROUND", 3.5);
        assertCall(-2L, "ROUND", -1.5);
        assertCall(2.051, "ROUND", 2.050769212644806, 3L);
        assertCall(0.12, "ROUND", 0.125, 2L);
        assertCall(1.0, "ROUND", 1.005, 2L);
        assertCall(2.68, "ROUND", 2.675, 2L);
        assertCall(200L, "ROUND", 155L, -2L);
        assertCall(200L, "ROUND", 250L, -2L);
        assertCall(200L, "ROUND", 150L, -2L);
        assertCall(5.0, "ROUND", 5L, 2L);
        assertCall("2.34", "STRING", call("ROUND", bd("2.345"), 2L));
        assertCall(2L, "ROUND", bd("2.5"));
    }

    @Test
    void roundResultKinds() {
        assertCall(7L, "ROUND", 7L);
        assertCall(0L, "ROUND", 4L, -1L);
        assertCall(20L, "ROUND", 15L, -1L);
        assertCall(20L, "ROUND", 25L, -1L);
        assertCall(0L, "ROUND", 5L, -1L);
        assertCall(0L, "ROUND", 123L, -2000000000L);
        assertCall(bi("9223372036854775810"), "ROUND", Long.MAX_VALUE, -1L);
        assertCall(1.0E20, "ROUND", bi("100000000000000000000"), 2L);
        assertCall(5L, "ROUND", bi("5"));
        assertCall(bi("123456789012345678901234567890"), "ROUND", bi("123456789012345678901234567890"));
        assertCall(bi("123456789012345678901234567900"), "ROUND", bi("123456789012345678901234567890"), -2L);
        assertCall(bd("2.50"), "ROUND", bd("2.5"), 2L);
        assertCall(bd("2.0"), "ROUND", bd("2.05"), 1L);
        assertCall(bi("123456789012345678901234567890"), "ROUND", bd("123456789012345678901234567890.4"));
        assertCall(300L, "ROUND", bd("250.1"), -2L);
        assertCall(2L, "ROUND", 2.5, 0.0);
        assertCall(3L, "ROUND", 3.4);
        assertCall(0L, "ROUND", -0.4);
        assertCall(bi("100000000000000000000"), "ROUND", 1e20);
        assertCall(0L, "ROUND", 1e300, -400L);
        assertCall(bi("2" + "0".repeat(308)), "ROUND", 1.7e308, -308L);
        assertCall(null, "ROUND", NULL, 2L);
    }

    @Test
    void roundFloatSpecialValues() {
        assertCall(Double.NaN, "ROUND", Double.NaN, 2L);
        assertCall(Double.POSITIVE_INFINITY, "ROUND", Double.POSITIVE_INFINITY, 1L);
        assertCall(1e300, "ROUND", 1e300, 100L); // the product overflows: the value is returned unchanged
        assertIae("ROUND: value must be finite", "ROUND", Double.NaN);
        assertIae("ROUND: value must be finite", "ROUND", Double.NEGATIVE_INFINITY, -1L);
    }

    @Test
    void roundPrecisionChecks() {
        assertCall(1.23, "ROUND", 1.234, 2.0);
        assertCall(1.23, "ROUND", 1.234, bi("2"));
        assertCall(1.23, "ROUND", 1.234, bd("2.00"));
        assertIae("ROUND: precision must be integer", "ROUND", 1.5, 1.5);
        assertIae("ROUND: precision must be integer", "ROUND", 1.5, bd("0.5"));
        assertIae("ROUND: precision must be finite", "ROUND", 1.5, Double.NaN);
        assertIae("ROUND: precision must be finite", "ROUND", 1.5, Double.POSITIVE_INFINITY);
        assertIae("ROUND: precision out of bounds", "ROUND", 1.5, 3000000000L);
        assertIae("ROUND: precision out of bounds", "ROUND", 1.5, 3e9);
        assertIae("ROUND: precision out of bounds", "ROUND", 1.5, bi("3000000000"));
        assertIae("ROUND: precision out of bounds", "ROUND", 1.5, bd("1E+20"));
        assertIse("ROUND: precision must be integer", "ROUND", 1.5, "2");
        assertIse("ROUND: precision must be integer", "ROUND", 1.5, NULL);
        assertIse("ROUND: arg must be numeric", "ROUND", "1.5");
        assertIse("ROUND: arg must be numeric", "ROUND", TRUE, 1L);
        assertIae("ROUND(number[, precision])", "ROUND");
        assertIae("ROUND(number[, precision])", "ROUND", 1L, 2L, 3L);
    }

    // ---- POWER -------------------------------------------------------------------------------------------------

    @Test
    void powerKeepsIntegerExactness() {
        assertCall(8L, "POWER", 2L, 3L);
        assertCall(1L, "POWER", 5L, 0L);
        assertCall(1L, "POWER", 0L, 0L);
        assertCall(0L, "POWER", 0L, 5L);
        assertCall(-27L, "POWER", -3L, 3L);
        assertCall(bi("9223372036854775808"), "POWER", 2L, 63L); // I overflow goes to BI
        assertCall(bi("1267650600228229401496703205376"), "POWER", 2L, 100L);
        assertCall(bi("8"), "POWER", bi("2"), 3L); // BI stays BI
        assertCall(bi("1"), "POWER", bi("1"), bi("100000000000000000000"));
        assertCall(-1L, "POWER", -1L, bi("100000000000000000001"));
        assertCall(1L, "POWER", -1L, bi("100000000000000000000"));
        assertCall(bd("3.375"), "POWER", bd("1.5"), 3L); // exact decimal
        assertCall(bd("1.00"), "POWER", bd("1.0"), 2L);
        assertCall(bd("1"), "POWER", bd("2.5"), 0L);
        assertCall(8L, "POWER", 2L, bd("3")); // a whole decimal exponent is an integer exponent
        assertCall(8.0, "POWER", 2.0, 3L);
        assertCall(-8.0, "POWER", -2.0, 3L);
        assertCall(Double.POSITIVE_INFINITY, "POWER", 2.0, bi("100000000000000000000"));
        assertCall(Double.NEGATIVE_INFINITY, "POWER", -2.0, bi("100000000000000000001"));
    }

    @Test
    void powerNegativeAndFractionalExponents() {
        assertCall(0.5, "POWER", 2L, -1L);
        assertCall(0.25, "POWER", bi("2"), -2L);
        assertCall(0.25, "POWER", 2.0, -2L);
        assertCall(bd("0.5"), "POWER", bd("2"), -1L);
        assertCall(bd("0.3333333333333333333333333333333333"), "POWER", bd("3"), -1L); // 34 digits
        assertCall(1.4142135623730951, "POWER", 2L, 0.5);
        assertCall(2.0, "POWER", 4.0, 0.5);
        assertCall(3.0, "POWER", bi("9"), 0.5);
    }

    @Test
    void powerNullAndErrors() {
        assertCall(null, "POWER", NULL, 2L);
        assertCall(null, "POWER", 2L, NULL);
        assertCall(null, "POWER", "x", NULL);
        assertIse("POWER: base must be numeric", "POWER", "2", 2L);
        assertIse("POWER: exponent must be numeric", "POWER", 2L, "2");
        assertIae("POWER: does not allow mixing decimal and float; wrap floats with DEC()", "POWER", bd("2"), 2.0);
        assertIae("POWER: does not allow mixing decimal and float; wrap floats with DEC()", "POWER", 2.0, bd("2"));
        assertIae("POWER: a decimal power needs an integer exponent", "POWER", bd("2"), bd("0.5"));
        assertIae("POWER: a decimal power needs an integer exponent", "POWER", 2L, bd("0.5"));
        assertIae("POWER: division by zero", "POWER", 0L, -1L);
        assertIae("POWER: division by zero", "POWER", 0.0, -0.5);
        assertFails(ErrorKind.ARITHMETIC, "POWER: division by zero", "POWER", bd("0.0"), -2L);
        assertIae("POWER: negative base with a non-integer exponent", "POWER", -8L, 0.5);
        // Beyond the default number-size limit (NumberLimitFunctionsTest); without it, beyond what POWER computes.
        assertFails(ErrorKind.LIMIT_EXCEEDED, "number size limit exceeded: at least 477121254 digits (limit 10000)",
                "POWER", 3L, 1000000000L);
        assertEquals(ErrorKind.LIMIT_EXCEEDED,
                assertThrows(TransformException.class, () -> call("POWER", 3L, bi("100000000000000000000"))).kind());
        NumberLimitFunctionsTest.unlimited(() -> {
            assertFails(ErrorKind.ARITHMETIC, "POWER: result too large", "POWER", 3L, 1000000000L);
            assertFails(ErrorKind.ARITHMETIC, "POWER: result too large", "POWER", 3L, bi("100000000000000000000"));
            assertFails(ErrorKind.ARITHMETIC, "POWER: result too large", "POWER", bd("1.5"), 1000000000L);
        });
        assertIae("POWER(base, exponent)", "POWER", 2L);
    }

    @Test
    void powerScaleOverflowIsArithmeticError() {
        // Under the default number-size limit the result (2·10^9 digits after the point) is refused first.
        assertEquals(ErrorKind.LIMIT_EXCEEDED,
                assertThrows(TransformException.class, () -> call("POWER", bd("0.1"), 2000000000L)).kind());
        NumberLimitFunctionsTest.unlimited(() -> {
            TransformException e = assertThrows(TransformException.class, () -> call("POWER", bd("0.1"), 2000000000L));
            assertEquals(ErrorKind.ARITHMETIC, e.kind());
            assertTrue(e.getMessage().startsWith("POWER: "), e.getMessage());
        });
    }

    // ---- SQRT --------------------------------------------------------------------------------------------------

    @Test
    void sqrt() {
        assertCall(2.0, "SQRT", 4L);
        assertCall(1.5, "SQRT", 2.25);
        assertCall(1.4142135623730951, "SQRT", 2L);
        assertCall(1.0E15, "SQRT", bi("1000000000000000000000000000000"));
        assertCall(1.0E200, "SQRT", bi("1" + "0".repeat(400))); // beyond the double range
        assertCall(bd("2"), "SQRT", bd("4"));
        assertCall(bd("1.414213562373095048801688724209698"), "SQRT", bd("2"));
        assertCall(-0.0, "SQRT", -0.0);
        assertCall(null, "SQRT", NULL);
        assertIae("SQRT: argument must not be negative", "SQRT", -1L);
        assertIae("SQRT: argument must not be negative", "SQRT", -0.5);
        assertIae("SQRT: argument must not be negative", "SQRT", bd("-2"));
        assertIae("SQRT: argument must not be negative", "SQRT", bi("-2"));
        assertIse("SQRT: arg must be numeric", "SQRT", "4");
        assertIae("SQRT(number)", "SQRT");
    }

    @Test
    void hugeDecimalsAreRefusedBeforeExpansion() {
        // DEC("1e500000000") is cheap to hold, but its integer value would take hundreds of megabytes. The
        // number-size limit refuses it first (NumberLimitFunctionsTest); these checks are what stays without it.
        NumberLimitFunctionsTest.unlimited(NumericFunctionsTest::hugeDecimalsWithoutNumberLimit);
        for (String f : new String[] {"FLOOR", "CEIL", "ROUND", "INT", "PARSE_INT"}) {
            TransformException e = assertThrows(TransformException.class, () -> call(f, bd("1E+500000000")));
            assertEquals(ErrorKind.LIMIT_EXCEEDED, e.kind(), f);
            assertTrue(e.getMessage().endsWith("500000001 digits (limit 10000)"), e.getMessage());
        }
    }

    private static void hugeDecimalsWithoutNumberLimit() {
        assertFails(ErrorKind.ARITHMETIC, "FLOOR: integer too large", "FLOOR", bd("1E+500000000"));
        assertFails(ErrorKind.ARITHMETIC, "CEIL: integer too large", "CEIL", bd("-1E+500000000"));
        assertFails(ErrorKind.ARITHMETIC, "ROUND: integer too large", "ROUND", bd("1E+500000000"));
        assertFails(ErrorKind.ARITHMETIC, "ROUND: integer too large", "ROUND", bd("1E+500000000"), -3L);
        assertFails(ErrorKind.ARITHMETIC, "ROUND: result too large", "ROUND", bd("1.5"), 100000000L);
        assertFails(ErrorKind.ARITHMETIC, "INT: integer too large", "INT", bd("1E+500000000"));
        assertFails(ErrorKind.ARITHMETIC, "PARSE_INT: integer too large", "PARSE_INT", bd("1E+500000000"));
        assertCall(bi("1" + "0".repeat(1000)), "INT", bd("1E+1000"));
        assertCall(0L, "ROUND", bd("1E-500000000"));
        assertCall("x" + " ".repeat(4), "PAD", "x", bd("5.9"));
        assertIae("PAD: width out of range", "PAD", "x", bd("1E+500000000"));
    }

    // ---- RANDOM ------------------------------------------------------------------------------------------------

    @Test
    void random() {
        for (int i = 0; i < 1000; i++) {
            double r = (Double) call("RANDOM");
            assertTrue(r >= 0.0 && r < 1.0);
        }
        assertIae("RANDOM()", "RANDOM", 1L);
    }
}
