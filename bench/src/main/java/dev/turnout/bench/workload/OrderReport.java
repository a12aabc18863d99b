package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * {@code order_report}: a realistic ETL step. Index 200 customers by id, compute each shipped order's net total
 * (line totals, integer discount), keep those above a minimum, sum revenue overall and per customer tier, rank
 * by net (descending, ties by id descending) and format the top entries as money strings. Input
 * {@code {"minTotal", "top", "customers": [{"id", "name", "tier", "country"}], "orders": [{"id", "customerId",
 * "status", "discountPct", "lines": [{"sku", "qty", "unitPrice"}]}]}}, amounts in cents.
 */
public final class OrderReport extends Workload {
    private static final String[] TIERS = {"gold", "silver", "bronze"};
    private static final String[] STATUSES = {"shipped", "shipped", "shipped", "pending", "cancelled"};
    private static final int[] DISCOUNTS = {0, 0, 5, 10, 15};

    public OrderReport() {
        super("order_report");
    }

    @Override
    public String input(Scale scale) {
        SplittableRandom random = new SplittableRandom(8_080L);
        int customers = scale == Scale.BENCH ? 200 : 20;
        int orders = scale == Scale.BENCH ? 2_000 : 100;
        ObjectNode in = JsonTrees.object();
        in.put("minTotal", 5_000);
        in.put("top", scale == Scale.BENCH ? 20 : 5);
        ArrayNode cs = in.putArray("customers");
        for (int i = 0; i < customers; i++) {
            ObjectNode c = cs.addObject();
            c.put("id", "C" + (1_000 + i));
            c.put("name", "Customer " + i);
            c.put("tier", TIERS[random.nextInt(TIERS.length)]);
            c.put("country", random.nextBoolean() ? "NO" : "SE");
        }
        ArrayNode os = in.putArray("orders");
        for (int i = 0; i < orders; i++) {
            ObjectNode o = os.addObject();
            o.put("id", "O" + (100_000 + i));
            o.put("customerId", "C" + (1_000 + random.nextInt(customers)));
            o.put("status", STATUSES[random.nextInt(STATUSES.length)]);
            o.put("discountPct", DISCOUNTS[random.nextInt(DISCOUNTS.length)]);
            ArrayNode lines = o.putArray("lines");
            for (int l = 1 + random.nextInt(5); l > 0; l--) {
                ObjectNode line = lines.addObject();
                line.put("sku", "SKU-" + random.nextInt(1_000));
                line.put("qty", 1 + random.nextInt(10));
                line.put("unitPrice", 99 + random.nextInt(19_900));
            }
        }
        return JsonTrees.text(in);
    }

    /** One qualifying order of the report. */
    private record Row(String id, String customer, String tier, int lines, long net) {}

    @Override
    public JsonNode java(JsonNode input) {
        Map<String, JsonNode> customers = new HashMap<>();
        for (JsonNode c : input.get("customers")) customers.put(c.get("id").textValue(), c);
        long minTotal = input.get("minTotal").longValue();
        List<Row> rows = new ArrayList<>();
        Map<String, Long> byTier = new LinkedHashMap<>();
        long revenue = 0;
        for (JsonNode o : input.get("orders")) {
            if (!"shipped".equals(o.get("status").textValue())) continue;
            long gross = 0;
            for (JsonNode line : o.get("lines")) {
                gross += line.get("qty").longValue() * line.get("unitPrice").longValue();
            }
            long net = gross - gross * o.get("discountPct").longValue() / 100;
            if (net < minTotal) continue;
            JsonNode customer = customers.get(o.get("customerId").textValue());
            String tier = customer.get("tier").textValue();
            String name = customer.get("name").textValue();
            rows.add(new Row(o.get("id").textValue(), name, tier, o.get("lines").size(), net));
            byTier.merge(tier, net, Long::sum);
            revenue += net;
        }
        List<Row> ranked = new ArrayList<>(rows);
        ranked.sort(Comparator.comparingLong(Row::net).thenComparing(Row::id).reversed());
        ObjectNode out = JsonTrees.object();
        out.put("orders", rows.size());
        out.put("revenue", money(revenue));
        ObjectNode tiers = out.putObject("byTier");
        byTier.forEach((tier, total) -> tiers.put(tier, money(total)));
        ArrayNode top = out.putArray("top");
        int n = input.get("top").intValue();
        for (int i = 0; i < n; i++) {
            Row r = ranked.get(i);
            ObjectNode entry = top.addObject();
            entry.put("rank", i + 1);
            entry.put("line", r.id() + " " + r.customer() + " [" + r.tier() + "] " + money(r.net()));
        }
        return out;
    }

    private static String money(long cents) {
        long rest = cents % 100;
        return (cents / 100) + "." + (rest < 10 ? "0" : "") + rest;
    }
}
