package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * {@code fib}: the doubly recursive Fibonacci FUNC — call overhead (242,785 calls for n = 25). Input
 * {@code {"n": n}}.
 */
public final class Fib extends Workload {
    public Fib() {
        super("fib");
    }

    @Override
    public String input(Scale scale) {
        ObjectNode in = JsonTrees.object();
        in.put("n", scale == Scale.BENCH ? 25 : 15);
        return JsonTrees.text(in);
    }

    @Override
    public JsonNode java(JsonNode input) {
        long n = input.get("n").longValue();
        ObjectNode out = JsonTrees.object();
        out.put("n", n);
        out.put("fib", fib(n));
        return out;
    }

    private static long fib(long n) {
        return n < 2 ? n : fib(n - 1) + fib(n - 2);
    }
}
