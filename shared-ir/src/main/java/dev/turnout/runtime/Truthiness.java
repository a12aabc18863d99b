package dev.turnout.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The two truthiness rules of LANGUAGE.md §5.5. They differ only for the empty string: conditions ({@code IF},
 * {@code WHERE}, {@code !}, {@code &&}, {@code ||}, CASE) treat {@code ""} as true, library predicates
 * ({@code FILTER}, {@code FIND}, {@code SOME}, {@code EVERY}, {@code SIFT}, {@code BOOLEAN}, {@code ASSERT}) as false.
 */
public final class Truthiness {
    private Truthiness() {}

    /** Condition truthiness: null, false and numeric zero are false; everything else, {@code ""} included, true. */
    public static boolean condition(Object v) {
        if (v instanceof Boolean b) return b;
        if (v == null) return false;
        return !isNumericZero(v);
    }

    /** Library truthiness: like {@link #condition} but the empty string is false too. */
    public static boolean library(Object v) {
        if (v instanceof Boolean b) return b;
        if (v == null) return false;
        if (v instanceof String s) return !s.isEmpty();
        return !isNumericZero(v);
    }

    /** Zero of any kind, {@code -0.0} included; NaN is not zero (§5.5). Non-numbers are not zero. */
    private static boolean isNumericZero(Object v) {
        if (v instanceof Long n) return n == 0L;
        if (v instanceof Double d) return d == 0.0;
        if (v instanceof BigInteger bi) return bi.signum() == 0;
        if (v instanceof BigDecimal bd) return bd.signum() == 0;
        return false;
    }
}
