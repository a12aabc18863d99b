package dev.turnout.program;

import dev.turnout.runtime.Shape;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The feedback the interpreter records per site of one function, for its own inline caches and for the JIT
 * (ARCHITECTURE.md "site index"): property sites cache the shape they saw and the key's slot, arithmetic and
 * comparison sites accumulate the value kinds they saw, call sites remember their target.
 *
 * <p>Written by any thread running the function without locks. Every cache entry is one immutable object, so a
 * reader sees a consistent (shape, slot) pair or none; a lost update costs a cache miss, never a wrong answer, since
 * every cached instruction rechecks its guard.
 */
public final class Profile {
    /** Kind bits for {@link #kinds}. */
    public static final byte LONG = 1, DOUBLE = 2, BIG_INTEGER = 4, BIG_DECIMAL = 8, STRING = 16, OTHER = 32;
    /** Misses after which a property site stops caching (megamorphic). */
    public static final int MAX_MISSES = 4;
    /** Marker in {@link #callTarget} for a call site that saw several targets. */
    public static final Object MEGAMORPHIC = new Object() {
        @Override
        public String toString() {
            return "megamorphic";
        }
    };

    /** One monomorphic property-cache entry: objects of {@code shape} keep the key at {@code slot} (-1: absent). */
    public record PropertyEntry(Shape shape, int slot) {}

    private final Object[] entries;
    private final byte[] kinds;
    private final byte[] misses;

    Profile(int siteCount) {
        this.entries = new Object[siteCount];
        this.kinds = new byte[siteCount];
        this.misses = new byte[siteCount];
    }

    public int siteCount() {
        return entries.length;
    }

    // ---- property sites ----------------------------------------------------------------------------------------

    /** The site's cache entry, or null. */
    public PropertyEntry property(int site) {
        return entries[site] instanceof PropertyEntry e ? e : null;
    }

    public void cacheProperty(int site, Shape shape, int slot) {
        entries[site] = new PropertyEntry(shape, slot);
    }

    /** Counts a miss; true when the site has missed often enough to go megamorphic. */
    public boolean miss(int site) {
        int count = misses[site] + 1;
        misses[site] = (byte) Math.min(count, 100);
        return count >= MAX_MISSES;
    }

    public int misses(int site) {
        return misses[site];
    }

    // ---- arithmetic and comparison sites ---------------------------------------------------------------------

    /** Adds the kinds of two operands to the site's feedback. */
    public void recordKinds(int site, Object a, Object b) {
        int seen = kindOf(a) | kindOf(b);
        if ((kinds[site] | seen) != kinds[site]) kinds[site] |= (byte) seen;
    }

    public void recordKind(int site, Object a) {
        int seen = kindOf(a);
        if ((kinds[site] | seen) != kinds[site]) kinds[site] |= (byte) seen;
    }

    /** The union of kind bits seen at the site (0: never executed). */
    public int kinds(int site) {
        return kinds[site];
    }

    public static int kindOf(Object v) {
        if (v instanceof Long) return LONG;
        if (v instanceof Double) return DOUBLE;
        if (v instanceof String) return STRING;
        if (v instanceof BigInteger) return BIG_INTEGER;
        if (v instanceof BigDecimal) return BIG_DECIMAL;
        return OTHER;
    }

    // ---- call sites ---------------------------------------------------------------------------------------------

    /** Records the function a call site invoked: the first one, then {@link #MEGAMORPHIC} once another appears. */
    public void recordCall(int site, FunctionCode callee) {
        Object seen = entries[site];
        if (seen == callee || seen == MEGAMORPHIC) return;
        entries[site] = seen == null ? callee : MEGAMORPHIC;
    }

    /** The single function the site called, {@link #MEGAMORPHIC}, or null. */
    public Object callTarget(int site) {
        Object seen = entries[site];
        return seen instanceof FunctionCode || seen == MEGAMORPHIC ? seen : null;
    }
}
