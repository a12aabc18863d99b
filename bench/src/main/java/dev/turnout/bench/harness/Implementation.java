package dev.turnout.bench.harness;

import dev.turnout.bench.workload.Peer;
import dev.turnout.bench.workload.Scale;
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
    public Runner prepare(Workload workload, Scale scale) {
        String input = workload.input(scale);
        return switch (this) {
            case TURNOUT -> turnout(workload, input, Tiers.INTERPRETER);
            case JAVA -> new JavaRunner(workload, input);
            case JSLT -> new JsltRunner(workload.name() + ".jslt", source(workload), input);
            case JSONATA -> new JsonataRunner(source(workload), input);
            case JQ -> new JqRunner(source(workload), input);
        };
    }

    /** Turnout at the given tier on the workload's input text. */
    public static TurnoutRunner turnout(Workload workload, String input, String tier) {
        return new TurnoutRunner(Tiers.engine(tier), workload.name() + ".bl", workload.program(), input);
    }

    private String source(Workload workload) {
        return workload.peerSource(peer).orElseThrow(() -> new IllegalStateException(
                methodName() + " cannot express workload " + workload.name() + " (no workloads/" + workload.name()
                        + "." + peer.extension() + ")"));
    }
}
