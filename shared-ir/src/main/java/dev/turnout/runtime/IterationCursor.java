package dev.turnout.runtime;

/**
 * The state of one FOR loop, comprehension or library loop: the array (or object) being walked and the position
 * of the next element. Lives in a frame temporary between FOR_PREP and the loop's exit.
 */
public final class IterationCursor {
    private final ArrayValue array;
    private final ObjectValue object;
    private final int size;
    private int next;

    private IterationCursor(ArrayValue array, ObjectValue object, int size) {
        this.array = array;
        this.object = object;
        this.size = size;
    }

    public static IterationCursor over(ArrayValue array) {
        return new IterationCursor(array, null, array.size());
    }

    /** Walks an object's values; {@link #key()} gives each value's key. */
    public static IterationCursor overValues(ObjectValue object) {
        return new IterationCursor(null, object, object.size());
    }

    public boolean hasNext() {
        return next < size;
    }

    /** The next element; call only when {@link #hasNext()}. */
    public Object next() {
        int i = next++;
        return array != null ? array.get(i) : object.valueAt(i);
    }

    /** The index (as a Branchline integer) or key of the element {@link #next()} returned last. */
    public Object key() {
        return array != null ? Long.valueOf(next - 1) : object.keyAt(next - 1);
    }
}
