package dev.turnout.stdlib;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Operators;
import dev.turnout.runtime.Values;

/**
 * The Aggregation module (STDLIB.md §5): LENGTH and its alias COUNT, SUM, AVG, MIN, MAX. Arithmetic and ordering
 * are those of the operators ({@link Operators}), so SUM follows {@code +} exactly.
 */
public final class AggregateFunctions {
    private AggregateFunctions() {}

    static void register(StandardLibrary.Builder b) {
        b.fixed("LENGTH", 1, "LENGTH(x)", AggregateFunctions::length);
        // COUNT is the same function under a second name; its usage and messages say LENGTH, as in the reference.
        b.fixed("COUNT", 1, "LENGTH(x)", AggregateFunctions::length);
        b.fixed("SUM", 1, "SUM(listOfNumbers)", args -> sum(numbers(args[0], "SUM")));
        b.fixed("AVG", 1, "AVG(listOfNumbers)", AggregateFunctions::avg);
        b.fixed("MIN", 1, "MIN(list)", args -> extreme(args[0], "MIN", -1));
        b.fixed("MAX", 1, "MAX(list)", args -> extreme(args[0], "MAX", 1));
    }

    /** Strings count UTF-16 code units ({@code LENGTH("héllo")} is 5; an emoji counts 2). */
    static Object length(Object[] args) {
        Object x = args[0];
        if (x instanceof String s) return (long) s.length();
        if (x instanceof ArrayValue a) return (long) a.size();
        if (x instanceof ObjectValue o) return (long) o.size();
        if (x == null) return 0L;
        throw RuntimeErrors.illegalState("LENGTH: unsupported type " + Values.typeName(x));
    }

    /** The argument as a list whose elements are all numbers (checked before any addition). */
    private static ArrayValue numbers(Object v, String function) {
        if (!(v instanceof ArrayValue list)) throw RuntimeErrors.illegalState(function + ": arg must be list");
        for (int i = 0, n = list.size(); i < n; i++) {
            if (!Values.isNumber(list.get(i))) {
                throw RuntimeErrors.illegalArgument(function + ": all elements must be numbers");
            }
        }
        return list;
    }

    /** {@code 0 + x1 + x2 + …} with the {@code +} rules: I overflows to BI, a decimal/float mix fails. */
    private static Object sum(ArrayValue list) {
        Object total = 0L;
        for (int i = 0, n = list.size(); i < n; i++) total = Operators.add(total, list.get(i));
        return total;
    }

    static Object avg(Object[] args) {
        ArrayValue list = numbers(args[0], "AVG");
        int n = list.size();
        if (n == 0) return null;
        return Operators.div(sum(list), (long) n);
    }

    /** The first smallest ({@code sign} -1) or largest ({@code sign} 1) element by the general ordering; [] is null. */
    private static Object extreme(Object v, String function, int sign) {
        if (!(v instanceof ArrayValue list)) throw RuntimeErrors.illegalState(function + ": arg must be list");
        int n = list.size();
        if (n == 0) return null;
        Object best = list.get(0);
        for (int i = 1; i < n; i++) {
            Object x = list.get(i);
            if (Operators.compareGeneral(x, best) * sign > 0) best = x;
        }
        return Values.freeze(best);
    }
}
