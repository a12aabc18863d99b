package dev.turnout.runtime;

import java.util.AbstractList;
import java.util.Arrays;
import java.util.Objects;
import java.util.RandomAccess;

/**
 * A Branchline array: an {@code Object[]} plus a size, with the ownership flag of the copy-on-write scheme
 * (RUNTIME_API.md "Ownership"). An unfrozen array is referenced from exactly one place and may be appended to in
 * place, which keeps {@code APPEND TO acc x} in a loop amortised O(1); a frozen one is never mutated again and only
 * holds frozen containers.
 *
 * <p>It implements {@link java.util.List} for interoperability (embedding API, library code). Branchline equality
 * is {@code Operators.equal}, not {@link #equals}.
 */
public final class ArrayValue extends AbstractList<Object> implements RandomAccess {
    private static final Object[] NO_ITEMS = new Object[0];

    private Object[] items;
    private int size;
    private boolean frozen;

    /** An empty, unfrozen array. */
    public ArrayValue() {
        this.items = NO_ITEMS;
    }

    /** An empty, unfrozen array with room for {@code capacity} elements. */
    public ArrayValue(int capacity) {
        this.items = capacity == 0 ? NO_ITEMS : new Object[capacity];
    }

    private ArrayValue(Object[] items, int size) {
        this.items = items;
        this.size = size;
    }

    /** An unfrozen array over {@code items[0..size)}; takes ownership of {@code items} (the caller must drop it). */
    public static ArrayValue wrap(Object[] items, int size) {
        if (size < 0 || size > items.length) throw new IllegalArgumentException("size " + size);
        return new ArrayValue(items, size);
    }

    /** An unfrozen array holding a copy of {@code items}. */
    public static ArrayValue of(Object... items) {
        return new ArrayValue(items.length == 0 ? NO_ITEMS : items.clone(), items.length);
    }

    @Override
    public int size() {
        return size;
    }

    /** Element {@code i}; callers check the range and word the Branchline error themselves. */
    @Override
    public Object get(int i) {
        return items[Objects.checkIndex(i, size)];
    }

    /** The backing array (its length may exceed {@link #size()}). Read only. */
    public Object[] items() {
        return items;
    }

    /**
     * Appends {@code v} (amortised O(1)). Returns {@code true} as {@link java.util.List#add} requires.
     *
     * @throws IllegalStateException if frozen (a runtime bug, not a Branchline error)
     */
    @Override
    public boolean add(Object v) {
        if (frozen) throw frozenError();
        Object[] a = items;
        int n = size;
        if (n == a.length) items = a = grow(a, n + 1);
        a[n] = v;
        size = n + 1;
        return true;
    }

    /**
     * Replaces element {@code i}; returns the old element.
     *
     * @throws IllegalStateException if frozen (a runtime bug, not a Branchline error)
     */
    @Override
    public Object set(int i, Object v) {
        if (frozen) throw frozenError();
        Object[] a = items;
        int at = Objects.checkIndex(i, size);
        Object old = a[at];
        a[at] = v;
        return old;
    }

    /**
     * Inserts {@code v} before the first element (O(size): the elements move up by one, no allocation unless the
     * storage is full).
     *
     * @throws IllegalStateException if frozen (a runtime bug, not a Branchline error)
     */
    public void addFirst(Object v) {
        if (frozen) throw frozenError();
        Object[] a = items;
        int n = size;
        if (n == a.length) items = a = grow(a, n + 1);
        System.arraycopy(a, 0, a, 1, n);
        a[0] = v;
        size = n + 1;
    }

    /**
     * Removes element {@code i}; returns it. The elements after it move down by one.
     *
     * @throws IllegalStateException if frozen (a runtime bug, not a Branchline error)
     */
    @Override
    public Object remove(int i) {
        if (frozen) throw frozenError();
        Object[] a = items;
        int at = Objects.checkIndex(i, size);
        Object old = a[at];
        System.arraycopy(a, at + 1, a, at, size - at - 1);
        a[--size] = null;
        return old;
    }

    /** A shallow, unfrozen copy. */
    public ArrayValue copy() {
        return copy(0);
    }

    /** A shallow, unfrozen copy with room for {@code extra} more elements (a copy made in order to append). */
    ArrayValue copy(int extra) {
        int capacity = size + extra;
        if (extra > 0) capacity = Math.max(capacity, size + (size >> 1) + 1);
        return new ArrayValue(capacity == 0 ? NO_ITEMS : Arrays.copyOf(items, capacity), size);
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** Freezes this array and, transitively, every container in it; returns this. */
    public ArrayValue freeze() {
        if (!frozen) Values.freezeDeep(this);
        return this;
    }

    /** Sets only this array's flag; the caller guarantees its elements are frozen (or freezes them next). */
    void markFrozen() {
        frozen = true;
    }

    private static Object[] grow(Object[] a, int minCapacity) {
        int n = a.length;
        int capacity = Math.max(minCapacity, n < 4 ? 4 : n + (n >> 1));
        RunLimits.checkSize(minCapacity);
        return Arrays.copyOf(a, capacity);
    }

    private static IllegalStateException frozenError() {
        return new IllegalStateException("internal error: mutation of a frozen array");
    }
}
