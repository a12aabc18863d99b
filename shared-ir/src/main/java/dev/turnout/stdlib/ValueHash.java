package dev.turnout.stdlib;

import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.RunLimits;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * A hash code consistent with Branchline equality ({@code Operators.equal}, D2): values that are equal get the same
 * hash, so DISTINCT can bucket elements instead of comparing every pair.
 *
 * <p>Numbers are equal by value across kinds, and where a float meets another kind both sides are compared as
 * doubles; hashing every number through its double value therefore respects equality (equal exact values have the
 * same correctly rounded double). Objects compare ignoring key order, so their entries are combined with a
 * commutative sum. Hashing stops at a fixed depth (deeper parts hash to a constant): this keeps the recursion
 * bounded for arbitrarily nested values and is still consistent with equality. Every element visited is charged
 * to the step budget ({@link RunLimits#charge}).
 */
final class ValueHash {
    private static final int MAX_DEPTH = 8;

    private ValueHash() {}

    static int of(Object v) {
        return of(v, 0);
    }

    private static int of(Object v, int depth) {
        if (v == null) return 0;
        if (v instanceof String s) return s.hashCode();
        if (v instanceof Long n) return Double.hashCode((double) n);
        if (v instanceof Double d) return Double.hashCode(d);
        if (v instanceof BigInteger bi) return Double.hashCode(bi.doubleValue());
        if (v instanceof BigDecimal bd) return Double.hashCode(bd.doubleValue());
        if (v instanceof Boolean b) return b ? 1231 : 1237;
        if (depth >= MAX_DEPTH) return 17;
        if (v instanceof ArrayValue a) {
            RunLimits.charge(a.size());
            int h = 1;
            for (int i = 0, n = a.size(); i < n; i++) h = 31 * h + of(a.get(i), depth + 1);
            return h;
        }
        if (v instanceof ObjectValue o) {
            RunLimits.charge(o.size());
            int h = 0;
            for (int i = 0, n = o.size(); i < n; i++) h += o.keyAt(i).hashCode() ^ of(o.valueAt(i), depth + 1);
            return h;
        }
        return 7; // functions: equal only to themselves; one bucket is enough
    }
}
