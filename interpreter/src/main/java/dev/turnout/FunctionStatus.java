package dev.turnout;

/**
 * A snapshot of one function of a {@link Program} for tools and tests: how often it ran interpreted, which tier
 * runs it now, and why a tier compiler declined it. Reading it changes nothing.
 *
 * <pre>{@code
 * for (FunctionStatus f : program.functionStatus()) System.out.println(f.name() + " " + f.tier());
 * }</pre>
 *
 * @param name          the display name used in stacks: {@code transform T}, {@code FUNC f}, {@code lambda@3:9}
 * @param tier          {@code interpreted}, {@code queued}, {@code compiled} or {@code declined}
 * @param invocations   interpreted invocations so far
 * @param backEdges     interpreted loop back-edges so far
 * @param compileMicros how long the tier compiler took, -1 before it ran
 * @param declineReason why the tier compiler declined, or null
 */
public record FunctionStatus(String name, Tier tier, int invocations, int backEdges, long compileMicros,
                             String declineReason) {
    /** Where a function runs. */
    public enum Tier {
        /** In the interpreter; not hot yet. */
        INTERPRETED,
        /** Submitted to the tier compiler. */
        QUEUED,
        /** Compiled code runs it. */
        COMPILED,
        /** The compiler declined or failed; it stays interpreted. */
        DECLINED
    }

    public boolean isCompiled() {
        return tier == Tier.COMPILED;
    }
}
