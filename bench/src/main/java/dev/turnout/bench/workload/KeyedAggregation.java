package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code keyed_aggregation}: a running sum per dynamic key, {@code SET counts[r.k] = (counts[r.k] ?? 0) + r.v} in a
 * {@code FOR EACH} over the rows, the result is {@code counts} — one SET per row into an object that grows to
 * rows / 10 keys (issue 10, pattern 1). Input: {@link AccumulationRows}. The Java baseline sums into a
 * {@link LinkedHashMap} with {@code merge}.
 */
public final class KeyedAggregation extends RowsWorkload {
    public KeyedAggregation() {
        super("keyed_aggregation");
    }

    @Override
    public String input(int rows) {
        return AccumulationRows.document(rows, 10_001L);
    }

    @Override
    public JsonNode java(JsonNode input) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (JsonNode r : input.get("rows")) {
            counts.merge(r.get("k").textValue(), r.get("v").longValue(), Long::sum);
        }
        ObjectNode out = JsonTrees.object();
        for (Map.Entry<String, Long> e : counts.entrySet()) out.put(e.getKey(), e.getValue().longValue());
        return out;
    }
}
