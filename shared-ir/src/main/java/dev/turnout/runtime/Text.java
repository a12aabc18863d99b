package dev.turnout.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The string conversion of LANGUAGE.md §5.6: what {@code +} with a string operand, {@code STRING}, {@code JOIN},
 * the ordering of non-numbers (§8.6) and error messages see of a value.
 *
 * <p>Scalars convert without a {@link StringBuilder}; arrays and objects are written into one builder recursively
 * so nested containers cost one pass.
 */
public final class Text {
    /** What a function value prints as; §5.6 leaves it to the implementation. */
    static final String FUNCTION_TEXT = "<function>";

    private Text() {}

    /** The §5.6 text of {@code v}. */
    public static String of(Object v) {
        if (v instanceof String s) return s;
        if (v instanceof Long n) return Long.toString(n);
        if (v == null) return "null";
        if (v instanceof Double d) return Double.toString(d);
        if (v instanceof Boolean b) return b ? "true" : "false";
        if (v instanceof BigInteger bi) return bi.toString();
        // BigDecimal.toString keeps the scale ("4.00") and uses an exponent when the scale is negative or the
        // number is very small ("1E+3", "2.0E+2"), which is exactly what §5.6 asks for.
        if (v instanceof BigDecimal bd) return bd.toString();
        if (v instanceof ArrayValue || v instanceof ObjectValue) {
            StringBuilder out = new StringBuilder();
            appendTo(out, v);
            return out.toString();
        }
        if (v instanceof FunctionValue) return FUNCTION_TEXT;
        // Sequences and host values: implementation-defined (§5.6); their own toString is the most useful text.
        return String.valueOf(v);
    }

    /** Appends the §5.6 text of {@code v} to {@code out}; containers are written element by element. */
    public static void appendTo(StringBuilder out, Object v) {
        if (v instanceof ArrayValue array) {
            RunLimits.charge(array.size()); // per element: a value with shared parts may be far larger than its memory
            out.append('[');
            for (int i = 0, n = array.size(); i < n; i++) {
                if (i > 0) out.append(", ");
                appendTo(out, array.get(i));
                RunLimits.checkSize(out.length());
            }
            out.append(']');
        } else if (v instanceof ObjectValue object) {
            RunLimits.charge(object.size());
            out.append('{');
            for (int i = 0, n = object.size(); i < n; i++) {
                if (i > 0) out.append(", ");
                appendTo(out, object.keyAt(i));
                out.append('=');
                appendTo(out, object.valueAt(i));
                RunLimits.checkSize(out.length());
            }
            out.append('}');
        } else {
            out.append(of(v));
        }
    }
}
