package dev.turnout.bench.workload;

/**
 * The other JSON-transformation engines Turnout is compared with. Each workload may carry one source file per peer,
 * {@code workloads/<name>.<extension>}; a missing file means the peer cannot express that workload.
 */
public enum Peer {
    JSLT("jslt"),
    JSONATA("jsonata"),
    JQ("jq");

    private final String extension;

    Peer(String extension) {
        this.extension = extension;
    }

    /** File extension of this peer's workload sources, which is also its benchmark method's name. */
    public String extension() {
        return extension;
    }
}
