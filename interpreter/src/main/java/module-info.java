/**
 * The embedding API ({@code dev.turnout}: {@code Engine}, {@code Program}, {@code UserFunction}), the bytecode
 * interpreter, and the tier SPI ({@code dev.turnout.tier}) a compiling tier implements. {@code requires transitive}
 * because the API throws {@code dev.turnout.errors} exceptions: a module that reads this one reads those too.
 */
module dev.turnout.engine {
    requires transitive dev.turnout.ir;

    exports dev.turnout;
    exports dev.turnout.tier;

    /** The compiling tier, if one is in the configuration (dev.turnout.jit); none means interpreter only. */
    uses dev.turnout.tier.TierCompiler;
}
