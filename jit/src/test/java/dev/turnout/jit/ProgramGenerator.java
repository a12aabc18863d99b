package dev.turnout.jit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple2;

/**
 * Generates random well-formed Branchline programs for {@link TierAgreementProperties}: programs that always pass
 * the static checks (every name is bound where it is used, no LET shadows, no OUTPUT outside the transform) and
 * always terminate (loops run over bounded arrays, recursion is bounded by a depth parameter), but may fail at run
 * time — an error must be the same in every tier, so it tests as much as a result does.
 *
 * <p>Expressions are <em>typed</em>: a generator is asked for a number, a string, an array and so on, and gives
 * one most of the time (and a value of any type now and then, to provoke the type errors), so that most programs
 * run to their end instead of stopping at the first {@code "x" * 2}. Variables remember the type they were given.
 *
 * <p>The programs always declare the same four FUNCs, so that any expression can call them:
 * <pre>
 * FUNC deep(d) = IF d <= 0 THEN 0 ELSE 1 + deep(d - 1)     recursion depth as data (the call-depth limit)
 * FUNC rec(d, x) { IF d <= 0 THEN { RETURN … } RETURN … rec(d - 1, …) … }   bounded self-recursion
 * FUNC fx(x, y) = …                                        may call rec
 * FUNC walk(xs, k) { LET out = [] … RETURN … }             loops and APPEND TO; may call rec and fx
 * </pre>
 * and a transform whose body starts with {@code LET acc = []}, {@code LET cnt = 0}, {@code LET obj = {}}, runs
 * random statements, and ends with an OUTPUT of every top-level variable, so that every value computed is compared.
 * The call graph is acyclic apart from the self-calls of {@code rec} (always {@code d - 1}) and {@code deep}.
 *
 * <p>Everything is built from jqwik combinators, so a failing program shrinks towards fewer statements and smaller
 * expressions. Every operand is parenthesised, which keeps precedence, the IF-expression rule (LANGUAGE.md §3.2
 * rule 3), lambda bodies that start with {@code {} and the {@code //} comment-or-operator rule (§2.3) out of the
 * way. Arbitraries are memoised per scope and depth: jqwik then reuses their generators, which keeps generation
 * to about a millisecond per program.
 */
final class ProgramGenerator {
    /** Integer literals at the 64-bit edges: overflow to BigInteger, MIN_VALUE only by arithmetic, BI literals. */
    private static final String[] INTEGERS = {
        "0", "1", "2", "3", "7", "10", "42", "(-1)", "(-7)",
        "9223372036854775807", "9223372036854775806", "(-9223372036854775807 - 1)", "(-9223372036854775808)",
        "9223372036854775808", "4611686018427387904", "3037000500", "4294967296", "2147483648"};
    private static final String[] FLOATS = {
        "0.0", "(-0.0)", "0.5", "1.5", "0.1", "2.25", "(-3.75)", "1000000.5", "9223372036854775807.0",
        "123456789012345678901234567890.5", "0.000001"};
    private static final String[] STRINGS = {"\"\"", "\"a\"", "\"B\"", "\"10\"", "\"x y\"", "\"é\"", "\"name\""};
    /** Keys of literal objects and of input records; their order is shuffled per literal and per record. */
    private static final String[] KEYS = {"id", "name", "v", "w"};
    private static final String[] ARITHMETIC = {"+", "+", "-", "*", "/", "//", "%"};
    private static final String[] COMPARISON = {"==", "!=", "<", "<=", ">", ">="};
    private static final int EXPRESSION_DEPTH = 3;

    /** What a generated expression evaluates to, most of the time. */
    enum Type { NUM, STR, BOOL, ARR, OBJ, ANY }

    /** Which body code is in: decides the FUNCs it may call and whether OUTPUT is allowed. */
    enum Place { TRANSFORM, REC, FX, WALK }

    /** A variable and the type of the value it was given. */
    record Var(String name, Type type) {}

    /** An array expression and the type of its elements. */
    record Arr(String text, Type element) {}

    /** A generated statement list and the scope after it. */
    record Block(String text, Scope after) {}

    /** Where an expression or statement is generated: what it may read and call. */
    record Scope(Place place, List<Var> vars, List<String> lambdas, int nesting, int nextVar, String indent) {
        Scope with(Var v) {
            List<Var> more = new ArrayList<>(vars);
            more.add(v);
            return new Scope(place, more, lambdas, nesting, nextVar + 1, indent);
        }

        Scope withLambda(String name) {
            List<String> more = new ArrayList<>(lambdas);
            more.add(name);
            return new Scope(place, vars, more, nesting, nextVar + 1, indent);
        }

        /** One binding construct deeper (lambda, comprehension, CATCH, loop, branch), with {@code bound} added. */
        Scope nested(Var... bound) {
            List<Var> more = new ArrayList<>(vars);
            more.addAll(List.of(bound));
            return new Scope(place, more, lambdas, nesting + 1, nextVar, indent);
        }

        /**
         * This scope without some variables: the value stored into a container must not mention the container, or a
         * loop doubles it every iteration ({@code SET obj.v = [obj, obj]}) and the run takes exponential time.
         */
        Scope without(String... names) {
            List<Var> fewer = new ArrayList<>(vars);
            fewer.removeIf(v -> List.of(names).contains(v.name()));
            return new Scope(place, fewer, lambdas, nesting, nextVar, indent);
        }

        Scope indented() {
            return new Scope(place, vars, lambdas, nesting, nextVar, indent + "    ");
        }

        List<String> names(Type type) {
            List<String> names = new ArrayList<>();
            for (Var v : vars) if (type == Type.ANY || v.type() == type) names.add(v.name());
            return names;
        }

        /** The FUNCs code here may call without risking unbounded recursion. */
        List<String> callable() {
            return switch (place) {
                case TRANSFORM -> List.of("rec", "fx", "walk", "deep");
                case WALK -> List.of("rec", "fx", "deep");
                case FX -> List.of("rec", "deep");
                case REC -> List.of("deep");
            };
        }

        boolean top() {
            return place == Place.TRANSFORM;
        }
    }

    private final Map<List<Object>, Arbitrary<?>> memo = new HashMap<>();

    private ProgramGenerator() {}

    // ---------------------------------------------------------------- programs and inputs

    static Arbitrary<String> programs() {
        return new ProgramGenerator().program();
    }

    private Arbitrary<String> program() {
        Scope fx = new Scope(Place.FX, List.of(new Var("x", Type.ANY), new Var("y", Type.ANY)), List.of(), 0, 0, "");
        Scope rec = new Scope(Place.REC, List.of(new Var("d", Type.NUM), new Var("x", Type.ANY)), List.of(), 0, 0,
                "        ");
        Scope walk = new Scope(Place.WALK, List.of(new Var("xs", Type.ARR), new Var("k", Type.ANY),
                new Var("out", Type.ARR)), List.of(), 0, 0, "    ");
        Scope transform = new Scope(Place.TRANSFORM, List.of(new Var("acc", Type.ARR), new Var("cnt", Type.NUM),
                new Var("obj", Type.OBJ)), List.of(), 0, 0, "    ");
        Arbitrary<String> recBase = any(rec, 2);
        Arbitrary<String> recStep = Combinators.combine(any(rec, 2), any(rec, 1),
                Arbitraries.of("+", "++", "??", "*", "list", "if", "object")).as((e, arg, how) -> {
                    String call = "rec(d - 1, " + arg + ")";
                    return switch (how) {
                        case "list" -> "[" + e + ", " + call + "]";
                        case "if" -> "IF " + e + " THEN " + call + " ELSE " + e;
                        case "object" -> "{ v: " + e + ", w: " + call + " }";
                        default -> "(" + e + " " + how + " " + call + ")";
                    };
                });
        Arbitrary<String> fxBody = any(fx, EXPRESSION_DEPTH);
        Arbitrary<String> walkBody = Arbitraries.integers().between(0, 3).flatMap(n -> statements(walk, n))
                .flatMap(body -> Combinators.combine(Arbitraries.of(0, 1, 2), any(body.after(), 2)).as((how, e) ->
                        switch (how) {
                            case 0 -> body.text() + "    RETURN out\n";
                            case 1 -> body.text() + "    RETURN [out, " + e + "]\n";
                            default -> body.text() + "    RETURN " + e + "\n";
                        }));
        Arbitrary<Block> main = Arbitraries.integers().between(1, 7).flatMap(n -> statements(transform, n));
        return Combinators.combine(recBase, recStep, fxBody, walkBody, main).as((base, step, fxE, walkB, body) -> {
            StringBuilder out = new StringBuilder();
            out.append("FUNC deep(d) = IF d <= 0 THEN 0 ELSE 1 + deep(d - 1)\n");
            out.append("FUNC rec(d, x) {\n    IF d <= 0 THEN {\n        RETURN ").append(base)
                    .append("\n    }\n    RETURN ").append(step).append("\n}\n");
            out.append("FUNC fx(x, y) = ").append(fxE).append('\n');
            out.append("FUNC walk(xs, k) {\n    LET out = []\n").append(walkB).append("}\n");
            out.append("TRANSFORM T {\n    LET acc = []\n    LET cnt = 0\n    LET obj = {}\n").append(body.text());
            out.append("    OUTPUT {");
            List<String> names = body.after().names(Type.ANY);
            for (int i = 0; i < names.size(); i++) {
                out.append(i == 0 ? " " : ", ").append(names.get(i)).append(": ").append(names.get(i));
            }
            out.append(" }\n}\n");
            return out.toString();
        });
    }

    /**
     * A JSON input object: {@code a}, {@code b} numbers (at the edges) or now and then something else, {@code s}
     * a scalar, {@code n} a small count, {@code xs} numbers, {@code rs} records whose keys come in changing orders
     * and subsets (so property sites see several shapes), {@code o} one record.
     */
    static Arbitrary<String> inputs() {
        Arbitrary<String> record = Arbitraries.of(KEYS).list().uniqueElements().ofMaxSize(4)
                .flatMap(keys -> Combinators.combine(Arbitraries.integers().between(-3, 30), jsonString(),
                        jsonNumber(), jsonNumberOrOther()).as((id, name, v, w) -> {
                            StringBuilder o = new StringBuilder("{");
                            for (String key : keys) {
                                String value = switch (key) {
                                    case "id" -> String.valueOf(id);
                                    case "name" -> name;
                                    case "v" -> v;
                                    default -> w;
                                };
                                o.append(o.length() == 1 ? "" : ", ").append('"').append(key).append("\": ")
                                        .append(value);
                            }
                            return o.append('}').toString();
                        }));
        Arbitrary<String> numbers = jsonNumber().list().ofMaxSize(6).map(l -> "[" + String.join(", ", l) + "]");
        Arbitrary<String> records = record.list().ofMaxSize(6).map(l -> "[" + String.join(", ", l) + "]");
        Arbitrary<String> s = Arbitraries.frequencyOf(Tuple.of(5, jsonString()), Tuple.of(1, jsonScalar()));
        return Combinators.combine(jsonNumberOrOther(), jsonNumberOrOther(), s, Arbitraries.integers().between(0, 12),
                numbers, records, record).as((a, b, str, n, xs, rs, o) -> "{\"a\": " + a + ", \"b\": " + b + ", \"s\": "
                + str + ", \"n\": " + n + ", \"xs\": " + xs + ", \"rs\": " + rs + ", \"o\": " + o + "}");
    }

    private static Arbitrary<String> jsonNumber() {
        return Arbitraries.frequencyOf(
                Tuple.of(5, Arbitraries.integers().between(-20, 20).map(String::valueOf)),
                Tuple.of(2, Arbitraries.of("9223372036854775807", "-9223372036854775808", "9223372036854775806",
                        "4611686018427387904", "1e2", "3037000500")),
                Tuple.of(2, Arbitraries.of("1.5", "-0.0", "0.1", "2.0", "1e300", "-2.5e-3", "9223372036854775808",
                        "123456789012345678901234567890")));
    }

    private static Arbitrary<String> jsonString() {
        return Arbitraries.of("\"\"", "\"a\"", "\"Zed\"", "\"10\"", "\"x y\"");
    }

    private static Arbitrary<String> jsonNumberOrOther() {
        return Arbitraries.frequencyOf(Tuple.of(6, jsonNumber()), Tuple.of(1, jsonScalar()));
    }

    private static Arbitrary<String> jsonScalar() {
        return Arbitraries.frequencyOf(Tuple.of(3, jsonNumber()), Tuple.of(2, jsonString()),
                Tuple.of(1, Arbitraries.of("null", "true", "false")));
    }

    // ---------------------------------------------------------------- statements

    /** {@code n} statements in scope {@code s}, each on its own line(s) at the scope's indentation. */
    Arbitrary<Block> statements(Scope s, int n) {
        if (n == 0) return Arbitraries.just(new Block("", s));
        return statement(s).flatMap(first -> statements(first.after(), n - 1)
                .map(rest -> new Block(first.text() + rest.text(), rest.after())));
    }

    private Arbitrary<Block> statement(Scope s) {
        return memo(List.of("statement", s), () -> {
            String in = s.indent();
            String accumulator = s.top() ? "acc" : "out";
            String err = "e" + s.nesting();
            List<Tuple2<Integer, Arbitrary<Block>>> choices = new ArrayList<>();
            if (s.nesting() == 0) {
                // LET only at the body's top level: a LET inside IF/FOR would be invisible afterwards (§6.3).
                String name = (s.top() ? "v" : "q") + s.nextVar();
                for (Type t : Type.values()) {
                    choices.add(Tuple.of(t == Type.ANY ? 2 : 1, lazy(() -> of(t, s, EXPRESSION_DEPTH)
                            .map(e -> new Block(in + "LET " + name + " = " + e + "\n", s.with(new Var(name, t)))))));
                }
                choices.add(Tuple.of(2, lazy(() -> Arbitraries.of(Type.values()).flatMap(t -> Combinators.combine(
                        of(t, s, EXPRESSION_DEPTH), of(t, s.nested(new Var(err, Type.OBJ)), 1)).as((e, fallback) ->
                        new Block(in + "LET " + name + " = TRY " + e + " CATCH (" + err + ") -> " + fallback + "\n",
                                s.with(new Var(name, t))))))));
                String fn = (s.top() ? "fn" : "fq") + s.nextVar();
                choices.add(Tuple.of(2, lazy(() -> Arbitraries.of(Type.values()).flatMap(t -> lambda(s, List.of(t),
                        Type.ANY, 2).map(l -> new Block(in + "LET " + fn + " = " + l + "\n", s.withLambda(fn)))))));
                if (s.top()) {
                    // A closure that updates a captured variable each time it is called (a Cell in both tiers).
                    choices.add(Tuple.of(1, lazy(() -> num(s, 1).map(e -> new Block(in + "LET " + fn
                            + " = () -> {\n" + in + "    SET cnt = (cnt + " + e + ")\n" + in + "    RETURN cnt\n"
                            + in + "}\n", s.withLambda(fn))))));
                }
            }
            if (!s.vars().isEmpty()) {
                choices.add(Tuple.of(4, lazy(() -> Arbitraries.of(s.vars()).flatMap(v -> {
                    // Numbers and strings may mention themselves (SET cnt = cnt + 1); containers may not.
                    Scope from = v.type() == Type.NUM || v.type() == Type.STR ? s : s.without(v.name());
                    return Arbitraries.frequencyOf(Tuple.of(9, of(v.type(), from, EXPRESSION_DEPTH)),
                            Tuple.of(1, any(from, 1)))
                            .map(e -> new Block(in + "SET " + v.name() + " = " + e + "\n", s));
                }))));
            }
            choices.add(Tuple.of(4, lazy(() -> any(s.without(accumulator), EXPRESSION_DEPTH)
                    .map(e -> new Block(in + "APPEND TO " + accumulator + " (" + e + ")\n", s)))));
            if (s.top()) {
                Scope noObj = s.without("obj");
                choices.add(Tuple.of(2, lazy(() -> Combinators.combine(Arbitraries.of(KEYS), any(noObj, 2))
                        .as((k, e) -> new Block(in + "SET obj." + k + " = " + e + "\n", s)))));
                choices.add(Tuple.of(2, lazy(() -> Combinators.combine(key(s), any(noObj, 2))
                        .as((k, e) -> new Block(in + "APPEND TO obj[" + k + "] (" + e + ")\n", s)))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(Arbitraries.of(KEYS), any(noObj, 2),
                        num(noObj, 1))
                        .as((k, e, f) -> new Block(in + "MODIFY obj { " + k + ": " + e + ", extra: " + f + " }\n",
                                s)))));
                // Deeper paths, after building the containers they go through (SET never creates them, §7.2)...
                choices.add(Tuple.of(2, lazy(() -> Combinators.combine(any(noObj, 1), any(noObj, 1), any(noObj, 1),
                        any(noObj, 1)).as((a, b, c, d) -> new Block(in + "SET obj.v = { w: [" + a + ", 0], id: 1 }\n"
                                + in + "SET obj.v.w[1] = " + b + "\n"
                                + in + "APPEND TO obj.v.w (" + c + ")\n"
                                + in + "APPEND TO obj.v.[cnt] (" + d + ") INIT [\"first\"]\n"
                                + in + "MODIFY obj.v { id: " + a + ", [\"k\" + 1]: 2 }\n", s)))));
                choices.add(Tuple.of(1, lazy(() -> any(s.without("acc"), 2).map(e -> new Block(in
                        + "IF LENGTH(acc) > 0 THEN {\n"
                        + in + "    SET acc[LENGTH(acc) - 1] = " + e + "\n" + in + "}\n", s)))));
                // ... and without: these fail unless an earlier statement happened to build the path.
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(Arbitraries.of("SET obj.v.w = ",
                        "SET acc[1].v = ", "SET obj.id.name = ", "APPEND TO obj.w.v ", "MODIFY obj.name { w: "),
                        any(s.without("obj", "acc"), 1))
                        .as((update, e) -> new Block(in + update + (update.startsWith("APPEND") ? "(" + e + ")"
                                : update.startsWith("MODIFY") ? e + " }" : e) + "\n", s)))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(obj(s, 1), obj(s, 1))
                        .as((a, b) -> new Block(in + "OUTPUT [" + a + ", " + b + "]\n", s)))));
                choices.add(Tuple.of(2, lazy(() -> objectLiteral(s, 3).map(o -> new Block(in + "OUTPUT " + o + "\n",
                        s)))));
                choices.add(Tuple.of(2, lazy(() -> Combinators.combine(any(s, EXPRESSION_DEPTH),
                        any(s.nested(new Var(err, Type.OBJ)), 1)).as((e, f) -> new Block(in + "TRY " + e + " CATCH ("
                        + err + ") -> { error: " + err + ".type, at: " + f + " }\n", s)))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(bool(s, 2), Arbitraries.of("RETURN", "ABORT",
                        "ABORT { stopped: TRUE }", "RETURN 5")).as((c, stop) -> new Block(in + "IF " + c + " THEN {\n"
                        + in + "    " + stop + "\n" + in + "}\n", s)))));
            }
            if (s.nesting() < 2) {
                String it = "it" + s.nesting();
                choices.add(Tuple.of(5, lazy(() -> array(s, 2).flatMap(xs -> {
                    Scope body = s.nested(new Var(it, xs.element())).indented();
                    return Combinators.combine(Arbitraries.integers().between(1, 3).flatMap(n -> statements(body, n)),
                            bool(body, 1).injectNull(0.7)).as((b, where) -> new Block(in + "FOR EACH " + it + " IN "
                            + xs.text() + (where == null ? "" : " WHERE " + where) + " {\n" + b.text() + in + "}\n",
                            s));
                }))));
                Scope branch = s.nested().indented();
                choices.add(Tuple.of(3, lazy(() -> Combinators.combine(bool(s, 2),
                        Arbitraries.integers().between(1, 2).flatMap(n -> statements(branch, n)),
                        Arbitraries.integers().between(0, 2).flatMap(n -> statements(branch, n)))
                        .as((c, then, otherwise) -> new Block(in + "IF " + c + " THEN {\n" + then.text() + in + "}"
                                + (otherwise.text().isEmpty() ? "" : " ELSE {\n" + otherwise.text() + in + "}") + "\n",
                                s)))));
            }
            return Arbitraries.frequencyOf(choices);
        });
    }

    // ---------------------------------------------------------------- typed expressions

    Arbitrary<String> of(Type type, Scope s, int depth) {
        return switch (type) {
            case NUM -> num(s, depth);
            case STR -> str(s, depth);
            case BOOL -> bool(s, depth);
            case ARR -> array(s, depth).map(Arr::text);
            case OBJ -> obj(s, depth);
            case ANY -> any(s, depth);
        };
    }

    /** Usually a number: the 64-bit edges, floats, counters, lengths, sums, record fields. */
    Arbitrary<String> num(Scope s, int depth) {
        return memo(List.of("num", s, depth), () -> {
            List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
            choices.add(Tuple.of(5, Arbitraries.of(INTEGERS)));
            choices.add(Tuple.of(2, Arbitraries.of(FLOATS)));
            addVariables(choices, s, Type.NUM, 5);
            if (s.top()) choices.add(Tuple.of(3, Arbitraries.of("input.a", "input.b", "input.n")));
            if (depth > 0) {
                int d = depth - 1;
                choices.add(Tuple.of(8, lazy(() -> Combinators.combine(num(s, d), Arbitraries.of(ARITHMETIC), num(s, d))
                        // The left operand in parentheses: after a "}" (an object literal), "//" starts a
                        // comment (LANGUAGE.md §2.3), not an integer division.
                        .as((l, op, r) -> "((" + l + ") " + op + " " + r + ")"))));
                choices.add(Tuple.of(1, lazy(() -> num(s, d).map(e -> "(- " + e + ")"))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(bool(s, d), num(s, d), num(s, d))
                        .as((c, a, b) -> "(IF " + c + " THEN " + a + " ELSE " + b + ")"))));
                choices.add(Tuple.of(2, lazy(() -> array(s, d).map(xs -> "LENGTH(" + xs.text() + ")"))));
                choices.add(Tuple.of(1, lazy(() -> numbers(s, d).map(xs -> "SUM(" + xs + ")"))));
                choices.add(Tuple.of(2, lazy(() -> Combinators.combine(numbers(s, d), num(s, 0))
                        .flatAs((xs, init) -> lambda(s, List.of(Type.NUM, Type.NUM), Type.NUM, d)
                                .map(fn -> "REDUCE(" + xs + ", " + init + ", " + fn + ")")))));
                choices.add(Tuple.of(2, lazy(() -> read(s, d, Type.NUM))));
                choices.add(Tuple.of(1, Arbitraries.of("DEC(\"1.10\")", "DEC(\"-0.5\")", "DEC(3)",
                        "DEC(\"123456789012345678901234567890.123\")")));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(Arbitraries.of("ABS", "ROUND", "INT", "DEC"),
                        num(s, d))
                        .as((f, e) -> f + "(" + e + ")"))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(num(s, d), num(s.nested(), 0))
                        .as((e, f) -> "(TRY " + e + " CATCH (e" + s.nesting() + ") -> " + f + ")"))));
                choices.add(Tuple.of(1, lazy(() -> deepCall(s))));
                choices.add(Tuple.of(1, lazy(() -> any(s, d))));
            }
            return Arbitraries.frequencyOf(choices);
        });
    }

    /** Usually a string: literals, concatenation with anything, conversions, record names, error messages. */
    Arbitrary<String> str(Scope s, int depth) {
        return memo(List.of("str", s, depth), () -> {
            List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
            choices.add(Tuple.of(4, Arbitraries.of(STRINGS)));
            addVariables(choices, s, Type.STR, 4);
            for (Var v : s.vars()) {
                if (v.name().startsWith("e")) choices.add(Tuple.of(2, Arbitraries.of(v.name() + ".message",
                        v.name() + ".type")));
            }
            if (s.top()) choices.add(Tuple.of(1, Arbitraries.just("input.s")));
            if (depth > 0) {
                int d = depth - 1;
                choices.add(Tuple.of(5, lazy(() -> Combinators.combine(str(s, d), any(s, d))
                        .as((a, b) -> "(" + a + " + " + b + ")"))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(num(s, d), str(s, d))
                        .as((a, b) -> "(" + a + " + " + b + ")"))));
                choices.add(Tuple.of(2, lazy(() -> Combinators.combine(Arbitraries.of("UPPER", "LOWER", "TRIM"),
                        str(s, d)).as((f, e) -> f + "(" + e + ")"))));
                choices.add(Tuple.of(2, lazy(() -> any(s, d).map(e -> "STRING(" + e + ")"))));
                choices.add(Tuple.of(1, lazy(() -> array(s, d).map(xs -> "JOIN(" + xs.text() + ", \"-\")"))));
                choices.add(Tuple.of(2, lazy(() -> read(s, d, Type.STR))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(bool(s, d), str(s, d), str(s, d))
                        .as((c, a, b) -> "(IF " + c + " THEN " + a + " ELSE " + b + ")"))));
                choices.add(Tuple.of(1, lazy(() -> any(s, d))));
            }
            return Arbitraries.frequencyOf(choices);
        });
    }

    /** Usually a boolean: comparisons, logic, SOME/EVERY, CONTAINS. */
    Arbitrary<String> bool(Scope s, int depth) {
        return memo(List.of("bool", s, depth), () -> {
            List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
            choices.add(Tuple.of(1, Arbitraries.of("TRUE", "FALSE")));
            addVariables(choices, s, Type.BOOL, 2);
            if (depth > 0) {
                int d = depth - 1;
                choices.add(Tuple.of(6, lazy(() -> Combinators.combine(num(s, d), Arbitraries.of(COMPARISON), num(s, d))
                        // The left operand in parentheses: after a "}" (an object literal), "//" starts a
                        // comment (LANGUAGE.md §2.3), not an integer division.
                        .as((l, op, r) -> "((" + l + ") " + op + " " + r + ")"))));
                choices.add(Tuple.of(2, lazy(() -> Combinators.combine(any(s, d), Arbitraries.of("==", "!=", "<"),
                        any(s, d)).as((l, op, r) -> "(" + l + " " + op + " " + r + ")"))));
                choices.add(Tuple.of(2, lazy(() -> Combinators.combine(bool(s, d), Arbitraries.of("&&", "||"),
                        bool(s, d)).as((l, op, r) -> "(" + l + " " + op + " " + r + ")"))));
                choices.add(Tuple.of(1, lazy(() -> any(s, d).map(e -> "(! " + e + ")"))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(str(s, d), str(s, d))
                        .as((a, b) -> "CONTAINS(" + a + ", " + b + ")"))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(Arbitraries.of("SOME", "EVERY"), array(s, d))
                        .flatAs((f, xs) -> lambda(s, List.of(xs.element()), Type.BOOL, d)
                                .map(fn -> f + "(" + xs.text() + ", " + fn + ")")))));
                choices.add(Tuple.of(1, lazy(() -> any(s, d))));
            }
            return Arbitraries.frequencyOf(choices);
        });
    }

    /** Usually an object, often one of a few shapes with the same keys in different orders. */
    Arbitrary<String> obj(Scope s, int depth) {
        return memo(List.of("obj", s, depth), () -> {
            List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
            addVariables(choices, s, Type.OBJ, 5);
            if (s.top()) choices.add(Tuple.of(2, Arbitraries.of("input.o", "obj")));
            choices.add(Tuple.of(3, lazy(() -> objectLiteral(s, depth))));
            if (depth > 0) {
                int d = depth - 1;
                // The same keys in two orders: two shapes at every site the value reaches.
                choices.add(Tuple.of(2, lazy(() -> Combinators.combine(bool(s, d), num(s, d), str(s, d))
                        .as((c, n, t) -> "(IF " + c + " THEN { id: " + n + ", name: " + t + " } ELSE { name: " + t
                                + ", id: " + n + " })"))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(obj(s, d), key(s), any(s, d))
                        .as((o, k, v) -> "PUT(" + o + ", " + k + ", " + v + ")"))));
                choices.add(Tuple.of(1, lazy(() -> records(s).flatMap(rs -> lambda(s, List.of(Type.OBJ), Type.BOOL, d)
                        .map(fn -> "(FIND(" + rs + ", " + fn + ") ?? {})")))));
                choices.add(Tuple.of(1, lazy(() -> any(s, d))));
            }
            return Arbitraries.frequencyOf(choices);
        });
    }

    /** Usually an array, with the type of its elements as far as it is known. */
    Arbitrary<Arr> array(Scope s, int depth) {
        return memo(List.of("array", s, depth), () -> {
            List<Tuple2<Integer, Arbitrary<Arr>>> choices = new ArrayList<>();
            choices.add(Tuple.of(2, Arbitraries.of(new Arr("[1, 2, 3]", Type.NUM), new Arr("[]", Type.ANY),
                    new Arr("RANGE(4)", Type.NUM))));
            if (s.top()) {
                choices.add(Tuple.of(8, Arbitraries.of(new Arr("input.xs", Type.NUM), new Arr("input.rs", Type.OBJ),
                        new Arr("acc", Type.ANY), new Arr("RANGE(input.n)", Type.NUM))));
            }
            List<String> arrays = s.names(Type.ARR);
            if (!arrays.isEmpty()) choices.add(Tuple.of(4, Arbitraries.of(arrays).map(a -> new Arr(a, Type.ANY))));
            if (depth > 0) {
                int d = depth - 1;
                choices.add(Tuple.of(1, lazy(() -> num(s, d).list().ofMinSize(1).ofMaxSize(3)
                        .map(l -> new Arr("[" + String.join(", ", l) + "]", Type.NUM)))));
                choices.add(Tuple.of(1, lazy(() -> any(s, d).list().ofMinSize(1).ofMaxSize(3)
                        .map(l -> new Arr("[" + String.join(", ", l) + "]", Type.ANY)))));
                choices.add(Tuple.of(3, lazy(() -> Combinators.combine(array(s, d), Arbitraries.of(Type.values()))
                        .flatAs((xs, t) -> lambda(s, List.of(xs.element()), t, d)
                                .map(fn -> new Arr("MAP(" + xs.text() + ", " + fn + ")", t))))));
                choices.add(Tuple.of(2, lazy(() -> array(s, d).flatMap(xs -> lambda(s, List.of(xs.element()),
                        Type.BOOL, d).map(fn -> new Arr("FILTER(" + xs.text() + ", " + fn + ")", xs.element()))))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(array(s, d), Arbitraries.of(Type.values()))
                        .flatAs((xs, t) -> {
                            String c = "c" + s.nesting();
                            Scope inside = s.nested(new Var(c, xs.element()));
                            return Combinators.combine(of(t, inside, d), bool(inside, d).injectNull(0.5))
                                    .as((e, where) -> new Arr("[" + e + " FOR EACH " + c + " IN " + xs.text()
                                            + (where == null ? "" : " WHERE " + where) + "]", t));
                        }))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(array(s, d), array(s, d))
                        .as((a, b) -> new Arr("(" + a.text() + " ++ " + b.text() + ")",
                                a.element() == b.element() ? a.element() : Type.ANY)))));
                choices.add(Tuple.of(1, lazy(() -> numbers(s, d).map(xs -> new Arr("SORT(" + xs + ")", Type.NUM)))));
                choices.add(Tuple.of(1, lazy(() -> array(s, d).map(xs -> new Arr("REVERSE(" + xs.text() + ")",
                        xs.element())))));
                choices.add(Tuple.of(1, lazy(() -> obj(s, d).map(o -> new Arr("KEYS(" + o + ")", Type.STR)))));
                choices.add(Tuple.of(1, lazy(() -> any(s, d).map(e -> new Arr(e, Type.ANY)))));
            }
            return Arbitraries.frequencyOf(choices);
        });
    }

    /** Anything: one of the typed kinds, a variable, a call, an unguarded read, a TRY, CASE, null. */
    Arbitrary<String> any(Scope s, int depth) {
        return memo(List.of("any", s, depth), () -> {
            List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
            choices.add(Tuple.of(1, Arbitraries.just("NULL")));
            addVariables(choices, s, Type.ANY, 6);
            choices.add(Tuple.of(2, lazy(() -> num(s, depth))));
            choices.add(Tuple.of(2, lazy(() -> str(s, depth))));
            choices.add(Tuple.of(1, lazy(() -> bool(s, depth))));
            choices.add(Tuple.of(2, lazy(() -> obj(s, depth))));
            choices.add(Tuple.of(2, lazy(() -> array(s, depth).map(Arr::text))));
            if (depth > 0) {
                int d = depth - 1;
                choices.add(Tuple.of(3, lazy(() -> call(s, d))));
                choices.add(Tuple.of(2, lazy(() -> read(s, d, Type.ANY))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(bool(s, d), any(s, d), any(s, d))
                        .as((c, a, b) -> "(IF " + c + " THEN " + a + " ELSE " + b + ")"))));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(bool(s, d), any(s, d), bool(s, d), any(s, d))
                        .as((c, a, c2, b) -> "CASE { WHEN " + c + " THEN " + a + " WHEN " + c2 + " THEN " + b
                                + " ELSE NULL }"))));
                choices.add(Tuple.of(2, lazy(() -> {
                    String err = "e" + s.nesting();
                    // RETRY re-evaluates the guarded expression: observable when it calls a counting closure.
                    return Combinators.combine(any(s, d), any(s.nested(new Var(err, Type.OBJ)), d),
                            Arbitraries.of("", "", "", " RETRY 2 TIMES")).as((e, f, retry) -> "(TRY " + e + " CATCH ("
                            + err + ")" + retry + " -> " + f + ")");
                })));
                choices.add(Tuple.of(1, lazy(() -> Combinators.combine(any(s, d), any(s, d))
                        .as((a, b) -> "(" + a + " ?? " + b + ")"))));
                if (!s.lambdas().isEmpty()) {
                    choices.add(Tuple.of(2, lazy(() -> Combinators.combine(Arbitraries.of(s.lambdas()),
                            any(s, d).list().ofMaxSize(2)).as((f, args) -> f + "(" + String.join(", ", args) + ")"))));
                }
            }
            return Arbitraries.frequencyOf(choices);
        });
    }

    /** A literal or a variable: what object literals hold at depth 0, where recursion must stop. */
    private Arbitrary<String> leaf(Scope s) {
        return memo(List.of("leaf", s), () -> {
            List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
            choices.add(Tuple.of(3, Arbitraries.of(INTEGERS)));
            choices.add(Tuple.of(1, Arbitraries.of(FLOATS)));
            choices.add(Tuple.of(2, Arbitraries.of(STRINGS)));
            choices.add(Tuple.of(1, Arbitraries.of("TRUE", "FALSE", "NULL")));
            addVariables(choices, s, Type.ANY, 4);
            return Arbitraries.frequencyOf(choices);
        });
    }

    private static void addVariables(List<Tuple2<Integer, Arbitrary<String>>> choices, Scope s, Type type, int weight) {
        List<String> names = s.names(type);
        if (!names.isEmpty()) choices.add(Tuple.of(weight, Arbitraries.of(names)));
    }

    /** An array of (usually) numbers. */
    private Arbitrary<String> numbers(Scope s, int depth) {
        return memo(List.of("numbers", s, depth), () -> array(s, depth).filter(xs -> xs.element() == Type.NUM
                || xs.element() == Type.ANY).map(Arr::text));
    }

    private static Arbitrary<String> records(Scope s) {
        return s.top() ? Arbitraries.of("input.rs", "input.rs", "acc") : Arbitraries.of("[]", "[{ v: 1 }, { w: 2 }]");
    }

    /**
     * A property read on something that is usually an object (a record of changing shape, most often). Typed reads
     * pick the key that holds that type in the input records and guard against a missing key with {@code ??}.
     */
    private Arbitrary<String> read(Scope s, int depth, Type type) {
        Arbitrary<String> target = obj(s, depth)
                .map(o -> o.startsWith("(") || o.matches("[\\w.]+") ? o : "(" + o + ")");
        return switch (type) {
            case NUM -> Combinators.combine(target, Arbitraries.of("id", "v", "w"), Arbitraries.of("0", "1.5"))
                    .as((o, k, dflt) -> "(" + o + "." + k + " ?? " + dflt + ")");
            case STR -> target.map(o -> "(" + o + ".name ?? \"none\")");
            default -> Combinators.combine(target, Arbitraries.frequencyOf(
                    Tuple.of(5, Arbitraries.of(KEYS).map(k -> "." + k)),
                    Tuple.of(1, Arbitraries.of(".0", "[0]", "[\"v\"]", ".extra")),
                    Tuple.of(1, lazy(() -> key(s).map(k -> "[" + k + "]"))))).as((o, step) -> o + step);
        };
    }

    private Arbitrary<String> call(Scope s, int depth) {
        return Arbitraries.of(s.callable()).flatMap(f -> switch (f) {
            case "rec" -> Combinators.combine(Arbitraries.of(0, 1, 2, 3, 5), any(s, depth))
                    .as((d, x) -> "rec(" + d + ", " + x + ")");
            case "fx" -> Combinators.combine(any(s, depth), any(s, depth)).as((x, y) -> "fx(" + x + ", " + y + ")");
            case "walk" -> Combinators.combine(array(s, depth), any(s, depth))
                    .as((xs, k) -> "walk(" + xs.text() + ", " + k + ")");
            default -> deepCall(s);
        });
    }

    /** Mostly shallow; now and then at or beyond the call-depth limit (10,000 by default). */
    private static Arbitrary<String> deepCall(Scope s) {
        Arbitrary<String> shallow = s.top() ? Arbitraries.of("3", "50", "(-1)", "input.n") : Arbitraries.of("3", "50");
        return Arbitraries.frequencyOf(Tuple.of(12, shallow), Tuple.of(1, Arbitraries.of("9990", "10001", "20000")))
                .map(d -> "deep(" + d + ")");
    }

    /**
     * A lambda with parameters of the given element types returning (usually) {@code result}: an expression body,
     * sometimes a block body with a LET, sometimes a parameter named like an outer variable.
     */
    private Arbitrary<String> lambda(Scope s, List<Type> params, Type result, int depth) {
        return memo(List.of("lambda", s, params, result, depth), () -> {
            String p = "p" + s.nesting();
            String a = "a" + s.nesting();
            // REDUCE: (accumulator, element); the others: (element).
            List<Var> bound = params.size() == 2 ? List.of(new Var(a, params.get(0)), new Var(p, params.get(1)))
                    : List.of(new Var(p, params.get(0)));
            Scope inside = s.nested(bound.toArray(Var[]::new));
            StringBuilder head = new StringBuilder("(");
            for (Var v : bound) head.append(head.length() == 1 ? "" : ", ").append(v.name());
            head.append(") -> ");
            List<Tuple2<Integer, Arbitrary<String>>> choices = new ArrayList<>();
            choices.add(Tuple.of(8, of(result, inside, depth).map(e -> head + "(" + e + ")")));
            String l = "l" + s.nesting();
            choices.add(Tuple.of(1, Combinators.combine(any(inside, depth),
                    of(result, inside.with(new Var(l, Type.ANY)), depth)).as((first, value) -> head + "{\n"
                    + s.indent() + "        LET " + l + " = " + first + "\n" + s.indent() + "        RETURN "
                    + value + "\n" + s.indent() + "    }")));
            // A callback that updates a captured variable of its creator (a Cell shared with the creator's frame).
            List<String> captured = s.names(Type.ANY);
            if (!captured.isEmpty()) {
                choices.add(Tuple.of(1, Arbitraries.of(captured).flatMap(v -> Combinators.combine(
                        any(inside.without(v), 0), of(result, inside, depth)).as((update, value) -> head + "{\n"
                        + s.indent() + "        SET " + v + " = [" + v + ", " + update + "]\n" + s.indent()
                        + "        RETURN " + value + "\n" + s.indent() + "    }"))));
            }
            // A parameter named like an outer variable: reads see the parameter, or the outer variable when the
            // argument is missing (LANGUAGE.md §8.16) — what the bytecode's name chains are for.
            List<String> outer = s.names(params.get(params.size() - 1));
            outer.remove("cnt");
            if (params.size() == 1 && !outer.isEmpty()) {
                choices.add(Tuple.of(1, Combinators.combine(Arbitraries.of(outer), of(result, s, depth))
                        .as((name, e) -> "(" + name + ") -> (" + e + ")")));
            }
            return Arbitraries.frequencyOf(choices);
        });
    }

    private Arbitrary<String> objectLiteral(Scope s, int depth) {
        return memo(List.of("objectLiteral", s, depth), () -> Arbitraries.of(KEYS).list().uniqueElements().ofMaxSize(4)
                .flatMap(keys -> (depth > 0 ? any(s, depth - 1) : leaf(s)).list().ofSize(keys.size()).map(values -> {
                    StringBuilder o = new StringBuilder("{");
                    for (int i = 0; i < keys.size(); i++) {
                        o.append(i == 0 ? " " : ", ").append(keys.get(i)).append(": ").append(values.get(i));
                    }
                    return o.append(keys.isEmpty() ? "}" : " }").toString();
                })));
    }

    /** Computed object keys: strings mostly, sometimes integers, or values of the wrong type. */
    private Arbitrary<String> key(Scope s) {
        return memo(List.of("key", s), () -> Arbitraries.frequencyOf(
                Tuple.of(6, Arbitraries.of(KEYS).map(k -> "\"" + k + "\"")),
                Tuple.of(1, Arbitraries.of("0", "2", "(-1)", "1.5", "NULL")),
                Tuple.of(2, lazy(() -> str(s, 1)))));
    }

    @SuppressWarnings("unchecked")
    private <T> Arbitrary<T> memo(List<Object> key, Supplier<Arbitrary<T>> make) {
        Arbitrary<?> known = memo.get(key);
        if (known == null) {
            known = make.get();
            memo.put(key, known);
        }
        return (Arbitrary<T>) known;
    }

    private static <T> Arbitrary<T> lazy(Supplier<Arbitrary<T>> supplier) {
        return Arbitraries.lazy(supplier);
    }
}
