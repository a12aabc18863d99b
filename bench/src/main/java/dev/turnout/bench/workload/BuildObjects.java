package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * {@code build_objects}: an array comprehension that builds 10,000 small objects (five fields, one of them a
 * two-element array) — allocation of result objects. Input {@code {"items": [{"id", "code", "v"}]}}.
 */
public final class BuildObjects extends Workload {
    public BuildObjects() {
        super("build_objects");
    }

    @Override
    public String input(Scale scale) {
        SplittableRandom random = new SplittableRandom(7_777L);
        int count = scale == Scale.BENCH ? 10_000 : 200;
        ArrayNode items = JsonTrees.array();
        for (int i = 0; i < count; i++) {
            ObjectNode item = items.addObject();
            item.put("id", i);
            item.put("code", "c" + Integer.toHexString(random.nextInt(1 << 20)));
            item.put("v", random.nextInt(1_000));
        }
        ObjectNode in = JsonTrees.object();
        in.set("items", items);
        return JsonTrees.text(in);
    }

    @Override
    public JsonNode java(JsonNode input) {
        JsonNode items = input.get("items");
        ArrayNode objects = JsonTrees.array();
        for (JsonNode item : items) {
            long id = item.get("id").longValue();
            long v = item.get("v").longValue();
            ObjectNode o = objects.addObject();
            o.put("id", id);
            o.set("code", item.get("code"));
            o.put("scaled", v * 3);
            o.put("even", v % 2 == 0);
            o.putArray("pair").add(id).add(v);
        }
        ObjectNode out = JsonTrees.object();
        out.put("count", objects.size());
        out.set("objects", objects);
        return out;
    }
}
