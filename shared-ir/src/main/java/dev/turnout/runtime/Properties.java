package dev.turnout.runtime;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.errors.TransformException;
import java.math.BigInteger;

/**
 * Reads along a path, LANGUAGE.md §8.4: {@code .name}, {@code .N}, {@code [e]} and {@code .[path]}, with the exact
 * messages of the §8.4 table. Both tiers call these as the generic (uncached) path.
 *
 * <p>Reads never freeze or copy (docs/architecture.md "Values and ownership"): a value read out of an unfrozen
 * container is returned as it is. The compiler only lets such a read reach a consumer that reads it (an operator,
 * a condition, another read, a read-only library function); where the value could be kept — bound, stored,
 * passed, returned — the container it was read from was loaded with a freezing load, so the value is frozen
 * already.
 *
 * <p>Array indexes: Turnout has one integer kind, so an index whose value fits 32 bits behaves like the
 * reference's integer literals ({@code Index -1 out of bounds 0..2}, DECISIONS.md D7's rule), and an index outside
 * the 32-bit range behaves like the reference's 64-bit integers: IAE {@code Failed requirement.}. A BigInteger
 * index is always outside that range, so it gets {@code Failed requirement.} too.
 */
public final class Properties {
    private Properties() {}

    /** {@code target.name}. */
    public static Object member(Object target, String name) {
        if (target instanceof ObjectValue o) return o.get(name);
        if (target instanceof ArrayValue) throw RuntimeErrors.illegalState("Cannot use name '" + name + "' on list");
        throw notIndexable();
    }

    /**
     * The value at a slot an inline cache found for {@code o}'s shape ({@code slot} -1: the key is absent).
     */
    public static Object readSlot(ObjectValue o, int slot) {
        return slot < 0 ? null : o.valueAt(slot);
    }

    /** {@code target.N} with N the digits of a non-negative integer. */
    public static Object integerKey(Object target, long n) {
        if (target instanceof ObjectValue o) return o.get(n);
        if (target instanceof ArrayValue a) return a.get(arrayIndex(n, a.size()));
        throw notIndexable();
    }

    /** {@code target[key]} and {@code target.[path]} (the path already evaluated to {@code key}). */
    public static Object index(Object target, Object key) {
        if (target instanceof ObjectValue o) {
            if (key instanceof String) return o.get(key);
            if (key instanceof Long n) {
                if (n < 0) throw RuntimeErrors.illegalArgument("Computed key must be non-negative integer");
                return o.get(n);
            }
            throw RuntimeErrors.illegalState("Computed key must be string or non-negative integer");
        }
        if (target instanceof ArrayValue a) {
            if (key instanceof Long n) return a.get(arrayIndex(n, a.size()));
            if (key instanceof BigInteger) throw failedRequirement();
            throw RuntimeErrors.illegalState("Index must be integer for list");
        }
        throw notIndexable();
    }

    /**
     * Checks an array index: IAE {@code Failed requirement.} outside the 32-bit range, IAE
     * {@code Index i out of bounds 0..size-1} outside the array. Returns the index as an int.
     */
    static int arrayIndex(long n, int size) {
        if (n >= 0 && n < size) return (int) n;
        if (n != (int) n) throw failedRequirement();
        throw outOfBounds(n, size);
    }

    /** IAE {@code Index i out of bounds 0..n} with n = size − 1 ({@code 0..-1} for an empty array). */
    static TransformException outOfBounds(long i, int size) {
        return RuntimeErrors.illegalArgument("Index " + i + " out of bounds 0.." + (size - 1));
    }

    /** IAE {@code Failed requirement.}: a 64-bit index outside {@code 0..2^31-1}. */
    static TransformException failedRequirement() {
        return RuntimeErrors.illegalArgument("Failed requirement.");
    }

    private static TransformException notIndexable() {
        return RuntimeErrors.illegalState("Indexing supported only for list or object");
    }
}
