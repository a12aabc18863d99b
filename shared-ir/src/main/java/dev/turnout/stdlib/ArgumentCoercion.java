package dev.turnout.stdlib;

import dev.turnout.errors.RuntimeErrors;
import java.math.BigInteger;

/**
 * The two argument coercions several library functions share (STDLIB.md §1.3): index coercion (SUBSTRING, PUT,
 * DELETE, RANGE) and key coercion (GET, PUT, DELETE).
 *
 * <p>Index coercion follows DECISIONS.md D7: every integer that fits 32 bits is used as is, negative values
 * included, whatever its origin (the reference does that only for program literals). Integers outside the 32-bit
 * range cannot be indexes and fail with {@code Index v out of bounds}.
 */
final class ArgumentCoercion {
    private ArgumentCoercion() {}

    /** The index or count {@code v} stands for; see the class comment. */
    static int index(Object v) {
        if (v instanceof Long n) {
            long x = n;
            if (x == (int) x) return (int) x;
            throw outOfBounds(Long.toString(x));
        }
        if (v instanceof BigInteger bi) {
            if (bi.bitLength() < 32) return bi.intValue();
            throw outOfBounds(bi.toString());
        }
        if (v instanceof String s) {
            // The reference tries a 32-bit parse and then a big-integer parse that must land in 0..2^31-1; the
            // second can only succeed where the first did, so one parse gives the same results.
            try {
                return Integer.parseInt(s);
            } catch (NumberFormatException e) {
                throw outOfBounds(s);
            }
        }
        throw RuntimeErrors.illegalState("Index must be integer for list");
    }

    /**
     * The object key {@code v} stands for: a String, or a non-negative Long. A big integer that fits 64 bits is
     * used as the Long of the same value (keys compare by value, D2); a larger one cannot be a key.
     */
    static Object key(Object v) {
        if (v instanceof String) return v;
        if (v instanceof Long n) {
            if (n >= 0) return n;
            throw negativeKey();
        }
        if (v instanceof BigInteger bi) {
            if (bi.signum() < 0) throw negativeKey();
            if (bi.bitLength() < 64) return bi.longValue();
        }
        throw RuntimeErrors.illegalState("Object key must be string or non-negative integer");
    }

    private static RuntimeException outOfBounds(String v) {
        return RuntimeErrors.illegalArgument("Index " + v + " out of bounds");
    }

    private static RuntimeException negativeKey() {
        return RuntimeErrors.illegalArgument("Object key must be non-negative");
    }
}
