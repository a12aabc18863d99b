package dev.turnout.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.turnout.Program;
import dev.turnout.bench.workload.Scale;
import dev.turnout.bench.workload.Workload;
import dev.turnout.bench.workload.Workloads;
import dev.turnout.FunctionStatus;
import dev.turnout.runtime.json.JsonReader;
import dev.turnout.runtime.json.JsonWriter;
import org.junit.jupiter.api.Test;

class TiersTest {
    @Test
    void unknownTier_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> Tiers.engine("turbo"));
    }

    @Test
    void everyWorkload_givesTheSameResultInterpretedAndCompiled_andCompilesCompletely() {
        for (Workload w : Workloads.all()) {
            Program interpreted = Tiers.engine(Tiers.INTERPRETER).compile(w.name() + ".bl", w.program());
            Program compiled = Tiers.engine(Tiers.JIT).compile(w.name() + ".bl", w.program());
            String input = w.input(Scale.TEST);
            String expected = JsonWriter.write(interpreted.runValue(JsonReader.parseDocument(input)));
            for (int run = 0; run < 3; run++) {
                assertEquals(expected, JsonWriter.write(compiled.runValue(JsonReader.parseDocument(input))), w.name());
            }
            for (FunctionStatus fn : compiled.functionStatus()) {
                assertEquals(FunctionStatus.Tier.COMPILED, fn.tier(), w.name() + " " + fn.name() + ": " + fn.declineReason());
            }
        }
    }
}
