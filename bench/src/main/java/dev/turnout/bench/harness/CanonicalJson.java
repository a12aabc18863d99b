package dev.turnout.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.turnout.bench.workload.JsonTrees;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;

/**
 * Turns a result into a canonical JSON string, so results of different engines compare by plain string equality.
 *
 * <ul>
 *   <li>Object members are sorted by key: Branchline object equality ignores key order (LANGUAGE.md §8.6), and
 *       the peers do not all keep insertion order (jq's {@code group_by}, JSONata's grouping).</li>
 *   <li>Numbers are compared by value: a number is written as the shortest plain decimal of its value
 *       ({@code BigDecimal.stripTrailingZeros().toPlainString()}), so {@code 3}, {@code 3.0} (JSONata and jq only
 *       have doubles) and {@code 3.00} are all {@code 3}, and {@code 1.0E7} is {@code 10000000}. A double is read
 *       from its shortest round-trip text ({@code Double.toString}), so two doubles are equal exactly when they are
 *       the same double; there is no tolerance.</li>
 *   <li>Array order, strings, booleans and nulls are kept as they are.</li>
 * </ul>
 */
public final class CanonicalJson {
    private CanonicalJson() {}

    /** The canonical text of JSON text. */
    public static String of(String json) {
        return of(JsonTrees.parse(json));
    }

    /** The canonical text of a Jackson tree. */
    public static String of(JsonNode node) {
        StringBuilder out = new StringBuilder();
        write(node, out);
        return out.toString();
    }

    private static void write(JsonNode node, StringBuilder out) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            out.append("null");
        } else if (node.isObject()) {
            List<String> keys = new ArrayList<>();
            node.fieldNames().forEachRemaining(keys::add);
            Collections.sort(keys);
            out.append('{');
            for (int i = 0; i < keys.size(); i++) {
                if (i > 0) out.append(',');
                out.append(JsonTrees.MAPPER.getNodeFactory().textNode(keys.get(i)).toString()).append(':');
                write(((ObjectNode) node).get(keys.get(i)), out);
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            Iterator<JsonNode> elements = ((ArrayNode) node).elements();
            for (boolean first = true; elements.hasNext(); first = false) {
                if (!first) out.append(',');
                write(elements.next(), out);
            }
            out.append(']');
        } else if (node.isNumber()) {
            out.append(number(node));
        } else {
            out.append(node.toString()); // strings (quoted and escaped) and booleans
        }
    }

    private static String number(JsonNode node) {
        BigDecimal value;
        if (node.isFloatingPointNumber() && !node.isBigDecimal()) {
            double d = node.doubleValue();
            if (Double.isNaN(d) || Double.isInfinite(d)) return Double.toString(d);
            value = new BigDecimal(Double.toString(d));
        } else {
            value = node.decimalValue();
        }
        if (value.signum() == 0) return "0";
        return value.stripTrailingZeros().toPlainString();
    }
}
