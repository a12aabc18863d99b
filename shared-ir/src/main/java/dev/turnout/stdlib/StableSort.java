package dev.turnout.stdlib;

import dev.turnout.runtime.Operators;
import dev.turnout.runtime.RunLimits;
import java.util.Arrays;

/**
 * The stable sort behind SORT, by the general ordering {@link Operators#compareGeneral} (STDLIB.md §1.3).
 *
 * <p>A hand-written merge sort rather than {@link Arrays#sort(Object[], java.util.Comparator)}: the general
 * ordering is not transitive across types (numbers compare numerically, mixed pairs by text: {@code 10 < "5"},
 * {@code "5" < 7}, {@code 7 < 10}), and TimSort may then throw "Comparison method violates its general contract",
 * while a merge sort always terminates with some order. Arrays of only Longs or only Strings, whose orders are
 * total, take the JDK's sorts.
 */
final class StableSort {
    /** Runs of this length are insertion-sorted before merging. */
    private static final int RUN = 16;

    private StableSort() {}

    /** Sorts {@code a[0..n)} in place, ascending, keeping equal elements in their original order. */
    static void sort(Object[] a, int n) {
        if (n < 2) return;
        // About n log2 n comparisons: charged up front for the JDK's sorts, per merge pass for the general order
        // (whose comparisons may also charge for the texts they build).
        long passes = 64 - Long.numberOfLeadingZeros(n);
        RunLimits.charge(n);
        if (allLongs(a, n)) {
            RunLimits.charge(n * passes);
            sortLongs(a, n);
            return;
        }
        if (allStrings(a, n)) {
            RunLimits.charge(n * passes);
            // Strings compare by UTF-16 code unit, a total order, and TimSort on Comparables is stable.
            Arrays.sort(a, 0, n);
            return;
        }
        for (int lo = 0; lo < n; lo += RUN) insertionSort(a, lo, Math.min(lo + RUN, n));
        if (n <= RUN) return;
        Object[] src = a;
        Object[] dst = new Object[n];
        for (long width = RUN; width < n; width *= 2) {
            RunLimits.charge(n);
            for (long lo = 0; lo < n; lo += 2 * width) {
                int mid = (int) Math.min(lo + width, n);
                int hi = (int) Math.min(lo + 2 * width, n);
                merge(src, dst, (int) lo, mid, hi);
            }
            Object[] t = src;
            src = dst;
            dst = t;
        }
        if (src != a) System.arraycopy(src, 0, a, 0, n);
    }

    private static void insertionSort(Object[] a, int lo, int hi) {
        for (int i = lo + 1; i < hi; i++) {
            Object x = a[i];
            int j = i - 1;
            while (j >= lo && Operators.compareGeneral(a[j], x) > 0) {
                a[j + 1] = a[j];
                j--;
            }
            a[j + 1] = x;
        }
    }

    /** Merges the sorted runs src[lo..mid) and src[mid..hi) into dst[lo..hi); ties take the left run first. */
    private static void merge(Object[] src, Object[] dst, int lo, int mid, int hi) {
        int i = lo;
        int j = mid;
        for (int k = lo; k < hi; k++) {
            if (j >= hi || (i < mid && Operators.compareGeneral(src[i], src[j]) <= 0)) {
                dst[k] = src[i++];
            } else {
                dst[k] = src[j++];
            }
        }
    }

    private static boolean allLongs(Object[] a, int n) {
        for (int i = 0; i < n; i++) if (!(a[i] instanceof Long)) return false;
        return true;
    }

    private static boolean allStrings(Object[] a, int n) {
        for (int i = 0; i < n; i++) if (!(a[i] instanceof String)) return false;
        return true;
    }

    /** Equal Longs are indistinguishable values, so an unstable primitive sort is fine. */
    private static void sortLongs(Object[] a, int n) {
        long[] values = new long[n];
        for (int i = 0; i < n; i++) values[i] = (Long) a[i];
        Arrays.sort(values);
        for (int i = 0; i < n; i++) a[i] = values[i];
    }
}
