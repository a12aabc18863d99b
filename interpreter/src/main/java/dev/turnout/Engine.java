package dev.turnout;

/**
 * Entry point of the embedding API: compiles Branchline programs into {@link Program}s.
 *
 * <pre>{@code
 * Engine engine = Engine.create();
 * Program program = engine.compile("hello.bl", "TRANSFORM T { OUTPUT { greeting: \"Hello, \" + input.name } }");
 * String json = program.runJson("{\"name\": \"Dana\"}");   // {"greeting":"Hello, Dana"}
 * }</pre>
 *
 * An engine is immutable and thread-safe; so are the programs it compiles.
 */
public final class Engine {
    private final EngineSettings settings;

    private Engine(EngineSettings settings) {
        this.settings = settings;
    }

    /** An engine with default settings. */
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

    /** Settings for an {@link Engine}. */
    public static final class Builder {
        private int maxCallDepth = EngineSettings.DEFAULT_MAX_CALL_DEPTH;
        private String transformName;

        private Builder() {}

        /** Deepest Branchline call nesting before a {@code StackOverflowError} runtime error (DECISIONS.md D11). */
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

        public Engine build() {
            return new Engine(new EngineSettings(maxCallDepth, transformName));
        }
    }
}
