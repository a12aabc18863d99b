package dev.turnout.bench.harness;

import dev.turnout.bench.workload.Peer;
import dev.turnout.bench.workload.Workload;
import java.util.Locale;

/**
 * The implementations every workload is measured with; {@link #methodName()} is the name of the matching
 * {@code @Benchmark} method. Turnout itself is prepared per tier ({@link #turnout}); the others by
 * {@link #prepare}.
 */
public enum Implementation {
    TURNOUT(null),
    JAVA(null),
    JSLT(Peer.JSLT),
    JSONATA(Peer.JSONATA),
    JQ(Peer.JQ);

    private final Peer peer;

    Implementation(Peer peer) {
        this.peer = peer;
    }

    public String methodName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The implementation a {@code @Benchmark} method of that name measures. */
    public static Implementation forMethod(String methodName) {
        for (Implementation impl : values()) {
            if (impl.methodName().equals(methodName)) return impl;
        }
        throw new IllegalArgumentException("no implementation for benchmark method '" + methodName + "'");
    }

    /** Whether this implementation has a version of the workload (a peer may not be able to express it). */
    public boolean supports(Workload workload) {
        return peer == null || workload.peerSource(peer).isPresent();
    }

    /** Compiles this implementation's version of the workload and parses the input (Turnout: the interpreter). */
    public Runner prepare(WorkloadInput input) {
        Workload workload = input.workload();
        return switch (this) {
            case TURNOUT -> turnout(input, Tiers.INTERPRETER);
            case JAVA -> new JavaRunner(workload, input.json());
            case JSLT -> new JsltRunner(workload.name() + ".jslt", source(workload), input.json());
            case JSONATA -> new JsonataRunner(source(workload), input.json());
            case JQ -> new JqRunner(source(workload), input.json());
        };
    }

    /** Turnout at the given tier on the workload's input. */
    public static TurnoutRunner turnout(WorkloadInput input, String tier) {
        Workload workload = input.workload();
        return new TurnoutRunner(Tiers.engine(tier), workload.name() + ".bl", workload.program(), input.json());
    }

    private String source(Workload workload) {
        return workload.peerSource(peer).orElseThrow(() -> new IllegalStateException(
                methodName() + " cannot express workload " + workload.name() + " (no workloads/" + workload.name()
                        + "." + peer.extension() + ")"));
    }
}
