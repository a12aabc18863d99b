package dev.turnout.runtime;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.errors.TransformException;
import java.math.BigInteger;

/**
 * The runtime half of the updating statements: SET path form (LANGUAGE.md §7.2), APPEND TO in both forms (§7.3)
 * and MODIFY (§7.4), with their exact messages. Both tiers call these.
 *
 * <h2>Segments</h2>
 * A path {@code root seg1 … segN} is given as two parallel arrays: {@code keys[i]} is a {@code String} for
 * {@code .name} ({@link #NAME}), a {@code Long} for {@code .N} ({@link #INDEX}), or any evaluated value for
 * {@code [e]} / {@code .[path]} ({@link #DYNAMIC}); {@code kinds[i]} says which. Static and dynamic segments differ
 * only in their error messages. Paths have at least one segment.
 *
 * <h2>Copy-on-write</h2>
 * The language's arrays and objects are immutable values (§5.3), but a container that only one place references is
 * unfrozen and may be updated in place (RUNTIME_API.md "Ownership"). An update walks from the root to the leaf's
 * parent; each container on the way that is frozen is replaced by a shallow unfrozen copy, stored into its (by then
 * unfrozen) parent; unfrozen ones are changed in place. So the first update of a shared value copies the path once,
 * and every later update of the now-owned value (the {@code APPEND TO acc x} loop) is amortised O(1). The methods
 * return the new root, which the caller stores back into the root variable; it is the old root when that was
 * unfrozen.
 *
 * <p>Values given to be stored must be frozen or exclusively owned by the caller (who drops its reference); they
 * are stored as they are. As a safety net, a value that is the root itself (or, for APPEND, the target array) is
 * frozen first, so that a container can never end up inside itself. Replacing a frozen child by its unfrozen copy does not change any value, so when an error
 * is raised half-way through a walk nothing observable has changed.
 *
 * <h2>Evaluation order</h2>
 * Dynamic keys are evaluated by the caller before the call. The statements check their paths before evaluating
 * their right-hand sides, so callers proceed in this order:
 * <ul>
 *   <li>SET path: {@link #checkSetPath checkSetPath("SET", …)}, evaluate the value, {@link #setPath};</li>
 *   <li>APPEND TO path: {@link #checkAppendPath}, evaluate the value, evaluate INIT (always, default {@code []}),
 *       {@link #appendPath};</li>
 *   <li>APPEND TO variable: {@link #appendVariableNeedsInit}; if it returns true, evaluate INIT and check it with
 *       {@link #appendVariableInit}; evaluate the value; {@link #appendVariable} (or, with the array already in
 *       hand, {@link #append});</li>
 *   <li>MODIFY: evaluate the delta, then {@link #modify}.</li>
 * </ul>
 */
public final class PathUpdates {
    /** {@code .name}: the key is a String. */
    public static final byte NAME = 0;
    /** {@code .N}: the key is a non-negative Long. */
    public static final byte INDEX = 1;
    /** {@code [e]} or {@code .[path]}: the key is any evaluated value. */
    public static final byte DYNAMIC = 2;

    private static final String SET = "SET";
    private static final String APPEND = "APPEND TO";

    private PathUpdates() {}

    // ---- SET and APPEND TO, path form -------------------------------------------------------------------------

    /**
     * Steps 1–2 of §7.2: the root must be bound and not null ({@code null} stands for both), and segments
     * {@code 0..n-2} must lead to existing, non-null values. The leaf is not looked at.
     *
     * @param op {@code "SET"} or {@code "APPEND TO"}: the prefix of the messages
     */
    public static void checkSetPath(String op, String rootName, Object root, Object[] keys, byte[] kinds) {
        if (isUnset(root)) throw rootNotFound(op, rootName);
        Object current = root;
        for (int i = 0, last = keys.length - 1; i < last; i++) current = descend(op, current, keys, kinds, i, false);
    }

    /**
     * The checks APPEND TO's path form makes before its value is evaluated: those of {@link #checkSetPath} and the
     * resolution of the last segment against its parent ({@code Target parent must be object or list}, key and
     * index errors).
     */
    public static void checkAppendPath(String rootName, Object root, Object[] keys, byte[] kinds) {
        if (isUnset(root)) throw rootNotFound(APPEND, rootName);
        Object parent = root;
        int last = keys.length - 1;
        for (int i = 0; i < last; i++) parent = descend(APPEND, parent, keys, kinds, i, false);
        leafValue(parent, keys[last], kinds[last]);
    }

    /**
     * Steps 4–5 of §7.2: stores {@code value} at the path and returns the new root. Repeats the checks of
     * {@link #checkSetPath}; on an object the leaf may be a new key, on an array it must be an existing index
     * (SET never grows an array).
     */
    public static Object setPath(String rootName, Object root, Object[] keys, byte[] kinds, Object value) {
        if (isUnset(root)) throw rootNotFound(SET, rootName);
        if (value == root) Values.freeze(root); // SET o.a = o: store the old o, never o inside itself
        Object newRoot = owned(root);
        Object parent = newRoot;
        int last = keys.length - 1;
        for (int i = 0; i < last; i++) parent = descend(SET, parent, keys, kinds, i, true);
        putLeaf(parent, keys[last], kinds[last], value);
        return newRoot;
    }

    /**
     * {@link #setPath} for a one-segment path ({@code SET v[k] = e}, {@code SET v.name = e}): the same checks and
     * effect, without a key array.
     */
    public static Object setSegment(String rootName, Object root, Object key, byte kind, Object value) {
        if (isUnset(root)) throw rootNotFound(SET, rootName);
        if (value == root) Values.freeze(root);
        Object newRoot = owned(root);
        putLeaf(newRoot, key, kind, value);
        return newRoot;
    }

    /** Step 4–5 at the leaf: an object takes a new or existing key, an array an existing index. */
    private static void putLeaf(Object parent, Object key, byte kind, Object value) {
        if (parent instanceof ObjectValue o) {
            o.put(objectKey(key, kind), value);
        } else if (parent instanceof ArrayValue a) {
            a.set(listIndex(key, kind, a.size()), value);
        } else {
            throw targetParent();
        }
    }

    /** {@link #appendPath(String, Object, Object[], byte[], Object, Object, boolean)} where a null INIT means none. */
    public static Object appendPath(String rootName, Object root, Object[] keys, byte[] kinds, Object value,
                                    Object init) {
        return appendPath(rootName, root, keys, kinds, value, init, init != null);
    }

    /**
     * APPEND TO path form (§7.3): appends {@code value} to the array at the path and returns the new root. The
     * leaf decides: missing or null → INIT array + [value]; an array → array + [value]; anything else is an error.
     * {@code init} is the already evaluated INIT expression; it must be an array even when it is not needed.
     * Without INIT ({@code hasInit} false) the default is a new empty array.
     *
     * <p>An unfrozen leaf array is appended to in place: amortised O(1).
     */
    public static Object appendPath(String rootName, Object root, Object[] keys, byte[] kinds, Object value,
                                    Object init, boolean hasInit) {
        if (isUnset(root)) throw rootNotFound(APPEND, rootName);
        if (value == root) Values.freeze(root); // APPEND TO o.xs o: append the old o
        Object newRoot = owned(root);
        Object parent = newRoot;
        int last = keys.length - 1;
        for (int i = 0; i < last; i++) parent = descend(APPEND, parent, keys, kinds, i, true);
        appendAtLeaf(parent, keys[last], kinds[last], value, init, hasInit);
        return newRoot;
    }

    /**
     * {@link #appendPath} for a one-segment path ({@code APPEND TO v.[k] x}, the grouping statement): the same
     * checks and effect, without a key array.
     */
    public static Object appendSegment(String rootName, Object root, Object key, byte kind, Object value,
                                       Object init, boolean hasInit) {
        if (isUnset(root)) throw rootNotFound(APPEND, rootName);
        if (value == root) Values.freeze(root);
        Object newRoot = owned(root);
        appendAtLeaf(newRoot, key, kind, value, init, hasInit);
        return newRoot;
    }

    /** {@link #checkAppendPath} for a one-segment path. */
    public static void checkAppendSegment(String rootName, Object root, Object key, byte kind) {
        if (isUnset(root)) throw rootNotFound(APPEND, rootName);
        leafValue(root, key, kind);
    }

    /** Appends at the leaf {@code key} of {@code parent} (unfrozen): the leaf decides, as §7.3 says. */
    private static void appendAtLeaf(Object parent, Object key, byte kind, Object value, Object init,
                                     boolean hasInit) {
        Object current = leafValue(parent, key, kind);
        if (hasInit && !(init instanceof ArrayValue)) {
            throw RuntimeErrors.illegalArgument(
                    "INIT for APPEND TO must evaluate to a list (got " + Values.typeName(init) + ")");
        }
        ArrayValue target;
        if (current == null) {
            target = hasInit ? (ArrayValue) init : new ArrayValue(4);
        } else if (current instanceof ArrayValue a) {
            target = a;
        } else {
            throw RuntimeErrors.illegalState(
                    "APPEND TO expects list at target path, got " + Values.typeName(current));
        }
        ArrayValue updated = append(target, value);
        if (updated != current) {
            // A new array (copied, or INIT): store it. An in-place append left the parent as it was.
            if (parent instanceof ObjectValue o) o.put(objectKey(key, kind), updated);
            else ((ArrayValue) parent).set(listIndex(key, kind, ((ArrayValue) parent).size()), updated);
        }
    }

    // ---- APPEND TO, variable form -----------------------------------------------------------------------------

    /**
     * The checks APPEND TO's variable form makes before anything is evaluated. Returns true when the variable is
     * null, i.e. when the caller must now evaluate INIT (and only then: §7.3 evaluates INIT lazily in this form).
     *
     * @param bound whether the variable is bound at all
     */
    public static boolean appendVariableNeedsInit(String name, Object current, boolean bound) {
        if (!bound || current == Unbound.VALUE) {
            throw RuntimeErrors.illegalState("APPEND TO variable '" + name + "' not found; declare with LET first");
        }
        if (current == null) return true;
        if (current instanceof ArrayValue) return false;
        throw RuntimeErrors.illegalState("APPEND TO expects list in variable '" + name + "'");
    }

    /**
     * Checks the INIT of the variable form: returns it as an array, or a new empty array when there is no INIT.
     *
     * @throws TransformException IAE {@code INIT for APPEND TO must evaluate to a list}
     */
    public static ArrayValue appendVariableInit(Object init, boolean hasInit) {
        if (!hasInit) return new ArrayValue(4);
        if (init instanceof ArrayValue a) return a;
        throw RuntimeErrors.illegalArgument("INIT for APPEND TO must evaluate to a list");
    }

    /**
     * APPEND TO variable form (§7.3): returns the array the variable is rebound to, which is {@code current}
     * itself when that was unfrozen. {@code init} is only looked at when {@code current} is null (see
     * {@link #appendVariableNeedsInit} for when to evaluate it).
     */
    public static Object appendVariable(String name, Object current, boolean bound, Object value, Object init,
                                        boolean hasInit) {
        ArrayValue target = appendVariableNeedsInit(name, current, bound)
                ? appendVariableInit(init, hasInit)
                : (ArrayValue) current;
        return append(target, value);
    }

    /**
     * Appends {@code value} to {@code target}: in place when it is unfrozen (and then returns it), otherwise to a
     * new unfrozen copy with room to grow (returned).
     */
    public static ArrayValue append(ArrayValue target, Object value) {
        // APPEND TO xs xs appends the old xs: never put an array inside itself.
        ArrayValue result = target.isFrozen() || value == target ? target.copy(1) : target;
        if (value == target) target.freeze();
        result.add(value);
        return result;
    }

    // ---- MODIFY -----------------------------------------------------------------------------------------------

    /**
     * MODIFY (§7.4): walks the static {@code path} (Strings for {@code .name}, Longs for {@code .N}) from the root,
     * then merges {@code delta} shallowly into the object found there: existing keys are replaced in place, new
     * keys appended in delta order. Returns the new root. The delta is consumed: its values are stored as they
     * are, so the caller must drop the delta afterwards.
     */
    public static Object modify(String rootName, Object root, Object[] path, ObjectValue delta) {
        if (isUnset(root)) throw RuntimeErrors.illegalState("MODIFY root '" + rootName + "' not found");
        for (int i = 0, n = delta.size(); i < n; i++) {
            if (delta.valueAt(i) == root) Values.freeze(root); // MODIFY o { self: o } stores the old o
        }
        Object newRoot = owned(root);
        Object current = newRoot;
        for (Object segment : path) {
            if (current instanceof ObjectValue o) {
                int at = o.indexOf(segment);
                Object child = at < 0 ? null : o.valueAt(at);
                if (child == null) {
                    throw RuntimeErrors.illegalState("MODIFY path segment '" + keyText(segment) + "' not found");
                }
                if (isFrozenContainer(child)) o.setValueAt(at, child = copyOf(child));
                current = child;
            } else if (current instanceof ArrayValue a) {
                // MODIFY paths are static; a name on an array is worded as for SET paths (§7.4 is silent here).
                if (!(segment instanceof Long n)) throw RuntimeErrors.illegalState("Cannot use name segment on list");
                int at = Properties.arrayIndex(n, a.size());
                Object child = a.get(at);
                if (child == null) throw RuntimeErrors.illegalState("MODIFY path index " + n + " is null");
                if (isFrozenContainer(child)) a.set(at, child = copyOf(child));
                current = child;
            } else {
                throw RuntimeErrors.illegalState("MODIFY path enters non-container value");
            }
        }
        if (!(current instanceof ObjectValue target)) throw RuntimeErrors.illegalState("MODIFY target must be object");
        for (int i = 0, n = delta.size(); i < n; i++) target.put(delta.keyAt(i), delta.valueAt(i));
        return newRoot;
    }

    // ---- the walk ---------------------------------------------------------------------------------------------

    /**
     * Steps from {@code parent} through segment {@code i}, which is not the leaf; the result must exist and not be
     * null when the parent is an object. With {@code copyOnWrite} the parent is unfrozen and a frozen child is
     * replaced in it by an unfrozen copy, which is returned.
     */
    private static Object descend(String op, Object parent, Object[] keys, byte[] kinds, int i, boolean copyOnWrite) {
        Object key = keys[i];
        byte kind = kinds[i];
        if (parent instanceof ObjectValue o) {
            Object k = objectKey(key, kind);
            int at = o.indexOf(k);
            Object child = at < 0 ? null : o.valueAt(at);
            if (child == null) {
                if (kind == DYNAMIC) {
                    throw RuntimeErrors.illegalState(op + " path segment '" + keyText(k) + "' not found");
                }
                throw RuntimeErrors.illegalState(
                        op + ": segment '" + keyText(k) + "' not found at " + location(keys, i));
            }
            if (copyOnWrite && isFrozenContainer(child)) o.setValueAt(at, child = copyOf(child));
            return child;
        }
        if (parent instanceof ArrayValue a) {
            int at = listIndex(key, kind, a.size());
            Object child = a.get(at);
            // A null element is returned as is: the next step reports it as a non-container (or a bad parent).
            if (copyOnWrite && isFrozenContainer(child)) a.set(at, child = copyOf(child));
            return child;
        }
        throw RuntimeErrors.illegalState(op + " path enters non-container value");
    }

    /** The current value of the leaf segment in {@code parent} (null when missing), with the leaf's key errors. */
    private static Object leafValue(Object parent, Object key, byte kind) {
        if (parent instanceof ObjectValue o) return o.get(objectKey(key, kind));
        if (parent instanceof ArrayValue a) return a.get(listIndex(key, kind, a.size()));
        throw targetParent();
    }

    /** The key of a segment applied to an object, with the §7.2 key messages for dynamic keys. */
    private static Object objectKey(Object key, byte kind) {
        if (kind != DYNAMIC || key instanceof String) return key;
        if (key instanceof Long n) {
            if (n < 0) throw RuntimeErrors.illegalArgument("Object key must be non-negative");
            return key;
        }
        throw RuntimeErrors.illegalState("Object key must be string or non-negative integer");
    }

    /** The index of a segment applied to an array of {@code size} elements, with the §7.2 index messages. */
    private static int listIndex(Object key, byte kind, int size) {
        if (kind == NAME) throw RuntimeErrors.illegalState("Cannot use name segment on list");
        if (key instanceof Long n) return Properties.arrayIndex(n, size);
        if (key instanceof BigInteger) throw Properties.failedRequirement();
        throw RuntimeErrors.illegalState("Index must be integer for list");
    }

    /** {@code <root>} followed by {@code .key} for each of the first {@code walked} segments. */
    private static String location(Object[] keys, int walked) {
        StringBuilder out = new StringBuilder("<root>");
        for (int j = 0; j < walked; j++) out.append('.').append(keyText(keys[j]));
        return out.toString();
    }

    private static String keyText(Object key) {
        return Text.of(key);
    }

    private static boolean isUnset(Object root) {
        return root == null || root == Unbound.VALUE;
    }

    /** The root to update: itself when unfrozen (or not a container), else a shallow unfrozen copy. */
    private static Object owned(Object root) {
        return isFrozenContainer(root) ? copyOf(root) : root;
    }

    private static boolean isFrozenContainer(Object v) {
        if (v instanceof ObjectValue o) return o.isFrozen();
        if (v instanceof ArrayValue a) return a.isFrozen();
        return false;
    }

    private static Object copyOf(Object container) {
        return container instanceof ObjectValue o ? o.copy() : ((ArrayValue) container).copy();
    }

    private static TransformException rootNotFound(String op, String rootName) {
        return RuntimeErrors.illegalState(op + " variable '" + rootName + "' not found");
    }

    private static TransformException targetParent() {
        return RuntimeErrors.illegalState("Target parent must be object or list");
    }
}
