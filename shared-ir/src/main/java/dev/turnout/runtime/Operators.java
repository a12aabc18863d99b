package dev.turnout.runtime;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.runtime.NumericTower.Arith;

/**
 * The one place where Branchline's operator semantics live (LANGUAGE.md §8.5–§8.10, §9; DECISIONS.md D2, D6);
 * the interpreter and the compiled tier both call these methods, so the tiers cannot disagree.
 *
 * <p>Each arithmetic method tests Long–Long first and Double–Double second, the two combinations real programs
 * produce almost exclusively, and hands every other combination — other numeric kinds, strings, errors — to
 * {@link NumericTower}. The fast paths are kept tiny so the JIT inlines them into their callers.
 * All failures are {@link dev.turnout.errors.TransformException}s worded by {@link RuntimeErrors}.
 */
public final class Operators {
    private Operators() {}

    // ---- arithmetic -----------------------------------------------------------------------------------------

    /** {@code a + b}: string concatenation of the §5.6 texts if either side is a string, else numeric (§9.2). */
    public static Object add(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return NumericTower.addLongs(x, y);
        if (a instanceof Double x && b instanceof Double y) return x + y;
        if (a instanceof String || b instanceof String) return concatText(a, b);
        return NumericTower.arithmetic(Arith.ADD, a, b);
    }

    private static String concatText(Object a, Object b) {
        String left = Text.of(a);
        String right = Text.of(b);
        RunLimits.checkSize((long) left.length() + right.length());
        return left.concat(right);
    }

    /** {@code a - b} (§9.2). */
    public static Object sub(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return NumericTower.subtractLongs(x, y);
        if (a instanceof Double x && b instanceof Double y) return x - y;
        return NumericTower.arithmetic(Arith.SUBTRACT, a, b);
    }

    /** {@code a * b} (§9.2). */
    public static Object mul(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return NumericTower.multiplyLongs(x, y);
        if (a instanceof Double x && b instanceof Double y) return x * y;
        return NumericTower.arithmetic(Arith.MULTIPLY, a, b);
    }

    /**
     * {@code a + b} on two longs: the sum, or a big integer on overflow. Compiled code calls this on its long fast
     * path; {@link #add} calls the same arithmetic, so the overflow rule exists once.
     */
    public static Object addLongs(long a, long b) {
        return NumericTower.addLongs(a, b);
    }

    /** {@code a - b} on two longs (see {@link #addLongs}). */
    public static Object subLongs(long a, long b) {
        return NumericTower.subtractLongs(a, b);
    }

    /** {@code a * b} on two longs (see {@link #addLongs}). */
    public static Object mulLongs(long a, long b) {
        return NumericTower.multiplyLongs(a, b);
    }

    /** {@code a / b} (§9.3): F unless a decimal is involved; a zero divisor is an error, never Infinity/NaN. */
    public static Object div(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) {
            long divisor = y;
            if (divisor != 0L) return x.doubleValue() / divisor;
        } else if (a instanceof Double x && b instanceof Double y) {
            double divisor = y;
            if (divisor != 0.0) return x / divisor;
        }
        return NumericTower.divide(a, b); // other kinds, and the zero-divisor errors
    }

    /** {@code a // b} (§9.4): truncating integer division of I/BI. */
    public static Object idiv(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return NumericTower.divideLongs(x, y);
        return NumericTower.integerDivide(a, b);
    }

    /** {@code a % b} (§9.4, D6): remainder of truncated division; the sign follows the dividend. */
    public static Object mod(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return NumericTower.remainderLongs(x, y);
        if (a instanceof Double x && b instanceof Double y) return NumericTower.remainderDoubles(x, y);
        return NumericTower.remainder(a, b);
    }

    /** Unary {@code -x} (§9.5): keeps the kind; negating the minimum 64-bit value yields BI. */
    public static Object neg(Object v) {
        if (v instanceof Long n && n != Long.MIN_VALUE) return -n;
        if (v instanceof Double d) return -d;
        return NumericTower.negate(v);
    }

    /**
     * {@code a ++ b} (§8.9): a new, unfrozen array with the elements of {@code a} then {@code b}.
     *
     * <p>The operands are frozen first: their elements are now shared with the result, and the ownership rule
     * (an unfrozen container has exactly one referrer) requires shared containers to be frozen. Freezing an
     * already-frozen operand is O(1).
     */
    public static Object concat(Object a, Object b) {
        if (!(a instanceof ArrayValue left) || !(b instanceof ArrayValue right)) {
            throw RuntimeErrors.concatExpectsLists();
        }
        left.freeze();
        right.freeze();
        int leftSize = left.size();
        int rightSize = right.size();
        RunLimits.checkSize((long) leftSize + rightSize);
        Object[] items = new Object[leftSize + rightSize];
        System.arraycopy(left.items(), 0, items, 0, leftSize);
        System.arraycopy(right.items(), 0, items, leftSize, rightSize);
        return ArrayValue.wrap(items, items.length);
    }

    /** {@code !x}: the negation of condition truthiness (§5.5, §8.7). */
    public static boolean not(Object v) {
        return !Truthiness.condition(v);
    }

    // ---- equality (§8.6, §9.6, D2) --------------------------------------------------------------------------

    /**
     * {@code a == b}: numbers by value across kinds, at every depth (D2: {@code [1] == [1.0]}); otherwise
     * structural — strings by content, arrays element-wise, objects by key set and values ignoring order.
     * A number never equals a non-number; functions are equal only to themselves. A decimal met by a float
     * (at any depth that is reached) is the §9.6 mixing error.
     */
    public static boolean equal(Object a, Object b) {
        if (a == b) return true;
        if (a instanceof Long x && b instanceof Long y) return x.longValue() == y.longValue();
        if (a instanceof String s) return b instanceof String && s.equals(b);
        if (a instanceof Double x && b instanceof Double y) return Double.compare(x, y) == 0; // §9.6 total order
        if (a == null || b == null) return false;
        return equalSlow(a, b);
    }

    /** {@link #equal} once identity, Long–Long, strings, Double–Double and null are out of the way. */
    private static boolean equalSlow(Object a, Object b) {
        boolean aNumber = NumericCompare.isNumber(a);
        boolean bNumber = NumericCompare.isNumber(b);
        if (aNumber || bNumber) return aNumber && bNumber && NumericCompare.compare(a, b) == 0;
        if (a instanceof ArrayValue x) return b instanceof ArrayValue y && arraysEqual(x, y);
        if (a instanceof ObjectValue x) return b instanceof ObjectValue y && objectsEqual(x, y);
        if (a instanceof Boolean) return a.equals(b);
        return false; // functions and other references: equal only to themselves, which equal() checked
    }

    /** Element-wise; stops at the first difference, so a decimal/float pair after it is never reached. */
    private static boolean arraysEqual(ArrayValue a, ArrayValue b) {
        int n = a.size();
        if (n != b.size()) return false;
        RunLimits.charge(n); // each element visited is a step: shared substructure cannot make this free
        for (int i = 0; i < n; i++) {
            if (!equal(a.get(i), b.get(i))) return false;
        }
        return true;
    }

    /**
     * Same key set and equal values per key, ignoring order. Keys are unique, so equal sizes plus "every key of
     * {@code a} is in {@code b}" suffice. Keys match as {@link ObjectValue} matches them: strings by content,
     * integer keys by value, never a string with an integer.
     */
    private static boolean objectsEqual(ObjectValue a, ObjectValue b) {
        int n = a.size();
        if (n != b.size()) return false;
        RunLimits.charge(n);
        for (int i = 0; i < n; i++) {
            Object key = a.keyAt(i);
            // Objects built alike have the same key order: try the same position before searching.
            int j = key.equals(b.keyAt(i)) ? i : b.indexOf(key);
            if (j < 0 || !equal(a.valueAt(i), b.valueAt(j))) return false;
        }
        return true;
    }

    // ---- ordering (§8.6, §9.6) ------------------------------------------------------------------------------

    public static boolean less(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x < y;
        return order(a, b) < 0;
    }

    public static boolean lessEqual(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x <= y;
        return order(a, b) <= 0;
    }

    public static boolean greater(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x > y;
        return order(a, b) > 0;
    }

    public static boolean greaterEqual(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return x >= y;
        return order(a, b) >= 0;
    }

    /**
     * General ordering for SORT, MIN, MAX (STDLIB.md §1.3): numbers numerically, booleans false &lt; true,
     * strings by UTF-16 code unit, anything else by its §5.6 text. Returns −1, 0 or 1.
     */
    public static int compareGeneral(Object a, Object b) {
        if (NumericCompare.isNumber(a) && NumericCompare.isNumber(b)) {
            return Integer.signum(NumericCompare.compare(a, b));
        }
        if (a instanceof Boolean x && b instanceof Boolean y) return Boolean.compare(x, y);
        if (a instanceof String x && b instanceof String y) return Integer.signum(x.compareTo(y));
        return Integer.signum(Text.of(a).compareTo(Text.of(b)));
    }

    /**
     * The §8.6 order: two numbers numerically in the §9.6 total order (doubles: {@code -0.0 < 0.0}, NaN above
     * everything); any other pair by the §5.6 texts, compared by UTF-16 code unit ({@code null < 5} is
     * {@code "null" < "5"}, false).
     */
    private static int order(Object a, Object b) {
        if (a instanceof Double x && b instanceof Double y) return Double.compare(x, y);
        if (a instanceof String x && b instanceof String y) return x.compareTo(y); // String.compareTo: UTF-16 units
        if (NumericCompare.isNumber(a) && NumericCompare.isNumber(b)) return NumericCompare.compare(a, b);
        return Text.of(a).compareTo(Text.of(b));
    }
}
