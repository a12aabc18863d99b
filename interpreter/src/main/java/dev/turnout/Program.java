package dev.turnout;

import dev.turnout.compiler.Disassembler;
import dev.turnout.compiler.CompiledProgram;
import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.MalformedInputException;
import dev.turnout.errors.TransformException;
import dev.turnout.interpreter.InputBinding;
import dev.turnout.interpreter.Interpreter;
import dev.turnout.interpreter.InterpreterContext;
import dev.turnout.interpreter.OpcodeStats;
import dev.turnout.interpreter.ProgramAccess;
import dev.turnout.stdlib.LibraryFunction;
import dev.turnout.tier.TieringPolicy;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionEntries;
import dev.turnout.program.FunctionEntry;
import dev.turnout.runtime.ops.ControlOps;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.RunLimits;
import dev.turnout.runtime.json.JsonReader;
import dev.turnout.runtime.json.JsonWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * A compiled Branchline program, ready to run any number of times, from any number of threads.
 *
 * <pre>{@code
 * Program program = Engine.create().compile("orders.bl", source);
 * String result = program.runJson("{\"orders\": []}");
 * Object javaResult = program.run(Map.of("orders", List.of()));
 * }</pre>
 */
public final class Program {
    private final CompiledProgram compiled;
    private final EngineSettings settings;
    private final FunctionEntries entries;
    private final FunctionEntry transform;
    private final Interpreter interpreter;
    private final OpcodeStats stats;

    Program(CompiledProgram compiled, EngineSettings settings, int transformIndex) {
        this.compiled = compiled;
        this.settings = settings;
        this.entries = new FunctionEntries(compiled.functions());
        this.transform = entries.get(transformIndex);
        LibraryFunction[] hosts = compiled.hosts().toArray();
        TieringPolicy policy = settings.tierCompiler() == null ? null
                : new TieringPolicy(settings.tierCompiler(), settings.tier(), entries, hosts,
                        settings.compiledCount(), System.err);
        this.stats = settings.profile() ? new OpcodeStats() : null;
        this.interpreter = new Interpreter(entries, hosts, settings.maxCallDepth(), policy, stats,
                settings.trace());
        if (policy != null && settings.tier().threshold() == 0) policy.compileAllNow();
    }

    /**
     * With profiling on ({@code Engine.builder().profile(true)}): the opcode histogram of all runs so far and, per
     * function, invocations, back-edges, tier and compile time. Without profiling only the per-function part.
     */
    public String statistics() {
        return ProgramStatistics.render(entries, stats);
    }

    /** A snapshot of every function of this program (tier, counters, decline reason), in function-table order. */
    public List<FunctionStatus> functionStatus() {
        List<FunctionStatus> out = new ArrayList<>(entries.size());
        for (FunctionEntry e : entries.all()) {
            out.add(new FunctionStatus(e.function().name(), FunctionStatus.Tier.valueOf(e.state().name()),
                    e.invocations(), e.backEdges(), e.compileMicros(), e.declineReason()));
        }
        return out;
    }

    /** The function with this display name, or null. */
    public FunctionStatus functionStatus(String name) {
        for (FunctionStatus f : functionStatus()) {
            if (f.name().equals(name)) return f;
        }
        return null;
    }

    static {
        ProgramAccess.register(program -> ((Program) program).entries);
    }

    /** The program's name, as given to {@link Engine#compile}. */
    public String name() {
        return compiled.source().name();
    }

    /**
     * Runs the transform on a JSON input object and returns the result as compact JSON (§6.4: {@code null} when
     * nothing was emitted, the object when one was, an array otherwise).
     *
     * <p>The result is written under the run's limits (its elements count as steps, docs/limits.md). No
     * {@code OutOfMemoryError} or {@code StackOverflowError} escapes this or the other run methods: they become a
     * {@code LIMIT_EXCEEDED} error and the catchable {@code STACK_OVERFLOW} error (best effort, see
     * docs/limits.md).
     *
     * @throws dev.turnout.errors.MalformedInputException if the input is not a JSON object, holds a string with an
     *         unpaired surrogate, or nests deeper than {@link Engine.Builder#maxInputDepth} (docs/errors.md)
     * @throws dev.turnout.errors.TransformException      if the program fails
     */
    public String runJson(String inputJson) {
        return runJson(inputJson, false);
    }

    /** Like {@link #runJson(String)} with optional 2-space indentation. */
    public String runJson(String inputJson, boolean pretty) {
        ObjectValue input = JsonReader.parseDocument(inputJson, settings.maxInputDepth());
        // The result is written under the run's limits: writing charges its steps like the run does.
        RunLimits previous = enterLimits();
        try {
            return OutputLimit.write(execute(input), pretty, settings.maxOutputSize());
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw fromJvmError(e);
        } finally {
            RunLimits.exit(previous);
        }
    }

    /**
     * Runs the transform on an input given as Java values: a {@code Map} with {@code String} keys whose values are
     * {@code Map}s, {@code List}s, {@code String}s, {@code Number}s, {@code Boolean}s or {@code null}. Returns the
     * result as Java values ({@code LinkedHashMap}, {@code ArrayList}, {@code Long}, {@code Double},
     * {@code BigInteger}, {@code BigDecimal}, {@code String}, {@code Boolean}, {@code null}). Floats are returned as
     * they are, NaN and infinities included (DECISIONS.md D10 applies to JSON output only).
     *
     * @throws MalformedInputException if the input is not a Map, holds an unsupported Java type, or is cyclic
     * @throws TransformException      if the program fails
     */
    public Object run(Object input) {
        Object value;
        try {
            value = JsonReader.fromJava(input);
        } catch (IllegalArgumentException e) {
            throw new MalformedInputException(e.getMessage(), 0, 0);
        } catch (StackOverflowError e) {
            throw new MalformedInputException("input nested too deeply (or cyclic)", 0, 0);
        }
        if (!(value instanceof ObjectValue object)) {
            throw new MalformedInputException("Input must be an object (a Map), got "
                    + (input == null ? "null" : input.getClass().getName()), 0, 0);
        }
        RunLimits previous = enterLimits();
        try {
            Object result = execute(object);
            OutputLimit.check(result, settings.maxOutputSize());
            try {
                return JsonWriter.toJava(result);
            } catch (StackOverflowError e) {
                throw new TransformException(ErrorKind.STACK_OVERFLOW,
                        "result nested too deeply to convert to Java values");
            }
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw fromJvmError(e);
        } finally {
            RunLimits.exit(previous);
        }
    }

    /** Runs on an input already in Turnout's value model; returns the result in that model. */
    @SuppressWarnings("exports") // ObjectValue is exported to the Turnout modules only (cli, bench)
    public Object runValue(ObjectValue input) {
        RunLimits previous = enterLimits();
        try {
            return execute(input);
        } catch (OutOfMemoryError | StackOverflowError e) {
            throw fromJvmError(e);
        } finally {
            RunLimits.exit(previous);
        }
    }

    // The three run methods spell out the same try/finally rather than passing their work to one helper as a
    // lambda: a call site shared by three bodies would be polymorphic, and a caller that runs one program in a
    // loop would no longer get the run inlined.

    /** Runs the transform under the limits {@link #enterLimits} entered on this thread. */
    private Object execute(ObjectValue input) {
        input.freeze();
        List<Object> outputs = new ArrayList<>();
        interpreter.runTransform(transform, InputBinding.bind(transform.function(), input),
                new InterpreterContext(interpreter, outputs, RunLimits.current()));
        return ControlOps.result(outputs);
    }

    /** Enters a fresh set of this engine's limits on this thread; returns what to restore with RunLimits.exit. */
    private RunLimits enterLimits() {
        return new RunLimits(settings.maxSteps(), settings.timeoutNanos(), settings.maxValueSize(),
                settings.maxNumberDigits()).enter();
    }

    /**
     * Keeps JVM errors from escaping the API raw: a {@link StackOverflowError} becomes the Branchline error
     * {@link ControlOps#fromJava} makes of it, an {@link OutOfMemoryError} a {@code LIMIT_EXCEEDED} error. Catching
     * an OutOfMemoryError is best effort: the run's values are unreachable once it unwinds, so the JVM can usually
     * go on, but another thread may have failed an allocation meanwhile; the limits (value size, steps, time) are
     * what keeps a run from getting there.
     */
    private static TransformException fromJvmError(Error e) {
        if (e instanceof OutOfMemoryError) {
            if (e.getMessage() != null && e.getMessage().contains("Metaspace")) {
                // Compiled code lives in metaspace: Programs kept alive keep their classes (docs/tuning.md).
                return RunLimits.exceeded("out of memory: Metaspace is full (the JVM's space for classes, which"
                        + " holds the compiled code of every Program still referenced)");
            }
            return RunLimits.exceeded("out of memory: the run needed more heap than the JVM could give it"
                    + " (lower maxValueSize, or set maxSteps or a timeout)");
        }
        return ControlOps.fromJava(e);
    }

    /** The bytecode of every function, in a stable, readable form (`turnout disasm`). */
    public String disassemble() {
        StringBuilder out = new StringBuilder();
        for (FunctionCode fn : compiled.functions().all()) {
            out.append(Disassembler.disassemble(fn, compiled.hosts())).append('\n');
        }
        return out.toString();
    }

    CompiledProgram compiled() {
        return compiled;
    }
}
