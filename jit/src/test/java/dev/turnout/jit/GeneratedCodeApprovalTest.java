package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.golden.CanonicalJson;
import dev.turnout.interpreter.ProgramAccess;
import dev.turnout.jit.emit.FunctionEmitter;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionEntry;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.Textifier;
import org.objectweb.asm.util.TraceClassVisitor;

/**
 * Approval tests of generated code: for a handful of representative Branchline functions the class the JIT
 * generates is printed with ASM's {@link Textifier} and compared with a stored text under
 * {@code jit/src/test/resources/approved/<case>.txt}, so every emitter change shows up as a readable diff that a
 * reviewer approves (or not) by regenerating the texts.
 *
 * <p><b>Capture.</b> Each case gets its own {@link JitCompiler} whose inspector sees every generated class before
 * it is defined (each one is also run through {@link VerifiedJit#verify}). The case names one Branchline function;
 * it is looked up by its {@code FunctionCode.name()} ({@code "FUNC fib"}, {@code "transform T"},
 * {@code "lambda@line:column"}) among the program's functions, and the captured classes are matched on the class
 * name {@code FunctionEmitter} builds from it: {@code Compiled_<program>_<function>_<index>} (program and
 * function name sanitised to {@code [A-Za-z0-9_]}; the program is the case name plus {@code .bl}). Capture order
 * is not used (with threshold 0 the callers may be compiled before or after their callees). If a function is
 * compiled more than once, all its classes are stored, in capture order.
 *
 * <p><b>Tiering.</b> {@code FEEDBACK} cases use threshold 2 with foreground compiles and run the program
 * {@value #FEEDBACK_RUNS} times on the same input, so the function is compiled with the interpreter's profile
 * (shape guards, long/double fast paths); {@code FIRST_CALL} cases use threshold 0, so the function is compiled
 * before it ever runs and the text shows the generic, feedback-free code.
 *
 * <p><b>Determinism.</b> The text depends only on the program, the input and the emitters: class names come from
 * the program and function names (not from the hidden class's runtime name, which the JVM suffixes), labels are
 * numbered by Textifier in order of appearance, and objects without a constant form (shapes, FunctionCodes,
 * boxed numbers) are class data read into fields {@code k0, k1, …} in first-use order. Nothing is normalised; the
 * only rewriting is line endings ({@code \r\n} → {@code \n}) when a stored file is read.
 *
 * <p><b>Results.</b> Each run's JSON result must equal the interpreter's ({@code jit(false)}): a fast wrong
 * answer is a bug whatever the text says.
 *
 * <p><b>Regenerate</b> (after reviewing the diff): {@code mvn -B -q -pl jit -am verify
 * -Dtest=GeneratedCodeApprovalTest -Dsurefire.failIfNoSpecifiedTests=false -Dturnout.approve=true}. The texts
 * are written into the source tree ({@code turnout.approvedDir}, set by jit/pom.xml), not into target/.
 */
class GeneratedCodeApprovalTest {
    private static final int FEEDBACK_RUNS = 3;
    private static final String REGENERATE = "mvn -B -q -pl jit -am verify -Dtest=GeneratedCodeApprovalTest"
            + " -Dsurefire.failIfNoSpecifiedTests=false -Dturnout.approve=true";

    enum Tiering { FEEDBACK, FIRST_CALL }

    /**
     * @param name     the case, also the stored file's name and (with {@code .bl}) the program's name
     * @param about    what the case exercises; written as the stored text's first line
     * @param function the {@code FunctionCode.name()} of the function whose class is captured
     */
    record Case(String name, String about, Tiering tiering, String function, String source, String input) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> cases() {
        return Stream.of(
                // FEEDBACK: the loop only sees longs, so ADD/MUL/compare get the instanceof Long fast paths.
                new Case("arith_loop", "arithmetic loop; long fast paths from feedback", Tiering.FEEDBACK,
                        "FUNC sumSquares", """
                        FUNC sumSquares(xs) {
                            LET total = 0
                            FOR EACH x IN xs {
                                IF x > 2 THEN { SET total = total + x * x } ELSE { SET total = total - 1 }
                            }
                            RETURN total
                        }
                        TRANSFORM T {
                            OUTPUT { total: sumSquares(input.xs) }
                        }
                        """, """
                        {"xs": [1, 2, 3, 4, 5, 6, 7, 8]}"""),
                // FEEDBACK: every item has the same shape, so item.price / item.qty get a shape guard.
                new Case("property_ic", "property reads with a monomorphic inline cache (shape guard)",
                        Tiering.FEEDBACK, "FUNC lineTotal", """
                        FUNC lineTotal(item) = item.price * item.qty
                        TRANSFORM T {
                            LET total = 0
                            FOR EACH item IN input.items { SET total = total + lineTotal(item) }
                            OUTPUT { total: total }
                        }
                        """, """
                        {"items": [{"sku": "a", "price": 3, "qty": 2}, {"sku": "b", "price": 5, "qty": 1},
                                   {"sku": "c", "price": 7, "qty": 4}]}"""),
                // FIRST_CALL: the path update itself has no feedback-dependent form.
                new Case("path_set", "SET on a path with a dynamic last segment (SET acc.byKey[k] = v)",
                        Tiering.FIRST_CALL, "FUNC index", """
                        FUNC index(items) {
                            LET acc = { count: 0, byKey: {} }
                            FOR EACH it IN items {
                                SET acc.byKey[it.k] = it.v
                                SET acc.count = acc.count + 1
                            }
                            RETURN acc
                        }
                        TRANSFORM T {
                            OUTPUT index(input.items)
                        }
                        """, """
                        {"items": [{"k": "x", "v": 1}, {"k": "y", "v": 2}, {"k": "x", "v": 3}]}"""),
                // FIRST_CALL: addK(1) is CALL_NAMED (a name bound to a lambda), fs[0](5) is CALL_VALUE of a
                // computed callee, and MAP with a lambda is inlined as a loop whose body is a CALL_VALUE.
                new Case("lambda_call", "lambda calls: CALL_NAMED of a lambda variable, CALL_VALUE, MAP's loop",
                        Tiering.FIRST_CALL, "transform T", """
                        TRANSFORM T {
                            LET k = 10
                            LET addK = (n) -> n + k
                            LET fs = [addK]
                            LET doubled = MAP(input.xs, (x) -> x * 2)
                            OUTPUT { one: addK(1), five: fs[0](5), doubled: doubled }
                        }
                        """, """
                        {"xs": [1, 2, 3]}"""),
                // FIRST_CALL: the TRY regions, handler locals and the RETRY counter, without fast paths.
                new Case("try_catch", "TRY/CATCH expression and statement; CATCH … RETRY n TIMES",
                        Tiering.FIRST_CALL, "transform T", """
                        TRANSFORM T {
                            LET attempts = 0
                            LET flaky = () -> {
                                SET attempts = attempts + 1
                                RETURN ASSERT(attempts >= 3, "not yet")
                            }
                            LET guarded = TRY input.items[3] CATCH (e) => { error: e.message, kind: e.type }
                            LET r = TRY flaky() CATCH (e) RETRY 5 TIMES -> "gave up"
                            OUTPUT { guarded: guarded, r: r, attempts: attempts }
                        }
                        """, """
                        {"items": [1]}"""),
                // FEEDBACK: square is a FUNC, so the call is CALL_FN, a direct call of the callee's target.
                new Case("func_calls_func", "a FUNC calling a FUNC (CALL_FN direct call)", Tiering.FEEDBACK,
                        "FUNC sumOfSquares", """
                        FUNC square(x) = x * x
                        FUNC sumOfSquares(a, b) = square(a) + square(b)
                        TRANSFORM T {
                            OUTPUT { s: sumOfSquares(input.a, input.b), t: sumOfSquares(2, 3) }
                        }
                        """, """
                        {"a": 3, "b": 4}"""),
                // FIRST_CALL: MAKE_OBJECT with static keys (a constant shape), an object with a computed key
                // (built key by key) and an array literal.
                new Case("object_literal", "object literals: MAKE_OBJECT with a constant shape, a computed key",
                        Tiering.FIRST_CALL, "FUNC describe", """
                        FUNC describe(name, qty, tag) = { item: { name: name, qty: qty }, flags: { [tag]: TRUE },
                                                          tags: [tag, name] }
                        TRANSFORM T {
                            OUTPUT describe(input.name, input.qty, input.tag)
                        }
                        """, """
                        {"name": "widget", "qty": 4, "tag": "sale"}"""),
                // FIRST_CALL: APPEND TO on a variable, on a path, and on a new key with INIT.
                new Case("append_to", "APPEND TO a variable, a path and a dynamic key with INIT",
                        Tiering.FIRST_CALL, "FUNC group", """
                        FUNC group(people) {
                            LET names = []
                            LET acc = { teams: {} }
                            FOR EACH p IN people {
                                APPEND TO names p.name
                                APPEND TO acc.teams.[p.team] p.name INIT ["first"]
                            }
                            RETURN { names: names, teams: acc.teams }
                        }
                        TRANSFORM T {
                            OUTPUT group(input.people)
                        }
                        """, """
                        {"people": [{"name": "a", "team": "x"}, {"name": "b", "team": "y"},
                                    {"name": "c", "team": "x"}]}"""),
                // FEEDBACK: FOR over RANGE(…) walks the range without building it; the sum sees only longs.
                new Case("for_range", "FOR over RANGE (lazy range cursor) with a long accumulator",
                        Tiering.FEEDBACK, "FUNC triangle", """
                        FUNC triangle(n) {
                            LET t = 0
                            FOR i IN RANGE(1, n) { SET t = t + i }
                            RETURN t
                        }
                        TRANSFORM T {
                            OUTPUT { t: triangle(input.n) }
                        }
                        """, """
                        {"n": 100}"""),
                // FIRST_CALL: inside the lambda, x is its own parameter (shadowing the outer x) but falls
                // through to the outer binding when the argument is missing: the name-chain instructions.
                new Case("name_chain", "a lambda parameter shadowing an outer variable (name chain)",
                        Tiering.FIRST_CALL, "lambda@3:13", """
                        TRANSFORM T {
                            LET x = "outer"
                            LET f = (x) -> x + "!"
                            OUTPUT { withArg: f("arg"), withoutArg: f() }
                        }
                        """, """
                        {}"""));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void generatedCodeMatchesApprovedText(Case c) {
        List<Captured> captured = new ArrayList<>();
        JitCompiler compiler = new JitCompiler(bytes -> {
            VerifiedJit.verify(bytes);
            captured.add(Captured.of(bytes));
        });
        int threshold = c.tiering() == Tiering.FEEDBACK ? 2 : 0;
        int runs = c.tiering() == Tiering.FEEDBACK ? FEEDBACK_RUNS : 1;
        Engine jit = Engine.builder().jitThreshold(threshold).jitBackground(false).jitMax(Integer.MAX_VALUE)
                .tierCompiler(compiler).build();
        Engine interpreter = Engine.builder().jit(false).build();

        String programName = c.name() + ".bl";
        String expected = CanonicalJson.of(interpreter.compile(programName, c.source()).runJson(c.input()));
        Program program = jit.compile(programName, c.source());
        for (int i = 1; i <= runs; i++) {
            assertEquals(expected, CanonicalJson.of(program.runJson(c.input())),
                    c.name() + ": JIT result differs from the interpreter's (run " + i + ")");
        }

        FunctionEntry entry = ProgramAccess.entries(program).all().stream()
                .filter(f -> f.name().equals(c.function())).findFirst()
                .orElseThrow(() -> new AssertionError(c.name() + ": no function '" + c.function() + "' in "
                        + ProgramAccess.entries(program).all().stream().map(FunctionEntry::name).toList()));
        FunctionCode target = entry.function();
        String suffix = "/" + FunctionEmitter.simpleClassName(target);
        List<Captured> mine = captured.stream().filter(k -> k.className().endsWith(suffix)).toList();
        if (mine.isEmpty()) {
            fail(c.name() + ": no class generated for function '" + c.function() + "' (" + entry.state() + ": "
                    + entry.declineReason() + "); generated: "
                    + captured.stream().map(Captured::className).collect(Collectors.joining(", ")));
        }
        StringBuilder text = new StringBuilder();
        text.append("// case ").append(c.name()).append(": ").append(c.about()).append('\n');
        text.append("// function ").append(c.function()).append(", tiering ").append(c.tiering())
                .append(c.tiering() == Tiering.FEEDBACK
                        ? " (threshold 2, foreground, " + FEEDBACK_RUNS + " runs)" : " (threshold 0)")
                .append(", classes ").append(mine.size()).append('\n');
        for (Captured k : mine) text.append('\n').append(k.text());
        approve(c.name(), text.toString());
    }

    // ---- capture ------------------------------------------------------------------------------------------------

    private record Captured(String className, String text) {
        static Captured of(byte[] bytes) {
            ClassReader reader = new ClassReader(bytes);
            StringWriter out = new StringWriter();
            reader.accept(new TraceClassVisitor(null, new Textifier(), new PrintWriter(out)), 0);
            return new Captured(reader.getClassName(), out.toString().replace("\r\n", "\n"));
        }
    }

    // ---- approval -----------------------------------------------------------------------------------------------

    private static Path approvedDir() {
        String dir = System.getProperty("turnout.approvedDir");
        return dir != null && !dir.isBlank() ? Path.of(dir) : Path.of("src", "test", "resources", "approved");
    }

    private static void approve(String name, String actual) {
        Path file = approvedDir().resolve(name + ".txt").toAbsolutePath();
        try {
            if (Boolean.getBoolean("turnout.approve")) {
                Files.createDirectories(file.getParent());
                Files.writeString(file, actual, StandardCharsets.UTF_8);
                return;
            }
            if (!Files.exists(file)) {
                fail("no approved text for case '" + name + "': " + file + " does not exist.\n"
                        + "Review the generated code, then create it with:\n  " + REGENERATE);
            }
            String approved = Files.readString(file, StandardCharsets.UTF_8).replace("\r\n", "\n");
            if (!approved.equals(actual)) {
                fail("generated code of case '" + name + "' differs from the approved text " + file + "\n"
                        + "(--- approved, +++ generated now; if the change is intended, regenerate with:\n  "
                        + REGENERATE + ")\n" + LineDiff.unified(approved, actual, 3, 80));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
