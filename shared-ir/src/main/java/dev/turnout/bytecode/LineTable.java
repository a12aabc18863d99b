package dev.turnout.bytecode;

import java.util.Arrays;

/**
 * pc → source line and column, stored as runs: entry i covers pcs from {@code pcs[i]} up to the next entry.
 * Only consulted when an error is reported, so a binary search is fine.
 */
public final class LineTable {
    private final int[] pcs;
    private final int[] lines;
    private final int[] columns;

    public LineTable(int[] pcs, int[] lines, int[] columns) {
        this.pcs = pcs;
        this.lines = lines;
        this.columns = columns;
    }

    private int entry(int pc) {
        int i = Arrays.binarySearch(pcs, pc);
        if (i < 0) i = -i - 2;
        return i;
    }

    public int lineAt(int pc) {
        int i = entry(pc);
        return i < 0 ? 0 : lines[i];
    }

    public int columnAt(int pc) {
        int i = entry(pc);
        return i < 0 ? 0 : columns[i];
    }

    public int size() {
        return pcs.length;
    }
}
