package dev.turnout.bench.workload;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * One benchmark workload: a Branchline program ({@code workloads/<name>.bl} on the class path), a deterministic
 * input generator, the hand-written Java baseline, and optional peer versions ({@code workloads/<name>.jslt},
 * {@code .jsonata}, {@code .jq}). Every version must compute the same result (see {@code Agreement}).
 */
public abstract class Workload {
    private final String name;

    protected Workload(String name) {
        this.name = name;
    }

    /** The workload's name, e.g. {@code group_aggregate}; also its resource file stem. */
    public final String name() {
        return name;
    }

    /** The JMH class that benchmarks this workload: {@code group_aggregate} → {@code GroupAggregateBenchmark}. */
    public final String benchmarkClassSimpleName() {
        StringBuilder out = new StringBuilder();
        for (String part : name.split("_")) {
            out.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
        }
        return out.append("Benchmark").toString();
    }

    /** The Branchline program's text. */
    public final String program() {
        return resource(name + ".bl").orElseThrow(() -> new IllegalStateException("missing workloads/" + name + ".bl"));
    }

    /** The peer's version of this workload, or empty if the peer cannot express it. */
    public final Optional<String> peerSource(Peer peer) {
        return resource(name + "." + peer.extension());
    }

    /** The input document as JSON text; the same text every time for a given scale (fixed random seed). */
    public abstract String input(Scale scale);

    /**
     * The hand-written Java baseline (the ceiling): computes the program's result from the input parsed as a
     * Jackson tree, building a Jackson tree.
     */
    public abstract JsonNode java(JsonNode input);

    private static Optional<String> resource(String file) {
        try (InputStream in = Workload.class.getResourceAsStream("/workloads/" + file)) {
            if (in == null) return Optional.empty();
            return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
