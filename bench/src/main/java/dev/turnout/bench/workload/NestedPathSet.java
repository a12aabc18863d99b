package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code nested_path_set}: {@code SET acc.byKey[r.k] = {id, v, name}} on {@code LET acc = {byKey: {}}} for every
 * row — a SET through a two-segment path whose last key is dynamic, into an object that grows to rows / 10 keys; the
 * last row of each key wins (issue 10, pattern 2). Input: {@link AccumulationRows}. The Java baseline puts into the
 * output {@code ObjectNode} (a {@code LinkedHashMap}), sharing the input's value nodes.
 */
public final class NestedPathSet extends RowsWorkload {
    public NestedPathSet() {
        super("nested_path_set");
    }

    @Override
    public String input(int rows) {
        return AccumulationRows.document(rows, 10_002L);
    }

    @Override
    public JsonNode java(JsonNode input) {
        ObjectNode acc = JsonTrees.object();
        ObjectNode byKey = acc.putObject("byKey");
        for (JsonNode r : input.get("rows")) {
            ObjectNode entry = JsonTrees.object();
            entry.set("id", r.get("id"));
            entry.set("v", r.get("v"));
            entry.set("name", r.get("name"));
            byKey.set(r.get("k").textValue(), entry);
        }
        return acc;
    }
}
