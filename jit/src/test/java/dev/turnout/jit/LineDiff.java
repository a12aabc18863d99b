package dev.turnout.jit;

import java.util.ArrayList;
import java.util.List;

/**
 * A small unified line diff for test failure messages (no dependency): longest common subsequence over lines,
 * hunks with {@code context} lines around each change, headed {@code @@ -a,n +b,m @@}, cut after
 * {@code maxLines} output lines. When the changed middle (after the common prefix and suffix) would need an LCS
 * table over {@value #MAX_LCS_CELLS} cells, it falls back to the first differing line with its context.
 */
final class LineDiff {
    private static final long MAX_LCS_CELLS = 4_000_000;

    private LineDiff() {}

    private record Edit(char op, int oldLine, int newLine, String text) {}

    static String unified(String before, String after, int context, int maxLines) {
        String[] a = before.split("\n", -1);
        String[] b = after.split("\n", -1);
        List<Edit> edits = edits(a, b);
        if (edits == null) return firstDifference(a, b, context);
        StringBuilder out = new StringBuilder();
        int lines = 0;
        int i = 0;
        while (i < edits.size()) {
            if (edits.get(i).op() == ' ') {
                i++;
                continue;
            }
            // A hunk: from context lines before this change to context lines after the last change that is
            // within 2 * context lines of the previous one.
            int start = Math.max(0, i - context);
            int end = i;
            int j = i;
            while (j < edits.size()) {
                if (edits.get(j).op() != ' ') {
                    end = j;
                    j++;
                } else if (j - end <= 2 * context) {
                    j++;
                } else {
                    break;
                }
            }
            int stop = Math.min(edits.size(), end + context + 1);
            int oldStart = -1, newStart = -1, oldCount = 0, newCount = 0;
            for (int k = start; k < stop; k++) {
                Edit e = edits.get(k);
                if (e.op() != '+') {
                    if (oldStart < 0) oldStart = e.oldLine();
                    oldCount++;
                }
                if (e.op() != '-') {
                    if (newStart < 0) newStart = e.newLine();
                    newCount++;
                }
            }
            out.append("@@ -").append(oldStart < 0 ? 0 : oldStart + 1).append(',').append(oldCount)
                    .append(" +").append(newStart < 0 ? 0 : newStart + 1).append(',').append(newCount)
                    .append(" @@\n");
            for (int k = start; k < stop; k++) {
                if (++lines > maxLines) return out.append("… (diff cut after ").append(maxLines)
                        .append(" lines)\n").toString();
                Edit e = edits.get(k);
                out.append(e.op()).append(e.text()).append('\n');
            }
            i = stop;
        }
        return out.toString();
    }

    private static List<Edit> edits(String[] a, String[] b) {
        // Trim the common prefix and suffix so the LCS table covers only the changed middle.
        int prefix = 0;
        while (prefix < a.length && prefix < b.length && a[prefix].equals(b[prefix])) prefix++;
        int suffix = 0;
        while (suffix < a.length - prefix && suffix < b.length - prefix
                && a[a.length - 1 - suffix].equals(b[b.length - 1 - suffix])) suffix++;
        int n = a.length - prefix - suffix, m = b.length - prefix - suffix;
        if ((long) n * m > MAX_LCS_CELLS) return null;
        int[][] lcs = new int[n + 1][m + 1];
        for (int x = n - 1; x >= 0; x--) {
            for (int y = m - 1; y >= 0; y--) {
                lcs[x][y] = a[prefix + x].equals(b[prefix + y]) ? lcs[x + 1][y + 1] + 1
                        : Math.max(lcs[x + 1][y], lcs[x][y + 1]);
            }
        }
        List<Edit> edits = new ArrayList<>();
        for (int k = 0; k < prefix; k++) edits.add(new Edit(' ', k, k, a[k]));
        int x = 0, y = 0;
        while (x < n || y < m) {
            if (x < n && y < m && a[prefix + x].equals(b[prefix + y])) {
                edits.add(new Edit(' ', prefix + x, prefix + y, a[prefix + x]));
                x++;
                y++;
            } else if (x < n && (y == m || lcs[x + 1][y] >= lcs[x][y + 1])) {
                edits.add(new Edit('-', prefix + x, prefix + y, a[prefix + x]));
                x++;
            } else {
                edits.add(new Edit('+', prefix + x, prefix + y, b[prefix + y]));
                y++;
            }
        }
        for (int k = 0; k < suffix; k++) {
            edits.add(new Edit(' ', prefix + n + k, prefix + m + k, a[prefix + n + k]));
        }
        return edits;
    }

    private static String firstDifference(String[] a, String[] b, int context) {
        int d = 0;
        while (d < a.length && d < b.length && a[d].equals(b[d])) d++;
        StringBuilder out = new StringBuilder("first difference at line " + (d + 1) + "\n");
        for (int k = Math.max(0, d - context); k < d; k++) out.append(' ').append(a[k]).append('\n');
        for (int k = d; k < Math.min(a.length, d + context + 1); k++) out.append('-').append(a[k]).append('\n');
        for (int k = d; k < Math.min(b.length, d + context + 1); k++) out.append('+').append(b[k]).append('\n');
        return out.toString();
    }
}
