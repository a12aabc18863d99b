/**
 * The JMH benchmarks. An application module that exports nothing: benchmarks.jar (the shaded jar JMH runs, with
 * its forks) is a class-path jar and the shade plugin leaves every module-info.class out of it; this descriptor
 * is what {@code javac} checks the module's dependencies against.
 *
 * <p>{@code jslt} is an automatic module named after its jar file (jslt-0.1.14.jar has no module-info and no
 * Automatic-Module-Name); {@code jmh.core} likewise. Maven warns about both; the module is never published.
 */
@SuppressWarnings("requires-automatic") // jmh.core, jslt, jackson-jq: see above
module dev.turnout.bench {
    requires dev.turnout.engine;
    // No API is used: the "jit" tier of every benchmark needs the provider in the configuration.
    requires dev.turnout.jit;

    requires jmh.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires jslt;
    requires com.dashjoin.jsonata;
    requires net.thisptr.jackson.jq;
}
