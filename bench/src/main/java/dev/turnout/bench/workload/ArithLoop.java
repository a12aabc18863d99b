package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code arith_loop}: a FUNC whose FOR loop over {@code RANGE(n)} accumulates {@code i * i % 7} with SET — pure
 * integer arithmetic and loop overhead, no data structures. Input {@code {"n": n}}.
 */
public final class ArithLoop extends Workload {
    public ArithLoop() {
        super("arith_loop");
    }

    @Override
    public String input(Scale scale) {
        ObjectNode in = JsonTrees.object();
        in.put("n", scale == Scale.BENCH ? 50_000 : 1_000);
        return JsonTrees.text(in);
    }

    @Override
    public JsonNode java(JsonNode input) {
        long n = input.get("n").longValue();
        long total = 0;
        for (long i = 0; i < n; i++) {
            total += i * i % 7;
        }
        ObjectNode out = JsonTrees.object();
        out.put("n", n);
        out.put("result", total);
        return out;
    }
}
