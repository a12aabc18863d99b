package dev.turnout;

import dev.turnout.compiler.HostTable;
import dev.turnout.runtime.RunLimits;
import dev.turnout.runtime.json.JsonReader;
import dev.turnout.stdlib.LibraryFunction;
import dev.turnout.stdlib.StandardLibrary;
import dev.turnout.tier.TierCompiler;
import dev.turnout.tier.TierSettings;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Entry point of the embedding API: compiles Branchline programs into {@link Program}s.
 *
 * <pre>{@code
 * Engine engine = Engine.create();
 * Program program = engine.compile("hello.bl", "TRANSFORM T { OUTPUT { greeting: \"Hello, \" + input.name } }");
 * String json = program.runJson("{\"name\": \"Dana\"}");   // {"greeting":"Hello, Dana"}
 *
 * Engine sandboxed = Engine.builder()
 *         .maxSteps(1_000_000).timeout(Duration.ofSeconds(2)).maxOutputSize(1 << 20)
 *         .function("SLUG", 1, args -> args.get(0).toString().toLowerCase().replace(' ', '-'))
 *         .build();
 * }</pre>
 *
 * An engine is immutable and thread-safe; so are the programs it compiles.
 */
public final class Engine {
    private final EngineSettings settings;

    private Engine(EngineSettings settings) {
        this.settings = settings;
    }

    /** An engine with default settings: the standard library, no step, time or output limits. */
    public static Engine create() {
        return builder().build();
    }

    public static Builder builder() {
        return new Builder();
    }

    EngineSettings settings() {
        return settings;
    }

    /**
     * Compiles a program: lexing, parsing, static checks (LANGUAGE.md §6.3) and bytecode generation.
     *
     * @param name   the program's name, used in diagnostics and runtime error locations (usually its file name)
     * @param source the Branchline text
     * @throws dev.turnout.errors.CompileException with every diagnostic, if the program is not valid
     */
    public Program compile(String name, String source) {
        return ProgramCompiler.compile(this, name, source);
    }

    /** The system property that sets {@link Builder#maxNumberDigits} when the builder does not. */
    public static final String MAX_NUMBER_DIGITS_PROPERTY = "turnout.maxNumberDigits";
    static final long MIN_NUMBER_DIGITS = 20;

    /** Settings for an {@link Engine}. Limits apply to each run of each program separately. */
    public static final class Builder {
        private int maxCallDepth = EngineSettings.DEFAULT_MAX_CALL_DEPTH;
        private String transformName;
        private long maxSteps = Long.MAX_VALUE;
        private long timeoutNanos;
        private long maxValueSize = RunLimits.DEFAULT_MAX_VALUE_SIZE;
        private Long maxNumberDigits;
        private long maxOutputSize = Long.MAX_VALUE;
        private int maxInputDepth = JsonReader.DEFAULT_MAX_DEPTH;
        private final Map<String, LibraryFunction> functions = new LinkedHashMap<>();
        private Boolean profile;
        private PrintStream trace;
        private Boolean jitEnabled;
        private Integer jitThreshold;
        private Boolean jitBackground;
        private Boolean jitLog;
        private Path jitDump;
        private Integer jitMax;
        private Integer jitMaxSize;
        private TierCompiler tierCompiler;

        private Builder() {}

        /**
         * Deepest Branchline call nesting before a {@code StackOverflowError} runtime error (DECISIONS.md D11,
         * catchable). Default 10,000.
         */
        public Builder maxCallDepth(int depth) {
            if (depth < 1) throw new IllegalArgumentException("maxCallDepth must be at least 1");
            this.maxCallDepth = depth;
            return this;
        }

        /** Which TRANSFORM to run (exact name); by default the first one declared (LANGUAGE.md §4.2). */
        public Builder transform(String name) {
            this.transformName = name;
            return this;
        }

        /** Most loop iterations plus function calls one run may make; exceeding it ends the run (uncatchable). */
        public Builder maxSteps(long steps) {
            if (steps < 1) throw new IllegalArgumentException("maxSteps must be at least 1");
            this.maxSteps = steps;
            return this;
        }

        /** Longest wall-clock time one run may take (checked between steps); exceeding it ends the run. */
        public Builder timeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero()) throw new IllegalArgumentException("timeout must be positive");
            this.timeoutNanos = timeout.toNanos();
            return this;
        }

        /**
         * Deepest nesting of arrays and objects in an input JSON document ({@link Program#runJson}); default 1,000.
         * A deeper input is a {@link dev.turnout.errors.MalformedInputException}, {@code input nested deeper than
         * 1000 levels (limit maxInputDepth)}, with the line and column of the first container past the limit. Input
         * is read recursively: a limit far above the default may need a larger thread stack, and an input that
         * exhausts the stack is reported as malformed input too.
         */
        public Builder maxInputDepth(int depth) {
            if (depth < 1) throw new IllegalArgumentException("maxInputDepth must be at least 1");
            this.maxInputDepth = depth;
            return this;
        }

        /**
         * Largest string (characters) or array (elements) a run may build; default 50 million. Building a larger one
         * ends the run (uncatchable) instead of exhausting memory.
         */
        public Builder maxValueSize(long size) {
            if (size < 1) throw new IllegalArgumentException("maxValueSize must be at least 1");
            this.maxValueSize = size;
            return this;
        }

        /**
         * Most decimal digits of a big integer or decimal a run may build (for a decimal, the digits of its plain
         * form: {@code 1E+20000} has 20,001); default 10,000, or the system property {@code turnout.maxNumberDigits}
         * when set (this method wins over the property). A multiplication, power, parse or rounding whose result
         * would be larger ends the run (uncatchable) before the result is computed. At least 20: every 64-bit
         * integer is within it.
         */
        public Builder maxNumberDigits(long digits) {
            if (digits < MIN_NUMBER_DIGITS) {
                throw new IllegalArgumentException("maxNumberDigits must be at least " + MIN_NUMBER_DIGITS);
            }
            this.maxNumberDigits = digits;
            return this;
        }

        /** Largest result, in characters of compact JSON; a larger result ends the run (uncatchable). */
        public Builder maxOutputSize(long characters) {
            if (characters < 1) throw new IllegalArgumentException("maxOutputSize must be at least 1");
            this.maxOutputSize = characters;
            return this;
        }

        /** Registers a host function taking exactly {@code arity} arguments. */
        public Builder function(String name, int arity, UserFunction function) {
            return function(name, arity, arity, function);
        }

        /** Registers a host function taking {@code minArity..maxArity} arguments ({@code maxArity} -1: any number). */
        public Builder function(String name, int minArity, int maxArity, UserFunction function) {
            if (functions.containsKey(name)) throw new IllegalArgumentException("function '" + name + "' registered twice");
            functions.put(name, UserFunctions.adapt(name, minArity, maxArity, function));
            return this;
        }

        /**
         * Counts executed instructions per opcode (see {@link Program#statistics()}); default from the system
         * property {@code turnout.profile}. Costs one predictable branch per instruction when off.
         */
        public Builder profile(boolean on) {
            this.profile = on;
            return this;
        }

        /** Logs every executed instruction (function, pc, opcode, stack depth, line) to {@code out}; null: off. */
        public Builder trace(PrintStream out) {
            this.trace = out;
            return this;
        }

        /** {@code jit.enabled}: use the compiling tier if one is on the class path. */
        public Builder jit(boolean enabled) {
            this.jitEnabled = enabled;
            return this;
        }

        /** {@code jit.threshold}: invocations + back-edges/8 before compiling; 0 compiles everything up front. */
        public Builder jitThreshold(int threshold) {
            if (threshold < 0) throw new IllegalArgumentException("jit.threshold must not be negative");
            this.jitThreshold = threshold;
            return this;
        }

        /** {@code jit.background}: compile on a background thread (default) or on the thread that got hot. */
        public Builder jitBackground(boolean background) {
            this.jitBackground = background;
            return this;
        }

        /** {@code jit.log}: one line per compilation on stderr. */
        public Builder jitLog(boolean log) {
            this.jitLog = log;
            return this;
        }

        /** {@code jit.dump}: write every generated class to this directory. */
        public Builder jitDump(Path directory) {
            this.jitDump = directory;
            return this;
        }

        /** {@code jit.max}: most functions this engine's programs compile. */
        public Builder jitMax(int max) {
            this.jitMax = max;
            return this;
        }

        /** {@code jit.maxsize}: largest function (ints of Turnout bytecode) handed to the tier compiler. */
        public Builder jitMaxSize(int size) {
            this.jitMaxSize = size;
            return this;
        }

        /** Uses this tier compiler instead of the one {@link java.util.ServiceLoader} finds (tests, custom tiers). */
        public Builder tierCompiler(TierCompiler compiler) {
            this.tierCompiler = compiler;
            return this;
        }

        public Engine build() {
            List<LibraryFunction> hosts = new ArrayList<>(StandardLibrary.all());
            hosts.addAll(functions.values());
            TierSettings defaults = TierSettings.fromSystemProperties();
            TierSettings tier = new TierSettings(
                    jitEnabled != null ? jitEnabled : defaults.enabled(),
                    jitThreshold != null ? jitThreshold : defaults.threshold(),
                    jitBackground != null ? jitBackground : defaults.background(),
                    jitLog != null ? jitLog : defaults.log(),
                    jitDump != null ? jitDump : defaults.dumpDirectory(),
                    jitMax != null ? jitMax : defaults.maxCompiled(),
                    jitMaxSize != null ? jitMaxSize : defaults.maxCodeSize());
            TierCompiler compiler = tier.enabled()
                    ? (tierCompiler != null ? tierCompiler : TierCompilers.discovered()) : null;
            boolean profiling = profile != null ? profile : Boolean.getBoolean("turnout.profile");
            long numberDigits = maxNumberDigits != null ? maxNumberDigits : numberDigitsProperty();
            return new Engine(new EngineSettings(maxCallDepth, transformName, maxSteps, timeoutNanos, maxValueSize,
                    numberDigits, maxOutputSize, maxInputDepth, new HostTable(hosts), profiling, trace, tier, compiler, new AtomicInteger()));
        }

        /** {@code turnout.maxNumberDigits}, or the default; a malformed or too small value is a settings error. */
        private static long numberDigitsProperty() {
            String v = System.getProperty(MAX_NUMBER_DIGITS_PROPERTY);
            if (v == null || v.isBlank()) return RunLimits.DEFAULT_MAX_NUMBER_DIGITS;
            long digits;
            try {
                digits = Long.parseLong(v.trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException(MAX_NUMBER_DIGITS_PROPERTY + " must be an integer, got '" + v + "'");
            }
            if (digits < MIN_NUMBER_DIGITS) {
                throw new IllegalArgumentException(MAX_NUMBER_DIGITS_PROPERTY + " must be at least " + MIN_NUMBER_DIGITS);
            }
            return digits;
        }
    }
}
