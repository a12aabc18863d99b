package dev.turnout.runtime;

import dev.turnout.errors.RuntimeErrors;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * The numeric-kind dispatch of LANGUAGE.md §9 for the arithmetic operators: which kind a result has when the
 * operands are I ({@link Long}), F ({@link Double}), BI ({@link BigInteger}) or BD ({@link BigDecimal}), and which
 * error a bad combination raises.
 *
 * <p>{@link Operators} handles Long–Long and Double–Double inline and comes here for everything else, so this class
 * favours clarity over speed. Every method also accepts the fast-path combinations, so it is complete on its own.
 */
final class NumericTower {
    static final int NOT_NUMBER = -1;
    static final int I = 0;
    static final int F = 1;
    static final int BI = 2;
    static final int BD = 3;

    /** §9.3/§9.4: decimal division and remainder work to 34 significant digits, rounding half-up. */
    static final MathContext DECIMAL_CONTEXT = new MathContext(34, RoundingMode.HALF_UP);

    private static final BigInteger LONG_MIN_NEGATED = BigInteger.valueOf(Long.MIN_VALUE).negate();

    private NumericTower() {}

    /** The §9.1 kind of {@code v}, or {@link #NOT_NUMBER}. */
    static int kind(Object v) {
        if (v instanceof Long) return I;
        if (v instanceof Double) return F;
        if (v instanceof BigInteger) return BI;
        if (v instanceof BigDecimal) return BD;
        return NOT_NUMBER;
    }

    // ---- conversions between kinds (only ever widening, §9.1: nothing turns F into BI or BD) ----------------

    static double toDouble(Object v) {
        return ((Number) v).doubleValue();
    }

    /** I or BI as a big integer. */
    static BigInteger toBigInteger(Object v) {
        return v instanceof BigInteger bi ? bi : BigInteger.valueOf((Long) v);
    }

    /** I, BI or BD as a big decimal; integers get scale 0 (§9.3 "I and BI counting as scale 0"). */
    static BigDecimal toBigDecimal(Object v) {
        if (v instanceof BigDecimal bd) return bd;
        if (v instanceof BigInteger bi) return new BigDecimal(bi);
        return BigDecimal.valueOf((Long) v);
    }

    // ---- I op I with overflow into BI (§9.2, §9.5) ------------------------------------------------------------

    static Object addLongs(long x, long y) {
        long r = x + y;
        // Overflow iff both operands have the sign opposite to the result (Hacker's Delight 2-13).
        if (((x ^ r) & (y ^ r)) < 0) return BigInteger.valueOf(x).add(BigInteger.valueOf(y));
        return r;
    }

    static Object subtractLongs(long x, long y) {
        long r = x - y;
        // Overflow iff the operands differ in sign and the result's sign differs from the minuend's.
        if (((x ^ y) & (x ^ r)) < 0) return BigInteger.valueOf(x).subtract(BigInteger.valueOf(y));
        return r;
    }

    static Object multiplyLongs(long x, long y) {
        long low = x * y;
        long high = Math.multiplyHigh(x, y);
        // The 128-bit product fits 64 bits iff the high word is the sign extension of the low word.
        if (high == (low >> 63)) return low;
        return NumberSize.check(BigInteger.valueOf(x).multiply(BigInteger.valueOf(y))); // ≤ 38 digits
    }

    static Object negate(Object v) {
        if (v instanceof Long n) {
            long x = n;
            return x == Long.MIN_VALUE ? LONG_MIN_NEGATED : (Object) (-x);
        }
        if (v instanceof Double d) return -d;
        if (v instanceof BigInteger bi) return bi.negate();
        if (v instanceof BigDecimal bd) return bd.negate();
        throw RuntimeErrors.negExpectsNumeric();
    }

    // ---- + - * (§9.2) -----------------------------------------------------------------------------------------

    /** The three operators sharing the §9.2 result-kind table; each knows its operation in every kind. */
    enum Arith {
        ADD("+") {
            @Override Object longs(long x, long y) { return addLongs(x, y); }
            @Override double doubles(double x, double y) { return x + y; }
            @Override BigInteger bigIntegers(BigInteger x, BigInteger y) { return NumberSize.check(x.add(y)); }
            @Override BigDecimal bigDecimals(BigDecimal x, BigDecimal y) {
                checkSum(x, y);
                return NumberSize.check(x.add(y));
            }
        },
        SUBTRACT("-") {
            @Override Object longs(long x, long y) { return subtractLongs(x, y); }
            @Override double doubles(double x, double y) { return x - y; }
            @Override BigInteger bigIntegers(BigInteger x, BigInteger y) { return NumberSize.check(x.subtract(y)); }
            @Override BigDecimal bigDecimals(BigDecimal x, BigDecimal y) {
                checkSum(x, y);
                return NumberSize.check(x.subtract(y));
            }
        },
        MULTIPLY("*") {
            @Override Object longs(long x, long y) { return multiplyLongs(x, y); }
            @Override double doubles(double x, double y) { return x * y; }
            @Override BigInteger bigIntegers(BigInteger x, BigInteger y) {
                if (x.signum() != 0 && y.signum() != 0) {
                    // |x·y| ≥ 2^(bx−1)·2^(by−1): refuse a product surely beyond the limit before computing it.
                    NumberSize.checkAtLeastBits((long) x.bitLength() + y.bitLength() - 1);
                }
                return NumberSize.check(x.multiply(y));
            }
            @Override BigDecimal bigDecimals(BigDecimal x, BigDecimal y) {
                if (x.signum() != 0 && y.signum() != 0) {
                    // The unscaled product has at least px + py − 1 digits; the scales add.
                    NumberSize.checkAtLeast(NumberSize.plainDigits(
                            (long) x.precision() + y.precision() - 1, (long) x.scale() + y.scale()));
                }
                return NumberSize.check(x.multiply(y));
            }
        };

        final String symbol;

        Arith(String symbol) {
            this.symbol = symbol;
        }

        abstract Object longs(long x, long y);

        abstract double doubles(double x, double y);

        abstract BigInteger bigIntegers(BigInteger x, BigInteger y);

        abstract BigDecimal bigDecimals(BigDecimal x, BigDecimal y);
    }

    /**
     * Refuses a decimal sum or difference surely beyond the number-size limit before BigDecimal aligns the operands:
     * its scale is the larger one, and unless the operands are within a digit of each other in magnitude, it keeps
     * the larger one's integer digits less one.
     */
    static void checkSum(BigDecimal x, BigDecimal y) {
        long ix = x.signum() == 0 ? 0 : NumberSize.integerDigits(x);
        long iy = y.signum() == 0 ? 0 : NumberSize.integerDigits(y);
        long integer = Math.abs(ix - iy) > 1 ? Math.max(ix, iy) - 1 : 0;
        long fraction = Math.max(0, Math.max(x.scale(), y.scale()));
        NumberSize.checkAtLeast(Math.max(0, integer) + fraction);
    }

    /** {@code a op b} for two values that must be numbers; the §9.2 table decides the result kind. */
    static Object arithmetic(Arith op, Object a, Object b) {
        int ka = kind(a);
        int kb = kind(b);
        if (ka == NOT_NUMBER || kb == NOT_NUMBER) {
            throw op == Arith.ADD ? RuntimeErrors.plusExpectsNumbersOrStrings() : RuntimeErrors.operatorExpectsNumbers(op.symbol);
        }
        if (ka == BD || kb == BD) {
            if (ka == F || kb == F) throw RuntimeErrors.mixDecimalFloat(op.symbol);
            try {
                return op.bigDecimals(toBigDecimal(a), toBigDecimal(b));
            } catch (ArithmeticException e) {
                // Only a scale beyond the 32-bit range gets here (e.g. 1E-2000000000 * 1E-2000000000).
                throw RuntimeErrors.decimalArithmetic(e.getMessage());
            }
        }
        if (ka == F || kb == F) return op.doubles(toDouble(a), toDouble(b));
        if (ka == BI || kb == BI) return op.bigIntegers(toBigInteger(a), toBigInteger(b));
        return op.longs((Long) a, (Long) b);
    }

    // ---- / (§9.3) ---------------------------------------------------------------------------------------------

    static Object divide(Object a, Object b) {
        int ka = kind(a);
        int kb = kind(b);
        if (ka == NOT_NUMBER || kb == NOT_NUMBER) throw RuntimeErrors.operatorExpectsNumbers("/");
        if (ka == BD || kb == BD) {
            if (ka == F || kb == F) throw RuntimeErrors.mixDecimalFloat("/");
            return divideDecimals(toBigDecimal(a), toBigDecimal(b));
        }
        // I, F and BI in any combination: a double quotient, even when it is an exact integer (6 / 3 ⇒ 2.0).
        double divisor = toDouble(b);
        if (divisor == 0.0) throw RuntimeErrors.divisionByZero(); // also -0.0: never Infinity or NaN
        return toDouble(a) / divisor;
    }

    /**
     * BD quotient rounded to 34 digits half-up. {@link BigDecimal#divide(BigDecimal, MathContext)} already returns
     * an exact quotient at the scale closest to the preferred one (dividend scale − divisor scale), i.e. at the
     * preferred scale when representable and otherwise at the smallest scale that holds it, as §9.3 requires.
     */
    static BigDecimal divideDecimals(BigDecimal x, BigDecimal y) {
        if (y.signum() == 0) {
            throw x.signum() == 0 ? RuntimeErrors.decimalDivisionUndefined() : RuntimeErrors.decimalDivisionByZero();
        }
        try {
            // At most 34 significant digits, but the scale may put it far from the point (1E+10000 / 3).
            return NumberSize.check(x.divide(y, DECIMAL_CONTEXT));
        } catch (ArithmeticException e) {
            throw RuntimeErrors.decimalArithmetic(e.getMessage()); // scale overflow/underflow only
        }
    }

    // ---- // (§9.4) --------------------------------------------------------------------------------------------

    static Object integerDivide(Object a, Object b) {
        int ka = kind(a);
        int kb = kind(b);
        if (ka == NOT_NUMBER || kb == NOT_NUMBER) throw RuntimeErrors.operatorExpectsNumbers("//");
        // §9.4 lists the float rule first; a float/decimal pair therefore reports the float.
        if (ka == F || kb == F) throw RuntimeErrors.idivExpectsIntegers();
        if (ka == BD || kb == BD) throw RuntimeErrors.idivNoDecimals();
        if (ka == I && kb == I) return divideLongs((Long) a, (Long) b);
        BigInteger divisor = toBigInteger(b);
        if (divisor.signum() == 0) throw RuntimeErrors.bigDivisionByZero();
        return toBigInteger(a).divide(divisor); // BigInteger.divide truncates toward zero
    }

    /** I // I, truncating; the one overflow (MIN // −1) yields BI. */
    static Object divideLongs(long x, long y) {
        if (y == 0L) throw RuntimeErrors.divisionByZero();
        if (y == -1L && x == Long.MIN_VALUE) return LONG_MIN_NEGATED;
        return x / y;
    }

    // ---- % (§9.4, DECISIONS D6) -------------------------------------------------------------------------------

    static Object remainder(Object a, Object b) {
        int ka = kind(a);
        int kb = kind(b);
        if (ka == NOT_NUMBER || kb == NOT_NUMBER) throw RuntimeErrors.operatorExpectsNumbers("%");
        if (ka == BD || kb == BD) {
            if (ka == F || kb == F) throw RuntimeErrors.mixDecimalFloat("%"); // D6: no double fallback
            return remainderDecimals(toBigDecimal(a), toBigDecimal(b));
        }
        if (ka == F || kb == F) return remainderDoubles(toDouble(a), toDouble(b));
        if (ka == BI || kb == BI) {
            BigInteger divisor = toBigInteger(b);
            if (divisor.signum() == 0) throw RuntimeErrors.bigDivisionByZero();
            return toBigInteger(a).remainder(divisor); // sign follows the dividend, unlike BigInteger.mod
        }
        return remainderLongs((Long) a, (Long) b);
    }

    /** I % I; the sign follows the dividend. (MIN % −1 is 0 in Java without trapping.) */
    static Object remainderLongs(long x, long y) {
        if (y == 0L) throw RuntimeErrors.divisionByZero();
        return x % y;
    }

    /** F remainder: Java's {@code %} on doubles is C's fmod (truncated division). */
    static Object remainderDoubles(double x, double y) {
        if (y == 0.0) throw RuntimeErrors.divisionByZero();
        return x % y;
    }

    /** BD remainder of truncated division in the 34-digit context (§9.4). */
    static BigDecimal remainderDecimals(BigDecimal x, BigDecimal y) {
        if (y.signum() == 0) {
            throw x.signum() == 0 ? RuntimeErrors.decimalDivisionUndefined() : RuntimeErrors.decimalDivisionByZero();
        }
        try {
            return NumberSize.check(x.remainder(y, DECIMAL_CONTEXT));
        } catch (ArithmeticException e) {
            // "Division impossible": the integer quotient needs more than 34 digits (e.g. DEC("1e40") % 3).
            throw RuntimeErrors.decimalArithmetic(e.getMessage());
        }
    }
}
