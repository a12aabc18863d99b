package dev.turnout.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

/**
 * Suggestions for a misspelt name: the candidates within a small edit distance, or equal ignoring case (library
 * names are upper case and case-sensitive, so {@code keys} should suggest {@code KEYS}). Off the hot path: used
 * only when a diagnostic is reported.
 */
public final class NearMatches {
    private NearMatches() {}

    /** Up to three candidates closest to {@code name}, best first; empty when none is close. */
    public static List<String> of(String name, Collection<String> candidates) {
        List<String> close = new ArrayList<>();
        int limit = name.length() <= 3 ? 1 : 2;
        for (String candidate : candidates) {
            if (candidate.equals(name)) continue;
            boolean sameIgnoringCase = candidate.toUpperCase(Locale.ROOT).equals(name.toUpperCase(Locale.ROOT));
            if (sameIgnoringCase || distance(name, candidate) <= limit) close.add(candidate);
        }
        close.sort((a, b) -> {
            int byDistance = Integer.compare(score(name, a), score(name, b));
            return byDistance != 0 ? byDistance : a.compareTo(b);
        });
        return close.size() > 3 ? close.subList(0, 3) : close;
    }

    /** A hint sentence, or null when nothing is close. */
    public static String hint(String name, Collection<String> candidates) {
        List<String> close = of(name, candidates);
        if (close.isEmpty()) return null;
        StringBuilder out = new StringBuilder("did you mean ");
        for (int i = 0; i < close.size(); i++) {
            if (i > 0) out.append(i == close.size() - 1 ? " or " : ", ");
            out.append('\'').append(close.get(i)).append('\'');
        }
        return out.append('?').toString();
    }

    private static int score(String name, String candidate) {
        return candidate.equalsIgnoreCase(name) ? 0 : distance(name, candidate);
    }

    /** Levenshtein distance, case-insensitive. */
    static int distance(String a, String b) {
        String x = a.toLowerCase(Locale.ROOT);
        String y = b.toLowerCase(Locale.ROOT);
        int[] previous = new int[y.length() + 1];
        int[] current = new int[y.length() + 1];
        for (int j = 0; j <= y.length(); j++) previous[j] = j;
        for (int i = 1; i <= x.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= y.length(); j++) {
                int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[y.length()];
    }
}
