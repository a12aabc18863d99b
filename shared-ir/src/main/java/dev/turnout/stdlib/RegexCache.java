package dev.turnout.stdlib;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.RuntimeErrors;
import dev.turnout.errors.TransformException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Compiled regular expressions for MATCH and REPLACE. Patterns are almost always string constants, so a small LRU
 * cache avoids recompiling them on every call; its bound keeps programs that build patterns from data from growing
 * memory.
 */
final class RegexCache {
    private static final int CAPACITY = 64;

    private static final Map<String, Pattern> CACHE = new LinkedHashMap<>(CAPACITY * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Pattern> eldest) {
            return size() > CAPACITY;
        }
    };

    private RegexCache() {}

    /**
     * The compiled {@code regex} (Java syntax). An invalid pattern is a {@code PatternSyntaxException} error with
     * Java's message (description, index and the pattern with a caret), as in the reference.
     */
    static Pattern compile(String regex, String function) {
        synchronized (CACHE) {
            Pattern cached = CACHE.get(regex);
            if (cached != null) return cached;
        }
        Pattern compiled;
        try {
            compiled = Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
            throw RuntimeErrors.patternSyntax(e.getMessage());
        } catch (StackOverflowError e) {
            throw tooComplex(function);
        }
        synchronized (CACHE) {
            CACHE.put(regex, compiled);
        }
        return compiled;
    }

    /**
     * The error for a pattern whose compilation or matching exhausted the Java stack (java.util.regex recurses,
     * e.g. for {@code (a|b)*} over a long input). Reported like the language's own stack exhaustion (D11).
     */
    static TransformException tooComplex(String function) {
        return new TransformException(ErrorKind.STACK_OVERFLOW,
                function + ": regular expression too complex for the input (stack overflow)");
    }
}
