package dev.turnout.stdlib;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.errors.TransformException;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.RunLimits;
import dev.turnout.runtime.Operators;
import java.util.ArrayList;
import java.util.HashMap;

/**
 * The Arrays module (STDLIB.md §4): DISTINCT, FLATTEN, SORT, REVERSE, RANGE, ZIP.
 *
 * <p>Every function returns a fresh array. Elements taken from an argument are shared with the result, so the
 * argument is frozen first (O(1) when it already is, the usual case).
 */
public final class ArrayFunctions {
    /** Longest array Java can allocate; RANGE refuses to produce more (the JVM would fail with an Error). */
    private static final long MAX_ARRAY_LENGTH = Integer.MAX_VALUE - 8;

    private ArrayFunctions() {}

    static void register(StandardLibrary.Builder b) {
        b.fixed("DISTINCT", 1, "DISTINCT(list)", ArrayFunctions::distinct);
        b.fixed("FLATTEN", 1, "FLATTEN(listOfLists)", ArrayFunctions::flatten);
        b.fixed("SORT", 1, "SORT(list)", ArrayFunctions::sort);
        b.fixed("REVERSE", 1, "REVERSE(list)", ArrayFunctions::reverse);
        b.range("RANGE", 1, 3, "RANGE(n) | RANGE(start, end[, step])", ArrayFunctions::range);
        b.fixed("ZIP", 2, "ZIP(a, b)", ArrayFunctions::zip);
    }

    private static ArrayValue listArg(Object v, String function) {
        if (v instanceof ArrayValue a) return a.freeze();
        throw RuntimeErrors.illegalState(function + ": arg must be list");
    }

    /**
     * First occurrences, in order, under Branchline equality with numbers compared by value (D2: {@code [1, 1.0]}
     * gives {@code [1]}). Elements are bucketed by a hash consistent with that equality, so the cost is linear for
     * ordinary data. A decimal and a float never count as duplicates (equality would reject the mix; DISTINCT, like
     * the reference's, never fails).
     */
    static Object distinct(Object[] args) {
        ArrayValue list = listArg(args[0], "DISTINCT");
        int n = list.size();
        RunLimits.charge(n);
        ArrayValue out = new ArrayValue();
        HashMap<Integer, ArrayList<Object>> seen = new HashMap<>();
        for (int i = 0; i < n; i++) {
            Object v = list.get(i);
            ArrayList<Object> bucket = seen.computeIfAbsent(ValueHash.of(v), h -> new ArrayList<>(1));
            if (!containsEqual(bucket, v)) {
                bucket.add(v);
                out.add(v);
            }
        }
        return out;
    }

    private static boolean containsEqual(ArrayList<Object> bucket, Object v) {
        for (Object kept : bucket) {
            try {
                if (Operators.equal(kept, v)) return true;
            } catch (TransformException mixedDecimalAndFloat) {
                // Only a decimal met by a float can fail, and such values are different: not a duplicate.
            }
        }
        return false;
    }

    /** One level: array elements are spliced in, other elements kept as they are. */
    static Object flatten(Object[] args) {
        ArrayValue list = listArg(args[0], "FLATTEN");
        int n = list.size();
        long total = 0;
        for (int i = 0; i < n; i++) total += list.get(i) instanceof ArrayValue inner ? inner.size() : 1;
        if (total > MAX_ARRAY_LENGTH) throw RuntimeErrors.illegalArgument("FLATTEN: result too large");
        RunLimits.checkSize(total);
        RunLimits.charge(n + total);
        Object[] out = new Object[(int) total];
        int k = 0;
        for (int i = 0; i < n; i++) {
            Object v = list.get(i);
            if (v instanceof ArrayValue inner) {
                int m = inner.size();
                System.arraycopy(inner.items(), 0, out, k, m);
                k += m;
            } else {
                out[k++] = v;
            }
        }
        return ArrayValue.wrap(out, k);
    }

    /** Stable ascending sort by the general ordering (§1.3); only a decimal/float pair can fail. */
    static Object sort(Object[] args) {
        ArrayValue list = listArg(args[0], "SORT");
        int n = list.size();
        Object[] out = new Object[n];
        System.arraycopy(list.items(), 0, out, 0, n);
        StableSort.sort(out, n);
        return ArrayValue.wrap(out, n);
    }

    static Object reverse(Object[] args) {
        ArrayValue list = listArg(args[0], "REVERSE");
        int n = list.size();
        Object[] items = list.items();
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) out[i] = items[n - 1 - i];
        return ArrayValue.wrap(out, n);
    }

    /**
     * {@code RANGE(n)} is {@code RANGE(0, n - 1)} for positive n and {@code []} otherwise (D5); {@code RANGE(start,
     * end[, step])} counts inclusively up or down by {@code step} (below 1 means 1). Arguments use index coercion.
     */
    static Object range(Object[] args) {
        long[] spec = rangeSpec(args);
        long size = spec[1];
        Object[] out = new Object[(int) size];
        long v = spec[0];
        for (int i = 0; i < out.length; i++) {
            out[i] = v;
            v += spec[2];
        }
        return ArrayValue.wrap(out, out.length);
    }

    /**
     * RANGE's arguments (1 to 3, already evaluated) checked and reduced to {@code {first, count, delta}}: the
     * values are {@code first + i * delta} for {@code i < count}. Shared by RANGE and the lazy range cursor a FOR
     * loop over {@code RANGE(…)} uses, so both fail alike (index coercion, {@code RANGE: too many elements}, the
     * value-size limit).
     */
    public static long[] rangeSpec(Object[] args) {
        long start;
        long end;
        long step = 1;
        if (args.length == 1) {
            int n = ArgumentCoercion.index(args[0]);
            if (n <= 0) return new long[] {0, 0, 1};
            start = 0;
            end = n - 1L;
        } else {
            start = ArgumentCoercion.index(args[0]);
            end = ArgumentCoercion.index(args[1]);
            if (args.length > 2) step = Math.max(ArgumentCoercion.index(args[2]), 1);
        }
        long size = Math.abs(end - start) / step + 1;
        if (size > MAX_ARRAY_LENGTH) throw RuntimeErrors.illegalArgument("RANGE: too many elements");
        RunLimits.checkSize(size);
        return new long[] {start, size, start <= end ? step : -step};
    }

    static Object zip(Object[] args) {
        if (!(args[0] instanceof ArrayValue a)) throw RuntimeErrors.illegalState("ZIP: first arg must be list");
        if (!(args[1] instanceof ArrayValue b)) throw RuntimeErrors.illegalState("ZIP: second arg must be list");
        a.freeze();
        b.freeze();
        int n = Math.min(a.size(), b.size());
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) out[i] = ArrayValue.of(a.get(i), b.get(i));
        return ArrayValue.wrap(out, n);
    }
}
