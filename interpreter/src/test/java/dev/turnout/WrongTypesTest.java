package dev.turnout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.json.JsonReader;
import dev.turnout.stdlib.CoreFunctions;
import dev.turnout.stdlib.LibraryFunction;
import dev.turnout.stdlib.StandardLibrary;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Robustness against wrong-typed values: every operator, path step, call, loop, update statement, OUTPUT, ABORT and
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
class WrongTypesTest {
    /** The odd values, as Branchline source. Each is parenthesised where it is used. */
    private static final List<String> ODD = List.of("NULL", "TRUE", "-1", "1.5", "9223372036854775807 * 4",
            "DEC(\"1.5\")", "\"\"", "\"x\"", "[]", "[1]", "{}", "{a: 1}", "(x) -> x");

    /** Every odd value in one array: the elements a callback of a higher-order function receives. */
    private static final String ALL_ODD_LIST =
            ODD.stream().map(v -> "(" + v + ")").collect(Collectors.joining(", ", "[", "]"));

    /** Callbacks that fail in the different ways a function body can fail. */
    private static final List<String> FAILING_CALLBACKS = List.of(
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
    private static final List<String> ODD_ARITY_CALLBACKS = List.of("() -> 1", "(a, b, c, d, e) -> e", "(a, b) -> b");

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
    private static final Engine ENGINE = Engine.builder()
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

    // ---- operators, paths, calls ------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicNode> operators() {
        List<DynamicNode> nodes = new ArrayList<>();
        for (String op : List.of("+", "-", "*", "/", "//", "%", "++", "==", "!=", "<", "<=", ">", ">=", "&&", "||",
                "??")) {
            nodes.add(group("binary " + op, probes -> {
                for (String a : ODD) {
                    for (String b : ODD) probes.add(Probe.expression("(" + a + ") " + op + " (" + b + ")"));
                }
            }));
        }
        nodes.add(group("unary ! and -", probes -> {
            for (String v : ODD) {
                probes.add(Probe.expression("!(" + v + ")"));
                probes.add(Probe.expression("-(" + v + ")"));
            }
        }));
        return nodes.stream();
    }

    @TestFactory
    Stream<DynamicNode> paths() {
        return Stream.of(
                group(".name and .N", probes -> {
                    for (String v : ODD) {
                        probes.add(Probe.expression("(" + v + ").name"));
                        probes.add(Probe.expression("(" + v + ").name.name"));
                        probes.add(Probe.expression("(" + v + ").0"));
                        probes.add(Probe.expression("(" + v + ").1"));
                    }
                }),
                group("[k]", probes -> {
                    for (String target : ODD) {
                        for (String key : ODD) probes.add(Probe.expression("(" + target + ")[(" + key + ")]"));
                    }
                    for (String key : ODD) probes.add(Probe.expression("[10, 20][(" + key + ")]"));
                }),
                group(".[a]", probes -> {
                    for (String target : ODD) {
                        for (String key : ODD) {
                            probes.add(Probe.expression("LET a = (" + key + ")", "(" + target + ").[a]"));
                        }
                    }
                }),
                group("object literal computed keys", probes -> {
                    for (String key : ODD) probes.add(Probe.expression("{ [(" + key + ")]: 1 }"));
                }));
    }

    @TestFactory
    Stream<DynamicNode> calls() {
        return Stream.of(group("calling non-functions", probes -> {
            for (String v : ODD) {
                probes.add(Probe.expression("(" + v + ")(1)"));
                probes.add(Probe.expression("(" + v + ")()"));
                probes.add(Probe.expression("LET f = (" + v + ")", "f(1)"));
                probes.add(Probe.expression("LET o = { f: (" + v + ") }", "o.f(1)"));
                probes.add(Probe.expression("[(" + v + ")][0](1, 2)"));
            }
            probes.add(Probe.expression("LET f = KEYS", "f({})"));
            probes.add(Probe.expression("LET f = (x) -> x", "f(1)(2)"));
        }));
    }

    // ---- statements ---------------------------------------------------------------------------------------------

    @TestFactory
    Stream<DynamicNode> loops() {
        return Stream.of(group("FOR and comprehensions over non-arrays", probes -> {
            for (String v : ODD) {
                probes.add(Probe.statements("FOR EACH item IN (" + v + ") { }"));
                probes.add(Probe.statements("FOR item IN (" + v + ") WHERE item { }"));
                probes.add(Probe.statements("FOR EACH item IN [(" + v + ")] WHERE item { }"));
                probes.add(Probe.expression("[item FOR EACH item IN (" + v + ")]"));
                probes.add(Probe.expression("[item FOR EACH item IN (" + v + ") WHERE item]"));
                probes.add(Probe.expression("[item FOR EACH item IN [(" + v + ")] WHERE item]"));
            }
        }));
    }

    @TestFactory
    Stream<DynamicNode> updates() {
        return Stream.of(
                group("SET through wrong values", probes -> {
                    for (String v : ODD) {
                        String let = "LET target = (" + v + ")\n";
                        for (String path : List.of("target.name", "target.0", "target[0]", "target[\"k\"]",
                                "target.a.b", "target.0.a", "target")) {
                            probes.add(Probe.statements(let + "SET " + path + " = 1"));
                        }
                        probes.add(Probe.statements("LET target = {a: 1}\nSET target[(" + v + ")] = 1"));
                        probes.add(Probe.statements("LET target = [1]\nSET target[(" + v + ")] = 1"));
                        probes.add(Probe.statements("LET target = {a: [1]}\nSET target.a[(" + v + ")] = 1"));
                        probes.add(Probe.statements("LET target = {a: {b: 1}}\nSET target[(" + v + ")].b = 1"));
                        probes.add(Probe.statements("LET k = (" + v + ")\nLET target = {a: 1}\nSET target.[k] = 1"));
                        probes.add(Probe.statements("LET target = {a: 1}\nSET target.a = (" + v + ")"));
                    }
                }),
                group("APPEND TO through wrong values", probes -> {
                    for (String v : ODD) {
                        String let = "LET target = (" + v + ")\n";
                        for (String path : List.of("target", "target.a", "target[0]", "target.a.b")) {
                            probes.add(Probe.statements(let + "APPEND TO " + path + " 1"));
                        }
                        probes.add(Probe.statements("LET target = {}\nAPPEND TO target.xs 1 INIT (" + v + ")"));
                        probes.add(Probe.statements("LET target = {xs: [0]}\nAPPEND TO target.xs 1 INIT (" + v + ")"));
                        probes.add(Probe.statements("LET target = NULL\nAPPEND TO target 1 INIT (" + v + ")"));
                        probes.add(Probe.statements("LET target = {a: (" + v + ")}\nAPPEND TO target.a 1"));
                        probes.add(Probe.statements("LET target = {a: 1}\nAPPEND TO target[(" + v + ")] 1"));
                        probes.add(Probe.statements("LET target = [[1]]\nAPPEND TO target[(" + v + ")] 1"));
                        probes.add(Probe.statements("LET target = []\nAPPEND TO target (" + v + ")"));
                    }
                }),
                group("MODIFY through wrong values", probes -> {
                    for (String v : ODD) {
                        probes.add(Probe.statements("LET target = (" + v + ")\nMODIFY target { a: 1 }"));
                        probes.add(Probe.statements("LET target = {a: (" + v + ")}\nMODIFY target.a { b: 1 }"));
                        probes.add(Probe.statements("LET target = [(" + v + ")]\nMODIFY target.0 { b: 1 }"));
                        probes.add(Probe.statements("LET target = {a: 1}\nMODIFY target { [(" + v + ")]: 1 }"));
                        probes.add(Probe.statements("LET target = {a: 1}\nMODIFY target { a: (" + v + ") }"));
                    }
                }));
    }

    /**
     * OUTPUT and ABORT cannot be guarded by TRY at the transform level (a TRY guards an expression), so they run
     * unguarded there, and guarded inside a FUNC, where OUTPUT always fails and ABORT's value is still checked.
     */
    @TestFactory
    Stream<DynamicNode> outputAndAbort() {
        return Stream.of(
                group("OUTPUT and ABORT at the transform level", probes -> {
                    for (String v : ODD) {
                        probes.add(Probe.unguarded("OUTPUT (" + v + ")"));
                        probes.add(Probe.unguarded("OUTPUT [(" + v + ")]"));
                        probes.add(Probe.unguarded("OUTPUT [{}, (" + v + ")]"));
                        probes.add(Probe.unguarded("OUTPUT { [(" + v + ")]: 1 }"));
                        probes.add(Probe.unguarded("ABORT (" + v + ")"));
                        probes.add(Probe.unguarded("TRY 1 // 0 CATCH (e) -> (" + v + ")"));
                        probes.add(Probe.unguarded("TRY 1 // 0 CATCH (e) -> ABORT (" + v + ")"));
                        probes.add(Probe.unguarded("TRY (" + v + ") CATCH (e) -> { caught: e }"));
                    }
                }),
                group("OUTPUT and ABORT inside functions", probes -> {
                    String funcs = "FUNC abortWith(v) {\n    ABORT v\n}\nFUNC emit(v) {\n    OUTPUT v\n}\n";
                    for (String v : ODD) {
                        probes.add(Probe.withDeclarations(funcs, "", "abortWith((" + v + "))"));
                        probes.add(Probe.withDeclarations(funcs, "", "emit((" + v + "))"));
                        probes.add(Probe.expression("(() -> { ABORT (" + v + ") })()"));
                    }
                }));
    }

    // ---- the standard library ---------------------------------------------------------------------------------

    /** A valid call per function and arity, whose arguments the odd values replace one position at a time. */
    private static String[] baseline(String name, int arity) {
        String[] args = switch (name) {
            case "GET" -> new String[] {"{a: 1}", "\"a\"", "0"};
            case "PUT" -> new String[] {"[1, 2]", "0", "9"};
            case "SUBSTRING" -> new String[] {"\"abcdef\"", "1", "2"};
            case "PAD" -> new String[] {"\"ab\"", "5", "\"xy\""};
            case "RANGE" -> new String[] {"1", "5", "2"};
            case "REPLACE" -> new String[] {"\"a-b\"", "\"-\"", "\"+\""};
            case "REDUCE" -> new String[] {"[1, 2]", "0", "(acc, x) -> acc + x"};
            case "APPLY" -> new String[] {"(a, b) -> a - b", "10", "3"};
            case "ASSERT" -> new String[] {"TRUE", "\"message\"", "1"};
            default -> new String[] {"1", "2", "3"};
        };
        return Arrays.copyOf(args, arity);
    }

    /** Arities to try: every allowed one up to 3 (varargs functions: 0 or their minimum up to 3). */
    private static List<Integer> arities(LibraryFunction f) {
        int max = f.maxArity() == LibraryFunction.VARARGS ? 3 : f.maxArity();
        List<Integer> result = new ArrayList<>();
        for (int n = f.minArity(); n <= max; n++) result.add(n);
        return result;
    }

    @TestFactory
    Stream<DynamicNode> standardLibrary() {
        List<LibraryFunction> all = StandardLibrary.all();
        assertEquals(64, all.size(), "the standard library has 64 functions");
        return all.stream().map(f -> DynamicContainer.dynamicContainer(f.name(),
                arities(f).stream().map(n -> group(f.name() + " with " + n + " argument" + (n == 1 ? "" : "s"),
                        probes -> libraryProbes(f, n, probes)))));
    }

    private static void libraryProbes(LibraryFunction f, int arity, List<Probe> probes) {
        if (arity == 0) {
            probes.add(Probe.expression(f.name() + "()"));
            return;
        }
        if (arity <= 2) {
            // Every combination: odd values interact (a wrong list with a wrong function, a key with a collection).
            for (String a : ODD) {
                if (arity == 1) {
                    probes.add(Probe.expression(call(f.name(), a)));
                } else {
                    for (String b : ODD) probes.add(Probe.expression(call(f.name(), a, b)));
                }
            }
        } else {
            // One position at a time, the others valid, so each error belongs to the position that caused it.
            String[] base = baseline(f.name(), arity);
            probes.add(Probe.expression(call(f.name(), base)));
            for (int position = 0; position < arity; position++) {
                for (String v : ODD) probes.add(Probe.expression(call(f.name(), replaced(base, position, v))));
            }
        }
        if (f.isHigherOrder()) callbackProbes(f.name(), arity, probes);
    }

    /**
     * For the higher-order functions: every collection (including one whose elements are all the odd values) with
     * every callback — callbacks returning each odd value, failing in each way, or declaring unusual parameter
     * counts. Non-collections need no such pairing: the collection is checked before the function is called.
     */
    private static void callbackProbes(String name, int arity, List<Probe> probes) {
        List<String> callbacks = new ArrayList<>();
        for (String v : ODD) callbacks.add("(x) -> (" + v + ")");
        if (name.equals("REDUCE")) {
            for (String v : ODD) callbacks.add("(acc, x) -> (" + v + ")");
            callbacks.add("(acc, x) -> acc + x");
        }
        callbacks.addAll(FAILING_CALLBACKS);
        callbacks.addAll(ODD_ARITY_CALLBACKS);
        if (name.equals("APPLY")) {
            for (String callback : callbacks) {
                String[] args = arity == 1 ? new String[] {callback} : new String[arity];
                if (arity > 1) {
                    Arrays.fill(args, ALL_ODD_LIST);
                    args[0] = callback;
                }
                probes.add(Probe.expression(call(name, args)));
            }
            return;
        }
        List<String> collections = List.of("[]", "[1, 2, 3]", ALL_ODD_LIST, "{}",
                "{a: 1, b: NULL, c: \"\", d: [], e: (x) -> x}");
        for (String collection : collections) {
            for (String callback : callbacks) {
                probes.add(Probe.expression(name.equals("REDUCE")
                        ? call(name, collection, "0", callback)
                        : call(name, collection, callback)));
            }
        }
        if (name.equals("REDUCE")) {
            for (String init : ODD) {
                probes.add(Probe.expression(call(name, ALL_ODD_LIST, init, "(acc, x) -> [acc, x]")));
            }
        }
    }

    private static String[] replaced(String[] args, int position, String value) {
        String[] copy = args.clone();
        copy[position] = value;
        return copy;
    }

    private static String call(String name, String... args) {
        return name + "(" + Arrays.stream(args).map(a -> "(" + a + ")").collect(Collectors.joining(", ")) + ")";
    }

    // ---- the library's Java implementations, called directly ----------------------------------------------------

    /**
     * The same odd values (plus NaN, -0.0 and the smallest 64-bit integer, which programs reach only by computing
     * them) handed straight to each function's {@link dev.turnout.stdlib.HostFunction}: the
     * interpreter turns a stray Java exception into a Branchline error, so only a direct call shows one for what it
     * is. Any failure must be a {@link TransformException}.
     */
    @TestFactory
    Stream<DynamicNode> libraryImplementationsDirectly() {
        List<Object> odd = javaOddValues();
        return StandardLibrary.all().stream().filter(f -> !f.isHigherOrder()).map(f -> DynamicTest.dynamicTest(
                f.name(), () -> assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
                    List<String> problems = new ArrayList<>();
                    for (int arity : arities(f)) {
                        for (Object[] args : javaArgumentLists(odd, arity)) {
                            try {
                                f.impl().call(args);
                            } catch (TransformException expected) {
                                if (expected.getMessage() == null) problems.add(describe(f, args) + ": no message");
                            } catch (RuntimeException | Error raw) {
                                problems.add(describe(f, args) + " threw " + raw);
                            }
                        }
                    }
                    assertTrue(problems.isEmpty(), report(problems));
                })));
    }

    private static List<Object[]> javaArgumentLists(List<Object> odd, int arity) {
        List<Object[]> lists = new ArrayList<>();
        if (arity == 0) {
            lists.add(new Object[0]);
        } else if (arity == 1) {
            for (Object a : odd) lists.add(new Object[] {a});
        } else {
            // Pairs in the first two positions (the rest null): enough to reach every type check.
            for (Object a : odd) {
                for (Object b : odd) {
                    Object[] args = new Object[arity];
                    args[0] = a;
                    args[1] = b;
                    lists.add(args);
                }
            }
            if (arity == 3) {
                for (Object c : odd) lists.add(new Object[] {"abc", 1L, c});
                for (Object c : odd) lists.add(new Object[] {ArrayValue.of(1L).freeze(), 0L, c});
            }
        }
        return lists;
    }

    private static List<Object> javaOddValues() {
        ObjectValue withA = new ObjectValue();
        withA.put("a", 1L);
        Object closure = ((ObjectValue) ENGINE.compile("closure.bl", "TRANSFORM T { OUTPUT { f: (x) -> x } }")
                .runValue(new ObjectValue())).get("f");
        return Arrays.asList(null, Boolean.TRUE, -1L, 1.5, BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(4)),
                new BigDecimal("1.5"), "", "x", new ArrayValue().freeze(), ArrayValue.of(1L).freeze(),
                new ObjectValue().freeze(), withA.freeze(), closure, Double.NaN, Long.MIN_VALUE, -0.0);
    }

    private static String describe(LibraryFunction f, Object[] args) {
        return f.name() + Arrays.stream(args).map(a -> a == null ? "null" : a + " (" + a.getClass().getSimpleName() + ")")
                .collect(Collectors.joining(", ", "(", ")"));
    }

    // ---- exact messages of the §10.3 catalogue --------------------------------------------------------------------

    /** A sample of the catalogue, checked word for word (LANGUAGE.md §8.4–§8.10, §7, §10.3). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', textBlock = """
            LET r = "x" - 1                                | IllegalArgumentException | Operator '-' expects numbers
            LET r = TRUE + 1                               | IllegalArgumentException | Operator '+' expects numbers or strings
            LET r = [1] + [2]                              | IllegalArgumentException | Operator '+' expects numbers or strings
            LET r = NULL * 2                               | IllegalArgumentException | Operator '*' expects numbers
            LET r = {} / 2                                 | IllegalArgumentException | Operator '/' expects numbers
            LET r = "7" // 2                               | IllegalArgumentException | Operator '//' expects numbers
            LET r = [] % 2                                 | IllegalArgumentException | Operator '%' expects numbers
            LET r = -"x"                                   | IllegalStateException    | Operator '-' expects numeric operands
            LET r = -NULL                                  | IllegalStateException    | Operator '-' expects numeric operands
            LET r = [1] ++ 1                               | IllegalArgumentException | Operator '++' expects two lists
            LET r = NULL ++ []                             | IllegalArgumentException | Operator '++' expects two lists
            LET r = DEC("1.5") + 1.5                       | IllegalArgumentException | Operator '+' does not allow mixing decimal and float; wrap floats with DEC()
            LET r = DEC("1.5") == 1.5                      | IllegalArgumentException | compare does not allow mixing decimal and float; wrap floats with DEC()
            LET r = 1.5 < DEC("1.5")                       | IllegalArgumentException | compare does not allow mixing decimal and float; wrap floats with DEC()
            LET r = 1.5 // 1                               | IllegalArgumentException | Operator '//' expects integer values; wrap floats with INT()
            LET r = DEC("1.5") // 1                        | IllegalArgumentException | Operator '//' does not support decimal values
            LET r = 1 / 0                                  | IllegalArgumentException | Division by zero
            LET r = 1.5 % 0                                | IllegalArgumentException | Division by zero
            LET r = (9223372036854775807 * 4) // 0         | ArithmeticException      | BigInteger divide by zero
            LET r = DEC("1.5") / 0                         | ArithmeticException      | Division by zero
            LET r = DEC("0.0") / 0                         | ArithmeticException      | Division undefined
            LET r = NULL.name                              | IllegalStateException    | Indexing supported only for list or object
            LET r = "x".0                                  | IllegalStateException    | Indexing supported only for list or object
            LET r = [1].name                               | IllegalStateException    | Cannot use name 'name' on list
            LET r = [1].1                                  | IllegalArgumentException | Index 1 out of bounds 0..0
            LET r = [][0]                                  | IllegalArgumentException | Index 0 out of bounds 0..-1
            LET r = [1][-1]                                | IllegalArgumentException | Index -1 out of bounds 0..0
            LET r = [1][TRUE]                              | IllegalStateException    | Index must be integer for list
            LET r = [1]["0"]                               | IllegalStateException    | Index must be integer for list
            LET r = [1][9223372036854775807 * 4]           | IllegalArgumentException | Failed requirement.
            LET r = {a: 1}[1.5]                            | IllegalStateException    | Computed key must be string or non-negative integer
            LET r = {a: 1}[-1]                             | IllegalArgumentException | Computed key must be non-negative integer
            LET r = { [TRUE]: 1 }                          | IllegalStateException    | Computed key must be string or non-negative integer
            LET r = { [-1]: 1 }                            | IllegalArgumentException | Computed key must be non-negative integer
            LET r = (1)(2)                                 | IllegalStateException    | Value is not callable
            LET f = 1\\nLET r = f(2)                        | IllegalStateException    | FUNC 'f' undefined
            FOR x IN {} { }                                | IllegalStateException    | FOR EACH expects list/iterable/sequence
            FOR x IN NULL { }                              | IllegalStateException    | FOR EACH expects list/iterable/sequence
            LET r = [x FOR EACH x IN "abc"]                | IllegalStateException    | Array comprehension expects list/iterable/sequence
            LET o = NULL\\nSET o.a = 1                      | IllegalStateException    | SET variable 'o' not found
            LET o = 5\\nSET o.a = 1                         | IllegalStateException    | Target parent must be object or list
            LET o = {}\\nSET o.a.b = 1                      | IllegalStateException    | SET: segment 'a' not found at <root>
            LET o = {a: 5}\\nSET o.a.b = 1                  | IllegalStateException    | Target parent must be object or list
            LET o = {a: 5}\\nSET o.a.b.c = 1                | IllegalStateException    | SET path enters non-container value
            LET o = [1]\\nSET o.a = 1                       | IllegalStateException    | Cannot use name segment on list
            LET o = [1]\\nSET o[3] = 1                      | IllegalArgumentException | Index 3 out of bounds 0..0
            LET o = {a: 1}\\nSET o[TRUE] = 1                | IllegalStateException    | Object key must be string or non-negative integer
            LET o = {a: 1}\\nSET o[-1] = 1                  | IllegalArgumentException | Object key must be non-negative
            LET o = [1]\\nSET o[TRUE] = 1                   | IllegalStateException    | Index must be integer for list
            LET o = 5\\nAPPEND TO o 1                       | IllegalStateException    | APPEND TO expects list in variable 'o'
            LET o = NULL\\nAPPEND TO o 1 INIT 5             | IllegalArgumentException | INIT for APPEND TO must evaluate to a list
            LET o = {a: 5}\\nAPPEND TO o.a 1                | IllegalStateException    | APPEND TO expects list at target path, got Long
            LET o = {}\\nAPPEND TO o.a 1 INIT "x"           | IllegalArgumentException | INIT for APPEND TO must evaluate to a list (got String)
            LET o = NULL\\nAPPEND TO o.a 1                  | IllegalStateException    | APPEND TO variable 'o' not found
            LET o = 5\\nMODIFY o { a: 1 }                   | IllegalStateException    | MODIFY target must be object
            LET o = NULL\\nMODIFY o { a: 1 }                | IllegalStateException    | MODIFY root 'o' not found
            LET o = {}\\nMODIFY o.a { b: 1 }                | IllegalStateException    | MODIFY path segment 'a' not found
            LET o = {a: 5}\\nMODIFY o.a.b { c: 1 }          | IllegalStateException    | MODIFY path enters non-container value
            LET o = {}\\nMODIFY o { [TRUE]: 1 }             | IllegalStateException    | Object key must be string or non-negative integer
            LET o = {}\\nMODIFY o { [-1]: 1 }               | IllegalArgumentException | Object key must be non-negative
            OUTPUT 5                                       | IllegalStateException    | Expected object or list of objects in OUTPUT, got Long
            OUTPUT "x"                                     | IllegalStateException    | Expected object or list of objects in OUTPUT, got String
            OUTPUT [{}, 5]                                 | IllegalArgumentException | Expected list of objects in OUTPUT, got Long
            OUTPUT [NULL]                                  | IllegalArgumentException | Expected list of objects in OUTPUT, got null
            OUTPUT { [TRUE]: 1 }                           | IllegalStateException    | Object key must be string or non-negative integer
            OUTPUT { [-1]: 1 }                             | IllegalArgumentException | Object key must be non-negative
            ABORT                                          | IllegalStateException    | ABORT
            ABORT 5                                        | ClassCastException       | ABORT value must be an object, got Long
            ABORT NULL                                     | NullPointerException     | ABORT value must be an object, got null
            LET r = (() -> { OUTPUT { a: 1 } })()          | IllegalStateException    | OUTPUT is not allowed in this context
            """)
    void catalogueMessage_isExact(String statements, String type, String message) {
        String source = "TRANSFORM T {\n" + statements.replace("\\n", "\n") + "\n}";
        Program program = ENGINE.compile("catalogue.bl", source);
        TransformException e = assertInstanceOfTransformException(() -> program.runJson("{}"), source);
        assertEquals(type, e.typeName(), source);
        assertEquals(message, e.getMessage(), source);
    }

    private static TransformException assertInstanceOfTransformException(Runnable run, String source) {
        try {
            run.run();
        } catch (TransformException e) {
            return e;
        } catch (RuntimeException e) {
            fail("a raw " + e + " escaped\n" + source, e);
        }
        return fail("no error\n" + source);
    }

    // ---- the harness --------------------------------------------------------------------------------------------

    /**
     * One generated check: top-level declarations, statements to run before, and either an expression (guarded by
     * TRY in one run) or statements (guarded by running them in a lambda body), or statements that can only run
     * unguarded.
     */
    private record Probe(String declarations, String prelude, String expression, String statements, boolean guardable) {
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
    private static DynamicTest group(String name, Consumer<List<Probe>> generator) {
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

    private static String report(List<String> problems) {
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
        if (e.kind() == ErrorKind.LIMIT_EXCEEDED && !message.startsWith("value size limit exceeded")) {
            problems.add("runaway (step or time limit): " + e.render() + "\n" + source);
        }
        // The JSON writer's NaN/Infinity error (D10) is raised after the program ended: it has no program location.
        if ((e.line() <= 0 || e.branchlineStack().isEmpty()) && !message.startsWith("cannot write")) {
            problems.add("error without a location or stack: " + e.render() + "\n" + source);
        }
    }
}
