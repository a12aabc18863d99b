package dev.turnout.golden;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonStringEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Rewrites JSON text in one compact form that keeps every number's text exactly ({@code 2.0} stays {@code 2.0},
 * {@code 2} stays {@code 2}), so that golden outputs compare number kinds and key order, not just values.
 */
public final class CanonicalJson {
    private static final JsonFactory FACTORY = new JsonFactory();

    private CanonicalJson() {}

    public static String of(String json) {
        StringBuilder out = new StringBuilder();
        try (JsonParser p = FACTORY.createParser(json)) {
            boolean needComma = false;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case START_OBJECT, START_ARRAY -> {
                        if (needComma) out.append(',');
                        out.append(t == JsonToken.START_OBJECT ? '{' : '[');
                        needComma = false;
                    }
                    case END_OBJECT, END_ARRAY -> {
                        out.append(t == JsonToken.END_OBJECT ? '}' : ']');
                        needComma = true;
                    }
                    case FIELD_NAME -> {
                        if (needComma) out.append(',');
                        quote(out, p.getText()).append(':');
                        needComma = false;
                    }
                    default -> {
                        if (needComma) out.append(',');
                        if (t == JsonToken.VALUE_STRING) quote(out, p.getText());
                        else out.append(p.getText());
                        needComma = true;
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + json, e);
        }
        return out.toString();
    }

    private static StringBuilder quote(StringBuilder out, String s) {
        out.append('"');
        out.append(JsonStringEncoder.getInstance().quoteAsString(s));
        return out.append('"');
    }
}
