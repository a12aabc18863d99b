package dev.turnout.stdlib;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.runtime.NumberSize;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Conversions between the numeric kinds that the library's integer-producing functions share (INT, PARSE_INT,
 * ROUND, FLOOR, CEIL, POWER): narrowing an exact integer to I when it fits 64 bits, and recognising whole decimals.
 */
final class IntegerKinds {
    /**
     * Most decimal digits a decimal may have before its point when the library turns it into an integer. A decimal
     * like {@code DEC("1e500000000")} is cheap to hold (unscaled 1, scale −5·10^8) but its integer value would take
     * hundreds of megabytes; converting it fails with {@code NAME: integer too large} instead.
     */
    static final long MAX_INTEGER_DIGITS = 1_000_000;

    private IntegerKinds() {}

    /** The integer part of {@code v} (toward zero), refusing results beyond {@link #MAX_INTEGER_DIGITS}. */
    static BigInteger integerPart(BigDecimal v, String function) {
        NumberSize.checkDigits(Math.max(1, integerDigits(v)));
        if (integerDigits(v) > MAX_INTEGER_DIGITS) throw RuntimeErrors.arithmetic(function + ": integer too large");
        return v.toBigInteger();
    }

    /** Digits before the decimal point (may be zero or negative for values below 1). */
    static long integerDigits(BigDecimal v) {
        return (long) v.precision() - v.scale();
    }

    /** {@code v} as I when it fits 64 bits, else as BI. */
    static Object narrow(BigInteger v) {
        return v.bitLength() < 64 ? (Object) v.longValue() : v;
    }

    /** Whether {@code v} has no fractional part (any scale: {@code 3.00} is whole). */
    static boolean isWhole(BigDecimal v) {
        return v.signum() == 0 || v.scale() <= 0 || v.stripTrailingZeros().scale() <= 0;
    }

    /**
     * A float at its shortest decimal representation ({@link Double#toString}), e.g. 0.1 is exactly 0.1 and 2.0
     * has scale 1; {@code null} for NaN and the infinities, which have none.
     */
    static BigDecimal shortestDecimal(double d) {
        if (Double.isNaN(d) || Double.isInfinite(d)) return null;
        return new BigDecimal(Double.toString(d));
    }

    /**
     * A whole, finite double as I, or BI beyond 64 bits. Large values are taken at their shortest decimal form, like
     * every float-to-exact conversion of the library ({@code INT(1e300)} is 1 followed by 300 zeros).
     */
    static Object fromWholeDouble(double d) {
        // Below 2^53 a whole double is an exact integer that its shortest decimal form names exactly.
        if (d > -0x1p53 && d < 0x1p53) return (long) d;
        return narrow(NumberSize.check(new BigDecimal(Double.toString(d)).toBigInteger())); // up to 309 digits
    }
}
