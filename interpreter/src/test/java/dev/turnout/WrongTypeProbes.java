package dev.turnout;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.json.JsonReader;
import dev.turnout.stdlib.CoreFunctions;
import java.io.OutputStream;
import java.io.PrintStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;

/**
 * The shared harness of the wrong-type robustness tests ({@link WrongTypeOperatorsTest},
 * {@link WrongTypeLibraryTest}): the odd values, the engine with its step and time limits, and the probe runner.
 *
 * <p>Robustness against wrong-typed values: every operator, path step, call, loop, update statement, OUTPUT, ABORT and
 * every standard-library function is fed odd values (null, a boolean, negative, fractional, big and decimal numbers,
 * empty and non-empty strings, arrays and objects, a lambda) in every position, through
 * {@code Engine.compile(...).runJson(...)}, once guarded by {@code TRY … CATCH (e) -> e} and once unguarded.
 *
 * <p>Each generated expression is checked for:
 * <ul>
 *   <li>no failure other than {@link TransformException} (no raw Java exception, no hang: a step and time limit
 *       turn a runaway loop into a test failure);</li>
 *   <li>well-formed errors: a catalogue type name, a message, a location and a Branchline stack, and nothing that
 *       looks like a Java exception the interpreter turned into a Branchline error ({@code Cannot invoke},
 *       {@code cannot be cast}, {@code internal error}, …);</li>
 *   <li>CATCH binds an object with exactly {@code message} and {@code type};</li>
 *   <li>the guarded and the unguarded run agree: TRY catches exactly when the unguarded run fails, with the same type
 *       and message (an uncatchable {@code LimitExceeded} escapes both alike).</li>
 * </ul>
 * A second pass calls every library function's Java implementation directly with the same values, where a stray
 * Java exception would not be disguised by the interpreter's safety net.
 *
 * <p>Problems are collected per group (one operator, one function at one arity) and reported together, each with
 * the program that shows it.
 */
abstract class WrongTypeProbes {
    /** The odd values, as Branchline source. Each is parenthesised where it is used. */
    static final List<String> ODD = List.of("NULL", "TRUE", "-1", "1.5", "9223372036854775807 * 4",
            "DEC(\"1.5\")", "\"\"", "\"x\"", "[]", "[1]", "{}", "{a: 1}", "(x) -> x");

    /** Every odd value in one array: the elements a callback of a higher-order function receives. */
    static final String ALL_ODD_LIST =
            ODD.stream().map(v -> "(" + v + ")").collect(Collectors.joining(", ", "[", "]"));

    /** Callbacks that fail in the different ways a function body can fail. */
    static final List<String> FAILING_CALLBACKS = List.of(
            "(x) -> x.a.b",
            "(x) -> ASSERT(FALSE, \"callback failed\")",
            "(x) -> 1 // 0",
            "(x) -> KEYS(x)",
            "(x) -> (x)(1)",
            "(x) -> -x",
            "(x) -> { OUTPUT { a: 1 } }",
            "(x) -> { ABORT }",
            "(x) -> { ABORT 5 }",
            "(x) -> { ABORT NULL }",
            "(x) -> { FOR EACH y IN x { } \n RETURN x }");

    /** Callbacks with unusual parameter counts: extra arguments are ignored, missing parameters are unbound. */
    static final List<String> ODD_ARITY_CALLBACKS = List.of("() -> 1", "(a, b, c, d, e) -> e", "(a, b) -> b");

    private static final String MARKER = "~caught~";

    /** The {@code type} names a program may see (LANGUAGE.md §10.2, DECISIONS.md D9/D11). */
    private static final Set<String> CATALOGUE_TYPES = Arrays.stream(ErrorKind.values())
            .filter(k -> k != ErrorKind.HOST)
            .map(ErrorKind::typeName)
            .collect(Collectors.toUnmodifiableSet());

    /** Fragments of JVM exception messages: an error worded like this escaped Turnout's own checks. */
    private static final List<String> RAW_JAVA_SMELLS = List.of("internal error", "java.", "Cannot invoke",
            "cannot be cast", "because \"", "Cannot read", "Cannot load", "Cannot store", "NullPointerException",
            "ClassCastException");

    /** Step and time limits turn a runaway loop into a visible failure instead of a hung build. */
    static final Engine ENGINE = Engine.builder()
            .maxSteps(2_000_000)
            .timeout(Duration.ofSeconds(10))
            .build();

    private static PrintStream previousPrintStream;

    @BeforeAll
    static void silencePrint() {
        previousPrintStream = CoreFunctions.setPrintStream(new PrintStream(OutputStream.nullOutputStream()));
    }

    @AfterAll
    static void restorePrint() {
        CoreFunctions.setPrintStream(previousPrintStream);
    }

    // ---- the harness --------------------------------------------------------------------------------------------

    /**
     * One generated check: top-level declarations, statements to run before, and either an expression (guarded by
     * TRY in one run) or statements (guarded by running them in a lambda body), or statements that can only run
     * unguarded.
     */
    record Probe(String declarations, String prelude, String expression, String statements, boolean guardable) {
        static Probe expression(String expression) {
            return new Probe("", "", expression, null, true);
        }

        static Probe expression(String prelude, String expression) {
            return new Probe("", prelude, expression, null, true);
        }

        static Probe withDeclarations(String declarations, String prelude, String expression) {
            return new Probe(declarations, prelude, expression, null, true);
        }

        static Probe statements(String statements) {
            return new Probe("", "", null, statements, true);
        }

        static Probe unguarded(String statements) {
            return new Probe("", "", null, statements, false);
        }

        String unguardedSource() {
            // The value is written out too, so odd results (functions, big numbers, NaN) go through the JSON writer.
            if (expression != null) {
                return declarations + "TRANSFORM T {\n" + indent(prelude) + "\n    LET r = (" + expression + ")"
                        + "\n    OUTPUT { done: TRUE, r: r }\n}\n";
            }
            return declarations + "TRANSFORM T {\n" + indent(statements) + "\n    OUTPUT { done: TRUE }\n}\n";
        }

        String guardedSource() {
            String guarded = expression != null ? "(" + expression + ")"
                    : "(() -> {\n" + indent(statements) + "\n    RETURN NULL\n})()";
            String caught = "IS_OBJECT(r) && r.marker == \"" + MARKER + "\"";
            return declarations + "TRANSFORM T {\n" + indent(prelude)
                    + "\n    LET r = TRY " + guarded + " CATCH (e) -> { marker: \"" + MARKER + "\", error: e }"
                    + "\n    OUTPUT { caught: " + caught + ", error: IF " + caught + " THEN r.error ELSE NULL }\n}\n";
        }

        private static String indent(String text) {
            return text.isEmpty() ? "" : "    " + text.replace("\n", "\n    ");
        }
    }

    /** What one run did: the JSON result, or the runtime error. */
    private record Outcome(String json, TransformException error) {}

    /** A dynamic test that runs every probe {@code generator} adds and reports all problems at once. */
    static DynamicTest group(String name, Consumer<List<Probe>> generator) {
        return DynamicTest.dynamicTest(name, () -> {
            List<Probe> probes = new ArrayList<>();
            generator.accept(probes);
            List<String> problems = new ArrayList<>();
            assertTimeoutPreemptively(Duration.ofSeconds(60), () -> {
                for (Probe probe : probes) check(probe, problems);
            }, () -> "a probe of '" + name + "' hangs");
            assertTrue(problems.isEmpty(), report(problems));
        });
    }

    static String report(List<String> problems) {
        return problems.size() + " problem(s):\n\n"
                + problems.stream().limit(15).collect(Collectors.joining("\n\n"));
    }

    private static void check(Probe probe, List<String> problems) {
        String unguardedSource = probe.unguardedSource();
        Outcome unguarded = run(unguardedSource, problems);
        if (unguarded == null) return;
        if (unguarded.error() != null) {
            checkWellFormed(unguarded.error(), unguardedSource, problems);
            // NaN and the infinities cannot be written as JSON (DECISIONS.md D10); the guarded run never writes
            // the value, so only the evaluation is compared.
            if (unguarded.error().getMessage().startsWith("cannot write")) unguarded = new Outcome("", null);
        } else {
            JsonReader.parseValue(unguarded.json()); // the result is valid JSON
        }
        if (!probe.guardable()) return;

        String guardedSource = probe.guardedSource();
        Outcome guarded = run(guardedSource, problems);
        if (guarded == null) return;
        if (guarded.error() != null) {
            // Only an uncatchable error may get past TRY, and then the unguarded run must have met it too.
            checkWellFormed(guarded.error(), guardedSource, problems);
            if (guarded.error().kind().catchable()) {
                problems.add("TRY did not catch " + guarded.error().render() + "\n" + guardedSource);
            } else if (unguarded.error() == null || unguarded.error().kind() != guarded.error().kind()) {
                problems.add("uncatchable error only when guarded: " + guarded.error().render() + "\n" + guardedSource);
            }
            return;
        }
        ObjectValue result = JsonReader.parseDocument(guarded.json());
        boolean caught = Boolean.TRUE.equals(result.get("caught"));
        if (!caught) {
            if (unguarded.error() != null) {
                problems.add("fails unguarded (" + unguarded.error().render() + ") but TRY caught nothing\n"
                        + guardedSource);
            }
            return;
        }
        Object error = result.get("error");
        if (!(error instanceof ObjectValue errorObject) || errorObject.size() != 2
                || !(errorObject.get("message") instanceof String message)
                || !(errorObject.get("type") instanceof String type)) {
            problems.add("CATCH bound " + guarded.json() + ", not exactly {message, type}\n" + guardedSource);
            return;
        }
        if (unguarded.error() == null) {
            problems.add("TRY caught " + error + " but the unguarded run succeeded\n" + guardedSource);
        } else if (!type.equals(unguarded.error().typeName()) || !message.equals(unguarded.error().getMessage())) {
            problems.add("CATCH saw " + type + ": " + message + " but the unguarded run failed with "
                    + unguarded.error().typeName() + ": " + unguarded.error().getMessage() + "\n" + guardedSource);
        }
    }

    /** Compiles and runs; null (after recording the problem) for anything but a result or a TransformException. */
    private static Outcome run(String source, List<String> problems) {
        Program program;
        try {
            program = ENGINE.compile("probe.bl", source);
        } catch (CompileException e) {
            problems.add("generated program does not compile:\n" + e.render() + "\n" + source);
            return null;
        } catch (RuntimeException | Error e) {
            problems.add("compiling threw a raw " + e + "\n" + source);
            return null;
        }
        try {
            return new Outcome(program.runJson("{}"), null);
        } catch (TransformException e) {
            return new Outcome(null, e);
        } catch (RuntimeException | Error e) {
            problems.add("running threw a raw " + e + "\n" + source);
            return null;
        }
    }

    private static void checkWellFormed(TransformException e, String source, List<String> problems) {
        String message = e.getMessage();
        if (!CATALOGUE_TYPES.contains(e.typeName())) {
            problems.add("unexpected error type " + e.typeName() + ": " + message + "\n" + source);
        }
        if (message == null) {
            // An empty message is legitimate (ASSERT(FALSE, "") fails with the text of its message, ""); a missing
            // one is not: CATCH would have no text to bind.
            problems.add("error without a message: " + e.typeName() + "\n" + source);
            return;
        }
        for (String smell : RAW_JAVA_SMELLS) {
            if (message.contains(smell)) {
                problems.add("looks like a disguised Java exception: " + e.render() + "\n" + source);
                break;
            }
        }
        // Size limits refuse what was asked for (RANGE(1e9), POWER(x, 2^64)): expected; steps and time: a runaway.
        if (e.kind() == ErrorKind.LIMIT_EXCEEDED && !message.startsWith("value size limit exceeded")
                && !message.startsWith("number size limit exceeded")) {
            problems.add("runaway (step or time limit): " + e.render() + "\n" + source);
        }
        // The JSON writer's NaN/Infinity error (D10) is raised after the program ended: it has no program location.
        if ((e.line() <= 0 || e.branchlineStack().isEmpty()) && !message.startsWith("cannot write")) {
            problems.add("error without a location or stack: " + e.render() + "\n" + source);
        }
    }
}
