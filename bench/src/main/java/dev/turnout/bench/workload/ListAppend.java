package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code list_append}: {@code SET xs = APPEND(xs, r.v)} for every row, starting from {@code []}; the result is
 * {@code {count, total, values}} (LENGTH, SUM and the list itself) — a list grown one element at a time by the
 * {@code APPEND} library function (issue 10, pattern 4). Input: {@link AccumulationRows}. The Java baseline adds to
 * the output {@code ArrayNode} (an {@code ArrayList}), sharing the input's number nodes, and sums in the same loop.
 */
public final class ListAppend extends RowsWorkload {
    public ListAppend() {
        super("list_append");
    }

    @Override
    public String input(int rows) {
        return AccumulationRows.document(rows, 10_004L);
    }

    @Override
    public JsonNode java(JsonNode input) {
        ObjectNode out = JsonTrees.object();
        ArrayNode values = JsonTrees.array();
        long total = 0;
        for (JsonNode r : input.get("rows")) {
            JsonNode v = r.get("v");
            values.add(v);
            total += v.longValue();
        }
        out.put("count", values.size());
        out.put("total", total);
        out.set("values", values);
        return out;
    }
}
