package dev.turnout.runtime;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/** The number-size limit in the operators (docs/limits.md), at its default of 10,000 digits outside any run. */
class NumberSizeTest {
    private static BigInteger tenTo(int n) {
        return BigInteger.TEN.pow(n);
    }

    private static void assertLimit(String message, Executable call) {
        TransformException e = assertThrows(TransformException.class, call);
        assertEquals(ErrorKind.LIMIT_EXCEEDED, e.kind());
        assertEquals("number size limit exceeded: " + message, e.getMessage());
    }

    @Test
    void digitsAreExactAroundPowersOfTen() {
        for (int k = 1; k < 400; k++) {
            BigInteger p = tenTo(k);
            assertEquals(k, NumberSize.digits(p.subtract(BigInteger.ONE)));
            assertEquals(k + 1, NumberSize.digits(p));
            assertEquals(k + 1, NumberSize.digits(p.negate()));
        }
        assertEquals(1, NumberSize.digits(BigInteger.ZERO));
        assertEquals(19, NumberSize.digits(BigInteger.valueOf(Long.MIN_VALUE)));
    }

    @Test
    void bitEstimatesBoundTheDigits() {
        Random random = new Random(12);
        for (int i = 0; i < 2000; i++) {
            BigInteger v = new BigInteger(1 + random.nextInt(40_000), random);
            long digits = v.toString().length();
            assertTrue(NumberSize.minDigitsOfBits(v.bitLength()) <= digits, v.bitLength() + " bits");
            assertTrue(NumberSize.maxDigitsOfBits(v.bitLength()) >= digits, v.bitLength() + " bits");
            assertTrue(NumberSize.maxDigitsOfBits(v.bitLength()) - NumberSize.minDigitsOfBits(v.bitLength()) <= 1);
        }
    }

    @Test
    void decimalsCountTheDigitsOfTheirPlainForm() {
        assertEquals(5, NumberSize.digits(new BigDecimal("123.45")));
        assertEquals(3, NumberSize.digits(new BigDecimal("0.001")));
        assertEquals(4, NumberSize.digits(new BigDecimal("1.000")));
        assertEquals(20_001, NumberSize.digits(new BigDecimal("1E+20000")));
        assertEquals(5, NumberSize.digits(new BigDecimal("0E-5")));
        assertEquals(1, NumberSize.digits(new BigDecimal("0E+5"))); // zero is written 0
    }

    @Test
    void repeatedSquaringStopsAtTheLimit() {
        Object x = 3L;
        Object last = x;
        TransformException e = null;
        for (int i = 0; i < 40 && e == null; i++) {
            try {
                last = x;
                x = Operators.mul(x, x);
            } catch (TransformException limit) {
                e = limit;
            }
        }
        assertTrue(e != null);
        assertEquals(ErrorKind.LIMIT_EXCEEDED, e.kind());
        assertEquals("number size limit exceeded: at least 15635 digits (limit 10000)", e.getMessage());
        assertEquals(7818, NumberSize.digits((BigInteger) last));
    }

    @Test
    void productsAreCheckedBeforeAndAfter() {
        // 10^5000 · 10^4999 has exactly 10,000 digits; 10^5000 · 10^5000 one more. The bit estimate cannot tell
        // the second from an allowed product, so it is computed and then refused.
        assertEquals(10_000, NumberSize.digits((BigInteger) Operators.mul(tenTo(5000), tenTo(4999))));
        assertLimit("10001 digits (limit 10000)", () -> Operators.mul(tenTo(5000), tenTo(5000)));
        assertLimit("at least 10010 digits (limit 10000)", () -> Operators.mul(tenTo(5000), tenTo(5010)));
        assertEquals(BigInteger.ZERO, Operators.mul(BigInteger.ZERO, tenTo(9999)));
        BigDecimal big = new BigDecimal("1E+5000");
        assertLimit("at least 10001 digits (limit 10000)", () -> Operators.mul(big, big));
        assertEquals(10_000, NumberSize.digits((BigDecimal) Operators.mul(big, new BigDecimal("1E+4999"))));
        assertLimit("at least 10001 digits (limit 10000)",
                () -> Operators.mul(new BigDecimal("1E-5000"), new BigDecimal("1E-5001")));
    }

    @Test
    void sumsAreChecked() {
        BigInteger max = tenTo(10_000).subtract(BigInteger.ONE);
        assertLimit("10001 digits (limit 10000)", () -> Operators.add(max, 1L));
        assertEquals(max, Operators.sub(tenTo(10_000 - 1).multiply(BigInteger.TEN), BigInteger.ONE));
        // Decimal alignment: 1E+9000 + 1E-1500 would be 10,501 digits; refused before BigDecimal pads.
        assertLimit("at least 10500 digits (limit 10000)",
                () -> Operators.add(new BigDecimal("1E+9000"), new BigDecimal("1E-1500")));
        assertLimit("at least 10500 digits (limit 10000)",
                () -> Operators.sub(new BigDecimal("1E+9000"), new BigDecimal("1E-1500")));
        assertEquals(10_000, NumberSize.digits(
                (BigDecimal) Operators.add(new BigDecimal("1E+8999"), new BigDecimal("1E-1000"))));
        // Cancellation keeps the estimate low; the result is checked exactly.
        BigDecimal almost = new BigDecimal("1E+9999").add(BigDecimal.ONE);
        assertEquals(BigDecimal.ONE, Operators.sub(almost, new BigDecimal("1E+9999")));
    }

    @Test
    void quotientsAndRemaindersAreChecked() {
        assertLimit("10001 digits (limit 10000)",
                () -> Operators.div(new BigDecimal("1E+9999"), new BigDecimal("0.1")));
        assertLimit("10001 digits (limit 10000)",
                () -> Operators.div(new BigDecimal("1E-10000"), BigInteger.TEN));
        assertEquals(new BigDecimal("1E+9999"), Operators.div(new BigDecimal("1E+10000").divide(BigDecimal.TEN),
                BigInteger.ONE));
        assertEquals(BigInteger.ONE, Operators.mod(max(), BigInteger.TWO));
    }

    private static BigInteger max() {
        return tenTo(10_000).subtract(BigInteger.ONE);
    }

    @Test
    void aSmallLimitAlsoCoversLongOverflow() {
        RunLimits previous = new RunLimits(Long.MAX_VALUE, 0, RunLimits.DEFAULT_MAX_VALUE_SIZE, 20).enter();
        try {
            assertLimit("38 digits (limit 20)", () -> Operators.mul(Long.MAX_VALUE, Long.MAX_VALUE));
            assertEquals(new BigInteger("18446744073709551614"), Operators.add(Long.MAX_VALUE, Long.MAX_VALUE));
        } finally {
            RunLimits.exit(previous);
        }
        assertEquals(new BigInteger("85070591730234615847396907784232501249"),
                Operators.mul(Long.MAX_VALUE, Long.MAX_VALUE));
    }
}
