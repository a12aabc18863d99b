package dev.turnout.runtime;

/**
 * The state of one FOR loop, comprehension or library loop: the array (or object) being walked and the position
 * of the next element. Lives in a frame temporary between FOR_PREP and the loop's exit.
 */
public final class IterationCursor {
    private final ArrayValue array;
    private final ObjectValue object;
    private final int size;
    private final long first;
    private final long delta;
    private int next;

    private IterationCursor(ArrayValue array, ObjectValue object, int size, long first, long delta) {
        this.array = array;
        this.object = object;
        this.size = size;
        this.first = first;
        this.delta = delta;
    }

    public static IterationCursor over(ArrayValue array) {
        return new IterationCursor(array, null, array.size(), 0, 0);
    }

    /** Walks an object's values; {@link #key()} gives each value's key. */
    public static IterationCursor overValues(ObjectValue object) {
        return new IterationCursor(null, object, object.size(), 0, 0);
    }

    /**
     * Walks the integers {@code first + i * delta} for {@code i < count} without building the array (a FOR loop
     * over {@code RANGE(…)}).
     */
    public static IterationCursor overRange(long first, int count, long delta) {
        return new IterationCursor(null, null, count, first, delta);
    }

    public boolean hasNext() {
        return next < size;
    }

    /** The next element; call only when {@link #hasNext()}. */
    public Object next() {
        int i = next++;
        if (array != null) return array.get(i);
        return object != null ? object.valueAt(i) : Long.valueOf(first + i * delta);
    }

    /** The index (as a Branchline integer) or key of the element {@link #next()} returned last. */
    public Object key() {
        return object != null ? object.keyAt(next - 1) : Long.valueOf(next - 1);
    }
}
