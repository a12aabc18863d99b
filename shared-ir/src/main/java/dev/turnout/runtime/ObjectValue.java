package dev.turnout.runtime;

import java.util.Arrays;
import java.util.HashMap;

/**
 * A Branchline object: insertion-ordered keys ({@code String}s and non-negative {@code Long}s) mapped to values,
 * with the ownership flag of the copy-on-write scheme (RUNTIME_API.md "Ownership").
 *
 * <p>Two representations share one ordered {@code values} array:
 * <ul>
 *   <li><b>shape mode</b> (up to {@link #DICTIONARY_THRESHOLD} keys): the keys live in a shared {@link Shape}, so
 *       objects built alike (JSON records, object literals) share it and inline caches can guard on it;</li>
 *   <li><b>dictionary mode</b> (larger objects): a private key array and hash index, so adding n distinct keys
 *       one by one costs O(n) in total instead of creating n shapes of growing size. An object never returns to
 *       shape mode; {@link #shape()} is then {@code null}.</li>
 * </ul>
 * Keys compare by content for Strings and by value for Longs; a String key never equals a Long key.
 * Branchline equality is {@code Operators.equal}, not {@link #equals}.
 */
public final class ObjectValue {
    /** Objects with more keys than this switch to dictionary mode. */
    static final int DICTIONARY_THRESHOLD = 32;

    private static final Object[] NO_VALUES = new Object[0];

    /** The keys in shape mode; {@code null} in dictionary mode. */
    private Shape shape;
    /** Values in insertion order; the length may exceed {@link #size}. */
    private Object[] values;
    private int size;
    /** Dictionary mode only: keys in insertion order (parallel to values) and key → position. */
    private Object[] dictKeys;
    private HashMap<Object, Integer> dictIndex;
    /**
     * Dictionary mode: slots emptied by {@link #remove} and not yet closed up (their key is null). Positional access
     * closes them up first, once; lookups by key and further removals do not need to, so removing n keys one by one
     * costs O(n) in total rather than a shift of everything after each of them.
     */
    private int holes;
    private boolean frozen;

    /** An empty, unfrozen object. */
    public ObjectValue() {
        this.shape = Shape.EMPTY;
        this.values = NO_VALUES;
    }

    private ObjectValue(Shape shape, Object[] values, int size) {
        this.shape = shape;
        this.values = values;
        this.size = size;
    }

    /** An empty, unfrozen object. */
    public static ObjectValue empty() {
        return new ObjectValue();
    }

    /**
     * An unfrozen object with the given shape whose values are {@code values[0..shape.size())}; takes ownership of
     * the array. Meant for object literals with constant keys, whose shape can be computed once and cached.
     */
    public static ObjectValue ofShape(Shape shape, Object[] values) {
        if (values.length < shape.size()) throw new IllegalArgumentException("too few values for " + shape);
        return new ObjectValue(shape, values, shape.size());
    }

    public int size() {
        return size - holes;
    }

    /** The key at position {@code i} (insertion order). */
    public Object keyAt(int i) {
        if (holes != 0) closeHoles();
        if (i >= size) throw new IndexOutOfBoundsException(i);
        return shape != null ? shape.keyAt(i) : dictKeys[i];
    }

    /** The value at position {@code i} (insertion order). */
    public Object valueAt(int i) {
        if (holes != 0) closeHoles();
        return values[java.util.Objects.checkIndex(i, size)];
    }

    /** Position of {@code key}, or -1. Keys of types other than String and Long are never found. */
    public int indexOf(Object key) {
        if (holes != 0) closeHoles();
        return slotOf(key);
    }

    /** The value of {@code key}, or {@code null} if absent. */
    public Object get(Object key) {
        int i = slotOf(key);
        return i < 0 ? null : values[i];
    }

    public boolean containsKey(Object key) {
        return slotOf(key) >= 0;
    }

    /** The slot of {@code key} (its position once holes are closed up), or -1. */
    private int slotOf(Object key) {
        Shape s = shape;
        if (s != null) return s.indexOf(key);
        Integer i = dictIndex.get(key);
        return i == null ? -1 : i;
    }

    /**
     * Sets {@code key} to {@code value}: an existing key keeps its position, a new key is appended.
     *
     * @throws IllegalStateException if frozen (a runtime bug)
     * @throws IllegalArgumentException if the key is not a String or a non-negative Long (a runtime bug)
     */
    public void put(Object key, Object value) {
        if (frozen) throw frozenError();
        int i = slotOf(key);
        if (i >= 0) {
            values[i] = value;
            return;
        }
        checkKey(key);
        append(key, value);
    }

    /**
     * Replaces the value at position {@code i}.
     *
     * @throws IllegalStateException if frozen (a runtime bug)
     */
    public void setValueAt(int i, Object value) {
        if (frozen) throw frozenError();
        if (holes != 0) closeHoles();
        values[java.util.Objects.checkIndex(i, size)] = value;
    }

    /**
     * Removes {@code key} if present; the keys after it keep their order. A shaped object (at most 32 keys) is
     * rebuilt along the shape tree; a dictionary empties the key's slot in O(1) and closes its holes up at the next
     * positional access.
     *
     * @throws IllegalStateException if frozen (a runtime bug)
     */
    public void remove(Object key) {
        if (frozen) throw frozenError();
        if (shape == null) {
            // Dictionary: empty the slot; positional access closes the holes up later, all at once.
            Integer slot = dictIndex.remove(key);
            if (slot == null) return;
            values[slot] = null;
            dictKeys[slot] = null;
            holes++;
            if (holes > 16 && holes > size / 2) closeHoles(); // bounds the dead slots an object carries
            return;
        }
        int skip = shape.indexOf(key);
        if (skip < 0) return;
        int n = size;
        Shape s = Shape.EMPTY;
        for (int i = 0; i < n; i++) {
            if (i != skip) s = s.childFor(shape.keyAt(i));
        }
        shape = s;
        System.arraycopy(values, skip + 1, values, skip, n - skip - 1);
        values[n - 1] = null;
        size = n - 1;
    }

    /** Dictionary mode: moves the live entries down over the emptied slots and reindexes the moved keys. */
    private void closeHoles() {
        int n = size;
        int w = 0;
        for (int r = 0; r < n; r++) {
            Object k = dictKeys[r];
            if (k == null) continue;
            if (w != r) {
                dictKeys[w] = k;
                values[w] = values[r];
                dictIndex.put(k, w);
            }
            w++;
        }
        for (int i = w; i < n; i++) {
            dictKeys[i] = null;
            values[i] = null;
        }
        size = w;
        holes = 0;
    }

    /** A shallow, unfrozen copy. */
    public ObjectValue copy() {
        if (holes != 0) closeHoles();
        ObjectValue copy = new ObjectValue(shape, size == 0 ? NO_VALUES : Arrays.copyOf(values, size), size);
        if (shape == null) {
            copy.dictKeys = Arrays.copyOf(dictKeys, size);
            copy.dictIndex = new HashMap<>(dictIndex);
        }
        return copy;
    }

    /** A new unfrozen object with every entry but {@code key} (a shallow copy when the key is absent). */
    public ObjectValue without(Object key) {
        int skip = indexOf(key);
        if (skip < 0) return copy();
        ObjectValue result = new ObjectValue();
        result.values = new Object[size - 1];
        for (int i = 0; i < size; i++) {
            if (i != skip) result.append(keyAt(i), values[i]);
        }
        return result;
    }

    public boolean isFrozen() {
        return frozen;
    }

    /** Freezes this object and, transitively, every container in it; returns this. */
    public ObjectValue freeze() {
        if (!frozen) Values.freezeDeep(this);
        return this;
    }

    /** The shape in shape mode, {@code null} in dictionary mode. */
    public Shape shape() {
        return shape;
    }

    /** Whether this object is in dictionary mode (for tests). */
    boolean isDictionary() {
        return shape == null;
    }

    /** Sets only this object's flag; the caller guarantees its values are frozen (or freezes them next). */
    void markFrozen() {
        frozen = true;
    }

    /** The raw values array (length may exceed size); for the freezer. */
    Object[] rawValues() {
        if (holes != 0) closeHoles();
        return values;
    }

    /** Appends a key known to be absent and valid. */
    private void append(Object key, Object value) {
        int n = size;
        if (n == values.length) values = Arrays.copyOf(values, n < 4 ? 4 : n + (n >> 1));
        Shape s = shape;
        if (s != null) {
            if (n < DICTIONARY_THRESHOLD) {
                shape = s.childFor(key);
                values[n] = value;
                size = n + 1;
                return;
            }
            toDictionary(s);
        }
        if (n == dictKeys.length) dictKeys = Arrays.copyOf(dictKeys, values.length);
        dictKeys[n] = key;
        dictIndex.put(key, n);
        values[n] = value;
        size = n + 1;
    }

    private void toDictionary(Shape s) {
        int n = size;
        Object[] keys = new Object[values.length];
        HashMap<Object, Integer> index = new HashMap<>(Math.max(16, n * 4));
        for (int i = 0; i < n; i++) {
            Object k = s.keyAt(i);
            keys[i] = k;
            index.put(k, i);
        }
        dictKeys = keys;
        dictIndex = index;
        shape = null;
    }

    /** Rejects keys outside the value model: an internal bug, so a Java exception. */
    static void checkKey(Object key) {
        if (key instanceof String) return;
        if (key instanceof Long n && n >= 0) return;
        throw new IllegalArgumentException("internal error: object key must be a String or a non-negative Long, got "
                + (key == null ? "null" : key.getClass().getName() + " " + key));
    }

    private static IllegalStateException frozenError() {
        return new IllegalStateException("internal error: mutation of a frozen object");
    }

    /** Debugging text in the §5.6 form ({@code {a=1, b=x}}); programs see {@code Text.of}. */
    @Override
    public String toString() {
        if (holes != 0) closeHoles();
        StringBuilder out = new StringBuilder("{");
        for (int i = 0; i < size; i++) {
            if (i > 0) out.append(", ");
            out.append(keyAt(i)).append('=').append(values[i] == this ? "(this)" : values[i]);
        }
        return out.append('}').toString();
    }
}
