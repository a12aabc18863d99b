package dev.turnout.runtime;

import java.util.HashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicIntegerFieldUpdater;

/**
 * A hidden class: the ordered list of keys of an object, shared by every {@link ObjectValue} that received the same
 * keys in the same order (ARCHITECTURE.md "Shapes"). A key's position in the shape is the object's value slot, so
 * an inline cache that saw a shape can read a slot without any lookup.
 *
 * <p>Shapes are immutable and safe to share across threads. Adding a key follows a transition from the parent shape
 * to a child shape; transitions are cached in a {@link ConcurrentHashMap} so that two objects built the same way, on
 * any thread, end with the identical shape. The cache is bounded per shape ({@link #MAX_TRANSITIONS}): when user
 * data has many distinct keys at one position (e.g. objects keyed by ids), later transitions create fresh,
 * uncached shapes that the garbage collector reclaims with their objects, so memory cannot grow without bound.
 *
 * <p>Keys are {@code String}s or non-negative {@code Long}s; a String never equals a Long ({@code "1" != 1}).
 */
public final class Shape {
    /** Transitions cached per shape; further distinct keys get uncached child shapes. */
    static final int MAX_TRANSITIONS = 64;
    /** Shapes up to this size find keys by a linear scan; larger ones build a hash table once. */
    static final int LINEAR_SCAN_LIMIT = 8;

    /** The shape of the empty object: root of every transition tree. */
    public static final Shape EMPTY = new Shape(new Object[0]);

    /** A cached transition; immutable so that it can be published through a volatile field. */
    private record Transition(Object key, Shape target) {}

    private static final AtomicIntegerFieldUpdater<Shape> CACHED =
            AtomicIntegerFieldUpdater.newUpdater(Shape.class, "cachedTransitions");

    private final Object[] keys;
    /** Key → position, built on first lookup for shapes larger than {@link #LINEAR_SCAN_LIMIT}. */
    private volatile HashMap<Object, Integer> table;
    /** The most recently used transition: most shapes have exactly one child, so this avoids the map. */
    private volatile Transition lastTransition;
    private volatile ConcurrentHashMap<Object, Shape> transitions;
    /** Number of entries in {@link #transitions}; reserved before inserting so the bound is exact. */
    private volatile int cachedTransitions;

    private Shape(Object[] keys) {
        this.keys = keys;
    }

    /** Number of keys. */
    public int size() {
        return keys.length;
    }

    /** The key at position {@code i} (insertion order). */
    public Object keyAt(int i) {
        return keys[i];
    }

    /** Position of {@code key}, or -1. */
    public int indexOf(Object key) {
        Object[] ks = keys;
        if (ks.length <= LINEAR_SCAN_LIMIT) {
            for (int i = 0; i < ks.length; i++) {
                Object k = ks[i];
                // Identity first: keys usually come from the same literal or from Jackson's canonical names.
                if (k == key || k.equals(key)) return i;
            }
            return -1;
        }
        HashMap<Object, Integer> t = table;
        if (t == null) t = buildTable();
        Integer i = t.get(key);
        return i == null ? -1 : i;
    }

    /**
     * The shape with {@code key} appended. The key must not be present yet and must be a String or a non-negative
     * Long.
     *
     * @throws IllegalArgumentException if the key is present or of another type (a caller bug)
     */
    public Shape withKey(Object key) {
        ObjectValue.checkKey(key);
        if (indexOf(key) >= 0) throw new IllegalArgumentException("key already in shape: " + key);
        return childFor(key);
    }

    /** {@link #withKey} without the checks, for callers that know the key is valid and absent. */
    Shape childFor(Object key) {
        Transition last = lastTransition;
        if (last != null && (last.key == key || last.key.equals(key))) return last.target;
        ConcurrentHashMap<Object, Shape> map = transitions;
        if (map != null) {
            Shape cached = map.get(key);
            if (cached != null) {
                lastTransition = new Transition(key, cached);
                return cached;
            }
        }
        Shape child = new Shape(appended(key));
        if (!reserveTransition()) return child; // cache full: an uncached shape, collected with its objects
        map = transitionMap();
        Shape raced = map.putIfAbsent(key, child);
        if (raced != null) {
            // Another thread cached the same transition first; use its shape so identity stays canonical.
            CACHED.decrementAndGet(this);
            child = raced;
        }
        lastTransition = new Transition(key, child);
        return child;
    }

    /** Number of cached transitions (for tests). */
    int cachedTransitionCount() {
        return cachedTransitions;
    }

    private boolean reserveTransition() {
        while (true) {
            int n = cachedTransitions;
            if (n >= MAX_TRANSITIONS) return false;
            if (CACHED.compareAndSet(this, n, n + 1)) return true;
        }
    }

    private ConcurrentHashMap<Object, Shape> transitionMap() {
        ConcurrentHashMap<Object, Shape> map = transitions;
        if (map == null) {
            synchronized (this) {
                map = transitions;
                if (map == null) transitions = map = new ConcurrentHashMap<>(4);
            }
        }
        return map;
    }

    private Object[] appended(Object key) {
        Object[] ks = new Object[keys.length + 1];
        System.arraycopy(keys, 0, ks, 0, keys.length);
        ks[keys.length] = key;
        return ks;
    }

    private HashMap<Object, Integer> buildTable() {
        // Built completely before publication; a race builds it twice, harmlessly.
        HashMap<Object, Integer> t = new HashMap<>(keys.length * 2);
        for (int i = 0; i < keys.length; i++) t.put(keys[i], i);
        table = t;
        return t;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("Shape[");
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) out.append(", ");
            out.append(keys[i] instanceof String ? "\"" + keys[i] + "\"" : keys[i]);
        }
        return out.append(']').toString();
    }
}
