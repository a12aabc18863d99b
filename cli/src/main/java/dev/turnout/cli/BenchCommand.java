package dev.turnout.cli;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.errors.MalformedInputException;
import dev.turnout.errors.TransformException;
import dev.turnout.FunctionStatus;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.json.JsonReader;
import dev.turnout.tier.TierCompiler;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.ServiceLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code turnout bench PROGRAM.bl --input FILE [--seconds N]}: a quick side-by-side of the two tiers on one
 * program and one input. It checks first that the interpreter and the JIT give the same result, warms each tier
 * up, runs each for N seconds and prints runs, operations per second and the JIT/interpreter ratio.
 *
 * <p>One operation is {@link Program#runValue}: the input is parsed once beforehand and the result is not
 * written as JSON, as in the JMH benchmarks ({@code bench/README.md}), which remain the tool for numbers worth
 * publishing. This command is for "is the JIT helping this program, roughly how much" questions.
 */
@Command(name = "bench",
        description = {
            "Run a program in the interpreter alone and with the JIT, each for N seconds after a warm-up, and "
                + "print runs, operations per second and the JIT/interpreter ratio.",
            "Both tiers must give the same result, checked before and after the warm-up (exit 1 if not). One "
                + "operation is one run on the already parsed input; writing the result is not timed."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  turnout bench orders.bl --input orders.json",
            "  turnout bench orders.bl --input orders.json --seconds 20 --warmup 10"})
final class BenchCommand extends ProgramCommand {
    /** The compile threshold of the JIT row: small, so that warm-up reaches compiled code quickly. */
    static final int DEFAULT_JIT_THRESHOLD = 10;
    private static final double DEFAULT_SECONDS = 5;
    private static final double MAX_WARMUP_SECONDS = 2;
    private static final int RESULT_EXCERPT_CHARS = 300;

    @Option(names = "--input", paramLabel = "FILE|-",
            description = "Read the input JSON object from FILE, or from standard input for '-'. Default: {}.")
    String input;

    @Option(names = "--seconds", paramLabel = "N",
            description = "Measure each tier for N seconds (may be fractional). Default: 5.")
    double seconds = DEFAULT_SECONDS;

    @Option(names = "--warmup", paramLabel = "N",
            description = "Warm each tier up for N seconds before measuring. Default: 2, or half of --seconds "
                    + "if that is less.")
    Double warmupSeconds;

    @Option(names = "--jit-threshold", paramLabel = "N",
            description = "The JIT row compiles a function after N invocations (plus back-edges/8). Default: "
                    + DEFAULT_JIT_THRESHOLD + ".")
    int jitThreshold = DEFAULT_JIT_THRESHOLD;

    @Option(names = "--transform", paramLabel = "NAME",
            description = "Run the TRANSFORM called NAME (exact match). Default: the first one declared.")
    String transform;

    @Override
    protected int execute() {
        long measureNanos = nanos(seconds, "--seconds", false);
        long warmupNanos = nanos(warmupSeconds != null ? warmupSeconds : Math.min(MAX_WARMUP_SECONDS, seconds / 2),
                "--warmup", true);
        if (jitThreshold < 0) throw new ParameterException(spec.commandLine(), "--jit-threshold must not be negative");

        Program interpreted = ProgramLoader.load(engine().jit(false).build(), programFile);
        boolean jitAvailable = jitOnClassPath();
        Program jitted = jitAvailable
                ? ProgramLoader.load(engine().jitThreshold(jitThreshold).jitBackground(true).build(), programFile)
                : null;
        InputSource source = input == null ? null : InputSource.of(input, stdin());
        String inputText = source == null ? "{}" : source.readAll();
        ObjectValue document = parse(inputText, source);

        String expected = result(interpreted, inputText);
        if (jitted != null) requireSameResult(expected, result(jitted, inputText), "before the warm-up");

        PrintWriter out = out();
        out.printf(Locale.ROOT, "%s: %s s warm-up, %s s measured per tier%n", programFile,
                decimal(warmupNanos), decimal(measureNanos));
        out.flush();

        warmUp(interpreted, document, warmupNanos);
        Measurement interpreter = measure(interpreted, document, measureNanos);
        Measurement jit = null;
        if (jitted != null) {
            warmUpUntilCompiled(jitted, document, warmupNanos);
            requireSameResult(expected, result(jitted, inputText), "after the warm-up");
            jit = measure(jitted, document, measureNanos);
        }

        out.printf(Locale.ROOT, "%-12s %10s %14s %10s%n", "tier", "runs", "ops/s", "ratio");
        out.printf(Locale.ROOT, "%-12s %10d %14.1f %10s%n", "interpreter", interpreter.runs(),
                interpreter.opsPerSecond(), "1.00x");
        if (jit != null) {
            out.printf(Locale.ROOT, "%-12s %10d %14.1f %10s%n", "jit", jit.runs(), jit.opsPerSecond(),
                    String.format(Locale.ROOT, "%.2fx", jit.opsPerSecond() / interpreter.opsPerSecond()));
            out.println(tierSummary(jitted.functionStatus()));
        } else {
            out.println("jit: not on the class path (no dev.turnout.tier.TierCompiler service); "
                    + "only the interpreter was measured");
        }
        if (out.checkError()) throw CliFailure.outputUnwritable();
        return ExitCodes.OK;
    }

    /** A fresh builder with the options both rows share. */
    private Engine.Builder engine() {
        Engine.Builder engine = Engine.builder();
        if (transform != null) engine.transform(transform);
        return engine;
    }

    /** Whether a compiling tier is registered; without one an engine with the JIT "on" just interprets. */
    static boolean jitOnClassPath() {
        return ServiceLoader.load(TierCompiler.class, Engine.class.getClassLoader()).findFirst().isPresent();
    }

    private long nanos(double value, String option, boolean zeroAllowed) {
        if (Double.isNaN(value) || value < 0 || (!zeroAllowed && value == 0) || value > 86_400) {
            throw new ParameterException(spec.commandLine(), option + " must be "
                    + (zeroAllowed ? "between 0 and 86400" : "more than 0 and at most 86400") + " seconds, got "
                    + decimal(value));
        }
        return (long) (value * 1e9);
    }

    private static String decimal(double seconds) {
        return String.format(Locale.ROOT, "%.3f", seconds).replaceAll("\\.?0+$", "");
    }

    private static String decimal(long nanos) {
        return decimal(nanos / 1e9);
    }

    private static ObjectValue parse(String text, InputSource source) {
        try {
            return JsonReader.parseDocument(text);
        } catch (MalformedInputException e) {
            throw new CliFailure(ExitCodes.MALFORMED_INPUT, InputDiagnostics.malformedDocument(source.name(), e));
        }
    }

    /** One run's result as compact JSON; a runtime error ends the command as {@code turnout run} would. */
    private static String result(Program program, String inputText) {
        try {
            return program.runJson(inputText);
        } catch (TransformException e) {
            throw new CliFailure(ExitCodes.RUNTIME_ERROR, e.render());
        }
    }

    private void requireSameResult(String interpreter, String jit, String when) {
        if (interpreter.equals(jit)) return;
        throw new CliFailure(ExitCodes.RUNTIME_ERROR, "turnout: the tiers disagree on " + programFile + " " + when
                + " (a bug in Turnout; please report it)\n  interpreter: " + excerpt(interpreter)
                + "\n  jit:         " + excerpt(jit));
    }

    private static String excerpt(String json) {
        return json.length() <= RESULT_EXCERPT_CHARS ? json
                : json.substring(0, RESULT_EXCERPT_CHARS) + "... (" + json.length() + " characters)";
    }

    private static void warmUp(Program program, ObjectValue document, long nanos) {
        long deadline = System.nanoTime() + nanos;
        while (System.nanoTime() - deadline < 0) program.runValue(document);
    }

    /**
     * The JIT row's warm-up: the warm-up time (so that the JVM has compiled the generated classes as it has the
     * interpreter's loop), extended by at most as long again while functions that ran are still waiting for the
     * background compiler — the measurement should see compiled code, not the compile queue.
     */
    private static void warmUpUntilCompiled(Program program, ObjectValue document, long nanos) {
        long start = System.nanoTime();
        while (true) {
            long elapsed = System.nanoTime() - start;
            if (elapsed >= 2 * nanos || (elapsed >= nanos && settled(program.functionStatus()))) return;
            program.runValue(document);
        }
    }

    /** No function that ran is still interpreted-but-hot or queued (never-called functions do not count). */
    private static boolean settled(List<FunctionStatus> functions) {
        for (FunctionStatus fn : functions) {
            if (fn.tier() == FunctionStatus.Tier.QUEUED) return false;
            if (fn.tier() == FunctionStatus.Tier.INTERPRETED && fn.invocations() > 0) return false;
        }
        return true;
    }

    private static Measurement measure(Program program, ObjectValue document, long nanos) {
        long start = System.nanoTime();
        long runs = 0;
        long elapsed;
        do {
            program.runValue(document);
            runs++;
            elapsed = System.nanoTime() - start;
        } while (elapsed < nanos);
        return new Measurement(runs, elapsed);
    }

    /** {@code jit: 2 of 4 functions compiled, 1 interpreted (not hot, or never called); declined: FUNC f (why)}. */
    static String tierSummary(List<FunctionStatus> functions) {
        int compiled = 0;
        int interpreted = 0;
        StringBuilder declined = new StringBuilder();
        for (FunctionStatus fn : functions) {
            switch (fn.tier()) {
                case COMPILED -> compiled++;
                case DECLINED -> declined.append(declined.length() == 0 ? "" : "; ").append(fn.name())
                        .append(" (").append(fn.declineReason()).append(')');
                default -> interpreted++;
            }
        }
        StringBuilder line = new StringBuilder("jit: ").append(compiled).append(" of ").append(functions.size())
                .append(" functions compiled");
        if (interpreted > 0) line.append(", ").append(interpreted).append(" interpreted (not hot, or never called)");
        if (declined.length() > 0) line.append("; declined: ").append(declined);
        return line.toString();
    }

    /** How many runs one tier made in how long. */
    record Measurement(long runs, long nanos) {
        double opsPerSecond() {
            return runs / (nanos / 1e9);
        }
    }
}
