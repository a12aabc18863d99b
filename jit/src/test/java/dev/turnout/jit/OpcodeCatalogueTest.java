package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.bytecode.Opcode;
import dev.turnout.bytecode.OpcodeReference;
import dev.turnout.bytecode.Semantics;
import dev.turnout.errors.CompileException;
import dev.turnout.errors.TransformException;
import dev.turnout.golden.CanonicalJson;
import dev.turnout.golden.GoldenCase;
import dev.turnout.golden.GoldenCorpus;
import dev.turnout.jit.emit.EmitterCoverage;
import dev.turnout.interpreter.ProgramAccess;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionEntry;
import dev.turnout.program.TierState;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The opcode catalogue is complete: every instruction of the {@link Opcode} table has (a) a case in the
 * interpreter, (b) a JIT emitter or a documented decline, (c) its row in the reference of {@code docs/bytecode.md}
 * (generated from the table; {@code -Dturnout.approve=true} rewrites it), (d) a golden case that executes it in the
 * interpreter and passes with every function compiled, and (e) an existing semantics method. The table's stack
 * effects are also checked against reality: the interpreter's traced operand-stack depth at every executed
 * instruction of the corpus equals the verifier's.
 */
class OpcodeCatalogueTest {
    private static final Path ROOT = projectRoot();
    private static final Pattern CASE_LABEL =
            Pattern.compile("case\\s+(Opcode\\.\\w+_ID(?:\\s*,\\s*Opcode\\.\\w+_ID)*)\\s*(?:->|:)");
    private static final Pattern ID_REFERENCE = Pattern.compile("Opcode\\.(\\w+)_ID");
    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s+([A-Z_]+)\\s+(\\d+)\\s+[\\d.]+%$");
    private static final Pattern TRACE_LINE =
            Pattern.compile("^trace (.+) pc (\\d+) ([A-Z_]+) \\(stack (-?\\d+), line (-?\\d+)\\)$");

    private static final Engine FIRST_CALL = Engine.builder().jitThreshold(0).jitMax(Integer.MAX_VALUE)
            .tierCompiler(VerifiedJit.COMPILER).build();

    /**
     * Instructions the compiler never emits, so no program can execute them: they stay in the IR (ids are stable)
     * for hand-written and future code, with interpreter cases and emitters. {@link
     * #notEmitted_isReallyNotEmittedByTheCompiler} fails as soon as the compiler starts emitting one; then drop it
     * here and add a golden case.
     */
    private static final Map<Opcode, String> NOT_EMITTED = Map.of(
            Opcode.NOP, "no construct compiles to a no-op",
            Opcode.DUP, "the compiler keeps duplicated values in temporaries (TAKE_LOCAL/LOAD_LOCAL) instead");

    private static CorpusRun corpusRun;

    // ---- (a) interpreter -----------------------------------------------------------------------------------

    @Test
    void everyOpcode_hasAnInterpreterCase() throws IOException {
        Set<String> labelled = new TreeSet<>();
        Path dir = ROOT.resolve("interpreter/src/main/java/dev/turnout/interpreter");
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher label = CASE_LABEL.matcher(Files.readString(file, StandardCharsets.UTF_8));
                while (label.find()) {
                    Matcher id = ID_REFERENCE.matcher(label.group(1));
                    while (id.find()) labelled.add(id.group(1));
                }
            }
        }
        List<String> missing = new ArrayList<>();
        for (Opcode op : Opcode.values()) if (!labelled.contains(op.name())) missing.add(op.name());
        assertEquals(List.of(), missing, "opcodes without a `case Opcode.<NAME>_ID` in " + dir);
    }

    // ---- (b) JIT -------------------------------------------------------------------------------------------

    @Test
    void everyOpcode_hasAnEmitterOrADocumentedJitDecline() throws IOException {
        String doc = Files.readString(ROOT.resolve("docs/bytecode.md"), StandardCharsets.UTF_8);
        List<String> problems = new ArrayList<>();
        for (Opcode op : Opcode.values()) {
            boolean emitter = EmitterCoverage.covers(op);
            String decline = op.jitDecline();
            if (!emitter && decline == null) problems.add(op + ": no emitter and no declared jitDecline");
            if (emitter && decline != null) problems.add(op + ": has an emitter but declares jitDecline");
            if (decline != null && !doc.contains(decline)) problems.add(op + ": decline not in docs/bytecode.md");
        }
        assertEquals(List.of(), problems);
    }

    // ---- (c) reference in docs/bytecode.md --------------------------------------------------------------------

    @Test
    void docsOpcodeReference_isTheGeneratedTable() throws IOException {
        Path file = ROOT.resolve("docs/bytecode.md");
        String doc = Files.readString(file, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("turnout.approve")) {
            String updated = OpcodeReference.replaceSection(doc);
            if (!updated.equals(doc)) Files.writeString(file, updated, StandardCharsets.UTF_8);
            return;
        }
        assertEquals(OpcodeReference.table(), OpcodeReference.section(doc),
                "docs/bytecode.md is stale: regenerate it with mvn -B -q -pl jit -am verify "
                        + "-Dtest=OpcodeCatalogueTest -Dsurefire.failIfNoSpecifiedTests=false -Dturnout.approve=true");
    }

    // ---- (d) golden coverage in both tiers ---------------------------------------------------------------------

    @Test
    void everyOpcode_isExecutedByAGoldenCaseThatPassesInBothTiers() {
        CorpusRun run = corpusRun();
        Map<String, Boolean> compiledPasses = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Opcode op : Opcode.values()) {
            List<GoldenCase> executing = run.executing.getOrDefault(op, List.of());
            if (NOT_EMITTED.containsKey(op)) {
                if (!executing.isEmpty()) problems.add(op + ": executed by " + names(executing) + ", not NOT_EMITTED");
                continue;
            }
            if (executing.isEmpty()) {
                problems.add(op + ": no golden case executes it in the interpreter");
                continue;
            }
            boolean covered = false;
            for (GoldenCase c : executing) {
                if (compiledPasses.computeIfAbsent(c.name(), n -> passesAllCompiled(c))) {
                    covered = true;
                    break;
                }
            }
            if (!covered) problems.add(op + ": executed only by cases that fail all-compiled: " + names(executing));
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void notEmitted_isReallyNotEmittedByTheCompiler() throws IOException {
        Path dir = ROOT.resolve("shared-ir/src/main/java/dev/turnout/compiler");
        List<String> emitted = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                for (Opcode op : NOT_EMITTED.keySet()) {
                    // Opcode.NAME (not NAME_ID), or a wildcard static import of the enum's constants
                    if (Pattern.compile("Opcode\\.(" + op.name() + "\\b|\\*)").matcher(text).find()) {
                        emitted.add(op + " in " + file.getFileName());
                    }
                }
            }
        }
        assertEquals(List.of(), emitted, "the compiler emits these now: give each a golden case instead");
    }

    // ---- (e) semantics methods -----------------------------------------------------------------------------

    @Test
    void semanticsMethods_exist() {
        List<String> missing = new ArrayList<>();
        for (Opcode op : Opcode.values()) {
            Semantics semantics = op.semantics();
            if (!semantics.hasMethod()) continue;
            Class<?> owner = load("dev.turnout.runtime.ops." + semantics.className());
            if (owner == null) owner = load("dev.turnout.runtime." + semantics.className());
            boolean found = false;
            if (owner != null) {
                for (Method m : owner.getMethods()) {
                    found |= m.getName().equals(semantics.methodName()) && Modifier.isStatic(m.getModifiers());
                }
            }
            if (!found) missing.add(op + ": " + semantics.method());
        }
        assertEquals(List.of(), missing, "semantics methods that do not exist as public static methods");
    }

    // ---- the table against reality ------------------------------------------------------------------------

    @Test
    void tracedStackDepths_equalTheVerifiersDepths() {
        CorpusRun run = corpusRun();
        assertTrue(run.traced > 10_000, "instructions traced: " + run.traced);
        assertEquals(List.of(), run.depthFailures);
    }

    // ---- running the corpus --------------------------------------------------------------------------------

    /** One interpreted run of every corpus case, with profiling and tracing on. */
    private static final class CorpusRun {
        final Map<Opcode, List<GoldenCase>> executing = new LinkedHashMap<>();
        final List<String> depthFailures = new ArrayList<>();
        long traced;
    }

    private static synchronized CorpusRun corpusRun() {
        if (corpusRun != null) return corpusRun;
        CorpusRun run = new CorpusRun();
        LineSink sink = new LineSink();
        PrintStream trace = new PrintStream(sink, false, StandardCharsets.UTF_8);
        Engine engine = Engine.builder().jit(false).profile(true).trace(trace).build();
        for (GoldenCase c : GoldenCorpus.load()) {
            Program program;
            try {
                program = engine.compile(c.name() + ".bl", c.source());
            } catch (CompileException e) {
                continue;
            }
            Map<String, FunctionCode> functions = functionsByName(program);
            sink.target = line -> checkTraceLine(run, c, functions, line);
            String outcome = outcome(c, program);
            trace.flush();
            sink.target = null;
            // A case only counts for coverage when the interpreter passes it too.
            if (!outcome.equals(expected(c))) continue;
            for (Matcher row : histogram(program.statistics())) {
                if (Long.parseLong(row.group(2)) > 0) {
                    run.executing.computeIfAbsent(Opcode.valueOf(row.group(1)), op -> new ArrayList<>()).add(c);
                }
            }
        }
        corpusRun = run;
        return run;
    }

    private static void checkTraceLine(CorpusRun run, GoldenCase c, Map<String, FunctionCode> functions,
                                       String line) {
        Matcher m = TRACE_LINE.matcher(line);
        if (!m.matches()) {
            addFailure(run, c.name() + ": unparsable trace line: " + line);
            return;
        }
        run.traced++;
        FunctionCode fn = functions.get(m.group(1));
        int pc = Integer.parseInt(m.group(2));
        int actual = Integer.parseInt(m.group(4));
        if (fn == null) {
            addFailure(run, c.name() + ": no unique function named " + m.group(1));
            return;
        }
        Opcode traced = Opcode.valueOf(m.group(3));
        if (traced.generic() != Opcode.byId(fn.code()[pc]).generic()) {
            addFailure(run, c.name() + " " + fn.name() + " pc " + pc + ": traced " + traced + ", code has "
                    + Opcode.byId(fn.code()[pc]));
        }
        int verified = fn.stackDepths()[pc];
        if (verified != actual) {
            addFailure(run, c.name() + " " + fn.name() + " pc " + pc + " " + traced + ": interpreter depth " + actual
                    + ", verifier " + verified);
        }
    }

    private static void addFailure(CorpusRun run, String failure) {
        if (run.depthFailures.size() < 50) run.depthFailures.add(failure);
    }

    /**
     * The program's functions by the name the trace prints. Names that several functions share map to null (the
     * trace cannot tell them apart).
     */
    private static Map<String, FunctionCode> functionsByName(Program program) {
        Map<String, FunctionCode> byName = new HashMap<>();
        Set<String> shared = new TreeSet<>();
        for (FunctionCode fn : functions(program)) {
            if (byName.putIfAbsent(fn.name(), fn) != null) shared.add(fn.name());
        }
        for (String name : shared) byName.put(name, null);
        return byName;
    }

    private static boolean passesAllCompiled(GoldenCase c) {
        Program program;
        try {
            program = FIRST_CALL.compile(c.name() + ".bl", c.source());
        } catch (CompileException e) {
            return false;
        }
        for (FunctionEntry fn : ProgramAccess.entries(program).all()) if (fn.state() != TierState.COMPILED) return false;
        return outcome(c, program).equals(expected(c));
    }

    /** A program's functions, through the engine's internal view (the API shows only FunctionStatus). */
    private static List<FunctionCode> functions(Program program) {
        return ProgramAccess.entries(program).all().stream().map(FunctionEntry::function).toList();
    }

    private static String outcome(GoldenCase c, Program program) {
        try {
            return CanonicalJson.of(program.runJson(c.input()));
        } catch (TransformException e) {
            return "line " + e.line() + ": " + e.typeName() + ": " + e.getMessage();
        } catch (RuntimeException | StackOverflowError e) {
            // A raw exception fails the case (it never equals the expected text) but not the whole corpus run.
            return "raw Java exception: " + e;
        }
    }

    private static String expected(GoldenCase c) {
        return c.expectedOutput() != null ? CanonicalJson.of(c.expectedOutput()) : c.expectedError();
    }

    private static List<Matcher> histogram(String statistics) {
        List<Matcher> rows = new ArrayList<>();
        boolean inHistogram = false;
        for (String line : statistics.split("\n")) {
            if (line.startsWith("opcode histogram")) {
                inHistogram = true;
            } else if (!line.startsWith(" ")) {
                inHistogram = false;
            } else if (inHistogram) {
                Matcher m = HISTOGRAM_ROW.matcher(line);
                if (m.matches()) rows.add(m);
            }
        }
        assertFalse(rows.isEmpty(), "no opcode histogram in the statistics:\n" + statistics);
        return rows;
    }

    private static List<String> names(List<GoldenCase> cases) {
        return cases.stream().map(GoldenCase::name).limit(5).toList();
    }

    /** Splits the trace into lines as it is written, so no run's whole trace is held in memory. */
    private static final class LineSink extends OutputStream {
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();
        Consumer<String> target;

        @Override
        public void write(int b) {
            if (b == '\n') {
                if (target != null) target.accept(line.toString(StandardCharsets.UTF_8));
                line.reset();
            } else {
                line.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) {
            for (int i = off; i < off + len; i++) write(b[i]);
        }
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, OpcodeCatalogueTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            return null;
        }
    }

    /** The project root: the nearest directory at or above the working directory (the jit module) with docs/. */
    private static Path projectRoot() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("docs/bytecode.md"))
                    && Files.isDirectory(dir.resolve("interpreter/src/main/java/dev/turnout/interpreter"))) {
                return dir;
            }
        }
        throw new IllegalStateException("project root not found above " + Path.of("").toAbsolutePath());
    }
}
