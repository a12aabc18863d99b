package dev.turnout.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The number-size limit ({@link RunLimits#maxNumberDigits()}): no big integer (BI) or big decimal (BD) with more
 * decimal digits than the limit is ever computed, so one multiplication, power or parse cannot run for minutes
 * between two step checks.
 *
 * <p>The size of a number is the count of decimal digits of its plain form, the form JSON output writes: a BI's
 * digits without the sign; for a BD the digits before the point plus those after it, so {@code 123.45} has 5,
 * {@code 0.001} has 3 and {@code 1E+20000} (unscaled 1, scale −20000) has 20001. Counting the zeros the scale stands
 * for keeps every later conversion of a decimal (to an integer, to a finer scale, to JSON text) within the limit
 * too. I and F values have a fixed size and are never checked.
 *
 * <p>Operations check in two steps: {@code checkAtLeast} with a lower bound on the result's size computed from the
 * operands (bit lengths, precisions, scales) before the operation, which stops a runaway before the expensive
 * computation; then {@code check} on the result, which is exact, for results whose estimate was within a digit of
 * the limit. Both look at the running limits (a thread-local) only for sizes above the smallest limit any engine
 * configured, so small numbers cost one comparison.
 */
public final class NumberSize {
    /** log10(2), for digit estimates from bit lengths. */
    private static final double LOG10_2 = 0.30102999566398120;
    /** The smallest limit configured by any engine; sizes at or below it need no look at the running limits. */
    /** Sizes above this (10^18) are reported as "more than" it. */
    private static final long HUGE = 1_000_000_000_000_000_000L;
    private static volatile long threshold = RunLimits.DEFAULT_MAX_NUMBER_DIGITS;

    private NumberSize() {}

    static synchronized void lowerThreshold(long digits) {
        if (digits < threshold) threshold = digits;
    }

    // ---- checks -----------------------------------------------------------------------------------------------

    /** Checks a number of exactly {@code digits} digits about to be built (e.g. a numeral about to be parsed). */
    public static void checkDigits(long digits) {
        if (digits > threshold) checkSlow(digits, false);
    }

    /** Checks a result known to have at least {@code digits} digits, before computing it. */
    public static void checkAtLeast(long digits) {
        if (digits > threshold) checkSlow(digits, true);
    }

    /** Checks an integer result of at least {@code bits} significant bits, before computing it. */
    public static void checkAtLeastBits(long bits) {
        checkAtLeast(minDigitsOfBits(bits));
    }

    /** Checks a computed big integer; returns it. */
    public static BigInteger check(BigInteger v) {
        if (maxDigitsOfBits(v.bitLength()) > threshold) checkSlow(digits(v), false);
        return v;
    }

    /** Checks a computed big decimal; returns it. */
    public static BigDecimal check(BigDecimal v) {
        long scale = v.scale();
        long upper = plainDigits(maxDigitsOfBits(v.unscaledValue().bitLength()), scale);
        if (upper > threshold) checkSlow(digits(v), false);
        return v;
    }

    private static void checkSlow(long digits, boolean atLeast) {
        long max = RunLimits.current().maxNumberDigits();
        if (digits > max) {
            // Estimates saturate for absurd sizes (POWER(3, 2^64)); don't print a meaningless count.
            String size = digits > HUGE ? "more than " + HUGE : (atLeast ? "at least " : "") + digits;
            throw RunLimits.exceeded("number size limit exceeded: " + size + " digits (limit " + max + ")");
        }
    }

    // ---- sizes ------------------------------------------------------------------------------------------------

    /** The exact number of decimal digits of {@code v} (1 for zero). */
    public static long digits(BigInteger v) {
        if (v.bitLength() < 63) return digits(Math.abs(v.longValue()));
        return new BigDecimal(v).precision();
    }

    /** The exact size of {@code v}: the digits of its plain form (see the class comment). */
    public static long digits(BigDecimal v) {
        if (v.signum() == 0) return Math.max(1, v.scale()); // 0E+5 is written 0, 0E-5 as 0.00000
        return plainDigits(v.precision(), v.scale());
    }

    /** Digits of the plain form of a decimal of {@code precision} unscaled digits and scale {@code scale}. */
    public static long plainDigits(long precision, long scale) {
        return scale <= 0 ? precision - scale : Math.max(precision, scale);
    }

    /** Digits of the integer part (before the point) of {@code v}; 0 or less below 1. */
    public static long integerDigits(BigDecimal v) {
        return (long) v.precision() - v.scale();
    }

    private static long digits(long n) {
        long digits = 1;
        for (long p = 10; digits < 19 && n >= p; p *= 10) digits++;
        return digits;
    }

    /**
     * A lower bound on the digits of any integer of {@code bits} significant bits (at least 2^(bits−1)); rounding
     * errors of the double estimate only ever make it smaller, so the check stays exact through {@link #check}.
     */
    static long minDigitsOfBits(long bits) {
        if (bits <= 1) return 1;
        return (long) Math.floor((bits - 1) * LOG10_2 - 1e-6) + 1;
    }

    /** An upper bound on the digits of any integer of {@code bits} significant bits (below 2^bits). */
    static long maxDigitsOfBits(long bits) {
        if (bits <= 1) return 1;
        return (long) Math.floor(bits * LOG10_2 + 1e-6) + 1;
    }
}
