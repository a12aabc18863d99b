package dev.turnout.jit;

import static dev.turnout.jit.OwnershipModel.*;
import static dev.turnout.jit.OwnershipProperties.*;
import static dev.turnout.jit.OwnershipSyntax.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Predicate;

/**
 * The generator half of {@link OwnershipProperties}: turns the drawn {@link OwnershipProperties.Choice}s into
 * statements that fit the model's state, keeping those the {@link OwnershipModel.Model always-copy model} runs
 * without an error.
 */
final class OwnershipCaseBuilder {
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

    OwnershipCaseBuilder(Object a, Object b, Object inputPart) {
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
    static String alias(Random r, Model m) {
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
    static List<String> dataVars(Model m) {
        return new ArrayList<>(m.vars.keySet());
    }

    static String pickWhere(Random r, List<String> names, Model m, Predicate<Object> test) {
        List<String> fit = new ArrayList<>();
        for (String n : names) if (test.test(m.vars.get(n))) fit.add(n);
        return fit.isEmpty() ? null : pick(r, fit);
    }

    /**
     * Path segments in random spellings: {@code .x}, {@code ["x"]}, {@code [ka]}, {@code .[ka]}; {@code [0]},
     * {@code .0}, {@code [i0]}. {@code staticOnly} (MODIFY) allows names and {@code .N} only, and gives null when
     * two index segments would meet ({@code .0.1} lexes as the number 0.1).
     */
    static List<Seg> segments(Random r, List<Object> keys, boolean staticOnly) {
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
