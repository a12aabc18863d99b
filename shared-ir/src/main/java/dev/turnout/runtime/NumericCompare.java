package dev.turnout.runtime;

import dev.turnout.errors.RuntimeErrors;

/**
 * Comparison of two numbers of any kinds (LANGUAGE.md §9.6), shared by {@code ==}, the ordering operators and the
 * library's general ordering (STDLIB.md §1.3).
 *
 * <p>Doubles use the total order of {@link Double#compare}: {@code -0.0 < 0.0}, NaN equals NaN and is greater than
 * everything, including {@code Infinity}. That is the order §9.6 prescribes, so {@code 0 == -0.0} is false.
 */
final class NumericCompare {
    private NumericCompare() {}

    /** Negative, zero or positive as {@code a} is below, equal to or above {@code b}; both must be numbers. */
    static int compare(Object a, Object b) {
        if (a instanceof Long x && b instanceof Long y) return Long.compare(x, y);
        if (a instanceof Double x && b instanceof Double y) return Double.compare(x, y);
        int ka = NumericTower.kind(a);
        int kb = NumericTower.kind(b);
        if (ka == NumericTower.BD || kb == NumericTower.BD) {
            if (ka == NumericTower.F || kb == NumericTower.F) throw RuntimeErrors.compareMixDecimalFloat();
            // compareTo ignores scale: DEC("2.50") equals DEC("2.5"), DEC("1.0") equals 1.
            return NumericTower.toBigDecimal(a).compareTo(NumericTower.toBigDecimal(b));
        }
        if (ka == NumericTower.F || kb == NumericTower.F) {
            return Double.compare(NumericTower.toDouble(a), NumericTower.toDouble(b));
        }
        if (ka == NumericTower.BI || kb == NumericTower.BI) {
            return NumericTower.toBigInteger(a).compareTo(NumericTower.toBigInteger(b));
        }
        return Long.compare((Long) a, (Long) b);
    }

    static boolean isNumber(Object v) {
        return NumericTower.kind(v) != NumericTower.NOT_NUMBER;
    }
}
