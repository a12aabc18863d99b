package dev.turnout.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import com.schibsted.spt.data.jslt.Expression;
import com.schibsted.spt.data.jslt.Parser;
import dev.turnout.bench.workload.JsonTrees;
import java.io.StringReader;

/**
 * Runs a workload's JSLT version on input parsed once into a Jackson tree. JSLT drops object members whose value
 * is null, {@code {}} or {@code []} by default; the object filter {@code true} keeps them, as every other
 * implementation does.
 */
public final class JsltRunner implements Runner {
    private final Expression expression;
    private final JsonNode input;

    public JsltRunner(String name, String source, String inputJson) {
        this.expression = new Parser(new StringReader(source)).withSource(name).withObjectFilter("true").compile();
        this.input = JsonTrees.parse(inputJson);
    }

    @Override
    public Object run() {
        return expression.apply(input);
    }

    @Override
    public JsonNode tree(Object result) {
        return (JsonNode) result;
    }
}
