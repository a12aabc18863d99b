package dev.turnout.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.turnout.bench.workload.JsonTrees;
import java.util.ArrayList;
import java.util.List;
import net.thisptr.jackson.jq.BuiltinFunctionLoader;
import net.thisptr.jackson.jq.JsonQuery;
import net.thisptr.jackson.jq.Scope;
import net.thisptr.jackson.jq.Versions;
import net.thisptr.jackson.jq.exception.JsonQueryException;

/**
 * Runs a workload's jq version with jackson-jq (jq 1.7 dialect) on input parsed once into a Jackson tree. The
 * built-in functions are loaded once into a root scope; every run gets a fresh child scope. A jq program may
 * emit several values; the workloads' programs emit exactly one.
 */
public final class JqRunner implements Runner {
    private final Scope root;
    private final JsonQuery query;
    private final JsonNode input;

    public JqRunner(String source, String inputJson) {
        this.root = Scope.newEmptyScope();
        BuiltinFunctionLoader.getInstance().loadFunctions(Versions.JQ_1_7, root);
        try {
            this.query = JsonQuery.compile(source, Versions.JQ_1_7);
        } catch (JsonQueryException e) {
            throw new IllegalArgumentException("jq program does not compile: " + e.getMessage(), e);
        }
        this.input = JsonTrees.parse(inputJson);
    }

    @Override
    public Object run() {
        List<JsonNode> outputs = new ArrayList<>(1);
        try {
            query.apply(Scope.newChildScope(root), input, outputs::add);
        } catch (JsonQueryException e) {
            throw new IllegalStateException("jq program failed: " + e.getMessage(), e);
        }
        if (outputs.size() != 1) throw new IllegalStateException("jq program emitted " + outputs.size() + " values");
        return outputs.get(0);
    }

    @Override
    public JsonNode tree(Object result) {
        return (JsonNode) result;
    }
}
