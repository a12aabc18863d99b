package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code string_accumulation}: {@code SET s = s + r.name + ","} for every row, starting from {@code ""}; the result
 * is {@code {length, text}} — a string grown by concatenation to about 7.5 characters per row (issue 10,
 * pattern 3). Input: {@link AccumulationRows}. The Java baseline appends to a {@link StringBuilder}.
 */
public final class StringAccumulation extends RowsWorkload {
    public StringAccumulation() {
        super("string_accumulation");
    }

    @Override
    public String input(int rows) {
        return AccumulationRows.document(rows, 10_003L);
    }

    @Override
    public JsonNode java(JsonNode input) {
        StringBuilder s = new StringBuilder();
        for (JsonNode r : input.get("rows")) {
            s.append(r.get("name").textValue()).append(',');
        }
        ObjectNode out = JsonTrees.object();
        out.put("length", s.length());
        out.put("text", s.toString());
        return out;
    }
}
