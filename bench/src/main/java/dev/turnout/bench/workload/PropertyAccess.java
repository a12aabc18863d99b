package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * {@code property_access}: one FOR loop over 10,000 records summing three fields (one of them two levels deep) —
 * member reads on input objects plus integer arithmetic. Input
 * {@code {"records": [{"id", "sku", "qty", "price", "dims": {"weight", "width"}, "active"}]}}, prices in cents.
 */
public final class PropertyAccess extends Workload {
    public PropertyAccess() {
        super("property_access");
    }

    @Override
    public String input(Scale scale) {
        SplittableRandom random = new SplittableRandom(20_240_101L);
        int count = scale == Scale.BENCH ? 10_000 : 200;
        ArrayNode records = JsonTrees.array();
        for (int i = 0; i < count; i++) {
            ObjectNode r = records.addObject();
            r.put("id", i);
            r.put("sku", "SKU-" + random.nextInt(100_000));
            r.put("qty", 1 + random.nextInt(20));
            r.put("price", 100 + random.nextInt(9_900));
            ObjectNode dims = r.putObject("dims");
            dims.put("weight", 1 + random.nextInt(5_000));
            dims.put("width", 1 + random.nextInt(200));
            r.put("active", random.nextBoolean());
        }
        ObjectNode in = JsonTrees.object();
        in.set("records", records);
        return JsonTrees.text(in);
    }

    @Override
    public JsonNode java(JsonNode input) {
        JsonNode records = input.get("records");
        long qty = 0;
        long value = 0;
        long weight = 0;
        for (JsonNode r : records) {
            long q = r.get("qty").longValue();
            qty += q;
            value += q * r.get("price").longValue();
            weight += r.get("dims").get("weight").longValue();
        }
        ObjectNode out = JsonTrees.object();
        out.put("records", records.size());
        out.put("qty", qty);
        out.put("value", value);
        out.put("weight", weight);
        return out;
    }
}
