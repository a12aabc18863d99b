package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * {@code map_filter_reduce}: MAP, FILTER (twice, one lambda capturing {@code input}), REDUCE and COUNT over 10,000
 * numbers — lambda calls from the higher-order library functions. Input {@code {"threshold", "numbers": [...]}};
 * squares stay below 2^53 so the double-only peers compute exactly.
 */
public final class MapFilterReduce extends Workload {
    public MapFilterReduce() {
        super("map_filter_reduce");
    }

    @Override
    public String input(Scale scale) {
        SplittableRandom random = new SplittableRandom(4_242L);
        int count = scale == Scale.BENCH ? 10_000 : 300;
        ObjectNode in = JsonTrees.object();
        in.put("threshold", 2_500_000_000L);
        ArrayNode numbers = in.putArray("numbers");
        for (int i = 0; i < count; i++) {
            numbers.add(random.nextInt(100_000));
        }
        return JsonTrees.text(in);
    }

    @Override
    public JsonNode java(JsonNode input) {
        long threshold = input.get("threshold").longValue();
        long count = 0;
        long total = 0;
        long big = 0;
        for (JsonNode number : input.get("numbers")) {
            long x = number.longValue();
            long square = x * x;
            if (square % 2 == 1) {
                count++;
                total += square;
            }
            if (square > threshold) big++;
        }
        ObjectNode out = JsonTrees.object();
        out.put("count", count);
        out.put("total", total);
        out.put("big", big);
        return out;
    }
}
