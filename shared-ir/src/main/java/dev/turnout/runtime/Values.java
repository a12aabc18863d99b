package dev.turnout.runtime;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayDeque;

/**
 * Facts about values of the model (RUNTIME_API.md "Value model") that are not operator semantics: freezing for the
 * copy-on-write scheme, the type names printed in messages, and the number test.
 */
public final class Values {
    private Values() {}

    /**
     * Marks {@code v} shared: if it is an unfrozen array or object, deep-freezes it. Returns {@code v}. Cheap for
     * scalars and for containers that are already frozen, so callers may call it whenever a value escapes.
     */
    public static Object freeze(Object v) {
        if (v instanceof ArrayValue a) {
            if (!a.isFrozen()) freezeDeep(a);
        } else if (v instanceof ObjectValue o) {
            if (!o.isFrozen()) freezeDeep(o);
        }
        return v;
    }

    /**
     * The type name used in messages ({@code <Type>}, LANGUAGE.md §10.3, DECISIONS.md D9): the reference's class
     * names for collections ({@code ArrayList}, {@code LinkedHashMap}), {@code Function} for closures.
     */
    public static String typeName(Object v) {
        if (v == null) return "null";
        if (v instanceof String) return "String";
        if (v instanceof Long) return "Long";
        if (v instanceof Double) return "Double";
        if (v instanceof Boolean) return "Boolean";
        if (v instanceof ArrayValue) return "ArrayList";
        if (v instanceof ObjectValue) return "LinkedHashMap";
        if (v instanceof BigInteger) return "BigInteger";
        if (v instanceof BigDecimal) return "BigDecimal";
        if (v instanceof FunctionValue) return "Function";
        return v.getClass().getSimpleName();
    }

    /** Whether {@code v} is a number of one of the four kinds (I, F, BI, BD). */
    public static boolean isNumber(Object v) {
        return v instanceof Long || v instanceof Double || v instanceof BigInteger || v instanceof BigDecimal;
    }

    /**
     * Freezes an unfrozen container and everything unfrozen below it. Iterative, so a deeply nested value built by
     * a program cannot overflow the Java stack; it stops at frozen children, whose contents are frozen already
     * (invariant), which makes freezing amortised O(1) per container over a run.
     */
    static void freezeDeep(Object root) {
        ArrayDeque<Object> pending = null;
        Object next = root;
        while (next != null) {
            Object[] children;
            int count;
            if (next instanceof ArrayValue a) {
                a.markFrozen();
                children = a.items();
                count = a.size();
            } else {
                ObjectValue o = (ObjectValue) next;
                o.markFrozen();
                children = o.rawValues();
                count = o.size();
            }
            for (int i = 0; i < count; i++) {
                Object child = children[i];
                boolean unfrozen = child instanceof ArrayValue ca ? !ca.isFrozen()
                        : child instanceof ObjectValue co && !co.isFrozen();
                if (unfrozen) {
                    if (pending == null) pending = new ArrayDeque<>();
                    pending.push(child);
                }
            }
            next = pending == null ? null : pending.poll();
        }
    }
}
