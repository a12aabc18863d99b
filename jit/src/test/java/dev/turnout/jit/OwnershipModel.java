package dev.turnout.jit;

import static dev.turnout.jit.OwnershipProperties.*;
import static dev.turnout.jit.OwnershipSyntax.*;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;

/**
 * The always-copy model of {@link OwnershipProperties}: an interpreter of the generated statements over plain
 * {@code java.util} values in which every read and store is a deep copy, so nothing can be shared, and the
 * helpers on those values.
 */
final class OwnershipModel {
    private OwnershipModel() {}

    /** The model cannot run a statement, or Branchline would fail on it: the statement is not generated. */
    static final class ModelError extends RuntimeException {
        ModelError(String message) {
            super(message, null, false, false);
        }
    }

    /** Each variable's value is limited (a size that keeps repeated self-insertion like SET a.x = a cheap). */
    static final int MAX_WEIGHT = 300;
    static final int MAX_LOG_WEIGHT = 3000;

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
            if (e instanceof Lit l) return OwnershipModel.copy(l.value());
            if (e instanceof Ref r) return OwnershipModel.copy(lookup(r.name()));
            if (e instanceof Read r) {
                Object node = lookup(r.root());
                for (Seg s : r.segs()) node = step(node, s.key());
                return OwnershipModel.copy(node);
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
                    return list(q, OwnershipModel.copy(q), p);
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
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    static <T> T pick(Random r, List<T> options) {
        return options.get(r.nextInt(options.size()));
    }
}
