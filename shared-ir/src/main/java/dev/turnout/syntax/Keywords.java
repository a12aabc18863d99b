package dev.turnout.syntax;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The keyword tables of LANGUAGE.md §2.5. Keywords are case-insensitive: a word is upper-cased with
 * {@link Locale#ROOT} (so the result never depends on the JVM's default locale) and looked up.
 */
public final class Keywords {
    private static final Map<String, TokenKind> BY_WORD = new HashMap<>();
    private static final List<String> RESERVED;
    private static final List<String> SOFT;

    static {
        List<String> reserved = new ArrayList<>();
        List<String> soft = new ArrayList<>();
        for (TokenKind kind : TokenKind.values()) {
            if (kind.isKeyword()) {
                BY_WORD.put(kind.name(), kind);
                (kind.isReserved() ? reserved : soft).add(kind.name());
            }
        }
        RESERVED = Collections.unmodifiableList(reserved);
        SOFT = Collections.unmodifiableList(soft);
    }

    private Keywords() {}

    /** The keyword kind of a plain identifier's text in any letter case, or null if it is not a keyword. */
    public static TokenKind lookup(String word) {
        return BY_WORD.get(word.toUpperCase(Locale.ROOT));
    }

    /** Whether the word (any case) is a reserved keyword, usable as a name only in backticks. */
    public static boolean isReserved(String word) {
        TokenKind kind = lookup(word);
        return kind != null && kind.isReserved();
    }

    /** Whether the word (any case) is a soft keyword. */
    public static boolean isSoft(String word) {
        TokenKind kind = lookup(word);
        return kind != null && kind.isSoft();
    }

    /** The reserved keywords in upper case. */
    public static List<String> reserved() { return RESERVED; }

    /** The soft keywords in upper case. */
    public static List<String> soft() { return SOFT; }
}
