package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * {@code nested_loop_join}: joins 1,000 orders with 100 customers by key with a nested FOR … WHERE (100,000
 * comparisons) and APPENDs a joined row per match — loop and comparison overhead. About 5% of the orders name an
 * unknown customer and produce no row. Every implementation, the Java baseline included, uses the nested loop.
 */
public final class NestedLoopJoin extends Workload {
    private static final String[] COUNTRIES = {"NO", "SE", "DK", "FI", "DE", "FR", "NL", "PT"};

    public NestedLoopJoin() {
        super("nested_loop_join");
    }

    @Override
    public String input(Scale scale) {
        SplittableRandom random = new SplittableRandom(99L);
        int customers = scale == Scale.BENCH ? 100 : 20;
        int orders = scale == Scale.BENCH ? 1_000 : 100;
        ObjectNode in = JsonTrees.object();
        ArrayNode cs = in.putArray("customers");
        for (int i = 0; i < customers; i++) {
            ObjectNode c = cs.addObject();
            c.put("id", "C" + (1_000 + i));
            c.put("name", "Customer " + i);
            c.put("country", COUNTRIES[random.nextInt(COUNTRIES.length)]);
        }
        ArrayNode os = in.putArray("orders");
        for (int i = 0; i < orders; i++) {
            ObjectNode o = os.addObject();
            o.put("id", "O" + (100_000 + i));
            o.put("customerId", random.nextInt(20) == 0 ? "C9999" : "C" + (1_000 + random.nextInt(customers)));
            o.put("amount", 100 + random.nextInt(50_000));
        }
        return JsonTrees.text(in);
    }

    @Override
    public JsonNode java(JsonNode input) {
        JsonNode customers = input.get("customers");
        ArrayNode rows = JsonTrees.array();
        for (JsonNode o : input.get("orders")) {
            String customerId = o.get("customerId").textValue();
            for (JsonNode c : customers) {
                if (c.get("id").textValue().equals(customerId)) {
                    ObjectNode row = rows.addObject();
                    row.set("order", o.get("id"));
                    row.set("customer", c.get("name"));
                    row.set("country", c.get("country"));
                    row.set("amount", o.get("amount"));
                }
            }
        }
        ObjectNode out = JsonTrees.object();
        out.put("count", rows.size());
        out.set("rows", rows);
        return out;
    }
}
