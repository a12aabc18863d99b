package dev.turnout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.TransformException;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.stdlib.LibraryFunction;
import dev.turnout.stdlib.StandardLibrary;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every standard-library function at every allowed arity fed the odd values (and the higher-order ones every kind of
 * callback), through programs as in {@link WrongTypeProbes}, and then each non-higher-order function's Java
 * implementation called directly, where a stray Java exception would not be disguised by the interpreter.
 */
class WrongTypeLibraryTest extends WrongTypeProbes {
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
}
