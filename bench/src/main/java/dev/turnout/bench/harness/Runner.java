package dev.turnout.bench.harness;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * One implementation of one workload, compiled and with its input already parsed into the implementation's own
 * data model: {@link #run()} is exactly the work a benchmark operation times.
 */
public interface Runner {
    /** Runs the transformation once on the prepared input and returns its result in the engine's own model. */
    Object run();

    /** A result of {@link #run()} as a Jackson tree, for comparison (never timed). */
    JsonNode tree(Object result);
}
