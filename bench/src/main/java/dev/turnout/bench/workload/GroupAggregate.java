package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code group_aggregate}: groups 10,000 records into 25 categories with {@code APPEND TO groups.[key]}, then
 * computes count, SUM and AVG per group into an object keyed by category — dynamic keys, in-place appends and
 * aggregate functions. Input {@code {"records": [{"id", "category", "region", "amount"}]}}.
 */
public final class GroupAggregate extends Workload {
    public GroupAggregate() {
        super("group_aggregate");
    }

    @Override
    public String input(Scale scale) {
        SplittableRandom random = new SplittableRandom(1_234L);
        int count = scale == Scale.BENCH ? 10_000 : 300;
        ArrayNode records = JsonTrees.array();
        for (int i = 0; i < count; i++) {
            ObjectNode r = records.addObject();
            r.put("id", i);
            r.put("category", "cat-" + random.nextInt(25));
            r.put("region", random.nextBoolean() ? "north" : "south");
            r.put("amount", 1 + random.nextInt(10_000));
        }
        ObjectNode in = JsonTrees.object();
        in.set("records", records);
        return JsonTrees.text(in);
    }

    @Override
    public JsonNode java(JsonNode input) {
        Map<String, List<Long>> groups = new LinkedHashMap<>();
        for (JsonNode r : input.get("records")) {
            groups.computeIfAbsent(r.get("category").textValue(), k -> new ArrayList<>())
                    .add(r.get("amount").longValue());
        }
        ObjectNode summary = JsonTrees.object();
        for (Map.Entry<String, List<Long>> group : groups.entrySet()) {
            List<Long> amounts = group.getValue();
            long total = 0;
            for (long amount : amounts) total += amount;
            ObjectNode s = summary.putObject(group.getKey());
            s.put("count", amounts.size());
            s.put("total", total);
            s.put("avg", (double) total / amounts.size());
        }
        ObjectNode out = JsonTrees.object();
        out.put("groups", summary.size());
        out.set("byCategory", summary);
        return out;
    }
}
