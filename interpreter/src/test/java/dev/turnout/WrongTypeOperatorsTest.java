package dev.turnout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * Operators, path steps ({@code .name}, {@code .N}, {@code [k]}, {@code .[a]}, computed keys), calls of non-functions,
 * loops and comprehensions over non-arrays, SET/APPEND TO/MODIFY through wrong values, OUTPUT and ABORT, each fed every
 * odd value in every position, guarded by TRY and unguarded; see {@link WrongTypeProbes} for what each probe checks.
 */
class WrongTypeOperatorsTest extends WrongTypeProbes {
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
}
