package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.SplittableRandom;

/**
 * The input of the five accumulation workloads ({@link KeyedAggregation}, {@link NestedPathSet},
 * {@link StringAccumulation}, {@link ListAppend}, {@link ReducePut}):
 * {@code {"rows": [{"id": i, "k": "k<j>", "name": "<letters>", "v": 1..9}]}}, each workload reading the fields it
 * needs. The key {@code k} is one of {@code max(1, rows / 10)} distinct strings, so the keyed accumulators grow with
 * the input (about ten rows per key, the last of which wins where a row replaces its key's value); {@code name} is
 * 4 to 9 lowercase ASCII letters (so every engine counts the same string length).
 */
final class AccumulationRows {
    private AccumulationRows() {}

    static String document(int rows, long seed) {
        if (rows < 0) throw new IllegalArgumentException("rows must not be negative: " + rows);
        SplittableRandom random = new SplittableRandom(seed);
        int keys = Math.max(1, rows / 10);
        ArrayNode list = JsonTrees.array();
        for (int i = 0; i < rows; i++) {
            ObjectNode r = list.addObject();
            r.put("id", i);
            r.put("k", "k" + random.nextInt(keys));
            r.put("name", name(random));
            r.put("v", 1 + random.nextInt(9));
        }
        ObjectNode in = JsonTrees.object();
        in.set("rows", list);
        return JsonTrees.text(in);
    }

    private static String name(SplittableRandom random) {
        char[] letters = new char[4 + random.nextInt(6)];
        for (int i = 0; i < letters.length; i++) letters[i] = (char) ('a' + random.nextInt(26));
        return new String(letters);
    }
}
