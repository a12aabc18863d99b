package dev.turnout.jit.analysis;

import dev.turnout.program.Profile;

/**
 * The interpreter's feedback for one function, read once when its compilation starts. The interpreter keeps
 * writing the live {@link Profile} (from other threads too); the emitter must see one consistent picture, so it
 * only ever asks this snapshot. Every speculation built from it is guarded in the generated code, so stale
 * feedback costs speed, never correctness.
 */
public final class FeedbackSnapshot {
    private final Profile.PropertyEntry[] properties;
    private final int[] kinds;

    private FeedbackSnapshot(Profile.PropertyEntry[] properties, int[] kinds) {
        this.properties = properties;
        this.kinds = kinds;
    }

    public static FeedbackSnapshot of(Profile profile) {
        int sites = profile.siteCount();
        Profile.PropertyEntry[] properties = new Profile.PropertyEntry[sites];
        int[] kinds = new int[sites];
        for (int site = 0; site < sites; site++) {
            Profile.PropertyEntry entry = profile.property(site);
            // A site that went megamorphic keeps its last entry, but guarding on it would mostly miss.
            if (entry != null && entry.shape() != null && profile.misses(site) < Profile.MAX_MISSES) {
                properties[site] = entry;
            }
            kinds[site] = profile.kinds(site);
        }
        return new FeedbackSnapshot(properties, kinds);
    }

    /** The stable (shape, slot) a property site saw, or null: emit the generic lookup only. */
    public Profile.PropertyEntry property(int site) {
        return site >= 0 && site < properties.length ? properties[site] : null;
    }

    /** True when an arithmetic or comparison site has only ever seen {@code Long} operands. */
    public boolean onlyLongs(int site) {
        return site >= 0 && site < kinds.length && kinds[site] == Profile.LONG;
    }

    /** True when an arithmetic or comparison site has only ever seen {@code Double} operands. */
    public boolean onlyDoubles(int site) {
        return site >= 0 && site < kinds.length && kinds[site] == Profile.DOUBLE;
    }
}
