package dev.turnout.runtime.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import dev.turnout.errors.MalformedInputException;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.FunctionValue;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Values;
import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Turns JSON text (LANGUAGE.md §11.1) and host Java data into Branchline values, with jackson-core's streaming
 * parser.
 *
 * <p>Everything it builds is frozen: input is shared by every variable that reads it. Objects are built through
 * {@link dev.turnout.runtime.Shape} transitions, so the records of an input array share one shape and inline caches
 * see one shape per record kind. Duplicate keys: the last value wins, at the key's first position.
 *
 * <p>Numbers: an integral value that fits 64 bits becomes a {@code Long}, even in exponent form ({@code 1e2} → 100);
 * anything with a fraction part ({@code 2.0}, {@code 1.5e2}), a non-integral value ({@code 1e-1}) or an integer
 * outside 64 bits becomes a {@code Double}.
 *
 * <p>Malformed text raises {@link MalformedInputException} with a one-line message and the 1-based line and column.
 * So do two cases Jackson lets through or words in its own terms:
 * <ul>
 *   <li>a string or key holding an unpaired UTF-16 surrogate, from <code>&#92;u</code> escapes (<code>"&#92;ud800"</code>) or raw
 *       in a Java {@code String} input: {@code unpaired surrogate U+D800 in a string}, at the string's position. A
 *       high surrogate directly followed by a low one is a valid pair. The check costs one comparison per character
 *       and only looks further at characters in the surrogate range;</li>
 *   <li>arrays and objects nested deeper than the reader's limit ({@link #DEFAULT_MAX_DEPTH} unless the caller
 *       passes its own, {@code Engine.Builder.maxInputDepth}): {@code input nested deeper than 1000 levels (limit
 *       maxInputDepth)}, at the first container past the limit. The check is part of the reader's recursion; Jackson's
 *       own nesting limit is raised out of the way. A limit too large for the thread's stack ends in the same
 *       exception ({@code input nested too deeply for the thread stack}), never a {@link StackOverflowError}.</li>
 * </ul>
 * Bytes that are not UTF-8 never reach this class: it reads text; decoding is the caller's (the CLI reports them as
 * malformed input with the byte offset, docs/cli.md).
 */
public final class JsonReader {
    /** Nesting depth of arrays and objects accepted unless the caller passes its own limit. */
    public static final int DEFAULT_MAX_DEPTH = 1000;

    /**
     * Jackson's default limits, except for string length (an input may carry large text blobs) and nesting depth,
     * which this class checks itself with its own message ({@link #DEFAULT_MAX_DEPTH}). Callers own their readers,
     * so the parser does not close them.
     */
    static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE)
                    .maxNestingDepth(Integer.MAX_VALUE).build())
            .disable(StreamReadFeature.AUTO_CLOSE_SOURCE)
            // Interned keys (Jackson's default, made explicit): the compiler interns constant keys too, so
            // property lookups usually match by identity.
            .enable(JsonFactory.Feature.INTERN_FIELD_NAMES)
            .build();

    private JsonReader() {}

    // ---- JSON text ---------------------------------------------------------------------------------------------

    /** An input document (§11.1): blank text is {@code {}}; anything but an object is an input error. */
    public static ObjectValue parseDocument(String text) {
        return parseDocument(text, DEFAULT_MAX_DEPTH);
    }

    /** Same, with arrays and objects nested at most {@code maxDepth} levels. */
    public static ObjectValue parseDocument(String text, int maxDepth) {
        if (text.isBlank()) return ObjectValue.empty().freeze();
        try (JsonParser parser = FACTORY.createParser(text)) {
            return document(parser, true, checkedDepth(maxDepth));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StackOverflowError e) {
            throw tooDeepForStack();
        }
    }

    /** An input document read from {@code reader} to its end (which the caller closes); see {@link #parseDocument(String)}. */
    public static ObjectValue parseDocument(Reader reader) {
        return parseDocument(reader, DEFAULT_MAX_DEPTH);
    }

    /** Same, with arrays and objects nested at most {@code maxDepth} levels. */
    public static ObjectValue parseDocument(Reader reader, int maxDepth) {
        try (JsonParser parser = FACTORY.createParser(reader)) {
            return document(parser, true, checkedDepth(maxDepth));
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StackOverflowError e) {
            throw tooDeepForStack();
        }
    }

    /** Any single JSON value, nested at most {@link #DEFAULT_MAX_DEPTH} levels. */
    public static Object parseValue(String text) {
        try (JsonParser parser = FACTORY.createParser(text)) {
            JsonToken token = parser.nextToken();
            if (token == null) {
                throw new MalformedInputException("Unexpected end of input: no JSON value", 1, 1);
            }
            Object value = readValue(parser, token, 1, DEFAULT_MAX_DEPTH);
            expectEnd(parser);
            return value;
        } catch (JsonProcessingException e) {
            throw malformed(e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (StackOverflowError e) {
            throw tooDeepForStack();
        }
    }

    /**
     * Reads one value from {@code parser}, whose current token is the value's first token. On return the current
     * token is the value's last token ({@code END_OBJECT}, {@code END_ARRAY} or the scalar). For hosts that drive
     * their own parser; Jackson exceptions propagate. Nesting is limited to {@link #DEFAULT_MAX_DEPTH} levels below
     * the parser's position.
     */
    public static Object readValue(JsonParser parser) throws IOException {
        JsonToken token = parser.currentToken();
        if (token == null) token = parser.nextToken();
        if (token == null) throw new MalformedInputException("Unexpected end of input: no JSON value", 1, 1);
        return readValue(parser, token, 1, DEFAULT_MAX_DEPTH);
    }

    /**
     * A stream of input documents from {@code reader}: several objects one after the other, separated by
     * whitespace (JSON Lines or concatenated JSON). Each call of {@link DocumentStream#next()} parses one.
     */
    public static DocumentStream documents(Reader reader) {
        return documents(reader, DEFAULT_MAX_DEPTH);
    }

    /** Same, with each document's arrays and objects nested at most {@code maxDepth} levels. */
    public static DocumentStream documents(Reader reader, int maxDepth) {
        checkedDepth(maxDepth);
        try {
            return new DocumentStream(FACTORY.createParser(reader), reader, maxDepth);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Input documents parsed one at a time; see {@link #documents(Reader)}. Closing it closes the reader. */
    public static final class DocumentStream implements Closeable {
        private final JsonParser parser;
        private final Reader reader;
        private final int maxDepth;

        private DocumentStream(JsonParser parser, Reader reader, int maxDepth) {
            this.parser = parser;
            this.reader = reader;
            this.maxDepth = maxDepth;
        }

        /** The next document, or {@code null} at the end of the input. */
        public ObjectValue next() {
            try {
                JsonToken token = parser.nextToken();
                if (token == null) return null;
                return object(parser, token, maxDepth);
            } catch (JsonProcessingException e) {
                throw malformed(e);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (StackOverflowError e) {
                throw tooDeepForStack();
            }
        }

        @Override
        public void close() throws IOException {
            try {
                parser.close();
            } finally {
                reader.close();
            }
        }
    }

    private static ObjectValue document(JsonParser parser, boolean single, int maxDepth) throws IOException {
        JsonToken token = parser.nextToken();
        if (token == null) return ObjectValue.empty().freeze();
        ObjectValue result = object(parser, token, maxDepth);
        if (single) expectEnd(parser);
        return result;
    }

    private static ObjectValue object(JsonParser parser, JsonToken token, int maxDepth) throws IOException {
        if (token != JsonToken.START_OBJECT) {
            JsonLocation at = parser.currentTokenLocation();
            throw new MalformedInputException("Input JSON must be an object", at.getLineNr(), at.getColumnNr());
        }
        return readObject(parser, 1, maxDepth);
    }

    private static void expectEnd(JsonParser parser) throws IOException {
        if (parser.nextToken() != null) {
            JsonLocation at = parser.currentTokenLocation();
            throw new MalformedInputException("Unexpected content after the JSON value", at.getLineNr(),
                    at.getColumnNr());
        }
    }

    /** {@code depth}: how many containers the value is nested in, plus one (the depth it has if it is one). */
    private static Object readValue(JsonParser parser, JsonToken token, int depth, int maxDepth) throws IOException {
        switch (token) {
            case START_OBJECT:
                if (depth > maxDepth) throw tooDeep(parser, maxDepth);
                return readObject(parser, depth, maxDepth);
            case START_ARRAY:
                if (depth > maxDepth) throw tooDeep(parser, maxDepth);
                return readArray(parser, depth, maxDepth);
            case VALUE_STRING:
                checkSurrogates(parser, parser.getTextCharacters(), parser.getTextOffset(), parser.getTextLength());
                return parser.getText();
            case VALUE_NUMBER_INT:
                return integer(parser);
            case VALUE_NUMBER_FLOAT:
                return fractional(parser);
            case VALUE_TRUE:
                return Boolean.TRUE;
            case VALUE_FALSE:
                return Boolean.FALSE;
            case VALUE_NULL:
                return null;
            default: {
                JsonLocation at = parser.currentTokenLocation();
                throw new MalformedInputException("Unexpected token " + token, at.getLineNr(), at.getColumnNr());
            }
        }
    }

    private static ObjectValue readObject(JsonParser parser, int depth, int maxDepth) throws IOException {
        ObjectValue object = new ObjectValue();
        // nextFieldName returns null at END_OBJECT; names are canonicalized by Jackson, so shape lookups usually
        // succeed on identity.
        for (String name = parser.nextFieldName(); name != null; name = parser.nextFieldName()) {
            checkSurrogates(parser, name);
            object.put(name, readValue(parser, parser.nextToken(), depth + 1, maxDepth));
        }
        // Children are frozen already (built here), so the shallow flag is the deep freeze.
        return object.freeze();
    }

    private static ArrayValue readArray(JsonParser parser, int depth, int maxDepth) throws IOException {
        ArrayValue array = new ArrayValue();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
            array.add(readValue(parser, t, depth + 1, maxDepth));
        }
        return array.freeze();
    }

    // ---- input checks ------------------------------------------------------------------------------------------

    private static int checkedDepth(int maxDepth) {
        if (maxDepth < 1) throw new IllegalArgumentException("maxDepth must be at least 1");
        return maxDepth;
    }

    private static MalformedInputException tooDeep(JsonParser parser, int maxDepth) {
        JsonLocation at = parser.currentTokenLocation();
        return new MalformedInputException("input nested deeper than " + maxDepth + " levels (limit maxInputDepth)",
                at.getLineNr(), at.getColumnNr());
    }

    private static MalformedInputException tooDeepForStack() {
        return new MalformedInputException(
                "input nested too deeply for the thread stack (lower maxInputDepth, or run with a larger stack)", 0, 0);
    }

    /** A string token's characters: each surrogate must be half of a high-low pair. */
    private static void checkSurrogates(JsonParser parser, char[] chars, int offset, int length) {
        for (int i = offset, end = offset + length; i < end; i++) {
            if (Character.isSurrogate(chars[i])) {
                if (Character.isHighSurrogate(chars[i]) && i + 1 < end && Character.isLowSurrogate(chars[i + 1])) {
                    i++;
                } else {
                    throw unpaired(parser, chars[i], "string");
                }
            }
        }
    }

    /** Same for an object key. */
    private static void checkSurrogates(JsonParser parser, String name) {
        for (int i = 0, end = name.length(); i < end; i++) {
            char c = name.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < end && Character.isLowSurrogate(name.charAt(i + 1))) {
                    i++;
                } else {
                    throw unpaired(parser, c, "key");
                }
            }
        }
    }

    private static MalformedInputException unpaired(JsonParser parser, char c, String what) {
        JsonLocation at = parser.currentTokenLocation();
        return new MalformedInputException(String.format("unpaired surrogate U+%04X in a %s", (int) c, what),
                at.getLineNr(), at.getColumnNr());
    }

    private static Object integer(JsonParser parser) throws IOException {
        JsonParser.NumberType type = parser.getNumberType();
        if (type == JsonParser.NumberType.INT || type == JsonParser.NumberType.LONG) return parser.getLongValue();
        return parser.getDoubleValue(); // outside 64 bits: F, losing precision as §11.1 says
    }

    /** A number token with a fraction part or an exponent: F, unless exponent form gives an integral 64-bit value. */
    private static Object fractional(JsonParser parser) throws IOException {
        char[] chars = parser.getTextCharacters();
        int offset = parser.getTextOffset();
        int length = parser.getTextLength();
        for (int i = offset, end = offset + length; i < end; i++) {
            if (chars[i] == '.') return parser.getDoubleValue();
        }
        BigDecimal exact;
        try {
            exact = new BigDecimal(chars, offset, length);
        } catch (NumberFormatException e) { // exponent beyond the int range
            return parser.getDoubleValue();
        }
        if (exact.signum() == 0) return 0L;
        // Digits before the point; checked first so that 1e999999999 never expands into a huge BigInteger.
        if (exact.precision() - exact.scale() > 19 || exact.stripTrailingZeros().scale() > 0) {
            return parser.getDoubleValue();
        }
        try {
            return exact.longValueExact();
        } catch (ArithmeticException e) {
            return parser.getDoubleValue();
        }
    }

    // ---- errors ------------------------------------------------------------------------------------------------

    private static final Pattern CONTROL_CHAR = Pattern.compile("\\(\\(CTRL-CHAR, code (\\d+)\\)\\)");
    private static final Pattern CHAR_CODE = Pattern.compile(" \\(code \\d+\\)");
    /** Where Jackson's explanations start that a user does not need; the message is cut at the first one. */
    private static final String[] TAILS = {": was expecting (JSON String", " (JSON String, Number", ": enable `"};
    private static final int MAX_MESSAGE = 120;

    /**
     * A short, one-line message: Jackson's carry source references, character codes and hints about its own
     * configuration that a user does not need.
     */
    static MalformedInputException malformed(JsonProcessingException e) {
        String message = e.getOriginalMessage();
        if (message == null) message = "Malformed JSON";
        int newline = message.indexOf('\n');
        if (newline >= 0) message = message.substring(0, newline);
        int source = message.indexOf("[Source");
        if (source >= 0) {
            int open = message.lastIndexOf(" (", source);
            message = message.substring(0, open >= 0 ? open : source);
        }
        for (String tail : TAILS) {
            int at = message.indexOf(tail);
            if (at >= 0) message = message.substring(0, at);
        }
        message = CONTROL_CHAR.matcher(message).replaceAll(m -> "(control character " + m.group(1) + ")");
        message = CHAR_CODE.matcher(message).replaceAll("");
        message = message.strip();
        if (message.length() > MAX_MESSAGE) message = message.substring(0, MAX_MESSAGE - 3) + "...";
        JsonLocation at = e.getLocation();
        int line = at == null ? 0 : Math.max(at.getLineNr(), 0);
        int column = at == null ? 0 : Math.max(at.getColumnNr(), 0);
        return new MalformedInputException(message, line, column);
    }

    // ---- host Java data ----------------------------------------------------------------------------------------

    /**
     * Converts host data into a frozen Branchline value: {@code Map} (String or non-negative integral keys) to an
     * object, {@code Collection} to an array, {@code Integer}/{@code Short}/{@code Byte}/{@code Long} to I,
     * {@code Float}/{@code Double} to F, {@code BigInteger}, {@code BigDecimal}, {@code String}, {@code Boolean},
     * {@code null}. Values of the model itself pass through (frozen, since the host keeps a reference).
     *
     * @throws IllegalArgumentException for any other type, naming it
     */
    public static Object fromJava(Object v) {
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Long || v instanceof Double
                || v instanceof BigInteger || v instanceof BigDecimal || v instanceof FunctionValue) {
            return v;
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) return ((Number) v).longValue();
        if (v instanceof Float f) return f.doubleValue();
        if (v instanceof ObjectValue || v instanceof ArrayValue) return Values.freeze(v);
        if (v instanceof Map<?, ?> map) {
            ObjectValue object = new ObjectValue();
            for (Map.Entry<?, ?> e : map.entrySet()) object.put(javaKey(e.getKey()), fromJava(e.getValue()));
            return object.freeze();
        }
        if (v instanceof Collection<?> items) {
            ArrayValue array = new ArrayValue(items.size());
            for (Object item : items) array.add(fromJava(item));
            return array.freeze();
        }
        throw new IllegalArgumentException("Unsupported Java type for a Branchline value: " + v.getClass().getName());
    }

    private static Object javaKey(Object key) {
        if (key instanceof String) return key;
        if (key instanceof Long || key instanceof Integer || key instanceof Short || key instanceof Byte) {
            long n = ((Number) key).longValue();
            if (n >= 0) return n;
        } else if (key instanceof BigInteger big && big.signum() >= 0 && big.bitLength() < 64) {
            return big.longValue();
        }
        throw new IllegalArgumentException("Unsupported map key for a Branchline object (must be a String or a "
                + "non-negative integer): " + (key == null ? "null" : key.getClass().getName() + " " + key));
    }
}
