package dev.turnout.cli;

import dev.turnout.Engine;
import java.time.Duration;
import picocli.CommandLine.Option;

/**
 * The resource limits for untrusted programs ({@code docs/limits.md}), as options of {@code turnout run}. Each
 * maps to the {@link Engine.Builder} setting of the same name; exceeding one is a runtime error (exit 1).
 */
final class LimitOptions {
    @Option(names = "--max-steps", paramLabel = "N",
            description = "Stop a run after N loop iterations and calls. Default: unlimited.")
    Long maxSteps;

    @Option(names = "--timeout", paramLabel = "MILLIS",
            description = "Stop a run after MILLIS milliseconds of wall-clock time. Default: unlimited.")
    Long timeoutMillis;

    @Option(names = "--max-output-size", paramLabel = "CHARS",
            description = "Fail a run whose JSON result exceeds CHARS characters. Default: unlimited.")
    Long maxOutputSize;

    @Option(names = "--max-value-size", paramLabel = "N",
            description = "Fail a run that builds a string or array larger than N characters/elements. "
                    + "Default: 50000000.")
    Long maxValueSize;

    @Option(names = "--max-number-digits", paramLabel = "N",
            description = "Fail a run that would build a big integer or decimal of more than N digits (at least 20). "
                    + "Default: the system property turnout.maxNumberDigits, else 10000.")
    Long maxNumberDigits;

    @Option(names = "--max-call-depth", paramLabel = "N",
            description = "Deepest function-call nesting (a catchable StackOverflowError beyond). Default: 10000.")
    Integer maxCallDepth;

    @Option(names = "--max-input-depth", paramLabel = "N",
            description = "Deepest nesting of arrays and objects in the input (malformed input, exit 3, beyond). "
                    + "Default: 1000.")
    Integer maxInputDepth;

    void applyTo(Engine.Builder engine) {
        if (maxSteps != null) engine.maxSteps(maxSteps);
        if (timeoutMillis != null) engine.timeout(Duration.ofMillis(timeoutMillis));
        if (maxOutputSize != null) engine.maxOutputSize(maxOutputSize);
        if (maxValueSize != null) engine.maxValueSize(maxValueSize);
        if (maxNumberDigits != null) engine.maxNumberDigits(maxNumberDigits);
        if (maxCallDepth != null) engine.maxCallDepth(maxCallDepth);
        if (maxInputDepth != null) engine.maxInputDepth(maxInputDepth);
    }
}
