/** The {@code turnout} command. An application module: exports nothing. */
module dev.turnout.cli {
    requires dev.turnout.engine;
    // No API is used; requiring it keeps the JIT in every configuration that resolves the CLI.
    requires dev.turnout.jit;
    requires info.picocli;

    /** The bench command reports whether a compiling tier is present. */
    uses dev.turnout.tier.TierCompiler;

    // picocli reads the @Command/@Option fields and creates the command objects reflectively.
    opens dev.turnout.cli to info.picocli;
}
