package dev.turnout.stdlib;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.NumberSize;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.RunLimits;
import dev.turnout.runtime.Text;
import dev.turnout.runtime.Truthiness;
import dev.turnout.runtime.Values;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Locale;
import java.util.regex.Matcher;

/**
 * The Strings and conversions module (STDLIB.md §3): STRING, NUMBER, BOOLEAN, INT, PARSE_INT, SUBSTRING,
 * SUBSTRING_BEFORE, SUBSTRING_AFTER, CONTAINS, MATCH, REPLACE, SPLIT, JOIN, UPPER, LOWER, TRIM, PAD, FORMAT.
 *
 * <p>Strings are sequences of UTF-16 code units (LANGUAGE.md §5.1): lengths, positions and SPLIT with an empty
 * separator count code units, exactly like the reference.
 */
public final class StringFunctions {
    /** Longest string Java can build; PAD refuses to produce more (the JVM would fail with an Error). */
    private static final long MAX_STRING_LENGTH = Integer.MAX_VALUE - 8;

    private StringFunctions() {}

    static void register(StandardLibrary.Builder b) {
        b.fixed("STRING", 1, "STRING(x)", args -> args[0] == null ? null : Text.of(args[0]));
        b.fixed("NUMBER", 1, "NUMBER(x)", StringFunctions::number);
        b.fixed("BOOLEAN", 1, "BOOLEAN(x)", args -> Truthiness.library(args[0]));
        b.fixed("INT", 1, "INT(x)", StringFunctions::toInt);
        b.range("PARSE_INT", 1, 2, "PARSE_INT(x[, default])", StringFunctions::parseInt);
        b.range("SUBSTRING", 2, 3, "SUBSTRING(str, start[, len])", StringFunctions::substring);
        b.fixed("SUBSTRING_BEFORE", 2, "SUBSTRING_BEFORE(str, chars)", StringFunctions::substringBefore);
        b.fixed("SUBSTRING_AFTER", 2, "SUBSTRING_AFTER(str, chars)", StringFunctions::substringAfter);
        b.fixed("CONTAINS", 2, "CONTAINS(str, substr)", StringFunctions::contains);
        b.fixed("MATCH", 2, "MATCH(str, pattern)", StringFunctions::match);
        b.fixed("REPLACE", 3, "REPLACE(str, pattern, repl)", StringFunctions::replace);
        b.fixed("SPLIT", 2, "SPLIT(str, sep)", StringFunctions::split);
        b.range("JOIN", 1, 2, "JOIN(list, sep) or JOIN(list)", StringFunctions::join);
        b.fixed("UPPER", 1, "UPPER(str)", args -> stringArg(args[0], "UPPER").toUpperCase(Locale.ROOT));
        b.fixed("LOWER", 1, "LOWER(str)", args -> stringArg(args[0], "LOWER").toLowerCase(Locale.ROOT));
        b.fixed("TRIM", 1, "TRIM(str)", args -> trim(stringArg(args[0], "TRIM")));
        b.range("PAD", 2, 3, "PAD(str, width[, padChars])", StringFunctions::pad);
        b.fixed("FORMAT", 2, "FORMAT(template, args)", StringFunctions::format);
    }

    private static String stringArg(Object v, String function) {
        if (v instanceof String s) return s;
        throw RuntimeErrors.illegalState(function + ": arg must be string");
    }

    private static String firstString(Object v, String function) {
        if (v instanceof String s) return s;
        throw RuntimeErrors.illegalState(function + ": first arg must be string");
    }

    /** Text conversion where {@code null} stands for the empty string (patterns, separators, replacements). */
    private static String textOrEmpty(Object v) {
        return v == null ? "" : Text.of(v);
    }

    // ---- conversions ----------------------------------------------------------------------------------------

    static Object number(Object[] args) {
        Object x = args[0];
        if (x == null || Values.isNumber(x)) return x;
        if (x instanceof Boolean b) return b ? 1L : 0L;
        if (x instanceof String raw) {
            String s = trim(raw);
            if (s.isEmpty()) throw cannotParseNumber(raw);
            if (s.indexOf('.') >= 0 || s.indexOf('e') >= 0 || s.indexOf('E') >= 0) {
                try {
                    return Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw cannotParseNumber(raw);
                }
            }
            try {
                return Long.parseLong(s);
            } catch (NumberFormatException e) {
                throw RuntimeErrors.illegalState("NUMBER: integer out of range; use DEC(\"" + raw + "\") for BigInt");
            }
        }
        throw RuntimeErrors.illegalState("NUMBER: unsupported type " + Values.typeName(x));
    }

    private static RuntimeException cannotParseNumber(String raw) {
        return RuntimeErrors.illegalState("NUMBER: cannot parse '" + raw + "'");
    }

    static Object toInt(Object[] args) {
        Object x = args[0];
        if (x == null) return null;
        if (x instanceof String s) {
            Object parsed = parseIntegerText(s);
            if (parsed == null) throw RuntimeErrors.illegalState("INT: cannot parse '" + s + "' as int");
            return parsed;
        }
        return integerValue(x, "INT");
    }

    static Object parseInt(Object[] args) {
        Object x = args[0];
        Object fallback = args.length > 1 ? Values.freeze(args[1]) : (Object) 0L;
        if (x == null) return fallback;
        if (x instanceof String s) {
            // Every character but the ASCII digits is dropped: signs and decimal points are ignored on purpose.
            StringBuilder digits = null;
            long significant = 0; // digits without leading zeros, for the number-size limit
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c >= '0' && c <= '9') {
                    if (digits == null) digits = new StringBuilder(n - i);
                    digits.append(c);
                    if (c != '0' || significant > 0) significant++;
                }
            }
            if (digits == null) return fallback;
            NumberSize.checkDigits(significant); // before BigInteger's quadratic parse
            return digits.length() <= 18 ? (Object) Long.parseLong(digits.toString())
                    : IntegerKinds.narrow(new BigInteger(digits.toString()));
        }
        return integerValue(x, "PARSE_INT");
    }

    /** An optionally signed decimal integer as I or BI, or {@code null} if {@code s} is not one. */
    private static Object parseIntegerText(String s) {
        try {
            return Long.parseLong(s);
        } catch (NumberFormatException e) {
            // too large for 64 bits, or not an integer at all
        }
        if (!Numerals.check(s, false)) return null;
        try {
            return IntegerKinds.narrow(new BigInteger(s));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /**
     * The strict integer value of a non-string, non-null argument of INT/PARSE_INT: booleans 1/0, integers as is,
     * whole floats and decimals converted (a float taken at its shortest decimal form), anything else an error.
     */
    private static Object integerValue(Object x, String function) {
        if (x instanceof Long || x instanceof BigInteger) return x;
        if (x instanceof Boolean b) return b ? 1L : 0L;
        if (x instanceof Double d) {
            BigDecimal exact = IntegerKinds.shortestDecimal(d);
            if (exact == null || !IntegerKinds.isWhole(exact)) throw notInteger(function, x);
            return IntegerKinds.fromWholeDouble(d);
        }
        if (x instanceof BigDecimal bd) {
            if (!IntegerKinds.isWhole(bd)) throw notInteger(function, x);
            return IntegerKinds.narrow(IntegerKinds.integerPart(bd, function));
        }
        throw RuntimeErrors.illegalState(function + ": unsupported type " + Values.typeName(x));
    }

    private static RuntimeException notInteger(String function, Object x) {
        return RuntimeErrors.illegalArgument(function + ": expected integer, got " + Text.of(x));
    }

    // ---- substrings and searching ---------------------------------------------------------------------------

    static Object substring(Object[] args) {
        String s = firstString(args[0], "SUBSTRING");
        int start = Math.max(0, ArgumentCoercion.index(args[1]));
        int length = s.length();
        long end = length;
        if (args.length > 2) end = Math.min(length, (long) start + Math.max(0, ArgumentCoercion.index(args[2])));
        if (start > length) throw RuntimeErrors.illegalArgument("SUBSTRING: start > length");
        return s.substring(start, (int) end);
    }

    static Object substringBefore(Object[] args) {
        String s = firstString(args[0], "SUBSTRING_BEFORE");
        if (!(args[1] instanceof String chars)) {
            throw RuntimeErrors.illegalState("SUBSTRING_BEFORE: second arg must be string");
        }
        int at = s.indexOf(chars);
        return at < 0 ? s : s.substring(0, at);
    }

    static Object substringAfter(Object[] args) {
        String s = firstString(args[0], "SUBSTRING_AFTER");
        if (!(args[1] instanceof String chars)) {
            throw RuntimeErrors.illegalState("SUBSTRING_AFTER: second arg must be string");
        }
        int at = s.indexOf(chars);
        return at < 0 ? s : s.substring(at + chars.length());
    }

    static Object contains(Object[] args) {
        String s = firstString(args[0], "CONTAINS");
        if (args[1] == null) return false;
        return s.contains(Text.of(args[1]));
    }

    // ---- regular expressions --------------------------------------------------------------------------------

    static Object match(Object[] args) {
        String s = firstString(args[0], "MATCH");
        Matcher m = RegexCache.compile(textOrEmpty(args[1]), "MATCH").matcher(s);
        ArrayValue out = new ArrayValue();
        try {
            while (m.find()) {
                RunLimits.charge(1);
                out.add(m.group());
            }
        } catch (StackOverflowError e) {
            throw RegexCache.tooComplex("MATCH");
        }
        return out;
    }

    static Object replace(Object[] args) {
        String s = firstString(args[0], "REPLACE");
        Matcher m = RegexCache.compile(textOrEmpty(args[1]), "REPLACE").matcher(s);
        String replacement = textOrEmpty(args[2]);
        try {
            if (!m.find()) return s;
            // Matcher.replaceAll, piece by piece: the size of each piece is known before it is built, so a result
            // as large as the product of the inputs' sizes ends at the value-size limit, not in an OutOfMemoryError.
            StringBuilder out = new StringBuilder();
            int last = 0;
            do {
                RunLimits.charge(1);
                long piece = expandedLength(m, replacement);
                if (piece >= 0) RunLimits.checkSize(out.length() + (m.start() - last) + piece);
                m.appendReplacement(out, replacement); // also reports bad replacement syntax
                last = m.end();
            } while (m.find());
            RunLimits.checkSize(out.length() + (long) (s.length() - last));
            m.appendTail(out);
            return out.toString();
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            // Bad replacement syntax ("$9" without group 9, a trailing "\" or "$"); reported at the first match.
            throw RuntimeErrors.illegalArgument(String.valueOf(e.getMessage()));
        } catch (StackOverflowError e) {
            throw RegexCache.tooComplex("REPLACE");
        }
    }

    /**
     * The length {@link Matcher#appendReplacement} gives {@code replacement} for the current match (literal
     * characters, {@code \x} escapes, {@code $n} and {@code ${name}} group references, parsed as the JDK parses
     * them), or -1 when the replacement is malformed (appendReplacement then reports it).
     */
    static long expandedLength(Matcher m, String replacement) {
        long length = 0;
        int groups = m.groupCount();
        for (int i = 0, n = replacement.length(); i < n; ) {
            char c = replacement.charAt(i);
            if (c == '\\') {
                if (i + 1 >= n) return -1;
                length++;
                i += 2;
            } else if (c == '$') {
                if (++i >= n) return -1;
                int start;
                int end;
                if (replacement.charAt(i) == '{') {
                    int close = replacement.indexOf('}', i);
                    if (close < 0) return -1;
                    String name = replacement.substring(i + 1, close);
                    try {
                        start = m.start(name);
                        end = m.end(name);
                    } catch (IllegalArgumentException noSuchGroup) {
                        return -1;
                    }
                    i = close + 1;
                } else {
                    int ref = replacement.charAt(i) - '0';
                    if (ref < 0 || ref > 9) return -1;
                    i++;
                    while (i < n) {
                        int digit = replacement.charAt(i) - '0';
                        if (digit < 0 || digit > 9) break;
                        int next = ref * 10 + digit;
                        if (next > groups) break;
                        ref = next;
                        i++;
                    }
                    if (ref > groups) return -1;
                    start = m.start(ref);
                    end = m.end(ref);
                }
                if (start >= 0) length += end - start; // a group that took no part appends nothing
            } else {
                length++;
                i++;
            }
        }
        return length;
    }

    /** Literal (non-regex) split keeping every piece; an empty separator matches before each code unit and at the end. */
    static Object split(Object[] args) {
        String s = firstString(args[0], "SPLIT");
        String sep = textOrEmpty(args[1]);
        ArrayValue out = new ArrayValue();
        if (sep.isEmpty()) {
            out.add("");
            for (int i = 0, n = s.length(); i < n; i++) out.add(String.valueOf(s.charAt(i)));
            out.add("");
            return out;
        }
        int from = 0;
        int at;
        while ((at = s.indexOf(sep, from)) >= 0) {
            out.add(s.substring(from, at));
            from = at + sep.length();
        }
        out.add(s.substring(from));
        return out;
    }

    static Object join(Object[] args) {
        if (!(args[0] instanceof ArrayValue list)) throw RuntimeErrors.illegalState("JOIN: first arg must be list");
        String sep = args.length > 1 ? textOrEmpty(args[1]) : "";
        StringBuilder out = new StringBuilder();
        for (int i = 0, n = list.size(); i < n; i++) {
            Object v = list.get(i);
            // Checked before appending what is known in advance (the separator, a string element); a container's
            // text is checked while it is written (Text.appendTo).
            RunLimits.checkSize((long) out.length() + (i > 0 ? sep.length() : 0) + (v instanceof String t ? t.length() : 0));
            if (i > 0) out.append(sep);
            if (v != null) Text.appendTo(out, v);
            RunLimits.checkSize(out.length());
        }
        return out.toString();
    }

    // ---- case, whitespace, padding --------------------------------------------------------------------------

    /** Removes leading and trailing Unicode whitespace and space separators (U+00A0 included), like Kotlin's trim. */
    static String trim(String s) {
        int start = 0;
        int end = s.length();
        while (start < end && isBlank(s.charAt(start))) start++;
        while (end > start && isBlank(s.charAt(end - 1))) end--;
        return start == 0 && end == s.length() ? s : s.substring(start, end);
    }

    private static boolean isBlank(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    static Object pad(Object[] args) {
        String s = firstString(args[0], "PAD");
        Object w = args[1];
        if (!Values.isNumber(w)) throw RuntimeErrors.illegalState("PAD: width must be numeric");
        long width = truncatedWidth(w);
        String padChars = args.length > 2 && args[2] != null ? Text.of(args[2]) : " ";
        long target = width < 0 ? -width : width;
        int length = s.length();
        if (length >= target) return s;
        if (padChars.isEmpty()) throw RuntimeErrors.illegalArgument("PAD: padChars must not be empty");
        if (target > MAX_STRING_LENGTH) throw RuntimeErrors.illegalArgument("PAD: width out of range");
        RunLimits.checkSize(target);
        int missing = (int) (target - length);
        StringBuilder out = new StringBuilder((int) target);
        if (width > 0) out.append(s);
        for (int i = 0; i < missing; i++) out.append(padChars.charAt(i % padChars.length()));
        if (width < 0) out.append(s);
        return out.toString();
    }

    /** The width truncated toward zero, saturated to the 64-bit range (NaN counts as 0). */
    private static long truncatedWidth(Object w) {
        if (w instanceof Long n) return n == Long.MIN_VALUE ? -Long.MAX_VALUE : n;
        if (w instanceof Double d) return Math.max(-Long.MAX_VALUE, (long) d.doubleValue()); // (long) NaN is 0
        int sign = w instanceof BigInteger bi ? bi.signum() : ((BigDecimal) w).signum();
        long saturated = sign < 0 ? -Long.MAX_VALUE : Long.MAX_VALUE;
        // Don't expand a decimal like 1E+999999999 just to learn that it is huge.
        if (w instanceof BigDecimal bd && IntegerKinds.integerDigits(bd) > 19) return saturated;
        BigInteger whole = w instanceof BigInteger bi ? bi : ((BigDecimal) w).toBigInteger();
        return whole.bitLength() < 64 ? Math.max(-Long.MAX_VALUE, whole.longValue()) : saturated;
    }

    // ---- FORMAT ---------------------------------------------------------------------------------------------

    static Object format(Object[] args) {
        if (!(args[0] instanceof String template)) throw RuntimeErrors.illegalState("FORMAT: template must be string");
        Object values = args[1];
        if (!(values instanceof ArrayValue) && !(values instanceof ObjectValue)) {
            throw RuntimeErrors.illegalState("FORMAT: args must be list or object");
        }
        int n = template.length();
        StringBuilder out = new StringBuilder(n + 16);
        int i = 0;
        while (i < n) {
            char c = template.charAt(i);
            if (c == '{') {
                if (i + 1 < n && template.charAt(i + 1) == '{') {
                    out.append('{');
                    i += 2;
                    continue;
                }
                int close = template.indexOf('}', i + 1);
                if (close < 0) {
                    out.append('{'); // no closing brace anywhere later: a literal brace
                    i++;
                    continue;
                }
                String key = template.substring(i + 1, close);
                if (!appendPlaceholder(out, key, values)) out.append(template, i, close + 1);
                RunLimits.checkSize(out.length());
                i = close + 1;
            } else if (c == '}') {
                out.append('}');
                i += i + 1 < n && template.charAt(i + 1) == '}' ? 2 : 1;
            } else {
                out.append(c);
                i++;
            }
        }
        RunLimits.checkSize(out.length());
        return out.toString();
    }

    /** Appends the text of the value {@code key} names in {@code values}; false if it names none. */
    private static boolean appendPlaceholder(StringBuilder out, String key, Object values) {
        if (values instanceof ArrayValue list) {
            int index;
            try {
                index = Integer.parseInt(key);
            } catch (NumberFormatException e) {
                return false;
            }
            if (index < 0 || index >= list.size()) return false;
            Text.appendTo(out, list.get(index));
            return true;
        }
        ObjectValue object = (ObjectValue) values;
        for (int k = 0, size = object.size(); k < size; k++) {
            if (Text.of(object.keyAt(k)).equals(key)) {
                Text.appendTo(out, object.valueAt(k));
                return true;
            }
        }
        return false;
    }
}
