package dev.turnout.stdlib;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.runtime.NumberSize;
import dev.turnout.runtime.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The Numeric module (STDLIB.md §7): ABS, DEC, FLOOR, CEIL, ROUND, POWER, SQRT, RANDOM, with the choices of
 * DECISIONS.md D5: FLOOR/CEIL of a decimal round toward −∞/+∞ (the reference truncates), and POWER and SQRT are
 * implemented (the reference registers them but fails every call).
 *
 * <p>Big-number operations whose size the JVM cannot represent (scale overflow, a BigInteger beyond its range)
 * surface as ArithmeticException errors naming the function, never as raw Java exceptions.
 */
public final class NumericFunctions {
    /** The decimal context of {@code /} (LANGUAGE.md §9.3), used for SQRT and negative POWER of decimals. */
    static final MathContext DECIMAL_CONTEXT = new MathContext(34, RoundingMode.HALF_UP);

    /**
     * Largest exact POWER result, in bits (about 5 million decimal digits). Beyond it the computation would take
     * seconds and hundreds of megabytes; POWER fails with {@code POWER: result too large} instead.
     */
    private static final long MAX_POWER_BITS = 1L << 24;

    private static final BigInteger LONG_MIN_NEGATED = BigInteger.valueOf(Long.MIN_VALUE).negate();
    private static final BigDecimal INT_MIN = BigDecimal.valueOf(Integer.MIN_VALUE);
    private static final BigDecimal INT_MAX = BigDecimal.valueOf(Integer.MAX_VALUE);

    private NumericFunctions() {}

    static void register(StandardLibrary.Builder b) {
        b.fixed("ABS", 1, "ABS(number)", NumericFunctions::abs);
        b.fixed("DEC", 1, "DEC(x)", NumericFunctions::dec);
        b.fixed("FLOOR", 1, "FLOOR(number)", guarded("FLOOR", args -> floorOrCeil(args[0], RoundingMode.FLOOR, "FLOOR")));
        b.fixed("CEIL", 1, "CEIL(number)", guarded("CEIL", args -> floorOrCeil(args[0], RoundingMode.CEILING, "CEIL")));
        b.range("ROUND", 1, 2, "ROUND(number[, precision])", guarded("ROUND", NumericFunctions::round));
        b.fixed("POWER", 2, "POWER(base, exponent)", guarded("POWER", NumericFunctions::power));
        b.fixed("SQRT", 1, "SQRT(number)", guarded("SQRT", NumericFunctions::sqrt));
        b.fixed("RANDOM", 0, "RANDOM()", args -> ThreadLocalRandom.current().nextDouble());
    }

    /** Turns an ArithmeticException of BigInteger/BigDecimal (e.g. "Overflow") into a runtime error. */
    private static HostFunction guarded(String function, HostFunction impl) {
        return args -> {
            try {
                return impl.call(args);
            } catch (ArithmeticException e) {
                throw RuntimeErrors.arithmetic(function + ": " + e.getMessage());
            }
        };
    }

    // ---- ABS, DEC ---------------------------------------------------------------------------------------------

    /**
     * Absolute value keeping the kind. The reference does not guard the most negative 64-bit value (its ABS stays
     * negative); Turnout returns the exact BI, as negation does (LANGUAGE.md §9.5).
     */
    static Object abs(Object[] args) {
        Object x = args[0];
        if (x == null) return null;
        if (x instanceof Long n) return n == Long.MIN_VALUE ? (Object) LONG_MIN_NEGATED : (Object) Math.abs(n);
        if (x instanceof Double d) return Math.abs(d);
        if (x instanceof BigInteger bi) return bi.abs();
        if (x instanceof BigDecimal bd) return bd.abs(); // keeps the scale: 1.50
        throw RuntimeErrors.illegalState("ABS: arg must be numeric");
    }

    /** The entry into exact arithmetic: integers become BI, floats and decimal text BD (LANGUAGE.md §9.1). */
    static Object dec(Object[] args) {
        Object x = args[0];
        if (x == null || x instanceof BigInteger || x instanceof BigDecimal) return x;
        if (x instanceof Long n) return BigInteger.valueOf(n);
        if (x instanceof Double d) {
            BigDecimal exact = IntegerKinds.shortestDecimal(d);
            // NaN and the infinities have no decimal form; the reference's BigDecimal conversion fails the same way.
            if (exact == null) throw RuntimeErrors.numberFormat("DEC: cannot convert " + d + " to a decimal");
            return NumberSize.check(exact); // DEC(1e-300) is 1.0E-300: 0.000…10, 301 digits
        }
        if (x instanceof String raw) {
            String s = StringFunctions.trim(raw);
            if (s.isEmpty()) throw RuntimeErrors.illegalState("DEC: cannot parse '" + raw + "'");
            boolean decimal = s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0;
            // Refuse a numeral beyond the number-size limit before the quadratic parse; a malformed one longer than
            // the limit is reported without running the parser over it.
            if (!Numerals.check(s, decimal)) throw RuntimeErrors.numberFormat("DEC: cannot parse '" + raw + "'");
            try {
                return decimal ? NumberSize.check(new BigDecimal(s)) : new BigInteger(s);
            } catch (NumberFormatException e) {
                // Java's parser message, as in the reference (e.g. For input string: "abc").
                String message = e.getMessage();
                throw RuntimeErrors.numberFormat(message != null ? message : "DEC: cannot parse '" + raw + "'");
            }
        }
        throw RuntimeErrors.illegalState("DEC: unsupported type " + Values.typeName(x));
    }

    // ---- FLOOR, CEIL, ROUND -------------------------------------------------------------------------------------

    /** Integers unchanged, floats to a float, decimals to a big integer rounded toward −∞ / +∞ (D5). */
    private static Object floorOrCeil(Object x, RoundingMode mode, String function) {
        if (x == null || x instanceof Long || x instanceof BigInteger) return x;
        if (x instanceof Double d) return mode == RoundingMode.FLOOR ? Math.floor(d) : Math.ceil(d);
        if (x instanceof BigDecimal bd) {
            NumberSize.checkAtLeast(IntegerKinds.integerDigits(bd));
            if (IntegerKinds.integerDigits(bd) > IntegerKinds.MAX_INTEGER_DIGITS) {
                throw RuntimeErrors.arithmetic(function + ": integer too large");
            }
            return NumberSize.check(bd.setScale(0, mode).toBigInteger()); // 999.5 rounds up to 4 digits
        }
        throw RuntimeErrors.illegalState(function + ": arg must be numeric");
    }

    /** Half-to-even rounding to {@code precision} decimals; see STDLIB.md §7 for the result kinds. */
    static Object round(Object[] args) {
        Object x = args[0];
        if (x == null) return null;
        if (!Values.isNumber(x)) throw RuntimeErrors.illegalState("ROUND: arg must be numeric");
        int p = args.length > 1 ? precision(args[1]) : 0;
        if (x instanceof Long n) {
            if (p > 0) return (double) n;
            if (p == 0) return n;
            return roundToInteger(BigDecimal.valueOf(n), p);
        }
        if (x instanceof Double d) return roundDouble(d, p);
        if (x instanceof BigInteger bi) {
            if (p > 0) return bi.doubleValue();
            if (p == 0) return IntegerKinds.narrow(bi);
            return roundToInteger(new BigDecimal(bi), p);
        }
        BigDecimal bd = (BigDecimal) x;
        if (p > 0) {
            // Exactly p decimals. Refuse to pad a decimal with millions of zeros (hundreds of megabytes).
            if (p > bd.scale()) {
                // Padding with zeros: exactly precision + (p − scale) unscaled digits at scale p.
                long precision = bd.signum() == 0 ? 1 : (long) bd.precision() + p - bd.scale();
                NumberSize.checkDigits(NumberSize.plainDigits(precision, p));
                if ((long) bd.precision() + p - bd.scale() > IntegerKinds.MAX_INTEGER_DIGITS) {
                    throw RuntimeErrors.arithmetic("ROUND: result too large");
                }
            }
            return NumberSize.check(bd.setScale(p, RoundingMode.HALF_EVEN));
        }
        return roundToInteger(bd, p);
    }

    /** The precision argument: an integer value within 32 bits, of any numeric kind. */
    private static int precision(Object v) {
        if (v instanceof Long n) {
            if (n != n.intValue()) throw precisionOutOfBounds();
            return n.intValue();
        }
        if (v instanceof Double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                throw RuntimeErrors.illegalArgument("ROUND: precision must be finite");
            }
            if (d != Math.rint(d)) throw precisionNotInteger();
            if (d < Integer.MIN_VALUE || d > Integer.MAX_VALUE) throw precisionOutOfBounds();
            return (int) d.doubleValue();
        }
        if (v instanceof BigInteger bi) {
            if (bi.bitLength() >= 32) throw precisionOutOfBounds();
            return bi.intValue();
        }
        if (v instanceof BigDecimal bd) {
            if (!IntegerKinds.isWhole(bd)) throw precisionNotInteger();
            if (bd.compareTo(INT_MIN) < 0 || bd.compareTo(INT_MAX) > 0) throw precisionOutOfBounds();
            return bd.intValue();
        }
        throw RuntimeErrors.illegalState("ROUND: precision must be integer");
    }

    private static RuntimeException precisionNotInteger() {
        return RuntimeErrors.illegalArgument("ROUND: precision must be integer");
    }

    private static RuntimeException precisionOutOfBounds() {
        return RuntimeErrors.illegalArgument("ROUND: precision out of bounds");
    }

    /** {@code v} rounded half-to-even to a multiple of 10^−p (p ≤ 0), as I or BI. */
    private static Object roundToInteger(BigDecimal v, int p) {
        // |v| < 10^intDigits; once 10^-p is at least 100 times that, v rounds to 0. Deciding it here keeps a
        // precision like -2000000000 from making BigDecimal build a power of ten with two billion digits.
        long intDigits = IntegerKinds.integerDigits(v);
        if (v.signum() == 0 || -(long) p > intDigits + 1) return 0L;
        NumberSize.checkAtLeast(intDigits);
        if (intDigits > IntegerKinds.MAX_INTEGER_DIGITS) throw RuntimeErrors.arithmetic("ROUND: integer too large");
        return IntegerKinds.narrow(NumberSize.check(v.setScale(p, RoundingMode.HALF_EVEN).toBigInteger()));
    }

    /**
     * Float rounding done in doubles, as the reference does (so 1.005 rounds to 1.0): with p > 0 the result is a
     * float (a non-finite value or product is returned unchanged); with p ≤ 0 an integer kind.
     */
    private static Object roundDouble(double x, int p) {
        if (p > 0) {
            if (Double.isNaN(x) || Double.isInfinite(x)) return x;
            double scale = Math.pow(10, p);
            double s = x * scale;
            if (Double.isNaN(s) || Double.isInfinite(s)) return x;
            return Math.rint(s) / scale;
        }
        if (Double.isNaN(x) || Double.isInfinite(x)) throw RuntimeErrors.illegalArgument("ROUND: value must be finite");
        double scale = Math.pow(10, -(double) p);
        if (Double.isInfinite(scale)) return 0L; // every finite double is below half of 10^309
        double q = Math.rint(x / scale);
        double r = q * scale;
        if (Double.isInfinite(r)) {
            // Rounding up past the largest double (e.g. 1.7e308 to hundreds of digits): the exact multiple.
            return IntegerKinds.narrow(NumberSize.check(new BigDecimal(q).scaleByPowerOfTen(-p).toBigInteger()));
        }
        return IntegerKinds.fromWholeDouble(r);
    }

    // ---- POWER, SQRT --------------------------------------------------------------------------------------------

    /**
     * {@code base ^ exponent} (D5). With an integer exponent (an I or BI, or a whole BD) the base's exactness is
     * kept: I gives I (BI on overflow), BI gives BI, BD gives an exact BD, F gives F; a negative exponent gives F for
     * I/F/BI and a 34-digit BD for BD. A float exponent gives F via {@link Math#pow}. A decimal with a non-integer
     * exponent, and a decimal mixed with a float, are IAE. {@code null} in either position gives {@code null}.
     */
    static Object power(Object[] args) {
        Object base = args[0];
        Object exponent = args[1];
        if (base == null || exponent == null) return null;
        if (!Values.isNumber(base)) throw RuntimeErrors.illegalState("POWER: base must be numeric");
        if (!Values.isNumber(exponent)) throw RuntimeErrors.illegalState("POWER: exponent must be numeric");
        boolean decimal = base instanceof BigDecimal || exponent instanceof BigDecimal;
        if (decimal && (base instanceof Double || exponent instanceof Double)) {
            throw RuntimeErrors.illegalArgument(
                    "POWER: does not allow mixing decimal and float; wrap floats with DEC()");
        }
        BigInteger n = integerExponent(exponent);
        if (n == null) {
            if (decimal) throw RuntimeErrors.illegalArgument("POWER: a decimal power needs an integer exponent");
            return floatPower(toDouble(base), (Double) exponent);
        }
        if (base instanceof Double d) return floatPower(d, n);
        if (base instanceof Long x) return longPower(x, n);
        if (base instanceof BigInteger bi) return bigIntegerPower(bi, n, true);
        return decimalPower((BigDecimal) base, n);
    }

    /** The exponent as an exact integer, or {@code null} if it is a float or a fractional decimal. */
    private static BigInteger integerExponent(Object e) {
        if (e instanceof Long n) return BigInteger.valueOf(n);
        if (e instanceof BigInteger bi) return bi;
        if (e instanceof BigDecimal bd && IntegerKinds.isWhole(bd)) {
            // A whole decimal beyond a few billion is far past any representable result; don't expand it.
            if ((long) bd.precision() - bd.scale() > 20) throw tooLarge();
            return bd.toBigInteger();
        }
        return null;
    }

    private static double toDouble(Object v) {
        if (v instanceof Long n) return n;
        if (v instanceof Double d) return d;
        return ((BigInteger) v).doubleValue();
    }

    /** Float power with a float exponent. */
    private static Object floatPower(double base, double exponent) {
        if (base == 0.0 && exponent < 0) throw RuntimeErrors.illegalArgument("POWER: division by zero");
        double r = Math.pow(base, exponent);
        if (Double.isNaN(r) && !Double.isNaN(base) && !Double.isNaN(exponent)) {
            throw RuntimeErrors.illegalArgument("POWER: negative base with a non-integer exponent");
        }
        return r;
    }

    /** Float power with an exact integer exponent; the sign follows the exponent's parity even beyond 2^53. */
    private static Object floatPower(double base, BigInteger n) {
        if (base == 0.0 && n.signum() < 0) throw RuntimeErrors.illegalArgument("POWER: division by zero");
        if (Math.abs(base) == 1.0) return base < 0 && n.testBit(0) ? -1.0 : 1.0;
        double r = Math.pow(Math.abs(base), n.doubleValue());
        return base < 0 && n.testBit(0) ? -r : r; // also right for -0.0 and -Infinity
    }

    private static Object longPower(long base, BigInteger n) {
        if (n.signum() < 0) {
            if (base == 0) throw RuntimeErrors.illegalArgument("POWER: division by zero");
            return floatPower((double) base, n);
        }
        if (n.bitLength() <= 6) {
            // Exponents below 64 by repeated squaring in longs; fall back to BigInteger on overflow.
            int e = n.intValue();
            long result = 1;
            long square = base;
            try {
                while (true) {
                    if ((e & 1) != 0) result = Math.multiplyExact(result, square);
                    e >>= 1;
                    if (e == 0) return result;
                    square = Math.multiplyExact(square, square);
                }
            } catch (ArithmeticException overflow) {
                // handled below
            }
        }
        return bigIntegerPower(BigInteger.valueOf(base), n, false);
    }

    /** Exact power with n ≥ 0 handled exactly, n < 0 as a float; {@code keepBig} keeps a BI result un-narrowed. */
    private static Object bigIntegerPower(BigInteger base, BigInteger n, boolean keepBig) {
        if (n.signum() < 0) {
            if (base.signum() == 0) throw RuntimeErrors.illegalArgument("POWER: division by zero");
            return floatPower(base.doubleValue(), n);
        }
        BigInteger result;
        if (n.signum() == 0 || base.abs().compareTo(BigInteger.ONE) <= 0) {
            // 0, 1 and -1 stay small for any exponent.
            result = n.signum() == 0 ? BigInteger.ONE
                    : base.signum() >= 0 ? base : n.testBit(0) ? base : BigInteger.ONE;
        } else {
            // Refuse a power surely beyond the number-size limit before computing it.
            long b = base.abs().bitLength();
            NumberSize.checkAtLeast(powerDigitsAtLeast(base.abs(), n));
            if (n.bitLength() > 31 || (b - 1) * n.longValue() > MAX_POWER_BITS) {
                throw tooLarge();
            }
            result = NumberSize.check(base.pow(n.intValue()));
        }
        return keepBig ? result : IntegerKinds.narrow(result);
    }

    private static Object decimalPower(BigDecimal base, BigInteger n) {
        if (n.signum() >= 0) {
            if (n.signum() == 0) return BigDecimal.ONE;
            if (base.signum() == 0 && base.scale() == 0) return base;
            if (base.scale() == 0 && base.unscaledValue().abs().equals(BigInteger.ONE)) {
                return base.signum() > 0 || !n.testBit(0) ? BigDecimal.ONE : base;
            }
            if (base.signum() != 0) {
                // The unscaled power has about n·log10|unscaled| digits; the scale multiplies by n.
                long e = n.bitLength() > 31 ? Integer.MAX_VALUE : n.longValue();
                long unscaled = powerDigitsAtLeast(base.unscaledValue().abs(), n);
                NumberSize.checkAtLeast(NumberSize.plainDigits(unscaled, base.scale() * e));
            }
            long bits = (long) (base.unscaledValue().abs().bitLength() - 1);
            if (n.bitLength() > 31 || bits * n.longValue() > MAX_POWER_BITS) throw tooLarge();
            // exact; the scale multiplies (Overflow/Underflow become AE)
            return NumberSize.check(base.pow(n.intValue()));
        }
        if (base.signum() == 0) throw RuntimeErrors.arithmetic("POWER: division by zero");
        if (n.bitLength() > 31) throw tooLarge();
        // 34 digits, but the scale may put them far from the point: DEC("10") ^ -20000.
        return NumberSize.check(base.pow(n.intValue(), DECIMAL_CONTEXT));
    }

    /**
     * A lower bound on the digits of {@code m^n} (m ≥ 1, n ≥ 0), which has ⌊n·log10 m⌋ + 1: the double estimate is
     * lowered by more than its rounding error, so it is never above the truth and at most a digit or two below.
     */
    static long powerDigitsAtLeast(BigInteger m, BigInteger n) {
        if (n.signum() == 0 || m.bitLength() <= 1) return 1;
        double log10 = m.bitLength() < 1000 ? Math.log10(m.doubleValue()) : (m.bitLength() - 1) * 0.3010299956639812;
        double digits = log10 * n.doubleValue();
        if (digits >= 0x1p62) return Long.MAX_VALUE;
        return Math.max(1, (long) Math.floor(digits - digits * 1e-12 - 1) + 1);
    }

    private static RuntimeException tooLarge() {
        return RuntimeErrors.arithmetic("POWER: result too large");
    }

    /** Square root: F for I, F and BI; a 34-digit BD for BD. Negative arguments are IAE. */
    static Object sqrt(Object[] args) {
        Object x = args[0];
        if (x == null) return null;
        if (x instanceof BigDecimal bd) {
            if (bd.signum() < 0) throw negativeRoot();
            return NumberSize.check(bd.sqrt(DECIMAL_CONTEXT));
        }
        if (x instanceof BigInteger bi) {
            if (bi.signum() < 0) throw negativeRoot();
            // Beyond the double range, take the root exactly first so the result is finite.
            if (bi.bitLength() > 1000) return new BigDecimal(bi).sqrt(DECIMAL_CONTEXT).doubleValue();
            return Math.sqrt(bi.doubleValue());
        }
        if (x instanceof Long || x instanceof Double) {
            double d = ((Number) x).doubleValue();
            if (d < 0) throw negativeRoot(); // -0.0 is not below 0: its root is -0.0; NaN stays NaN
            return Math.sqrt(d);
        }
        throw RuntimeErrors.illegalState("SQRT: arg must be numeric");
    }

    private static RuntimeException negativeRoot() {
        return RuntimeErrors.illegalArgument("SQRT: argument must not be negative");
    }
}
