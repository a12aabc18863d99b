package dev.turnout.stdlib;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.RunLimits;
import dev.turnout.runtime.Text;
import dev.turnout.runtime.Values;
import java.io.PrintStream;
import java.util.ArrayDeque;
import java.util.Objects;

/**
 * The Core module (STDLIB.md §2): KEYS, VALUES, ENTRIES, GET, PUT, DELETE, APPEND, PREPEND, LISTIFY, IS_OBJECT,
 * WALK, COLLECT, PRINT. SIFT, listed in the same module, is higher-order and registered by
 * {@link HigherOrderFunctions}.
 *
 * <p>Value rules: arguments are never mutated; results are fresh containers. Whenever a result shares containers
 * with an argument (a copied array, a returned child), the argument is frozen first, because a shared container
 * must be frozen (RUNTIME_API.md "Ownership"); that is O(1) for the usual, already frozen, arguments.
 *
 * <p>WALK returns an array rather than a lazy sequence (the spec allows it); COLLECT copies arrays. A consequence
 * documented for users: in Turnout {@code MAP(WALK(x), f)} and {@code LENGTH(WALK(x))} work, where the reference
 * rejects the sequence.
 */
public final class CoreFunctions {
    /**
     * Where PRINT writes. A process-wide setting (static for now): embedders that capture PRINT output swap it with
     * {@link #setPrintStream} and should restore it afterwards; concurrent runs share it.
     */
    private static volatile PrintStream printStream = System.out;

    private CoreFunctions() {}

    /** Redirects PRINT output (default {@code System.out}); returns the previous stream. */
    public static PrintStream setPrintStream(PrintStream stream) {
        PrintStream previous = printStream;
        printStream = Objects.requireNonNull(stream, "stream");
        return previous;
    }

    /** The stream PRINT currently writes to. */
    public static PrintStream printStream() {
        return printStream;
    }

    static void register(StandardLibrary.Builder b) {
        b.fixed("KEYS", 1, "KEYS(coll)", CoreFunctions::keys);
        b.fixed("VALUES", 1, "VALUES(obj)", CoreFunctions::values);
        b.fixed("ENTRIES", 1, "ENTRIES(obj)", CoreFunctions::entries);
        b.range("GET", 2, 3, "GET(obj, key[, default])", CoreFunctions::get);
        b.fixed("PUT", 3, "PUT(coll, key, value)", CoreFunctions::put);
        b.fixed("DELETE", 2, "DELETE(coll, key)", CoreFunctions::delete);
        b.fixed("APPEND", 2, "APPEND(list, value)", CoreFunctions::append);
        b.fixed("PREPEND", 2, "PREPEND(list, value)", CoreFunctions::prepend);
        b.fixed("LISTIFY", 1, "LISTIFY(x)", CoreFunctions::listify);
        // No arity check at all: extra arguments are ignored and IS_OBJECT() is false.
        b.range("IS_OBJECT", 0, LibraryFunction.VARARGS, "IS_OBJECT(x)",
                args -> args.length > 0 && args[0] instanceof ObjectValue);
        b.fixed("WALK", 1, "WALK(tree)", CoreFunctions::walk);
        b.fixed("COLLECT", 1, "COLLECT(iterable)", CoreFunctions::collect);
        b.range("PRINT", 0, LibraryFunction.VARARGS, "PRINT(args…)", CoreFunctions::print);
    }

    static Object keys(Object[] args) {
        Object coll = args[0];
        if (coll instanceof ArrayValue a) {
            int n = a.size();
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) out[i] = (long) i;
            return ArrayValue.wrap(out, n);
        }
        if (coll instanceof ObjectValue o) {
            int n = o.size();
            Object[] out = new Object[n];
            for (int i = 0; i < n; i++) out[i] = o.keyAt(i);
            return ArrayValue.wrap(out, n);
        }
        throw RuntimeErrors.illegalState("KEYS: arg must be list or object");
    }

    static Object values(Object[] args) {
        if (!(args[0] instanceof ObjectValue o)) throw RuntimeErrors.illegalState("VALUES: arg must be object");
        o.freeze();
        int n = o.size();
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) out[i] = o.valueAt(i);
        return ArrayValue.wrap(out, n);
    }

    static Object entries(Object[] args) {
        if (!(args[0] instanceof ObjectValue o)) throw RuntimeErrors.illegalState("ENTRIES: arg must be object");
        o.freeze();
        int n = o.size();
        Object[] out = new Object[n];
        for (int i = 0; i < n; i++) {
            ObjectValue entry = new ObjectValue();
            entry.put("key", o.keyAt(i));
            entry.put("value", o.valueAt(i));
            out[i] = entry;
        }
        return ArrayValue.wrap(out, n);
    }

    static Object get(Object[] args) {
        if (!(args[0] instanceof ObjectValue o)) throw RuntimeErrors.illegalState("GET: first arg must be object");
        Object key = ArgumentCoercion.key(args[1]);
        int i = o.indexOf(key);
        if (i >= 0) return Values.freeze(o.valueAt(i)); // present, even with a null value
        return args.length > 2 ? Values.freeze(args[2]) : null;
    }

    // PUT, DELETE, APPEND and PREPEND change their collection in place when it is unfrozen: an unfrozen argument
    // is owned by the call (a fresh value, or a variable's value moved out because the variable is dead or is
    // about to be overwritten with the result: docs/architecture.md "Values and ownership"). Every check comes
    // before the change, so a failing call leaves the collection as it was. A frozen collection is copied.

    static Object put(Object[] args) {
        Object coll = args[0];
        Object value = Values.freeze(args[2]); // PUT(o, k, o) stores the old o: frozen first, so o is copied
        if (coll instanceof ObjectValue o) {
            Object key = ArgumentCoercion.key(args[1]);
            ObjectValue result = o.isFrozen() ? o.copy() : o;
            result.put(key, value);
            return result;
        }
        if (coll instanceof ArrayValue a) {
            int i = ArgumentCoercion.index(args[1]);
            int size = a.size();
            if (i < 0) {
                // The reference hands a negative literal index to the JVM list, whose own error surfaces (D7).
                throw RuntimeErrors.indexOutOfBounds("Index " + i + " out of bounds for length " + size);
            }
            if (i > size) throw RuntimeErrors.illegalState("PUT: index " + i + " out of bounds 0.." + size);
            if (!a.isFrozen()) {
                if (i == size) a.add(value);
                else a.set(i, value);
                return a;
            }
            Object[] out = new Object[i == size ? size + 1 : size];
            System.arraycopy(a.items(), 0, out, 0, size);
            out[i] = value;
            return ArrayValue.wrap(out, out.length);
        }
        throw RuntimeErrors.illegalState("PUT: unsupported collection");
    }

    static Object delete(Object[] args) {
        Object coll = args[0];
        if (coll instanceof ObjectValue o) {
            Object key = ArgumentCoercion.key(args[1]);
            if (o.isFrozen()) return o.without(key);
            o.remove(key);
            return o;
        }
        if (coll instanceof ArrayValue a) {
            int i = ArgumentCoercion.index(args[1]);
            int size = a.size();
            if (i < 0 || i >= size) {
                throw RuntimeErrors.illegalArgument("DELETE: index " + i + " out of bounds 0.." + (size - 1));
            }
            if (!a.isFrozen()) {
                a.remove(i);
                return a;
            }
            Object[] items = a.items();
            Object[] out = new Object[size - 1];
            System.arraycopy(items, 0, out, 0, i);
            System.arraycopy(items, i + 1, out, i, size - 1 - i);
            return ArrayValue.wrap(out, out.length);
        }
        throw RuntimeErrors.illegalState("DELETE: unsupported collection");
    }

    static Object append(Object[] args) {
        if (!(args[0] instanceof ArrayValue a)) throw RuntimeErrors.illegalState("APPEND: first arg must be list");
        Object value = Values.freeze(args[1]); // APPEND(xs, xs) appends the old xs
        if (!a.isFrozen()) {
            a.add(value);
            return a;
        }
        int size = a.size();
        RunLimits.checkSize((long) size + 1);
        Object[] out = new Object[size + 1 + (size >> 3)];
        System.arraycopy(a.items(), 0, out, 0, size);
        out[size] = value;
        return ArrayValue.wrap(out, size + 1);
    }

    static Object prepend(Object[] args) {
        if (!(args[0] instanceof ArrayValue a)) throw RuntimeErrors.illegalState("PREPEND: first arg must be list");
        Object value = Values.freeze(args[1]);
        if (!a.isFrozen()) {
            a.addFirst(value);
            return a;
        }
        int size = a.size();
        RunLimits.checkSize((long) size + 1);
        Object[] out = new Object[size + 1];
        out[0] = value;
        System.arraycopy(a.items(), 0, out, 1, size);
        return ArrayValue.wrap(out, out.length);
    }

    static Object listify(Object[] args) {
        Object x = args[0];
        if (x == null) return new ArrayValue();
        if (x instanceof ArrayValue a) return a.freeze();
        if (x instanceof ObjectValue o) return ArrayValue.of(o.freeze());
        throw RuntimeErrors.illegalState("LISTIFY: arg must be list, object, or null");
    }

    /**
     * Pre-order list of {@code {path, key, value, depth, isLeaf}} entries. Iterative (explicit stack), so a deeply
     * nested tree cannot overflow the Java stack. The tree is frozen first: its sub-values appear in several entries.
     */
    static Object walk(Object[] args) {
        Object tree = Values.freeze(args[0]);
        ArrayValue out = new ArrayValue();
        ArrayDeque<Object[]> pending = new ArrayDeque<>(); // {value, parentPath (ArrayValue or null), key}
        pending.push(new Object[] {tree, null, null});
        long pathElements = 0;
        while (!pending.isEmpty()) {
            Object[] node = pending.pop();
            RunLimits.charge(1); // one entry per node visited
            Object value = node[0];
            ArrayValue parentPath = (ArrayValue) node[1];
            Object key = node[2];
            Object[] pathItems;
            if (parentPath == null) {
                pathItems = new Object[0];
            } else {
                int depth = parentPath.size();
                // The paths together grow with size x depth: count them against the value-size limit, so a
                // pathologically deep tree ends the run cleanly instead of exhausting memory.
                pathElements += depth + 1;
                RunLimits.checkSize(pathElements);
                pathItems = new Object[depth + 1];
                System.arraycopy(parentPath.items(), 0, pathItems, 0, depth);
                pathItems[depth] = key;
            }
            // Each entry gets its own frozen path; the children's paths are built from it.
            ArrayValue path = ArrayValue.wrap(pathItems, pathItems.length).freeze();
            boolean leaf;
            if (value instanceof ArrayValue a) {
                leaf = a.size() == 0;
                for (int i = a.size() - 1; i >= 0; i--) pending.push(new Object[] {a.get(i), path, (long) i});
            } else if (value instanceof ObjectValue o) {
                leaf = o.size() == 0;
                for (int i = o.size() - 1; i >= 0; i--) pending.push(new Object[] {o.valueAt(i), path, o.keyAt(i)});
            } else {
                leaf = true;
            }
            ObjectValue entry = new ObjectValue();
            entry.put("path", path);
            entry.put("key", key);
            entry.put("value", value);
            entry.put("depth", (long) pathItems.length);
            entry.put("isLeaf", leaf);
            out.add(entry);
        }
        return out;
    }

    static Object collect(Object[] args) {
        if (args[0] instanceof ArrayValue a) return a.freeze().copy();
        throw RuntimeErrors.illegalState("COLLECT: arg must be iterable/sequence, got " + Values.typeName(args[0]));
    }

    /** One line per argument: arrays as their elements' texts joined by ", ", objects as "(key, value)" pairs. */
    static Object print(Object[] args) {
        PrintStream out = printStream;
        for (Object arg : args) out.println(printText(arg));
        out.flush();
        return null;
    }

    private static String printText(Object v) {
        if (v instanceof ArrayValue a) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = a.size(); i < n; i++) {
                if (i > 0) text.append(", ");
                Text.appendTo(text, a.get(i));
            }
            return text.toString();
        }
        if (v instanceof ObjectValue o) {
            StringBuilder text = new StringBuilder();
            for (int i = 0, n = o.size(); i < n; i++) {
                if (i > 0) text.append(", ");
                text.append('(');
                Text.appendTo(text, o.keyAt(i));
                text.append(", ");
                Text.appendTo(text, o.valueAt(i));
                text.append(')');
            }
            return text.toString();
        }
        return Text.of(v);
    }
}
