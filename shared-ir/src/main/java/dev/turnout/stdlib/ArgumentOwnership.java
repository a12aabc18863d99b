package dev.turnout.stdlib;

import java.util.Set;

/**
 * What the standard library does with the containers it is given, for the compiler's ownership rules
 * (docs/architecture.md "Values and ownership"). Only the library's own functions are listed: a user host function
 * of the same name never is (the library wins over it), and user host functions get frozen arguments.
 */
public final class ArgumentOwnership {
    /**
     * Functions that keep no container reachable from their arguments: they return scalars, strings, or new
     * containers of scalars (KEYS, SPLIT). Their arguments may be read without freezing. Functions that can return
     * an argument or a part of one (GET, MIN, MAX, PARSE_INT's fallback, VALUES, …) are not here.
     */
    private static final Set<String> READS_ONLY = Set.of(
            "LENGTH", "COUNT", "KEYS", "CONTAINS", "IS_FUNCTION", "IS_OBJECT", "STRING", "SUM", "AVG", "NUMBER",
            "INT", "DEC", "BOOLEAN", "ABS", "CEIL", "FLOOR", "ROUND", "SQRT", "POWER", "LOWER", "UPPER", "TRIM",
            "SUBSTRING", "SUBSTRING_AFTER", "SUBSTRING_BEFORE", "PAD", "FORMAT", "REPLACE", "SPLIT", "JOIN",
            "MATCH");

    /** Functions that update their first argument in place when it is unfrozen (an owned value), else copy it. */
    private static final Set<String> UPDATES_FIRST = Set.of("APPEND", "PREPEND", "PUT", "DELETE");

    private ArgumentOwnership() {}

    /** Whether {@code function} is the library's and only reads its arguments. */
    public static boolean readsOnly(LibraryFunction function) {
        return READS_ONLY.contains(function.name()) && isLibrary(function);
    }

    /** Whether {@code function} is the library's and updates an unfrozen first argument in place. */
    public static boolean updatesFirstInPlace(LibraryFunction function) {
        return UPDATES_FIRST.contains(function.name()) && isLibrary(function);
    }

    private static boolean isLibrary(LibraryFunction function) {
        return StandardLibrary.lookup(function.name()) == function;
    }
}
