package dev.turnout.runtime.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.program.Closure;
import dev.turnout.runtime.ObjectValue;
import java.io.StringWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** JSON output (LANGUAGE.md §11.2, DECISIONS.md D1, D10, D13). */
class JsonWriterTest {
    private static ObjectValue object(Object... keysAndValues) {
        ObjectValue o = new ObjectValue();
        for (int i = 0; i < keysAndValues.length; i += 2) o.put(keysAndValues[i], keysAndValues[i + 1]);
        return o;
    }

    private static void assertNotWritable(String message, Object value) {
        TransformException e = assertThrows(TransformException.class, () -> JsonWriter.write(value));
        assertEquals(ErrorKind.ILLEGAL_ARGUMENT, e.kind());
        assertEquals("IllegalArgumentException", e.typeName());
        assertEquals(message, e.getMessage());
    }

    @Test
    void scalars() {
        assertEquals("null", JsonWriter.write(null));
        assertEquals("true", JsonWriter.write(true));
        assertEquals("false", JsonWriter.write(false));
        assertEquals("\"s\"", JsonWriter.write("s"));
        assertEquals("5", JsonWriter.write(5L));
        assertEquals("-3", JsonWriter.write(-3L));
    }

    @Test
    void floatsUseJavaText() {
        assertEquals("2.0", JsonWriter.write(2.0));
        assertEquals("3.5", JsonWriter.write(3.5));
        assertEquals("0.30000000000000004", JsonWriter.write(0.1 + 0.2));
        assertEquals("1.0E21", JsonWriter.write(1e21));
        assertEquals("1.0E7", JsonWriter.write(1e7));
        assertEquals("1.0E-4", JsonWriter.write(1e-4));
        assertEquals("-0.0", JsonWriter.write(-0.0));
        assertEquals("[2.0]", JsonWriter.write(ArrayValue.of(2.0)));
    }

    @Test
    void bigNumbersAreExact() {
        assertEquals("2", JsonWriter.write(BigInteger.TWO));
        assertEquals("18446744073709551616", JsonWriter.write(BigInteger.TWO.pow(64)));
        assertEquals("-18446744073709551616", JsonWriter.write(BigInteger.TWO.pow(64).negate()));
        assertEquals("4.00", JsonWriter.write(new BigDecimal("4.00")));
        assertEquals("1000", JsonWriter.write(new BigDecimal("1e3")));
        assertEquals("0.000001", JsonWriter.write(new BigDecimal("1E-6")));
        assertEquals("0.1", JsonWriter.write(new BigDecimal("0.1")));
        assertEquals("{\"d\":0.30}", JsonWriter.write(object("d", new BigDecimal("0.30"))));
    }

    @Test
    void numbersRoundTrip() {
        ObjectValue doc = JsonReader.parseDocument("{\"i\":1,\"f\":2.0,\"e\":1e2,\"big\":12345678901234567890}");
        assertEquals("{\"i\":1,\"f\":2.0,\"e\":100,\"big\":1.2345678901234567E19}", JsonWriter.write(doc));
        Object reparsed = JsonReader.parseValue(JsonWriter.write(1e21));
        assertEquals(1e21, reparsed);
    }

    @Test
    void keysInInsertionOrderIntegerKeysAsDigits() {
        ObjectValue o = object("b", 1L, 10L, "ten", "a", 2L, 0L, "zero");
        assertEquals("{\"b\":1,\"10\":\"ten\",\"a\":2,\"0\":\"zero\"}", JsonWriter.write(o));
    }

    @Test
    void dictionaryObjectsKeepOrder() {
        ObjectValue o = new ObjectValue();
        StringBuilder expected = new StringBuilder("{");
        for (int i = 99; i >= 0; i--) {
            o.put("k" + i, (long) i);
            expected.append(i == 99 ? "" : ",").append("\"k").append(i).append("\":").append(i);
        }
        assertEquals(expected.append('}').toString(), JsonWriter.write(o));
    }

    @Test
    void stringsAreEscaped() {
        assertEquals("\"a\\\"b\\\\c\\n\\r\\t\\b\\f\\u0001é\uD83D\uDE00/\"",
                JsonWriter.write("a\"b\\c\n\r\t\b\f\u0001é\uD83D\uDE00/"));
        assertEquals("{\"k\\\"ey\\n\":1}", JsonWriter.write(object("k\"ey\n", 1L)));
        assertEquals("\"\u2028\"", JsonWriter.write("\u2028"));
    }

    @Test
    void nestedContainers() {
        ObjectValue o = object("a", ArrayValue.of(1L, object("b", new ArrayValue()), new ObjectValue()), "c", null);
        assertEquals("{\"a\":[1,{\"b\":[]},{}],\"c\":null}", JsonWriter.write(o));
        assertEquals("[]", JsonWriter.write(new ArrayValue()));
        assertEquals("{}", JsonWriter.write(new ObjectValue()));
    }

    @Test
    void prettyOutputIndentsByTwoSpaces() {
        ObjectValue o = object("a", 1L, "b", ArrayValue.of(1L, object("c", 2.0)), "e", new ArrayValue(), "f",
                new ObjectValue());
        String expected = String.join("\n",
                "{",
                "  \"a\": 1,",
                "  \"b\": [",
                "    1,",
                "    {",
                "      \"c\": 2.0",
                "    }",
                "  ],",
                "  \"e\": [],",
                "  \"f\": {}",
                "}");
        assertEquals(expected, JsonWriter.write(o, true));
        assertEquals("{}", JsonWriter.write(new ObjectValue(), true));
        assertEquals("5", JsonWriter.write(5L, true));
        assertEquals("[\n  1\n]", JsonWriter.write(ArrayValue.of(1L), true));
    }

    @Test
    void compactIsTheDefault() {
        ObjectValue o = object("a", ArrayValue.of(1L, 2L));
        assertEquals("{\"a\":[1,2]}", JsonWriter.write(o));
        assertEquals(JsonWriter.write(o), JsonWriter.write(o, false));
    }

    @Test
    void nanAndInfinityNameTheFieldPath() {
        assertNotWritable("cannot write NaN as JSON at $.a.b", object("a", object("b", Double.NaN)));
        assertNotWritable("cannot write Infinity as JSON at $.x[2]", object("x", ArrayValue.of(1L, 2L,
                Double.POSITIVE_INFINITY)));
        assertNotWritable("cannot write -Infinity as JSON at $[0].k[1].m",
                ArrayValue.of(object("k", ArrayValue.of(0L, object("ok", 1L, "m", Double.NEGATIVE_INFINITY)))));
        assertNotWritable("cannot write NaN as JSON at $", Double.NaN);
        assertNotWritable("cannot write NaN as JSON at $.7", object(7L, Double.NaN));
        assertNotWritable("cannot write NaN as JSON at $.after", object("before", object("x", 1.0), "after", Double.NaN));
    }

    @Test
    void functionsAreWrittenAsAString() {
        Closure f = new Closure(null, new Object[0]);
        assertEquals("{\"f\":\"<function>\"}", JsonWriter.write(object("f", f)));
    }

    @Test
    void writesToAWriterAndLeavesItOpen() throws Exception {
        StringWriter out = new StringWriter();
        Writer guarded = new Writer() {
            boolean closed;

            @Override public void write(char[] buf, int off, int len) {
                if (closed) throw new IllegalStateException("closed");
                out.write(buf, off, len);
            }

            @Override public void flush() {}

            @Override public void close() { closed = true; }
        };
        JsonWriter.write(object("a", 1L), false, guarded);
        guarded.write("\n");
        JsonWriter.write(object("b", 2L), true, guarded);
        assertEquals("{\"a\":1}\n{\n  \"b\": 2\n}", out.toString());
    }

    @Test
    void deeplyNestedValuesAreWritten() {
        ArrayValue root = new ArrayValue();
        ArrayValue current = root;
        int depth = 50_000;
        for (int i = 0; i < depth; i++) {
            ArrayValue next = new ArrayValue();
            current.add(next);
            current = next;
        }
        String text = JsonWriter.write(root);
        assertEquals(2 * (depth + 1), text.length());
    }

    @Test
    void toJavaBuildsPlainCollections() {
        ObjectValue o = object("a", ArrayValue.of(1L, object(2L, "x")), "b", new BigDecimal("1.0"), "c", null);
        Object java = JsonWriter.toJava(o);
        assertInstanceOf(LinkedHashMap.class, java);
        Map<?, ?> map = (Map<?, ?>) java;
        assertEquals(List.of("a", "b", "c"), new ArrayList<>(map.keySet()));
        assertInstanceOf(ArrayList.class, map.get("a"));
        List<?> a = (List<?>) map.get("a");
        assertEquals(1L, a.get(0));
        assertEquals(Map.of("2", "x"), a.get(1));
        assertEquals(new BigDecimal("1.0"), map.get("b"));
        assertEquals("s", JsonWriter.toJava("s"));
        Closure f = new Closure(null, new Object[0]);
        assertSame(f, JsonWriter.toJava(f));
    }

    @Test
    void hostValuesRoundTripThroughTheModel() {
        Map<String, Object> host = new LinkedHashMap<>();
        host.put("n", 1L);
        host.put("xs", List.of("a", 2.5));
        assertEquals(host, JsonWriter.toJava(JsonReader.fromJava(host)));
    }
}
