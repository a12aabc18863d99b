package dev.turnout.bench.harness;

import com.dashjoin.jsonata.Jsonata;
import com.fasterxml.jackson.databind.JsonNode;
import dev.turnout.bench.workload.JsonTrees;

/**
 * Runs a workload's JSONata version with the dashjoin Java port. That port works on plain Java values, so the input
 * is parsed once into a Jackson tree and converted once into {@code Map}/{@code List}/numbers/strings.
 */
public final class JsonataRunner implements Runner {
    private final Jsonata expression;
    private final Object input;

    public JsonataRunner(String source, String inputJson) {
        this.expression = Jsonata.jsonata(source);
        this.input = JsonTrees.MAPPER.convertValue(JsonTrees.parse(inputJson), Object.class);
    }

    @Override
    public Object run() {
        return expression.evaluate(input);
    }

    @Override
    public JsonNode tree(Object result) {
        return JsonTrees.MAPPER.valueToTree(result);
    }
}
