package dev.turnout.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.bench.workload.JsonTrees;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.json.JsonReader;
import dev.turnout.runtime.json.JsonWriter;

/** Runs a workload's Branchline program with Turnout on input parsed once into Turnout's value model. */
public final class TurnoutRunner implements Runner {
    private final Program program;
    private final ObjectValue input;

    public TurnoutRunner(Engine engine, String programName, String source, String inputJson) {
        this.program = engine.compile(programName, source);
        this.input = JsonReader.parseDocument(inputJson);
    }

    @Override
    public Object run() {
        return program.runValue(input);
    }

    @Override
    public JsonNode tree(Object result) {
        return JsonTrees.parse(JsonWriter.write(result));
    }
}
