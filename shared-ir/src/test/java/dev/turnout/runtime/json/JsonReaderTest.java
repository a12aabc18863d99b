package dev.turnout.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.MalformedInputException;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.ObjectValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** JSON input (LANGUAGE.md §11.1): documents, number kinds, shapes, errors, streaming and host data. */
class JsonReaderTest {
    private static Object number(String text) {
        return JsonReader.parseValue(text);
    }

    private static MalformedInputException malformed(String text) {
        return assertThrows(MalformedInputException.class, () -> JsonReader.parseDocument(text));
    }

    @Test
    void blankInputIsAnEmptyObject() {
        for (String blank : new String[] {"", "   ", "\n\t \r\n"}) {
            ObjectValue doc = JsonReader.parseDocument(blank);
            assertEquals(0, doc.size());
            assertTrue(doc.isFrozen());
        }
        assertEquals(0, JsonReader.parseDocument(new StringReader("  \n")).size());
    }

    @Test
    void documentKeepsKeyOrderAndKinds() {
        ObjectValue doc = JsonReader.parseDocument(
                "{\"z\": null, \"t\": true, \"f\": false, \"s\": \"x\", \"n\": 1, \"a\": [1, \"b\"], \"o\": {\"k\": {}}}");
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) keys.add(doc.keyAt(i));
        assertEquals(List.of("z", "t", "f", "s", "n", "a", "o"), keys);
        assertTrue(doc.containsKey("z"));
        assertNull(doc.get("z"));
        assertSame(Boolean.TRUE, doc.get("t"));
        assertSame(Boolean.FALSE, doc.get("f"));
        assertEquals("x", doc.get("s"));
        assertEquals(1L, doc.get("n"));
        assertEquals(List.of(1L, "b"), doc.get("a"));
        assertInstanceOf(ObjectValue.class, ((ObjectValue) doc.get("o")).get("k"));
    }

    @Test
    void integralNumbersFittingSixtyFourBitsAreLongs() {
        assertEquals(0L, number("0"));
        assertEquals(-3L, number("-3"));
        assertEquals(0L, number("-0"));
        assertEquals(Long.MAX_VALUE, number("9223372036854775807"));
        assertEquals(Long.MIN_VALUE, number("-9223372036854775808"));
        assertEquals(100L, number("1e2"));
        assertEquals(100L, number("1E+2"));
        assertEquals(1L, number("10e-1"));
        assertEquals(0L, number("0e5"));
        assertEquals(9000000000000000000L, number("9e18"));
    }

    @Test
    void everythingElseIsADouble() {
        assertEquals(2.0, number("2.0"));
        assertEquals(150.0, number("1.5e2"));
        assertEquals(100.0, number("1.0e2")); // a fraction part makes it F
        assertEquals(0.1, number("1e-1"));
        assertEquals(0.5, number("0.5"));
        assertEquals(-0.0, number("-0.0"));
        assertEquals(1.2345678901234567E19, number("12345678901234567890")); // 20 digits: F, precision lost
        assertEquals(9.223372036854775808E18, number("9223372036854775808"));
        assertEquals(1e19, number("1e19"));
        assertEquals(Double.POSITIVE_INFINITY, number("1e400"));
        assertEquals(Double.POSITIVE_INFINITY, number("1e9999999999"));
        assertEquals(0.0, number("1e-9999999999"));
        assertInstanceOf(Double.class, number("1.5"));
        assertInstanceOf(Long.class, number("15"));
    }

    @Test
    void resultsAreFrozenAndRecordsShareShapes() {
        ObjectValue doc = JsonReader.parseDocument(
                "{\"rows\":[{\"id\":1,\"name\":\"a\"},{\"id\":2,\"name\":\"b\"},{\"id\":3,\"name\":\"c\"}]}");
        ArrayValue rows = (ArrayValue) doc.get("rows");
        assertTrue(doc.isFrozen());
        assertTrue(rows.isFrozen());
        Set<Object> shapes = new HashSet<>();
        for (Object row : rows) {
            assertTrue(((ObjectValue) row).isFrozen());
            shapes.add(((ObjectValue) row).shape());
        }
        assertEquals(1, shapes.size());
        // Separate documents share shapes too.
        assertSame(((ObjectValue) rows.get(0)).shape(),
                ((ObjectValue) JsonReader.parseValue("{\"id\":9,\"name\":\"z\"}")).shape());
    }

    @Test
    void duplicateKeysLastValueWinsAtTheFirstPosition() {
        ObjectValue doc = JsonReader.parseDocument("{\"a\":1,\"b\":2,\"a\":3}");
        assertEquals(2, doc.size());
        assertEquals("a", doc.keyAt(0));
        assertEquals(3L, doc.get("a"));
        assertEquals("{\"a\":3,\"b\":2}", JsonWriter.write(doc));
    }

    @Test
    void keysAreStrings() {
        ObjectValue doc = JsonReader.parseDocument("{\"1\":\"x\"}");
        assertEquals("x", doc.get("1"));
        assertNull(doc.get(1L));
    }

    @Test
    void escapesAndUnicode() {
        ObjectValue doc = JsonReader.parseDocument("{\"s\":\"a\\\"b\\\\c\\n\\t\\u00e9\\ud83d\\ude00/\"}");
        assertEquals("a\"b\\c\n\té\uD83D\uDE00/", doc.get("s"));
    }

    @Test
    void largeObjectsParse() {
        StringBuilder text = new StringBuilder("{");
        for (int i = 0; i < 5000; i++) text.append(i == 0 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        ObjectValue doc = JsonReader.parseDocument(text.append('}').toString());
        assertEquals(5000, doc.size());
        assertEquals(4999L, doc.get("k4999"));
        assertEquals(4999, doc.indexOf("k4999"));
    }

    @Test
    void nonObjectDocumentsAreRejected() {
        for (String text : new String[] {"[1]", "5", "\"s\"", "null", "true"}) {
            MalformedInputException e = malformed(text);
            assertEquals("Input JSON must be an object", e.getMessage());
            assertEquals(1, e.line());
            assertEquals(1, e.column());
        }
        MalformedInputException e = malformed("\n\n   [1]");
        assertEquals(3, e.line());
        assertEquals(4, e.column());
    }

    @Test
    void malformedJsonHasAShortMessageAndAPosition() {
        MalformedInputException e = malformed("{\n  \"a\": 1,\n  \"b\": tru\n}");
        assertEquals("Unrecognized token 'tru'", e.getMessage());
        assertEquals(3, e.line());
        e = malformed("{\"a\":1,}");
        assertEquals("Unexpected character ('}'): was expecting double-quote to start field name", e.getMessage());
        assertEquals(1, e.line());
        assertEquals(8, e.column());
        e = malformed("{\"a\":[1,2}");
        assertEquals("Unexpected close marker '}': expected ']'", e.getMessage());
        e = malformed("{\"a\":1");
        assertEquals("Unexpected end-of-input: expected close marker for Object", e.getMessage());
        e = malformed("{\"a\": @}");
        assertEquals("Unexpected character ('@'): expected a valid value", e.getMessage());
        e = malformed("{\"a\":NaN}");
        assertEquals("Non-standard token 'NaN'", e.getMessage());
        e = malformed("{\"a\":\"x\ny\"}");
        assertTrue(e.getMessage().startsWith("Illegal unquoted character (control character 10)"), e.getMessage());
        for (String bad : new String[] {"{\"a\":1,}", "{\"a\":[1,2}", "{\"a\":1", "{a:1}", "{\"a\":01}", "{\"a\":\"\\q\"}"}) {
            String message = malformed(bad).getMessage();
            assertFalse(message.contains("Source"), message);
            assertFalse(message.contains("\n"), message);
            assertFalse(message.contains("(code"), message);
            assertTrue(message.length() <= 120, message);
        }
    }

    @Test
    void trailingContentIsRejected() {
        MalformedInputException e = malformed("{\"a\":1} {\"b\":2}");
        assertEquals("Unexpected content after the JSON value", e.getMessage());
        assertEquals(9, e.column());
        assertThrows(MalformedInputException.class, () -> JsonReader.parseValue("1 2"));
        assertThrows(MalformedInputException.class, () -> JsonReader.parseValue(""));
    }

    @Test
    void parseValueAcceptsAnyValue() {
        assertEquals(List.of(1L, 2.5, "x"), JsonReader.parseValue("[1, 2.5, \"x\"]"));
        assertNull(JsonReader.parseValue("null"));
        assertEquals("s", JsonReader.parseValue("\"s\""));
        assertTrue(((ArrayValue) JsonReader.parseValue("[[]]")).isFrozen());
    }

    @Test
    void documentStreamReadsOneDocumentAtATime() throws Exception {
        try (JsonReader.DocumentStream docs = JsonReader.documents(new StringReader("{\"a\":1}\n{\"a\":2}\n\n{\"b\":3}\n"))) {
            assertEquals(1L, docs.next().get("a"));
            assertEquals(2L, docs.next().get("a"));
            assertEquals(3L, docs.next().get("b"));
            assertNull(docs.next());
        }
        try (JsonReader.DocumentStream docs = JsonReader.documents(new StringReader("{\"a\":1}\n[2]"))) {
            docs.next();
            MalformedInputException e = assertThrows(MalformedInputException.class, docs::next);
            assertEquals("Input JSON must be an object", e.getMessage());
            assertEquals(2, e.line());
        }
    }

    @Test
    void readerInput() throws Exception {
        StringReader reader = new StringReader("{\"a\":1}");
        assertEquals(1L, JsonReader.parseDocument(reader).get("a"));
        reader.ready(); // still open: the caller owns it
        assertThrows(MalformedInputException.class, () -> JsonReader.parseDocument(new StringReader("[]")));
        StringReader streamed = new StringReader("{}");
        JsonReader.documents(streamed).close();
        assertThrows(java.io.IOException.class, streamed::ready); // closing the stream closes its reader
    }

    @Test
    void fromJavaConvertsHostData() {
        Map<Object, Object> map = new LinkedHashMap<>();
        map.put("i", 1);
        map.put("s", (short) 2);
        map.put("b", (byte) 3);
        map.put("l", 4L);
        map.put("f", 1.5f);
        map.put("d", 2.5);
        map.put("bi", BigInteger.TEN);
        map.put("bd", new BigDecimal("1.50"));
        map.put("str", "x");
        map.put("bool", true);
        map.put("nul", null);
        map.put("list", List.of(1, List.of()));
        map.put(7, "int key");
        ObjectValue o = (ObjectValue) JsonReader.fromJava(map);
        assertTrue(o.isFrozen());
        assertEquals(1L, o.get("i"));
        assertEquals(2L, o.get("s"));
        assertEquals(3L, o.get("b"));
        assertEquals(4L, o.get("l"));
        assertEquals(1.5, o.get("f"));
        assertEquals(2.5, o.get("d"));
        assertEquals(BigInteger.TEN, o.get("bi"));
        assertEquals(new BigDecimal("1.50"), o.get("bd"));
        assertEquals("x", o.get("str"));
        assertEquals(true, o.get("bool"));
        assertTrue(o.containsKey("nul"));
        assertEquals(List.of(1L, List.of()), o.get("list"));
        assertTrue(((ArrayValue) o.get("list")).isFrozen());
        assertEquals("int key", o.get(7L));
        assertEquals("i", o.keyAt(0));
    }

    @Test
    void fromJavaPassesModelValuesThroughFrozen() {
        ArrayValue a = ArrayValue.of(1L);
        assertSame(a, JsonReader.fromJava(a));
        assertTrue(a.isFrozen());
        assertEquals(5L, JsonReader.fromJava(5L));
    }

    @Test
    void fromJavaRejectsUnsupportedTypes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> JsonReader.fromJava(new Object()));
        assertTrue(e.getMessage().contains("java.lang.Object"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> JsonReader.fromJava(List.of('c')));
        assertTrue(e.getMessage().contains("java.lang.Character"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> JsonReader.fromJava(Map.of(-1, "x")));
        assertThrows(IllegalArgumentException.class, () -> JsonReader.fromJava(Map.of(1.5, "x")));
    }

    // ---- lone surrogates and nesting depth (issue 12) ----------------------------------------------------------

    @Test
    void loneHighSurrogateEscapeIsMalformedWithItsPosition() {
        MalformedInputException e = malformed("{\"a\":1,\n \"s\": \"x\\ud800y\"}");
        assertEquals("unpaired surrogate U+D800 in a string", e.getMessage());
        assertEquals(2, e.line());
        assertEquals(7, e.column());
    }

    @Test
    void loneLowSurrogateAndReversedPairAreMalformed() {
        assertEquals("unpaired surrogate U+DC00 in a string", malformed("{\"s\":\"\\udc00\"}").getMessage());
        assertEquals("unpaired surrogate U+DE00 in a string", malformed("{\"s\":\"\\ude00\\ud83d\"}").getMessage());
        assertEquals("unpaired surrogate U+D83D in a string", malformed("{\"s\":[\"ok\",\"\\ud83d\"]}").getMessage());
    }

    @Test
    void loneSurrogateInAKeyIsMalformed() {
        MalformedInputException e = malformed("{\"k\\ud800\": 1}");
        assertEquals("unpaired surrogate U+D800 in a key", e.getMessage());
        assertEquals(1, e.line());
        assertEquals(2, e.column());
    }

    @Test
    void rawLoneSurrogateInAJavaStringIsMalformed() {
        assertEquals("unpaired surrogate U+D800 in a string", malformed("{\"s\":\"a\uD800\"}").getMessage());
        assertEquals("unpaired surrogate U+DFFF in a key", malformed("{\"\uDFFF\":0}").getMessage());
    }

    @Test
    void validSurrogatePairsStillWork() {
        ObjectValue doc = JsonReader.parseDocument("{\"s\":\"\\ud83d\\ude00\",\"raw\":\"\uD83D\uDE00\",\"\\ud83d\\ude00\":1}");
        assertEquals("\uD83D\uDE00", doc.get("s"));
        assertEquals("\uD83D\uDE00", doc.get("raw"));
        assertEquals(1L, doc.get("\uD83D\uDE00"));
    }

    private static String nested(int depth) {
        // The document object is level 1; each array adds one.
        return "{\"a\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
    }

    @Test
    void nestingAtTheDefaultLimitIsRead() {
        assertEquals(1, JsonReader.parseDocument(nested(JsonReader.DEFAULT_MAX_DEPTH)).size());
        assertTrue(JsonReader.parseValue("[".repeat(1000) + "]".repeat(1000)) instanceof ArrayValue);
    }

    @Test
    void nestingOneDeeperThanTheLimitIsOurMalformedInput() {
        MalformedInputException e = malformed(nested(JsonReader.DEFAULT_MAX_DEPTH + 1));
        assertEquals("input nested deeper than 1000 levels (limit maxInputDepth)", e.getMessage());
        assertEquals(1, e.line());
        assertEquals(6 + 999, e.column(), "the first container past the limit");
        MalformedInputException v = assertThrows(MalformedInputException.class,
                () -> JsonReader.parseValue("[".repeat(1001) + "]".repeat(1001)));
        assertFalse(v.getMessage().contains("StreamReadConstraints"), v.getMessage());
    }

    @Test
    void nestingLimitIsConfigurable() {
        assertEquals(1, JsonReader.parseDocument(nested(3), 3).size());
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> JsonReader.parseDocument(nested(4), 3));
        assertEquals("input nested deeper than 3 levels (limit maxInputDepth)", e.getMessage());
        assertEquals(8, e.column());
        assertThrows(MalformedInputException.class,
                () -> JsonReader.parseDocument(new StringReader("{\"a\":{\"b\":{}}}"), 2));
        // Far beyond Jackson's own default of 1000.
        assertEquals(1, JsonReader.parseDocument(nested(2000), 2000).size());
        try (JsonReader.DocumentStream docs = JsonReader.documents(new StringReader("{\"a\":[]} {\"a\":[[]]}"), 2)) {
            assertEquals(1, docs.next().size());
            assertThrows(MalformedInputException.class, docs::next);
        } catch (java.io.IOException e2) {
            throw new java.io.UncheckedIOException(e2);
        }
        assertThrows(IllegalArgumentException.class, () -> JsonReader.parseDocument("{}", 0));
    }

    @Test
    void nestingBeyondTheThreadStackIsMalformedInputNotAStackOverflow() throws InterruptedException {
        Object[] outcome = new Object[1];
        Thread small = new Thread(null, () -> {
            try {
                outcome[0] = JsonReader.parseDocument(nested(1_000_000), Integer.MAX_VALUE);
            } catch (Throwable t) {
                outcome[0] = t;
            }
        }, "small-stack", 256 * 1024);
        small.start();
        small.join();
        MalformedInputException e = assertInstanceOf(MalformedInputException.class, outcome[0]);
        assertTrue(e.getMessage().startsWith("input nested too deeply for the thread stack"), e.getMessage());
    }
}
