package dev.turnout.runtime;

/**
 * The value of a string variable that a loop extends with {@code SET s = s + piece}: the text so far in a
 * {@link StringBuilder}, so each append costs the piece's length instead of the whole text's (docs/architecture.md
 * "Values and ownership").
 *
 * <p>It is never a Branchline value. It lives only in the local slot of the one plain variable the compiler chose
 * (APPEND_TEXT_LOCAL), and every read of a slot ({@code VariableOps.load}, {@code loadRaw}) turns it into its
 * {@code String}, built once and kept until the next append. Nothing else can reach it: the variable is not
 * captured, so no cell, closure or chain holds the slot's content as a value.
 */
public final class TextAccumulator {
    private final StringBuilder text;
    private String materialised;

    /** An accumulator starting with {@code start}, with room to grow. */
    public TextAccumulator(String start) {
        this.text = new StringBuilder(Math.max(16, start.length() * 2)).append(start);
        this.materialised = start;
    }

    /** The number of characters so far. */
    public int length() {
        return text.length();
    }

    /** Appends {@code piece} (amortised O(its length)). */
    public void append(String piece) {
        text.append(piece);
        materialised = null;
    }

    /** The text so far, as the {@code String} every reader sees; built at most once per append. */
    public String text() {
        String s = materialised;
        if (s == null) materialised = s = text.toString();
        return s;
    }

    @Override
    public String toString() {
        return text();
    }
}
