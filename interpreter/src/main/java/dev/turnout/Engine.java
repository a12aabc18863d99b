package dev.turnout;

import dev.turnout.compiler.HostTable;
import dev.turnout.runtime.RunLimits;
import dev.turnout.stdlib.LibraryFunction;
import dev.turnout.stdlib.StandardLibrary;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

    /** Settings for an {@link Engine}. Limits apply to each run of each program separately. */
    public static final class Builder {
        private int maxCallDepth = EngineSettings.DEFAULT_MAX_CALL_DEPTH;
        private String transformName;
        private long maxSteps = Long.MAX_VALUE;
        private long timeoutNanos;
        private long maxValueSize = RunLimits.DEFAULT_MAX_VALUE_SIZE;
        private long maxOutputSize = Long.MAX_VALUE;
        private final Map<String, LibraryFunction> functions = new LinkedHashMap<>();

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
         * Largest string (characters) or array (elements) a run may build; default 50 million. Building a larger one
         * ends the run (uncatchable) instead of exhausting memory.
         */
        public Builder maxValueSize(long size) {
            if (size < 1) throw new IllegalArgumentException("maxValueSize must be at least 1");
            this.maxValueSize = size;
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

        public Engine build() {
            List<LibraryFunction> hosts = new ArrayList<>(StandardLibrary.all());
            hosts.addAll(functions.values());
            return new Engine(new EngineSettings(maxCallDepth, transformName, maxSteps, timeoutNanos, maxValueSize,
                    maxOutputSize, new HostTable(hosts)));
        }
    }
}
