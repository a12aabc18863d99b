package dev.turnout.stdlib;

import dev.turnout.runtime.NumberSize;
import dev.turnout.runtime.RunLimits;

/**
 * The number-size check of the library's numeral parsers (INT, DEC; PARSE_INT counts its own digits): a numeral's
 * significant digits are counted in one linear pass before {@link java.math.BigInteger}'s parser, whose cost grows
 * with the square of the length, ever sees it.
 */
final class Numerals {
    private Numerals() {}

    /**
     * Checks numeral text {@code s} (trimmed) against the number-size limit before it is parsed as a big integer
     * ({@code decimal} false) or big decimal. Returns false if {@code s} is longer than the limit and is not a
     * numeral at all: the caller reports its parse error without running the parser over it.
     *
     * @throws dev.turnout.errors.TransformException LIMIT_EXCEEDED when a valid numeral has more digits than the
     *                                               limit (for a decimal: its plain form, exponent included)
     */
    static boolean check(String s, boolean decimal) {
        if (s.length() <= 20) return true; // every limit is at least 20 digits
        long digits = decimal ? decimalDigits(s) : integerDigits(s);
        if (digits >= 0) {
            NumberSize.checkDigits(digits);
            return true;
        }
        return s.length() <= RunLimits.current().maxNumberDigits();
    }

    /** Digits of an optionally signed integer without its leading zeros, or −1 if {@code s} is not one. */
    static long integerDigits(String s) {
        int i = sign(s);
        int n = s.length();
        if (i == n) return -1;
        long significant = 0;
        for (; i < n; i++) {
            int d = Character.digit(s.charAt(i), 10); // BigInteger accepts every Unicode digit
            if (d < 0) return -1;
            if (d != 0 || significant > 0) significant++;
        }
        return Math.max(1, significant);
    }

    /**
     * The size of the decimal {@code s} denotes (the digits of its plain form, see {@link NumberSize}): significant
     * mantissa digits and the zeros its exponent adds; −1 if {@code s} is not a decimal numeral.
     */
    static long decimalDigits(String s) {
        int i = sign(s);
        int n = s.length();
        long significant = 0;
        long fraction = 0;
        boolean point = false;
        boolean anyDigit = false;
        for (; i < n; i++) {
            char c = s.charAt(i);
            if (c == '.') {
                if (point) return -1;
                point = true;
                continue;
            }
            if (c == 'e' || c == 'E') break;
            int d = Character.digit(c, 10);
            if (d < 0) return -1;
            anyDigit = true;
            if (point) fraction++;
            if (d != 0 || significant > 0) significant++;
        }
        if (!anyDigit) return -1;
        long exponent = 0;
        if (i < n) {
            i++;
            int j = sign(s, i);
            if (j == n) return -1;
            for (; j < n; j++) {
                int d = Character.digit(s.charAt(j), 10);
                if (d < 0) return -1;
                exponent = Math.min(exponent * 10 + d, 1L << 40); // saturate: any such exponent is out of range
            }
            if (s.charAt(i) == '-') exponent = -exponent;
        }
        long scale = fraction - exponent;
        if (significant == 0) return Math.max(1, scale); // zero: see NumberSize#digits(BigDecimal)
        return NumberSize.plainDigits(significant, scale);
    }

    private static int sign(String s) {
        return sign(s, 0);
    }

    private static int sign(String s, int i) {
        return i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-') ? i + 1 : i;
    }
}
