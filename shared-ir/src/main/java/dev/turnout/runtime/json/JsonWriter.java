package dev.turnout.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.PrettyPrinter;
import com.fasterxml.jackson.core.StreamWriteConstraints;
import com.fasterxml.jackson.core.StreamWriteFeature;
import dev.turnout.errors.RuntimeErrors;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.FunctionValue;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.RunLimits;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes Branchline values as JSON (LANGUAGE.md §11.2 with DECISIONS.md D1, D10, D13), with jackson-core's
 * streaming generator.
 *
 * <ul>
 *   <li>Compact by default; pretty output indents by two spaces ({@code "key": value}, {@code {}} and {@code []}
 *       for empty containers).</li>
 *   <li>Object keys become strings (integer keys as their digits), in insertion order.</li>
 *   <li>I as digits; F as Java's {@code Double.toString} text ({@code 2.0}, {@code 1.0E21}), written as a raw
 *       number token; BI as its exact digits and BD as {@code toPlainString} (D1), both JSON numbers.</li>
 *   <li>NaN and ±Infinity cannot be written: a runtime error (IAE) {@code cannot write NaN as JSON at $.a.b},
 *       the path using {@code .key} for object members and {@code [i]} for array elements (D10).</li>
 *   <li>A function is written as the string {@code "<function>"}.</li>
 * </ul>
 *
 * <p>The walk is iterative, so values nested deeper than the Java stack allows are still written. Every element
 * written is charged to the run's step budget ({@link RunLimits#charge}), so a value whose parts are shared (tiny
 * in memory, astronomically large as text) ends at the step or time limit.
 */
public final class JsonWriter {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamWriteConstraints(StreamWriteConstraints.builder().maxNestingDepth(Integer.MAX_VALUE).build())
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    static final String FUNCTION_TEXT = "<function>";

    private JsonWriter() {}

    /** Compact JSON text of {@code value}. */
    public static String write(Object value) {
        return write(value, false);
    }

    /** JSON text of {@code value}, compact or indented by two spaces. */
    public static String write(Object value, boolean pretty) {
        StringWriter out = new StringWriter();
        try {
            write(value, pretty, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a StringWriter does not fail
        }
        return out.toString();
    }

    /** Writes the JSON text of {@code value} to {@code out}, flushes it and leaves it open. */
    public static void write(Object value, boolean pretty, Writer out) throws IOException {
        try (JsonGenerator generator = FACTORY.createGenerator(out)) {
            if (pretty) generator.setPrettyPrinter(new TwoSpaceLayout());
            writeValue(generator, value);
        }
    }

    /** Writes {@code value} with a generator the caller configured (e.g. one JSON document per line). */
    public static void writeValue(JsonGenerator generator, Object value) throws IOException {
        if (!(value instanceof ArrayValue || value instanceof ObjectValue)) {
            writeScalar(generator, value, null, null, 0);
            return;
        }
        // Explicit stack of open containers and the next position in each.
        Object[] open = new Object[16];
        int[] next = new int[16];
        int depth = 0;
        open[depth] = value;
        next[depth++] = 0;
        start(generator, value);
        while (depth > 0) {
            Object top = open[depth - 1];
            int i = next[depth - 1];
            Object item;
            if (top instanceof ArrayValue array) {
                if (i == array.size()) {
                    generator.writeEndArray();
                    open[--depth] = null;
                    continue;
                }
                item = array.get(i);
            } else {
                ObjectValue object = (ObjectValue) top;
                if (i == object.size()) {
                    generator.writeEndObject();
                    open[--depth] = null;
                    continue;
                }
                generator.writeFieldName(keyText(object.keyAt(i)));
                item = object.valueAt(i);
            }
            next[depth - 1] = i + 1;
            if (item instanceof ArrayValue || item instanceof ObjectValue) {
                if (depth == open.length) {
                    open = Arrays.copyOf(open, depth * 2);
                    next = Arrays.copyOf(next, depth * 2);
                }
                open[depth] = item;
                next[depth++] = 0;
                start(generator, item);
            } else {
                writeScalar(generator, item, open, next, depth);
            }
        }
    }

    /** Opens a container, charging its elements to the step budget (each is visited once). */
    private static void start(JsonGenerator generator, Object container) throws IOException {
        if (container instanceof ArrayValue array) {
            RunLimits.charge(array.size());
            generator.writeStartArray();
        } else {
            RunLimits.charge(((ObjectValue) container).size());
            generator.writeStartObject();
        }
    }

    /** Writes a non-container; {@code open[0..depth)} and {@code next} locate it for the D10 message. */
    private static void writeScalar(JsonGenerator generator, Object v, Object[] open, int[] next, int depth) throws IOException {
        if (v instanceof String s) {
            generator.writeString(s);
        } else if (v instanceof Long n) {
            generator.writeNumber(n);
        } else if (v == null) {
            generator.writeNull();
        } else if (v instanceof Boolean b) {
            generator.writeBoolean(b);
        } else if (v instanceof Double d) {
            writeDouble(generator, d, open, next, depth);
        } else if (v instanceof BigInteger big) {
            generator.writeNumber(big.toString());
        } else if (v instanceof BigDecimal dec) {
            generator.writeNumber(dec.toPlainString());
        } else if (v instanceof FunctionValue) {
            generator.writeString(FUNCTION_TEXT);
        } else if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            generator.writeNumber(((Number) v).longValue()); // host values that were never converted
        } else if (v instanceof Float f) {
            writeDouble(generator, f.doubleValue(), open, next, depth);
        } else {
            // Sequences, handles and other host values: implementation-defined text (§11.2).
            generator.writeString(String.valueOf(v));
        }
    }

    private static void writeDouble(JsonGenerator generator, double d, Object[] open, int[] next, int depth) throws IOException {
        if (Double.isNaN(d) || Double.isInfinite(d)) {
            throw RuntimeErrors.illegalArgument(
                    "cannot write " + Double.toString(d) + " as JSON at " + path(open, next, depth));
        }
        generator.writeNumber(Double.toString(d)); // raw: keeps Java's text (2.0, 1.0E21), not Jackson's
    }

    /** {@code $} followed by {@code .key} / {@code [i]} for the current entry of each open container. */
    private static String path(Object[] open, int[] next, int depth) {
        StringBuilder out = new StringBuilder("$");
        for (int level = 0; level < depth; level++) {
            int at = next[level] - 1; // the position is advanced before an entry is written
            if (open[level] instanceof ObjectValue object) out.append('.').append(keyText(object.keyAt(at)));
            else out.append('[').append(at).append(']');
        }
        return out.toString();
    }

    private static String keyText(Object key) {
        return key instanceof String s ? s : key.toString();
    }

    // ---- host Java data ----------------------------------------------------------------------------------------

    /**
     * Converts a Branchline value into plain Java data for the embedding API: objects to
     * {@code LinkedHashMap<String, Object>} (integer keys as their digits), arrays to {@code ArrayList}, scalars
     * and functions unchanged.
     */
    public static Object toJava(Object v) {
        if (v instanceof ObjectValue object) {
            RunLimits.charge(object.size());
            Map<String, Object> map = new LinkedHashMap<>(Math.max(4, object.size() * 2));
            for (int i = 0, n = object.size(); i < n; i++) map.put(keyText(object.keyAt(i)), toJava(object.valueAt(i)));
            return map;
        }
        if (v instanceof ArrayValue array) {
            RunLimits.charge(array.size());
            List<Object> list = new ArrayList<>(array.size());
            for (int i = 0, n = array.size(); i < n; i++) list.add(toJava(array.get(i)));
            return list;
        }
        return v;
    }

    /** The pretty layout of D13: two-space indentation, {@code "key": value}, empty containers as {@code {}}/{@code []}. */
    private static final class TwoSpaceLayout implements PrettyPrinter {
        private int depth;

        private void newline(JsonGenerator g) throws IOException {
            g.writeRaw('\n');
            for (int i = 0; i < depth; i++) g.writeRaw("  ");
        }

        @Override public void writeRootValueSeparator(JsonGenerator g) throws IOException { g.writeRaw('\n'); }

        @Override public void writeStartObject(JsonGenerator g) throws IOException { g.writeRaw('{'); depth++; }

        @Override public void beforeObjectEntries(JsonGenerator g) throws IOException { newline(g); }

        @Override public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException { g.writeRaw(": "); }

        @Override public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newline(g);
        }

        @Override public void writeEndObject(JsonGenerator g, int entries) throws IOException {
            depth--;
            if (entries > 0) newline(g);
            g.writeRaw('}');
        }

        @Override public void writeStartArray(JsonGenerator g) throws IOException { g.writeRaw('['); depth++; }

        @Override public void beforeArrayValues(JsonGenerator g) throws IOException { newline(g); }

        @Override public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(',');
            newline(g);
        }

        @Override public void writeEndArray(JsonGenerator g, int values) throws IOException {
            depth--;
            if (values > 0) newline(g);
            g.writeRaw(']');
        }
    }
}
