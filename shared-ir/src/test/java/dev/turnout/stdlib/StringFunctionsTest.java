package dev.turnout.stdlib;

import static dev.turnout.stdlib.LibraryCalls.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import org.junit.jupiter.api.Test;

class StringFunctionsTest {

    // ---- STRING, NUMBER, BOOLEAN -------------------------------------------------------------------------------

    @Test
    void string() {
        assertCall("10", "STRING", 10L);
        assertCall("2.0", "STRING", 2.0);
        assertCall("true", "STRING", TRUE);
        assertCall("[1, a]", "STRING", arr(1, "a"));
        assertCall("{a=1}", "STRING", obj("a", 1));
        assertCall("4.00", "STRING", bd("4.00"));
        assertCall("1E+3", "STRING", bd("1E+3"));
        assertCall("123456789012345678901234567890", "STRING", bi("123456789012345678901234567890"));
        assertCall(null, "STRING", NULL);
        assertCall("héllo", "STRING", "héllo");
        assertIae("STRING(x)", "STRING");
    }

    @Test
    void number() {
        assertCall(42L, "NUMBER", "42");
        assertCall(3.5, "NUMBER", " 3.5 ");
        assertCall(1000.0, "NUMBER", "1e3");
        assertCall(-7L, "NUMBER", "-7");
        assertCall(7L, "NUMBER", "\u00a07\u2003"); // Unicode spaces are trimmed
        assertCall(9223372036854775807L, "NUMBER", "9223372036854775807");
        assertCall(null, "NUMBER", NULL);
        assertCall(1L, "NUMBER", TRUE);
        assertCall(0L, "NUMBER", FALSE);
        assertCall(2.5, "NUMBER", 2.5);
        assertCall(bi("99999999999999999999"), "NUMBER", bi("99999999999999999999"));
        assertCall(bd("1.50"), "NUMBER", bd("1.50"));
        assertIse("NUMBER: cannot parse 'hello'", "NUMBER", "hello");
        assertIse("NUMBER: integer out of range; use DEC(\"abc\") for BigInt", "NUMBER", "abc");
        assertIse("NUMBER: integer out of range; use DEC(\"99999999999999999999\") for BigInt", "NUMBER",
                "99999999999999999999");
        assertIse("NUMBER: cannot parse ''", "NUMBER", "");
        assertIse("NUMBER: cannot parse '   '", "NUMBER", "   ");
        assertIse("NUMBER: cannot parse '1.2.3'", "NUMBER", "1.2.3");
        assertIse("NUMBER: unsupported type ArrayList", "NUMBER", arr());
        assertIse("NUMBER: unsupported type LinkedHashMap", "NUMBER", obj());
        assertIae("NUMBER(x)", "NUMBER", 1L, 2L);
    }

    @Test
    void booleanUsesLibraryTruthiness() {
        assertCall(false, "BOOLEAN", "");
        assertCall(true, "BOOLEAN", "false");
        assertCall(false, "BOOLEAN", 0L);
        assertCall(false, "BOOLEAN", 0.0);
        assertCall(false, "BOOLEAN", bd("0.00"));
        assertCall(false, "BOOLEAN", bi("0"));
        assertCall(true, "BOOLEAN", arr());
        assertCall(true, "BOOLEAN", obj());
        assertCall(false, "BOOLEAN", NULL);
        assertCall(true, "BOOLEAN", Double.NaN);
        assertIae("BOOLEAN(x)", "BOOLEAN");
    }

    // ---- INT, PARSE_INT ----------------------------------------------------------------------------------------

    @Test
    void toInt() {
        assertCall(null, "INT", NULL);
        assertCall(1L, "INT", TRUE);
        assertCall(0L, "INT", FALSE);
        assertCall(5L, "INT", 5L);
        assertCall(bi("123456789012345678901234567890"), "INT", bi("123456789012345678901234567890"));
        assertCall(3L, "INT", 3.0);
        assertCall(-3L, "INT", -3.0);
        assertCall(0L, "INT", -0.0);
        assertCall(bi("100000000000000000000"), "INT", 1e20);
        assertCall(bi("1" + "0".repeat(300)), "INT", 1e300); // the float's shortest decimal form
        assertCall(3L, "INT", bd("3.00"));
        assertCall(bi("10000000000000000000"), "INT", bd("1E+19"));
        assertCall(42L, "INT", "0042");
        assertCall(-42L, "INT", "-42");
        assertCall(bi("123456789012345678901234567890"), "INT", "123456789012345678901234567890");
        assertIae("INT: expected integer, got 1.5", "INT", 1.5);
        assertIae("INT: expected integer, got 1.50", "INT", bd("1.50"));
        assertIae("INT: expected integer, got NaN", "INT", Double.NaN);
        assertIae("INT: expected integer, got Infinity", "INT", Double.POSITIVE_INFINITY);
        assertIse("INT: cannot parse '4.2' as int", "INT", "4.2");
        assertIse("INT: cannot parse ' 7' as int", "INT", " 7");
        assertIse("INT: cannot parse '' as int", "INT", "");
        assertIse("INT: unsupported type ArrayList", "INT", arr(1));
        assertIae("INT(x)", "INT");
    }

    @Test
    void parseInt() {
        assertCall(12L, "PARSE_INT", "x1y2");
        assertCall(5L, "PARSE_INT", "-5");
        assertCall(125L, "PARSE_INT", "12.5");
        assertCall(-1L, "PARSE_INT", "none", -1L);
        assertCall(0L, "PARSE_INT", "none");
        assertCall(0L, "PARSE_INT", NULL);
        assertCall("d", "PARSE_INT", NULL, "d");
        assertCall(1L, "PARSE_INT", TRUE);
        assertCall(0L, "PARSE_INT", FALSE);
        assertCall(7L, "PARSE_INT", 7.0);
        assertCall(7L, "PARSE_INT", 7L);
        assertCall(bi("123456789012345678901234567890"), "PARSE_INT", "1234567890 1234567890 1234567890");
        assertCall(1L, "PARSE_INT", "0000000000000000000000001");
        assertCall(3L, "PARSE_INT", "٣3"); // only ASCII digits count
        assertIae("PARSE_INT: expected integer, got 2.75", "PARSE_INT", 2.75);
        assertIse("PARSE_INT: unsupported type LinkedHashMap", "PARSE_INT", obj());
        assertIae("PARSE_INT(x[, default])", "PARSE_INT");
        assertIae("PARSE_INT(x[, default])", "PARSE_INT", "1", 2L, 3L);
    }

    // ---- SUBSTRING family, CONTAINS ----------------------------------------------------------------------------

    @Test
    void substring() {
        assertCall("Branch", "SUBSTRING", "Branchline", 0L, 6L);
        assertCall("bc", "SUBSTRING", "abc", 1L);
        assertCall("bc", "SUBSTRING", "abc", 1L, 10L);
        assertCall("", "SUBSTRING", "abc", 3L);
        assertCall("bc", "SUBSTRING", "abc", "1");
        assertCall("ab", "SUBSTRING", "abc", -5L, 2L); // negatives count as 0 (D7)
        assertCall("", "SUBSTRING", "abc", 1L, -1L);
        assertCall("é", "SUBSTRING", "héllo", 1L, 1L);
        assertCall("bc", "SUBSTRING", "abc", 1L, 2147483647L);
        assertIae("SUBSTRING: start > length", "SUBSTRING", "abc", 4L);
        assertIse("SUBSTRING: first arg must be string", "SUBSTRING", NULL, 0L);
        assertIse("SUBSTRING: first arg must be string", "SUBSTRING", 12L, 0L);
        assertIse("Index must be integer for list", "SUBSTRING", "abc", 1.0);
        assertIae("Index x out of bounds", "SUBSTRING", "abc", "x");
        assertIae("Index 3000000000 out of bounds", "SUBSTRING", "abc", 3000000000L);
        assertIae("SUBSTRING(str, start[, len])", "SUBSTRING", "abc");
    }

    @Test
    void substringBeforeAndAfter() {
        assertCall("user", "SUBSTRING_BEFORE", "user@host", "@");
        assertCall("host", "SUBSTRING_AFTER", "user@host", "@");
        assertCall("plain", "SUBSTRING_AFTER", "plain", "@");
        assertCall("plain", "SUBSTRING_BEFORE", "plain", "@");
        assertCall("", "SUBSTRING_BEFORE", "abc", "");
        assertCall("abc", "SUBSTRING_AFTER", "abc", "");
        assertCall("a", "SUBSTRING_BEFORE", "a-b-c", "-");
        assertCall("b-c", "SUBSTRING_AFTER", "a-b-c", "-");
        assertIse("SUBSTRING_BEFORE: first arg must be string", "SUBSTRING_BEFORE", NULL, "@");
        assertIse("SUBSTRING_BEFORE: second arg must be string", "SUBSTRING_BEFORE", "a", 1L);
        assertIse("SUBSTRING_AFTER: first arg must be string", "SUBSTRING_AFTER", arr(), "@");
        assertIse("SUBSTRING_AFTER: second arg must be string", "SUBSTRING_AFTER", "a", NULL);
        assertIae("SUBSTRING_AFTER(str, chars)", "SUBSTRING_AFTER", "a");
    }

    @Test
    void contains() {
        assertCall(true, "CONTAINS", "hello", "ell");
        assertCall(true, "CONTAINS", "a1", 1L);
        assertCall(false, "CONTAINS", "hello", "ELL");
        assertCall(false, "CONTAINS", "hello", NULL);
        assertCall(true, "CONTAINS", "x2.0", 2.0);
        assertIse("CONTAINS: first arg must be string", "CONTAINS", arr("a"), "a");
        assertIae("CONTAINS(str, substr)", "CONTAINS", "a");
    }

    // ---- MATCH, REPLACE ----------------------------------------------------------------------------------------

    @Test
    void match() {
        assertCall(arr("504", "3"), "MATCH", "error 504 after 3 retries", "\\d+");
        assertCall(arr(), "MATCH", "abc", "x");
        assertCall(arr("", "", "", ""), "MATCH", "abc", NULL); // the empty pattern matches at every position
        assertCall(arr("1", "1"), "MATCH", "a1b1", 1L);
        assertCall(arr("é", "é"), "MATCH", "héllo é", "é");
        assertIse("MATCH: first arg must be string", "MATCH", NULL, "x");
        assertIae("MATCH(str, pattern)", "MATCH", "x");
    }

    @Test
    void invalidPatternIsPatternSyntaxException() {
        TransformException e = assertThrowsKind(ErrorKind.PATTERN_SYNTAX, "MATCH", "abc", "(");
        assertTrue(e.getMessage().startsWith("Unclosed group near index 1"), e.getMessage());
        assertEquals("PatternSyntaxException", e.typeName());
        TransformException r = assertThrowsKind(ErrorKind.PATTERN_SYNTAX, "REPLACE", "abc", "[a", "x");
        assertTrue(r.getMessage().startsWith("Unclosed character class"), r.getMessage());
    }

    @Test
    void replace() {
        assertCall("a+b+c", "REPLACE", "a-b-c", "-", "+");
        assertCall("___", "REPLACE", "a.b", ".", "_");
        assertCall("31/01/2024", "REPLACE", "2024-01-31", "(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1");
        assertCall("abc", "REPLACE", "a-b-c", "-", NULL);
        assertCall("XaXbX", "REPLACE", "ab", "", "X");
        assertCall("a$b", "REPLACE", "a-b", "-", "\\$");
        assertCall("no match", "REPLACE", "no match", "zzz", "$9"); // the replacement is only read at a match
        assertIse("REPLACE: first arg must be string", "REPLACE", 5L, "5", "6");
        assertIae("REPLACE(str, pattern, repl)", "REPLACE", "a", "b");
    }

    @Test
    void replacementSyntaxErrorsAreIllegalArgument() {
        assertIae("No group 9", "REPLACE", "abc", "b", "$9");
        assertIae("Illegal group reference: group index is missing", "REPLACE", "abc", "b", "$");
        assertIae("character to be escaped is missing", "REPLACE", "abc", "b", "\\");
        assertIae("No group with name {x}", "REPLACE", "abc", "b", "${x}");
    }

    /** REPLACE checks each piece's size before building it: the predicted length must be exactly the JDK's. */
    @Test
    void replacementLengthIsPredictedExactly() {
        String[][] cases = {
                {"2024-01-31", "(\\d+)-(\\d+)-(\\d+)", "$3/$2/$1"},
                {"abcabc", "(b)(?<n>c)", "[$2${n}\\$$1]"},
                {"abc", "(a)|(z)", "<$2|$1|$0>"},        // a group that took no part appends nothing
                {"abcdefghijkl", "(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)", "$11-$12-$1x"}, // $12 is $1 then '2'
                {"ab", "", "X$0Y"},
                {"aaa", "a*?", "\\\\"},
                {"xyz", "(?=(y.))", "[$1]"},               // a group captured outside the match
        };
        for (String[] c : cases) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile(c[1]).matcher(c[0]);
            int last = 0;
            while (m.find()) {
                long predicted = StringFunctions.expandedLength(m, c[2]);
                StringBuilder piece = new StringBuilder();
                m.appendReplacement(piece, c[2]); // the text since the previous match, then the expansion
                assertEquals(piece.length() - (m.start() - last), predicted, String.join(" ", c));
                last = m.end();
            }
            assertEquals(java.util.regex.Pattern.compile(c[1]).matcher(c[0]).replaceAll(c[2]),
                    call("REPLACE", c[0], c[1], c[2]), String.join(" ", c));
        }
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("b").matcher("abc");
        assertTrue(m.find());
        for (String malformed : new String[] {"$", "\\", "${x}", "$9", "$x", "${a"}) {
            assertEquals(-1, StringFunctions.expandedLength(m, malformed), malformed);
        }
    }

    @Test
    void catastrophicRegexRecursionIsARuntimeError() {
        // java.util.regex recurses per repetition here; with an ordinary thread stack this overflows. Whatever the
        // stack size, the outcome must be a result or a catchable runtime error, never a StackOverflowError.
        String longInput = "ab".repeat(200_000);
        try {
            assertTrue(call("MATCH", longInput, "(a|b)*") instanceof dev.turnout.runtime.ArrayValue);
        } catch (TransformException e) {
            assertEquals(ErrorKind.STACK_OVERFLOW, e.kind());
            assertTrue(e.getMessage().startsWith("MATCH: "), e.getMessage());
        }
    }

    private static TransformException assertThrowsKind(ErrorKind kind, String name, Object... args) {
        TransformException e = org.junit.jupiter.api.Assertions.assertThrows(TransformException.class,
                () -> call(name, args));
        assertEquals(kind, e.kind(), e.getMessage());
        return e;
    }

    // ---- SPLIT, JOIN -------------------------------------------------------------------------------------------

    @Test
    void split() {
        assertCall(arr("a", "b", "", "c"), "SPLIT", "a,b,,c", ",");
        assertCall(arr("a", "b", ""), "SPLIT", "a,b,", ",");
        assertCall(arr("abc"), "SPLIT", "abc", ",");
        assertCall(arr("", "a", "b", "c", ""), "SPLIT", "abc", "");
        assertCall(arr("", "a", "b", "c", ""), "SPLIT", "abc", NULL);
        assertCall(arr("", ""), "SPLIT", "", "");
        assertCall(arr(""), "SPLIT", "", ",");
        assertCall(arr("a", "b"), "SPLIT", "a.b", "."); // literal, not a regex
        assertCall(arr("x", "y"), "SPLIT", "x1y", 1L);
        assertCall(arr("", "", ""), "SPLIT", "||", "|");
        assertIse("SPLIT: first arg must be string", "SPLIT", NULL, ",");
        assertIae("SPLIT(str, sep)", "SPLIT", "a");
    }

    @Test
    void join() {
        assertCall("a-b-c", "JOIN", arr("a", "b", "c"), "-");
        assertCall("xy", "JOIN", arr("x", "y"));
        assertCall("1||2.5", "JOIN", arr(1, null, 2.5), "|");
        assertCall("bl", "JOIN", arr("b", "l", ""));
        assertCall("ab", "JOIN", arr("a", "b"), NULL);
        assertCall("", "JOIN", arr());
        assertCall("[1, 2]0{a=1}", "JOIN", arr(arr(1, 2), obj("a", 1)), 0L);
        assertIse("JOIN: first arg must be list", "JOIN", "abc", ",");
        assertIse("JOIN: first arg must be list", "JOIN", NULL);
        assertIae("JOIN(list, sep) or JOIN(list)", "JOIN");
        assertIae("JOIN(list, sep) or JOIN(list)", "JOIN", arr(), ",", ",");
    }

    // ---- UPPER, LOWER, TRIM ------------------------------------------------------------------------------------

    @Test
    void caseMapping() {
        assertCall("STRASSE", "UPPER", "straße");
        assertCall("HÉLLO", "UPPER", "héllo");
        assertCall("i", "LOWER", "I"); // locale independent (no Turkish dotless i)
        assertCall("héllo", "LOWER", "HÉLLO");
        assertCall("", "UPPER", "");
        assertIse("UPPER: arg must be string", "UPPER", NULL);
        assertIse("LOWER: arg must be string", "LOWER", 1L);
        assertIae("UPPER(str)", "UPPER");
        assertIae("LOWER(str)", "LOWER", "a", "b");
    }

    @Test
    void trim() {
        assertCall("Hello, world!", "TRIM", "  Hello, world!  ");
        assertCall("x", "TRIM", "\u00a0\t\nx\u2007\u3000");
        assertCall("", "TRIM", "   ");
        assertCall("a b", "TRIM", "a b");
        assertIse("TRIM: arg must be string", "TRIM", arr());
        assertIae("TRIM(str)", "TRIM");
    }

    // ---- PAD ---------------------------------------------------------------------------------------------------

    @Test
    void pad() {
        assertCall("007", "PAD", "7", -3L, "0");
        assertCall("abxyx", "PAD", "ab", 5L, "xy");
        assertCall("ab  ", "PAD", "ab", 4L);
        assertCall("abcdef", "PAD", "abcdef", 3L);
        assertCall("ab  ", "PAD", "ab", 4L, NULL);
        assertCall("ab  ", "PAD", "ab", 4.9); // width truncated toward zero
        assertCall("  ab", "PAD", "ab", -4.9);
        assertCall("ab00", "PAD", "ab", bi("4"), 0L);
        assertCall("ab--", "PAD", "ab", bd("4.5"), "-");
        assertCall("ab", "PAD", "ab", 0L);
        assertCall("ab", "PAD", "ab", 1L, ""); // no padding needed: an empty pad string is fine
        assertCall("héllo", "PAD", "héllo", 5L, "*");
        assertIse("PAD: first arg must be string", "PAD", 7L, 3L);
        assertIse("PAD: width must be numeric", "PAD", "7", "3");
        assertIse("PAD: width must be numeric", "PAD", "7", NULL);
        assertIae("PAD(str, width[, padChars])", "PAD", "7");
    }

    @Test
    void padDecisions() {
        // D5: an empty pad string with padding needed is an error (the reference never terminates).
        assertIae("PAD: padChars must not be empty", "PAD", "7", 3L, "");
        assertIae("PAD: width out of range", "PAD", "7", bi("100000000000000000000"));
        assertIae("PAD: width out of range", "PAD", "7", Double.NEGATIVE_INFINITY);
        assertCall("7", "PAD", "7", Double.NaN);
    }

    // ---- FORMAT ------------------------------------------------------------------------------------------------

    @Test
    void format() {
        assertCall("Hello Ada", "FORMAT", "Hello {name}", obj("name", "Ada"));
        assertCall("a-b", "FORMAT", "{0}-{1}", arr("a", "b"));
        assertCall("2 + 2 = 4", "FORMAT", "{0} + {0} = {1}", arr(2, 4));
        assertCall("Hello {missing}", "FORMAT", "Hello {missing}", obj("name", "Ada"));
        assertCall("{value}", "FORMAT", "{{value}}", obj("value", "x"));
    }

    @Test
    void formatEdgeCases() {
        assertCall("a}b", "FORMAT", "a}b", arr());
        assertCall("a{b", "FORMAT", "a{b", arr());
        assertCall("{a{", "FORMAT", "{a{{", arr());
        assertCall("{5}", "FORMAT", "{5}", arr(1));
        assertCall("{-1}", "FORMAT", "{-1}", arr(1));
        assertCall("null 2.0 [1]", "FORMAT", "{0} {1} {2}", arr(null, 2.0, arr(1)));
        assertCall("int x", "FORMAT", "int {7}", obj(7, "x"));
        assertCall("v", "FORMAT", "{a{b}", obj("a{b", "v"));
        assertCall("{}", "FORMAT", "{}", obj());
        assertCall("", "FORMAT", "", obj());
        assertIse("FORMAT: template must be string", "FORMAT", NULL, arr());
        assertIse("FORMAT: args must be list or object", "FORMAT", "{0}", "x");
        assertIse("FORMAT: args must be list or object", "FORMAT", "{0}", NULL);
        assertIae("FORMAT(template, args)", "FORMAT", "x");
    }
}
