package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.turnout.Engine;
import dev.turnout.FunctionStatus;
import dev.turnout.Program;
import dev.turnout.errors.CompileException;
import dev.turnout.errors.TransformException;
import dev.turnout.golden.CanonicalJson;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.function.Predicate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

/**
 * No program can observe that a container is updated in place (LANGUAGE.md §5.3: values are immutable; SET,
 * APPEND TO and MODIFY rebind the root variable to an updated copy). Random sequences of updates over a few
 * variables that alias each other ({@code LET e0 = a}, {@code SET b = a}, one variable stored into another's
 * structure, captured by lambdas, passed to functions that update their parameters, iterated while updated,
 * bound to parts of the input) are run by the interpreter, by the JIT with every function compiled before its first
 * call and by auto-tiering, and each result must equal what an <em>always-copy model</em> computes: a small
 * interpreter of the same statement list, written here in plain Java over {@code java.util} lists and maps, in
 * which every read and every store is a deep copy, so nothing can ever be shared.
 *
 * <p>Between the updates the program records observations in {@code log}: escaping ones that store the value
 * itself ({@code APPEND TO log (a)}, {@code [a, b]}, a path into it, a lambda's result) and ones that only look at it
 * ({@code LENGTH(a)}, {@code ("" + a)}, {@code (a == b)}). It ends with one OUTPUT of the log, every variable and
 * {@code input}.
 *
 * <p>The generator draws a list of {@link Choice}s; a {@link Builder} turns each into a statement chosen to fit the
 * model's current state (an existing path to SET into, a list to APPEND TO, …) and keeps it only if the model runs
 * it without an error, so the programs never fail and no error behaviour needs modelling. Shrinking works on the
 * choice list, and the builder is deterministic, so a shrunk list is still a valid program. Lambdas that update
 * variables are only ever called as statements, never from inside another update's keys or value (an update in
 * progress while a lambda rebinds the same root is a separate matter of evaluation order; see
 * {@code golden-pending/README.md} in shared-ir's test resources).
 */
class OwnershipProperties {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final Engine INTERPRETER = Engine.builder().jit(false).timeout(TIMEOUT).build();
    private static final Engine FIRST_CALL = Engine.builder().jitThreshold(0).jitBackground(false)
            .jitMax(Integer.MAX_VALUE).timeout(TIMEOUT).build();
    private static final Engine AUTO = Engine.builder().jitThreshold(2).jitBackground(false)
            .jitMax(Integer.MAX_VALUE).timeout(TIMEOUT).build();

    @Property(tries = 250)
    void inPlaceUpdatesAreNeverObservable(@ForAll("cases") Case c) {
        String expected = CanonicalJson.of(c.expected());
        Statistics.label("statements").collect(c.kinds().size() < 10 ? "<10" : c.kinds().size() < 20 ? "10-19" : "20+");
        for (String kind : c.kinds()) Statistics.label("statement kinds").collect(kind);

        assertEquals(expected, run(compile(INTERPRETER, c), c, "interpreter"),
                () -> "the interpreter disagrees with the always-copy model" + c);

        Program firstCall = compile(FIRST_CALL, c);
        for (FunctionStatus fn : firstCall.functionStatus()) {
            assertEquals(FunctionStatus.Tier.COMPILED, fn.tier(), () -> fn.name() + ": " + fn.declineReason() + c);
        }
        assertEquals(expected, run(firstCall, c, "jit.threshold=0"),
                () -> "the JIT (threshold 0) disagrees with the always-copy model" + c);

        Program auto = compile(AUTO, c);
        for (int i = 1; i <= 3; i++) {
            int run = i;
            assertEquals(expected, run(auto, c, "auto-tier"),
                    () -> "auto-tiering (threshold 2), run " + run + ", disagrees with the always-copy model" + c);
        }
        for (FunctionStatus fn : auto.functionStatus()) {
            if (fn.tier() == FunctionStatus.Tier.DECLINED) fail(fn.name() + " declined: " + fn.declineReason() + c);
        }
    }

    private static Program compile(Engine engine, Case c) {
        try {
            return engine.compile("own.bl", c.program());
        } catch (CompileException e) {
            fail("the generator made a program that does not compile:\n" + e.render() + c);
            return null;
        }
    }

    private static String run(Program program, Case c, String tier) {
        try {
            return CanonicalJson.of(program.runJson(c.input()));
        } catch (TransformException e) {
            fail(tier + " failed, but the model ran the program without an error:\n" + e.render() + c);
        } catch (RuntimeException e) {
            fail(tier + " crashed" + c, e);
        }
        return null;
    }

    // ---------------------------------------------------------------- generation

    /** One step of the generator: which kind of statement to try (0–99, weighted in the builder) and a seed. */
    record Choice(int kind, long seed) {}

    /** A generated program, its input, the model's result and the kinds of the statements kept (statistics). */
    record Case(String program, String input, String expected, List<String> kinds) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("\n");
            String[] lines = program.split("\n");
            for (int i = 0; i < lines.length; i++) out.append(String.format("%3d  %s%n", i + 1, lines[i]));
            out.append("input:    ").append(input).append('\n');
            out.append("expected: ").append(expected).append('\n');
            return out.toString();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 99).withDistribution(RandomDistribution.uniform());
        Arbitrary<Choice> choice = Combinators.combine(kind, Arbitraries.longs()).as(Choice::new);
        return Combinators.combine(Arbitraries.integers().between(0, INITIAL.size() - 1),
                Arbitraries.integers().between(0, INITIAL.size() - 1),
                Arbitraries.integers().between(0, INPUT_PARTS.size() - 1),
                choice.list().ofMinSize(5).ofMaxSize(40))
                .as((a, b, c, choices) ->
                        new Builder(INITIAL.get(a), INITIAL.get(b), INPUT_PARTS.get(c)).build(choices));
    }

    /** Object keys used by literals and by SET/APPEND TO/MODIFY/PUT; {@code ka} and {@code kb} hold two of them. */
    private static final List<String> KEYS = List.of("x", "y", "z", "w");
    private static final List<String> STRINGS = List.of("q", "r", "", "é");
    private static final List<Object> INITIAL = List.of(
            obj("x", 1L, "y", list(1L, 2L), "z", obj("w", "s", "y", list())),
            list(list(0L), obj("x", list()), "q"),
            obj("x", obj("y", obj("z", list(0L, obj("w", 1L)))), "w", list()),
            list(),
            obj(),
            list(obj("x", list(list())), obj("y", "t")));
    private static final List<Object> INPUT_PARTS = List.of(
            obj("x", list(1L), "y", obj("w", 2L)),
            list(obj("x", 1L), obj("x", list(2L))),
            obj("w", obj("x", obj("y", "deep"))));
    /** Literal values an expression may use (each use builds a fresh one). */
    private static final List<Object> LITERALS = List.of(list(), obj(), list(1L, "q"), obj("x", 1L, "y", list()));

    /** Turns choices into statements that fit the model's state, keeping those the model runs without error. */
    static final class Builder {
        private Model model;
        private final List<String> outputs = new ArrayList<>(List.of("log", "a", "b", "c", "d", "s"));
        private final List<String> targets = new ArrayList<>(List.of("a", "b", "c", "d", "s"));
        private final List<String> readers = new ArrayList<>();
        private final List<String> updaters = new ArrayList<>();
        private final StringBuilder body = new StringBuilder();
        private final String initialA;
        private final String initialB;
        private final String input;
        private final List<String> kinds = new ArrayList<>();

        Builder(Object a, Object b, Object inputPart) {
            Map<String, Object> in = obj("c", copy(inputPart), "n", 1L);
            Map<String, Object> vars = new LinkedHashMap<>();
            vars.put("input", in);
            vars.put("log", list());
            vars.put("ka", "x");
            vars.put("kb", "w");
            vars.put("i0", 0L);
            vars.put("i1", 1L);
            vars.put("a", copy(a));
            vars.put("b", copy(b));
            vars.put("c", copy(inputPart));
            vars.put("d", copy(in));
            vars.put("s", "s");
            model = new Model(vars, new HashMap<>());
            initialA = literal(a);
            initialB = literal(b);
            input = json(in);
        }

        Case build(List<Choice> choices) {
            for (Choice choice : choices) {
                Random r = new Random(choice.seed());
                Stmt s = statement(r, model, choice.kind(), targets, false);
                Model trial = model.copy();
                try {
                    trial.exec(s);
                } catch (ModelError e) {
                    continue;
                }
                model = trial;
                kinds.add(s instanceof AppendTo ap && ap.root().equals("log") && ap.segs().isEmpty() ? "observation"
                        : s.getClass().getSimpleName());
                body.append(s.text("    "));
                if (s instanceof Let let) {
                    outputs.add(let.name());
                    targets.add(let.name());
                } else if (s instanceof LetReader f) {
                    readers.add(f.name());
                } else if (s instanceof LetUpdater u) {
                    updaters.add(u.name());
                }
            }
            StringBuilder program = new StringBuilder();
            program.append("FUNC wrap(p, q) {\n    LET r = [p, q]\n    APPEND TO r p\n    SET r[0] = q\n")
                    .append("    RETURN r\n}\n");
            program.append("FUNC push(p, q) {\n    APPEND TO p q\n    RETURN p\n}\n");
            program.append("TRANSFORM T {\n");
            program.append("    LET log = []\n    LET ka = \"x\"\n    LET kb = \"w\"\n")
                    .append("    LET i0 = 0\n    LET i1 = 1\n");
            program.append("    LET pushL = (pp, qq) -> {\n        APPEND TO pp qq\n        RETURN pp\n    }\n");
            program.append("    LET a = ").append(initialA).append('\n');
            program.append("    LET b = ").append(initialB).append('\n');
            program.append("    LET c = input.c\n    LET d = input\n    LET s = \"s\"\n");
            program.append(body);
            Map<String, Object> result = new LinkedHashMap<>();
            program.append("    OUTPUT {");
            for (String name : outputs) {
                program.append(' ').append(name).append(": ").append(name).append(',');
                result.put(name, model.vars.get(name));
            }
            program.append(" input: input }\n}\n");
            result.put("input", model.vars.get("input"));
            return new Case(program.toString(), input, json(result), List.copyOf(kinds));
        }

        private String freshName(String prefix, List<String> taken) {
            return prefix + taken.stream().filter(n -> n.startsWith(prefix)).count();
        }

        /** A statement of the given kind that fits {@code m}; an observation when no statement of that kind does. */
        private Stmt statement(Random r, Model m, int kind, List<String> targets, boolean inLoop) {
            Stmt s = null;
            if (kind < 5) {
                if (!inLoop && outputs.size() < 10) s = letAlias(r, m);
            } else if (kind < 12) {
                int how = r.nextInt(3);
                Expr value = how == 0 ? new Ref(alias(r, m))
                        : how == 1 && !readers.isEmpty() ? new Call(pick(r, readers), List.of()) : value(r, m, 1);
                s = new SetVar(pick(r, targets), value);
            } else if (kind < 28) {
                s = setPath(r, m, targets);
            } else if (kind < 40) {
                s = appendTo(r, m, targets);
            } else if (kind < 46) {
                String t = pickWhere(r, targets, m, v -> v instanceof List);
                if (t != null) {
                    String fn = r.nextBoolean() ? "APPEND" : "PREPEND";
                    s = new SetVar(t, new Call(fn, List.of(new Ref(t), value(r, m, 1))));
                }
            } else if (kind < 52) {
                s = putOrDelete(r, m, targets);
            } else if (kind < 59) {
                s = modify(r, m, targets);
            } else if (kind < 66) {
                String t = r.nextInt(10) > 0 ? pickWhere(r, targets, m, v -> v instanceof String) : null;
                s = new Accumulate(t != null ? t : pick(r, targets), piece(r, m));
            } else if (kind < 70) {
                if (!inLoop && readers.size() < 3) s = new LetReader(freshName("f", readers), readerBody(r, m));
            } else if (kind < 75 && !inLoop && updaters.size() < 3) {
                s = letUpdater(r);
            } else if (kind < 84) {
                if (!updaters.isEmpty()) s = new CallUpdater(pick(r, updaters), value(r, m, 1));
            } else if (kind < 91) {
                if (!inLoop) s = forLoop(r, m);
            }
            return s != null ? s : observation(r, m);
        }

        private Stmt letAlias(Random r, Model m) {
            String name = freshName("e", outputs);
            int how = r.nextInt(6);
            Expr value = how < 3 ? new Ref(alias(r, m)) : how == 3 ? read(r, m)
                    : how == 4 && !readers.isEmpty() ? new Call(pick(r, readers), List.of()) : value(r, m, 1);
            return new Let(name, value != null ? value : new Ref(pick(r, dataVars(m))));
        }

        /** SET root.k1…kn = v, n in 1..3: an existing path to a container, then an existing or new key. */
        private Stmt setPath(Random r, Model m, List<String> targets) {
            String root = pickWhere(r, targets, m, Model::isContainer);
            if (root == null) return null;
            List<List<Object>> parents = containerPaths(m.vars.get(root), 2);
            List<Object> parent = pick(r, parents);
            Object node = at(m.vars.get(root), parent);
            List<Object> keys = new ArrayList<>(parent);
            if (node instanceof Map<?, ?> o) {
                keys.add(o.isEmpty() || r.nextInt(3) == 0 ? pick(r, KEYS) : pick(r, new ArrayList<>(o.keySet())));
            } else {
                int size = ((List<?>) node).size();
                if (size == 0) return null;
                keys.add((long) r.nextInt(size));
            }
            Expr value = r.nextInt(3) == 0 ? new Ref(pick(r, dataVars(m))) : value(r, m, 1);
            return new SetPath(root, segments(r, keys, false), value);
        }

        /** APPEND TO a variable holding a list or null, or a path ending at a list, a null or a new key. */
        private Stmt appendTo(Random r, Model m, List<String> targets) {
            List<Object[]> options = new ArrayList<>();
            for (String t : targets) {
                Object v = m.vars.get(t);
                if (v == null || v instanceof List) options.add(new Object[] {t, List.of()});
                for (List<Object> p : containerPaths(v, 2)) {
                    Object node = at(v, p);
                    if (node instanceof Map<?, ?> o) {
                        for (String k : KEYS) {
                            Object leaf = o.get(k);
                            if (leaf == null || leaf instanceof List) options.add(new Object[] {t, with(p, k)});
                        }
                    } else {
                        List<?> l = (List<?>) node;
                        for (int i = 0; i < l.size(); i++) {
                            if (l.get(i) == null || l.get(i) instanceof List) {
                                options.add(new Object[] {t, with(p, (long) i)});
                            }
                        }
                    }
                }
            }
            if (options.isEmpty()) return null;
            Object[] o = pick(r, options);
            @SuppressWarnings("unchecked")
            List<Object> keys = (List<Object>) o[1];
            Expr value = r.nextInt(3) == 0 ? new Ref(pick(r, dataVars(m))) : value(r, m, 1);
            return new AppendTo((String) o[0], segments(r, keys, false), value);
        }

        /** SET o = PUT(o, k, v) or SET o = DELETE(o, k), on an object (string keys) or an array (indexes). */
        private Stmt putOrDelete(Random r, Model m, List<String> targets) {
            String t = pickWhere(r, targets, m, Model::isContainer);
            if (t == null) return null;
            Object v = m.vars.get(t);
            boolean put = r.nextBoolean();
            Expr key;
            if (v instanceof Map<?, ?> o) {
                String k = o.isEmpty() || r.nextBoolean() ? pick(r, KEYS)
                        : (String) pick(r, new ArrayList<>(o.keySet()));
                key = k.equals("x") && r.nextBoolean() ? new Ref("ka") : k.equals("w") && r.nextBoolean()
                        ? new Ref("kb") : new Lit(k);
            } else {
                int size = ((List<?>) v).size();
                if (!put && size == 0) return null;
                long i = r.nextInt(put ? size + 1 : size);
                key = i == 0 && r.nextBoolean() ? new Ref("i0")
                        : i == 1 && r.nextBoolean() ? new Ref("i1") : new Lit(i);
            }
            List<Expr> args = put ? List.of(new Ref(t), key, value(r, m, 1)) : List.of(new Ref(t), key);
            return new SetVar(t, new Call(put ? "PUT" : "DELETE", args));
        }

        /** MODIFY root[.k…] { k: v[, k2: v2] } at an object reached by a static path of 0–2 segments. */
        private Stmt modify(Random r, Model m, List<String> targets) {
            List<Object[]> options = new ArrayList<>();
            for (String t : targets) {
                for (List<Object> p : containerPaths(m.vars.get(t), 2)) {
                    if (at(m.vars.get(t), p) instanceof Map) options.add(new Object[] {t, p});
                }
            }
            if (options.isEmpty()) return null;
            Object[] o = pick(r, options);
            @SuppressWarnings("unchecked")
            List<Object> path = (List<Object>) o[1];
            List<Seg> segs = segments(r, path, true);
            if (segs == null) return null;
            List<String> keys = new ArrayList<>(KEYS);
            java.util.Collections.shuffle(keys, r);
            keys = keys.subList(0, 1 + r.nextInt(2));
            List<Expr> values = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                values.add(r.nextInt(3) == 0 ? new Ref((String) o[0]) : value(r, m, 1));
            }
            return new Modify((String) o[0], segs, List.copyOf(keys), values);
        }

        private Stmt letUpdater(Random r) {
            String name = freshName("u", updaters);
            String param = "p" + name.substring(1);
            Ref p = new Ref(param);
            String k = pick(r, KEYS);
            int how = r.nextInt(5);
            // A target that fits now; the variable may change later, and a call that would fail is then not kept.
            String t = switch (how) {
                case 0 -> pickWhere(r, targets, model, v -> v == null || v instanceof List);
                case 1 -> pickWhere(r, targets, model, v -> v instanceof Map);
                case 3 -> pickWhere(r, targets, model, v -> v instanceof String);
                default -> pick(r, targets);
            };
            if (t == null) t = pick(r, targets);
            Stmt body = switch (how) {
                case 0 -> new AppendTo(t, List.of(), p);
                case 1 -> new SetPath(t, List.of(new Seg(k, "." + k)), p);
                case 2 -> new SetVar(t, p);
                case 3 -> new Accumulate(t, p);
                default -> new AppendTo("log", List.of(), r.nextBoolean() ? new Str(p) : p);
            };
            return new LetUpdater(name, param, body);
        }

        /** FOR EACH it IN list { one or two statements }: the loop must see the list as it was. */
        private Stmt forLoop(Random r, Model m) {
            List<Expr> lists = new ArrayList<>();
            for (String v : dataVars(m)) {
                Object value = m.vars.get(v);
                if (value instanceof List<?> l && !l.isEmpty()) lists.add(new Ref(v));
                for (List<Object> p : containerPaths(value, 2)) {
                    if (!p.isEmpty() && at(value, p) instanceof List<?> l && !l.isEmpty()) {
                        lists.add(new Read(v, segments(r, p, false)));
                    }
                }
            }
            if (lists.isEmpty()) return null;
            Expr iterable = pick(r, lists);
            Model probe = m.copy();
            probe.vars.put("it", copy(((List<?>) probe.eval(iterable)).get(0)));
            List<String> loopTargets = new ArrayList<>(targets);
            loopTargets.add("it");
            List<Stmt> body = new ArrayList<>();
            String root = iterable instanceof Ref ref ? ref.name() : ((Read) iterable).root();
            if (targets.contains(root) && r.nextInt(5) < 3) {
                // Mostly update the variable being iterated: the loop must go on seeing the list as it was.
                body.add(statement(r, probe, 12 + r.nextInt(40), List.of(root), true));
            }
            int n = 1 + r.nextInt(2);
            for (int i = 0; i < n; i++) body.add(statement(r, probe, r.nextInt(100), loopTargets, true));
            return new For("it", iterable, body);
        }

        private Stmt observation(Random r, Model m) {
            List<String> vars = dataVars(m);
            String v = pick(r, vars);
            Object value = m.vars.get(v);
            boolean measurable = value == null || value instanceof String || Model.isContainer(value);
            Expr read = read(r, m);
            Expr e = switch (r.nextInt(9)) {
                case 0, 1 -> new Ref(v);
                case 2 -> measurable ? new Len(new Ref(v)) : new Str(new Ref(v));
                case 3 -> new Str(new Ref(v));
                case 4 -> new Eq(new Ref(v), new Ref(pick(r, vars)));
                case 5 -> read != null ? read : new Ref(v);
                case 6 -> readers.isEmpty() ? new Str(new Ref(v)) : new Call(pick(r, readers), List.of());
                case 7 -> new Arr(List.of(new Ref(v), new Ref(pick(r, vars))));
                default -> read != null ? new Str(read) : new Len(new Ref("log"));
            };
            return new AppendTo("log", List.of(), e);
        }

        private Expr readerBody(Random r, Model m) {
            String v = alias(r, m);
            return switch (r.nextInt(4)) {
                case 0, 1 -> new Ref(v);
                case 2 -> new Arr(List.of(new Ref(v), new Ref(pick(r, dataVars(m)))));
                default -> {
                    Expr read = read(r, m);
                    yield read != null ? read : new Ref(v);
                }
            };
        }

        /** The right operand of SET s = s + piece. */
        private Expr piece(Random r, Model m) {
            return switch (r.nextInt(7)) {
                case 0, 1 -> new Lit(pick(r, STRINGS));
                case 2 -> new Lit((long) r.nextInt(10));
                case 3 -> new Ref(pick(r, dataVars(m)));
                case 4 -> readers.isEmpty() ? new Lit("t") : new Call(pick(r, readers), List.of());
                case 5 -> new Str(new Ref(pick(r, dataVars(m))));
                default -> new Len(new Ref("log"));
            };
        }

        /** An expression for a stored value; it may fail in the model (the statement is then dropped). */
        private Expr value(Random r, Model m, int depth) {
            switch (r.nextInt(13)) {
                case 0:
                    return new Lit((long) r.nextInt(10));
                case 1:
                    return new Lit(pick(r, STRINGS));
                case 2:
                    return new Lit(r.nextBoolean() ? Boolean.TRUE : null);
                case 3:
                    return new Lit(pick(r, LITERALS));
                case 4:
                case 5:
                case 6: {
                    return new Ref(pick(r, dataVars(m)));
                }
                case 7: {
                    Expr read = read(r, m);
                    if (read != null) return read;
                    return new Ref(pick(r, dataVars(m)));
                }
                case 8:
                    if (!readers.isEmpty()) return new Call(pick(r, readers), List.of());
                    return new Ref(pick(r, dataVars(m)));
                case 9:
                    if (depth > 0) return new Arr(List.of(value(r, m, depth - 1), value(r, m, depth - 1)));
                    return new Lit((long) r.nextInt(10));
                case 10:
                    if (depth > 0) {
                        return new Obj(List.of("x", "w"), List.of(value(r, m, depth - 1), value(r, m, depth - 1)));
                    }
                    return new Lit(pick(r, LITERALS));
                case 11: {
                    String list = pickWhere(r, dataVars(m), m, v -> v instanceof List);
                    if (list == null) return new Lit(pick(r, LITERALS));
                    Expr item = depth > 0 ? value(r, m, depth - 1) : new Ref(pick(r, dataVars(m)));
                    return switch (r.nextInt(4)) {
                        case 0 -> new Call("APPEND", List.of(new Ref(list), item));
                        case 1 -> new Call("PREPEND", List.of(new Ref(list), item));
                        case 2 -> new Call("push", List.of(new Ref(list), item));
                        default -> new Call("pushL",
                                List.of(new Ref(list), new Ref(r.nextBoolean() ? list : pick(r, dataVars(m)))));
                    };
                }
                default: {
                    String v = pick(r, dataVars(m));
                    return new Call("wrap", List.of(new Ref(v), new Ref(r.nextBoolean() ? v : pick(r, dataVars(m)))));
                }
            }
        }

        /** A variable to alias: usually one holding an array or object. */
        private static String alias(Random r, Model m) {
            String container = r.nextInt(5) > 0 ? pickWhere(r, dataVars(m), m, Model::isContainer) : null;
            return container != null ? container : pick(r, dataVars(m));
        }

        /** A read of an existing path (1–3 segments) in some variable, or null if there is none. */
        private Expr read(Random r, Model m) {
            List<Object[]> options = new ArrayList<>();
            for (String v : dataVars(m)) {
                List<List<Object>> paths = new ArrayList<>();
                allPaths(m.vars.get(v), new ArrayList<>(), 3, paths);
                for (List<Object> p : paths) options.add(new Object[] {v, p});
            }
            if (options.isEmpty()) return null;
            Object[] o = pick(r, options);
            @SuppressWarnings("unchecked")
            List<Object> keys = (List<Object>) o[1];
            return new Read((String) o[0], segments(r, keys, false));
        }

        /** The variables an expression may read: every data variable bound at this point (with {@code it} in loops). */
        private static List<String> dataVars(Model m) {
            return new ArrayList<>(m.vars.keySet());
        }

        private static String pickWhere(Random r, List<String> names, Model m, Predicate<Object> test) {
            List<String> fit = new ArrayList<>();
            for (String n : names) if (test.test(m.vars.get(n))) fit.add(n);
            return fit.isEmpty() ? null : pick(r, fit);
        }

        /**
         * Path segments in random spellings: {@code .x}, {@code ["x"]}, {@code [ka]}, {@code .[ka]}; {@code [0]},
         * {@code .0}, {@code [i0]}. {@code staticOnly} (MODIFY) allows names and {@code .N} only, and gives null when
         * two index segments would meet ({@code .0.1} lexes as the number 0.1).
         */
        private static List<Seg> segments(Random r, List<Object> keys, boolean staticOnly) {
            List<Seg> segs = new ArrayList<>();
            for (int i = 0; i < keys.size(); i++) {
                Object key = keys.get(i);
                boolean nextIsIndex = i + 1 < keys.size() && keys.get(i + 1) instanceof Long;
                String text;
                if (key instanceof String k) {
                    int how = staticOnly ? 0 : r.nextInt(4);
                    if (how == 2 && !k.equals("x") && !k.equals("w")) how = 1;
                    String var = k.equals("x") ? "ka" : "kb";
                    text = switch (how) {
                        case 0 -> "." + k;
                        case 1 -> "[\"" + k + "\"]";
                        case 2 -> r.nextBoolean() ? "[" + var + "]" : ".[" + var + "]";
                        default -> "." + k;
                    };
                } else {
                    long n = (Long) key;
                    if (staticOnly && nextIsIndex) return null;
                    int how = staticOnly ? 0 : r.nextInt(3);
                    if (how == 0 && nextIsIndex) how = 1;
                    if (how == 2 && n > 1) how = 1;
                    text = switch (how) {
                        case 0 -> "." + n;
                        case 1 -> "[" + n + "]";
                        default -> n == 0 ? "[i0]" : "[i1]";
                    };
                }
                segs.add(new Seg(key, text));
            }
            return segs;
        }
    }

    // ---------------------------------------------------------------- the program: expressions and statements

    interface Expr {
        String text();
    }

    /** A literal value; every evaluation builds a fresh one. */
    record Lit(Object value) implements Expr {
        public String text() {
            return literal(value);
        }
    }

    record Ref(String name) implements Expr {
        public String text() {
            return name;
        }
    }

    /** One path segment: the key it stands for (a String key or a Long index) and how it is written. */
    record Seg(Object key, String text) {}

    record Read(String root, List<Seg> segs) implements Expr {
        public String text() {
            return root + segsText(segs);
        }
    }

    /** A call: a library function (APPEND, PREPEND, PUT, DELETE), a FUNC (wrap, push), pushL or a reader lambda. */
    record Call(String fn, List<Expr> args) implements Expr {
        public String text() {
            StringBuilder out = new StringBuilder(fn).append('(');
            for (int i = 0; i < args.size(); i++) out.append(i == 0 ? "" : ", ").append(args.get(i).text());
            return out.append(')').toString();
        }
    }

    record Len(Expr of) implements Expr {
        public String text() {
            return "LENGTH(" + of.text() + ")";
        }
    }

    /** {@code ("" + e)}: the text conversion of LANGUAGE.md §5.6. */
    record Str(Expr of) implements Expr {
        public String text() {
            return "(\"\" + " + of.text() + ")";
        }
    }

    record Eq(Expr left, Expr right) implements Expr {
        public String text() {
            return "(" + left.text() + " == " + right.text() + ")";
        }
    }

    record Arr(List<Expr> items) implements Expr {
        public String text() {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < items.size(); i++) out.append(i == 0 ? "" : ", ").append(items.get(i).text());
            return out.append(']').toString();
        }
    }

    record Obj(List<String> keys, List<Expr> values) implements Expr {
        public String text() {
            StringBuilder out = new StringBuilder("{ ");
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(keys.get(i)).append(": ").append(values.get(i).text());
            }
            return out.append(" }").toString();
        }
    }

    interface Stmt {
        String text(String indent);
    }

    record Let(String name, Expr value) implements Stmt {
        public String text(String indent) {
            return indent + "LET " + name + " = " + value.text() + "\n";
        }
    }

    record SetVar(String name, Expr value) implements Stmt {
        public String text(String indent) {
            return indent + "SET " + name + " = " + value.text() + "\n";
        }
    }

    record SetPath(String root, List<Seg> segs, Expr value) implements Stmt {
        public String text(String indent) {
            return indent + "SET " + root + segsText(segs) + " = " + value.text() + "\n";
        }
    }

    /** APPEND TO root[segs] (value): the value is parenthesised so that a leading {@code [} is not an index. */
    record AppendTo(String root, List<Seg> segs, Expr value) implements Stmt {
        public String text(String indent) {
            return indent + "APPEND TO " + root + segsText(segs) + " (" + value.text() + ")\n";
        }
    }

    record Modify(String root, List<Seg> segs, List<String> keys, List<Expr> values) implements Stmt {
        public String text(String indent) {
            StringBuilder out = new StringBuilder(indent).append("MODIFY ").append(root).append(segsText(segs))
                    .append(" { ");
            for (int i = 0; i < keys.size(); i++) {
                out.append(i == 0 ? "" : ", ").append(keys.get(i)).append(": ").append(values.get(i).text());
            }
            return out.append(" }\n").toString();
        }
    }

    /** {@code SET s = s + piece}, the string-accumulation shape. */
    record Accumulate(String name, Expr piece) implements Stmt {
        public String text(String indent) {
            String p = piece instanceof Lit || piece instanceof Ref || piece instanceof Call || piece instanceof Len
                    || piece instanceof Str ? piece.text() : "(" + piece.text() + ")";
            return indent + "SET " + name + " = " + name + " + " + p + "\n";
        }
    }

    /** {@code LET f = () -> (body)}: reads the variables it captures when it is called, not when it is made. */
    record LetReader(String name, Expr body) implements Stmt {
        public String text(String indent) {
            return indent + "LET " + name + " = () -> (" + body.text() + ")\n";
        }
    }

    /** A lambda whose body updates a captured variable with its argument; called only as a statement. */
    record LetUpdater(String name, String param, Stmt body) implements Stmt {
        public String text(String indent) {
            return indent + "LET " + name + " = (" + param + ") -> {\n" + body.text(indent + "    ") + indent
                    + "    RETURN 0\n" + indent + "}\n";
        }
    }

    record CallUpdater(String name, Expr arg) implements Stmt {
        public String text(String indent) {
            return indent + name + "(" + arg.text() + ")\n";
        }
    }

    record For(String var, Expr iterable, List<Stmt> body) implements Stmt {
        public String text(String indent) {
            StringBuilder out = new StringBuilder(indent).append("FOR EACH ").append(var).append(" IN ")
                    .append(iterable.text()).append(" {\n");
            for (Stmt s : body) out.append(s.text(indent + "    "));
            return out.append(indent).append("}\n").toString();
        }
    }

    private static String segsText(List<Seg> segs) {
        StringBuilder out = new StringBuilder();
        for (Seg s : segs) out.append(s.text());
        return out.toString();
    }

    // ---------------------------------------------------------------- the always-copy model

    /** The model cannot run a statement, or Branchline would fail on it: the statement is not generated. */
    static final class ModelError extends RuntimeException {
        ModelError(String message) {
            super(message, null, false, false);
        }
    }

    /** Each variable's value is limited (a size that keeps repeated self-insertion like SET a.x = a cheap). */
    private static final int MAX_WEIGHT = 300;
    private static final int MAX_LOG_WEIGHT = 3000;

    /**
     * Variables hold values (null, Long, String, Boolean, ArrayList, LinkedHashMap with String keys) that nothing else
     * references: every read ({@link #eval}) returns a deep copy, so updating a variable's value in place here is
     * the same as building an updated copy and rebinding, and no aliasing can exist by construction.
     */
    static final class Model {
        final Map<String, Object> vars;
        final Map<String, Stmt> lambdas;

        Model(Map<String, Object> vars, Map<String, Stmt> lambdas) {
            this.vars = vars;
            this.lambdas = lambdas;
        }

        /**
         * A copy of the state to try a statement on. It keeps whatever sharing the state has (none: every store is a
         * fresh copy), so that a model that did share would stay wrong from one statement to the next.
         */
        Model copy() {
            Map<Object, Object> copies = new java.util.IdentityHashMap<>();
            Map<String, Object> v = new LinkedHashMap<>();
            for (Map.Entry<String, Object> e : vars.entrySet()) {
                v.put(e.getKey(), copyKeepingSharing(e.getValue(), copies));
            }
            return new Model(v, new HashMap<>(lambdas));
        }

        private static Object copyKeepingSharing(Object v, Map<Object, Object> copies) {
            if (!isContainer(v)) return v;
            Object done = copies.get(v);
            if (done != null) return done;
            if (v instanceof List<?> l) {
                List<Object> c = new ArrayList<>(l.size());
                copies.put(v, c);
                for (Object x : l) c.add(copyKeepingSharing(x, copies));
                return c;
            }
            Map<String, Object> c = new LinkedHashMap<>();
            copies.put(v, c);
            for (Map.Entry<?, ?> e : ((Map<?, ?>) v).entrySet()) {
                c.put((String) e.getKey(), copyKeepingSharing(e.getValue(), copies));
            }
            return c;
        }

        static boolean isContainer(Object v) {
            return v instanceof Map || v instanceof List;
        }

        private Object lookup(String name) {
            if (!vars.containsKey(name)) throw new IllegalStateException("generator bug: " + name + " is not bound");
            return vars.get(name);
        }

        Object eval(Expr e) {
            if (e instanceof Lit l) return OwnershipProperties.copy(l.value());
            if (e instanceof Ref r) return OwnershipProperties.copy(lookup(r.name()));
            if (e instanceof Read r) {
                Object node = lookup(r.root());
                for (Seg s : r.segs()) node = step(node, s.key());
                return OwnershipProperties.copy(node);
            }
            if (e instanceof Len l) {
                Object v = eval(l.of());
                if (v == null) return 0L;
                if (v instanceof String s) return (long) s.length();
                if (v instanceof List<?> list) return (long) list.size();
                if (v instanceof Map<?, ?> map) return (long) map.size();
                throw new ModelError("LENGTH: unsupported type");
            }
            if (e instanceof Str s) return text(eval(s.of()));
            if (e instanceof Eq q) {
                Object left = eval(q.left());
                return Objects.equals(left, eval(q.right()));
            }
            if (e instanceof Arr a) {
                List<Object> out = new ArrayList<>();
                for (Expr item : a.items()) out.add(eval(item));
                return out;
            }
            if (e instanceof Obj o) {
                Map<String, Object> out = new LinkedHashMap<>();
                for (int i = 0; i < o.keys().size(); i++) out.put(o.keys().get(i), eval(o.values().get(i)));
                return out;
            }
            if (e instanceof Call c) return call(c);
            throw new IllegalStateException("unknown expression " + e);
        }

        /** One read step (LANGUAGE.md §8.4); only string keys on objects and integer indexes on arrays are used. */
        private static Object step(Object node, Object key) {
            if (node instanceof Map<?, ?> m && key instanceof String) return m.get(key);
            if (node instanceof List<?> l && key instanceof Long i) {
                if (i < 0 || i >= l.size()) throw new ModelError("Index out of bounds");
                return l.get((int) (long) i);
            }
            throw new ModelError("cannot step into " + node + " with " + key);
        }

        @SuppressWarnings("unchecked")
        private Object call(Call c) {
            List<Object> args = new ArrayList<>();
            for (Expr a : c.args()) args.add(eval(a));
            switch (c.fn()) {
                case "APPEND":
                case "PREPEND": {
                    if (!(args.get(0) instanceof List)) throw new ModelError(c.fn() + ": first arg must be list");
                    List<Object> l = (List<Object>) args.get(0);
                    if (c.fn().equals("APPEND")) l.add(args.get(1));
                    else l.add(0, args.get(1));
                    return l;
                }
                case "PUT": {
                    Object coll = args.get(0);
                    Object key = args.get(1);
                    if (coll instanceof Map && key instanceof String k) {
                        ((Map<String, Object>) coll).put(k, args.get(2));
                    } else if (coll instanceof List && key instanceof Long i) {
                        List<Object> l = (List<Object>) coll;
                        if (i < 0 || i > l.size()) throw new ModelError("PUT: index out of bounds");
                        if (i == l.size()) l.add(args.get(2));
                        else l.set((int) (long) i, args.get(2));
                    } else {
                        throw new ModelError("PUT: not modelled");
                    }
                    return coll;
                }
                case "DELETE": {
                    Object coll = args.get(0);
                    Object key = args.get(1);
                    if (coll instanceof Map && key instanceof String k) {
                        ((Map<String, Object>) coll).remove(k);
                    } else if (coll instanceof List && key instanceof Long i) {
                        List<Object> l = (List<Object>) coll;
                        if (i < 0 || i >= l.size()) throw new ModelError("DELETE: index out of bounds");
                        l.remove((int) (long) i);
                    } else {
                        throw new ModelError("DELETE: not modelled");
                    }
                    return coll;
                }
                case "wrap": {
                    // LET r = [p, q]; APPEND TO r p; SET r[0] = q; RETURN r
                    Object p = args.get(0);
                    Object q = args.get(1);
                    return list(q, OwnershipProperties.copy(q), p);
                }
                case "push":
                case "pushL": {
                    // APPEND TO p q; RETURN p
                    Object p = args.get(0);
                    if (p == null) return list(args.get(1));
                    if (!(p instanceof List)) throw new ModelError("APPEND TO expects list in variable 'p'");
                    ((List<Object>) p).add(args.get(1));
                    return p;
                }
                default: {
                    LetReader reader = (LetReader) lambdas.get(c.fn());
                    if (reader == null) throw new IllegalStateException("generator bug: no function " + c.fn());
                    return eval(reader.body());
                }
            }
        }

        @SuppressWarnings("unchecked")
        void exec(Stmt s) {
            if (s instanceof Let l) {
                if (vars.containsKey(l.name())) {
                    throw new IllegalStateException("generator bug: LET " + l.name() + " twice");
                }
                vars.put(l.name(), eval(l.value()));
            } else if (s instanceof SetVar sv) {
                lookup(sv.name());
                vars.put(sv.name(), eval(sv.value()));
            } else if (s instanceof SetPath sp) {
                Object parent = walk(lookup(sp.root()), sp.segs());
                Object value = eval(sp.value());
                Object key = sp.segs().get(sp.segs().size() - 1).key();
                if (parent instanceof Map && key instanceof String k) {
                    ((Map<String, Object>) parent).put(k, value);
                } else if (parent instanceof List && key instanceof Long i) {
                    List<Object> l = (List<Object>) parent;
                    if (i < 0 || i >= l.size()) throw new ModelError("Index out of bounds");
                    l.set((int) (long) i, value);
                } else {
                    throw new ModelError("Target parent must be object or list");
                }
            } else if (s instanceof AppendTo ap) {
                if (ap.segs().isEmpty()) {
                    Object current = lookup(ap.root());
                    if (current != null && !(current instanceof List)) throw new ModelError("APPEND TO expects list");
                    Object value = eval(ap.value());
                    if (current == null) vars.put(ap.root(), list(value));
                    else ((List<Object>) current).add(value);
                } else {
                    Object parent = walk(lookup(ap.root()), ap.segs());
                    Object key = ap.segs().get(ap.segs().size() - 1).key();
                    Object leaf;
                    if (parent instanceof Map && key instanceof String) {
                        leaf = ((Map<?, ?>) parent).get(key);
                    } else if (parent instanceof List<?> l && key instanceof Long i) {
                        if (i < 0 || i >= l.size()) throw new ModelError("Index out of bounds");
                        leaf = l.get((int) (long) i);
                    } else {
                        throw new ModelError("Target parent must be object or list");
                    }
                    if (leaf != null && !(leaf instanceof List)) throw new ModelError("APPEND TO expects list at path");
                    Object value = eval(ap.value());
                    if (leaf != null) {
                        ((List<Object>) leaf).add(value);
                    } else if (parent instanceof Map) {
                        ((Map<String, Object>) parent).put((String) key, list(value));
                    } else {
                        ((List<Object>) parent).set((int) (long) (Long) key, list(value));
                    }
                }
            } else if (s instanceof Modify md) {
                Map<String, Object> delta = new LinkedHashMap<>();
                for (int i = 0; i < md.keys().size(); i++) delta.put(md.keys().get(i), eval(md.values().get(i)));
                Object node = lookup(md.root());
                if (node == null) throw new ModelError("MODIFY root not found");
                for (Seg seg : md.segs()) {
                    node = step(node, seg.key());
                    if (node == null) throw new ModelError("MODIFY path segment not found");
                }
                if (!(node instanceof Map)) throw new ModelError("MODIFY target must be object");
                ((Map<String, Object>) node).putAll(delta);
            } else if (s instanceof Accumulate ac) {
                Object current = lookup(ac.name());
                Object piece = eval(ac.piece());
                Object result;
                if (current instanceof String || piece instanceof String) {
                    result = text(current) + text(piece);
                } else if (current instanceof Long x && piece instanceof Long y) {
                    try {
                        result = Math.addExact(x, y);
                    } catch (ArithmeticException e) {
                        throw new ModelError("overflow");
                    }
                } else {
                    throw new ModelError("Operator '+' expects numbers or strings");
                }
                vars.put(ac.name(), result);
            } else if (s instanceof LetReader f) {
                lambdas.put(f.name(), f);
            } else if (s instanceof LetUpdater u) {
                lambdas.put(u.name(), u);
            } else if (s instanceof CallUpdater call) {
                LetUpdater u = (LetUpdater) lambdas.get(call.name());
                vars.put(u.param(), eval(call.arg()));
                try {
                    exec(u.body());
                } finally {
                    vars.remove(u.param());
                }
            } else if (s instanceof For f) {
                if (!(eval(f.iterable()) instanceof List<?> items)) throw new ModelError("FOR EACH expects list");
                try {
                    for (Object item : items) {
                        vars.put(f.var(), item);
                        for (Stmt b : f.body()) exec(b);
                    }
                } finally {
                    vars.remove(f.var());
                }
            } else {
                throw new IllegalStateException("unknown statement " + s);
            }
            checkSizes();
        }

        /** SET/APPEND TO: every segment but the last must lead to an existing container (§7.2 step 2). */
        private static Object walk(Object root, List<Seg> segs) {
            if (!isContainer(root)) throw new ModelError("root not found, or Target parent must be object or list");
            Object node = root;
            for (int i = 0; i < segs.size() - 1; i++) {
                node = step(node, segs.get(i).key());
                if (!isContainer(node)) throw new ModelError("SET path segment not found / enters non-container value");
            }
            return node;
        }

        private void checkSizes() {
            for (Map.Entry<String, Object> e : vars.entrySet()) {
                int limit = e.getKey().equals("log") ? MAX_LOG_WEIGHT : MAX_WEIGHT;
                if (weight(e.getValue()) > limit) throw new ModelError("too big");
            }
        }
    }

    // ---------------------------------------------------------------- model values

    static List<Object> list(Object... items) {
        return new ArrayList<>(java.util.Arrays.asList(items));
    }

    static Map<String, Object> obj(Object... keysAndValues) {
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) m.put((String) keysAndValues[i], keysAndValues[i + 1]);
        return m;
    }

    static Object copy(Object v) {
        if (v instanceof List<?> l) {
            List<Object> c = new ArrayList<>(l.size());
            for (Object x : l) c.add(copy(x));
            return c;
        }
        if (v instanceof Map<?, ?> m) {
            Map<String, Object> c = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : m.entrySet()) c.put((String) e.getKey(), copy(e.getValue()));
            return c;
        }
        return v;
    }

    static int weight(Object v) {
        if (v instanceof String s) return 1 + s.length() / 8;
        int w = 1;
        if (v instanceof List<?> l) for (Object x : l) w += weight(x);
        if (v instanceof Map<?, ?> m) for (Object x : m.values()) w += weight(x);
        return w;
    }

    static Object at(Object v, List<Object> keys) {
        for (Object k : keys) v = v instanceof Map<?, ?> m ? m.get(k) : ((List<?>) v).get((int) (long) (Long) k);
        return v;
    }

    static List<Object> with(List<Object> keys, Object key) {
        List<Object> out = new ArrayList<>(keys);
        out.add(key);
        return out;
    }

    /** Paths of 0..maxDepth keys from v to a container (the empty path is v itself, if it is one). */
    static List<List<Object>> containerPaths(Object v, int maxDepth) {
        List<List<Object>> out = new ArrayList<>();
        if (Model.isContainer(v)) out.add(List.of());
        List<List<Object>> all = new ArrayList<>();
        allPaths(v, new ArrayList<>(), maxDepth, all);
        for (List<Object> p : all) if (Model.isContainer(at(v, p))) out.add(p);
        return out;
    }

    /** Every path of 1..maxDepth keys from v to an existing element or member. */
    static void allPaths(Object v, List<Object> prefix, int maxDepth, List<List<Object>> out) {
        if (prefix.size() >= maxDepth) return;
        if (v instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                List<Object> p = with(prefix, e.getKey());
                out.add(p);
                allPaths(e.getValue(), p, maxDepth, out);
            }
        } else if (v instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) {
                List<Object> p = with(prefix, (long) i);
                out.add(p);
                allPaths(l.get(i), p, maxDepth, out);
            }
        }
    }

    /** The text conversion of LANGUAGE.md §5.6 for the values the model has. */
    static String text(Object v) {
        if (v == null) return "null";
        if (v instanceof List<?> l) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) out.append(i == 0 ? "" : ", ").append(text(l.get(i)));
            return out.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(first ? "" : ", ").append(e.getKey()).append('=').append(text(e.getValue()));
                first = false;
            }
            return out.append('}').toString();
        }
        return String.valueOf(v);
    }

    static String json(Object v) {
        if (v == null) return "null";
        if (v instanceof String s) return quote(s);
        if (v instanceof List<?> l) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) out.append(i == 0 ? "" : ",").append(json(l.get(i)));
            return out.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            StringBuilder out = new StringBuilder("{");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(first ? "" : ",").append(quote((String) e.getKey())).append(':').append(json(e.getValue()));
                first = false;
            }
            return out.append('}').toString();
        }
        return String.valueOf(v);
    }

    /** A Branchline literal for a model value (keys are plain names from {@link #KEYS}). */
    static String literal(Object v) {
        if (v == null) return "NULL";
        if (v instanceof Boolean b) return b ? "TRUE" : "FALSE";
        if (v instanceof String s) return quote(s);
        if (v instanceof List<?> l) {
            StringBuilder out = new StringBuilder("[");
            for (int i = 0; i < l.size(); i++) out.append(i == 0 ? "" : ", ").append(literal(l.get(i)));
            return out.append(']').toString();
        }
        if (v instanceof Map<?, ?> m) {
            if (m.isEmpty()) return "{}";
            StringBuilder out = new StringBuilder("{ ");
            boolean first = true;
            for (Map.Entry<?, ?> e : m.entrySet()) {
                out.append(first ? "" : ", ").append(e.getKey()).append(": ").append(literal(e.getValue()));
                first = false;
            }
            return out.append(" }").toString();
        }
        return String.valueOf(v);
    }

    /** A double-quoted string; the strings used need no escapes, but quotes and backslashes are escaped anyway. */
    private static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }
}
