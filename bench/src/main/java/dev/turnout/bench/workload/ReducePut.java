package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code reduce_put}: {@code REDUCE(input.rows, {}, (acc, r) -> PUT(acc, r.k, r.v))}; the result is
 * {@code {keys, byKey}} — an object threaded through a lambda as REDUCE's accumulator and grown by PUT to rows / 10
 * keys, the last row of each key winning (issue 10, pattern 5). Input: {@link AccumulationRows}. The Java baseline
 * puts into the output {@code ObjectNode} (a {@code LinkedHashMap}).
 */
public final class ReducePut extends RowsWorkload {
    public ReducePut() {
        super("reduce_put");
    }

    @Override
    public String input(int rows) {
        return AccumulationRows.document(rows, 10_005L);
    }

    @Override
    public JsonNode java(JsonNode input) {
        ObjectNode byKey = JsonTrees.object();
        for (JsonNode r : input.get("rows")) {
            byKey.set(r.get("k").textValue(), r.get("v"));
        }
        ObjectNode out = JsonTrees.object();
        out.put("keys", byKey.size());
        out.set("byKey", byKey);
        return out;
    }
}
