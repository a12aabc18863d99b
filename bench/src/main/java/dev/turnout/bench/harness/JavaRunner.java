package dev.turnout.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.turnout.bench.workload.JsonTrees;
import dev.turnout.bench.workload.Workload;

/** Runs a workload's hand-written Java baseline on input parsed once into a Jackson tree. */
public final class JavaRunner implements Runner {
    private final Workload workload;
    private final JsonNode input;

    public JavaRunner(Workload workload, String inputJson) {
        this.workload = workload;
        this.input = JsonTrees.parse(inputJson);
    }

    @Override
    public Object run() {
        return workload.java(input);
    }

    @Override
    public JsonNode tree(Object result) {
        return (JsonNode) result;
    }
}
