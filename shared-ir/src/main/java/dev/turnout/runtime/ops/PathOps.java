package dev.turnout.runtime.ops;

import dev.turnout.bytecode.ModifyDescriptor;
import dev.turnout.bytecode.PathDescriptor;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.PathUpdates;

/**
 * SET / APPEND TO path forms and MODIFY (LANGUAGE.md §7.2–§7.4) as the IR runs them: the literal segments come
 * from the instruction's {@link PathDescriptor}, the dynamic keys from {@code keys[from ..]} (the interpreter
 * passes its operand stack, compiled code an array of exactly the keys), in path order. The updates themselves
 * are {@link PathUpdates}.
 */
public final class PathOps {
    private PathOps() {}

    /** PATH_CHECK: validates the walk before the value is evaluated (§7.2 step order). */
    public static void check(Object root, Object[] keys, int from, PathDescriptor path) {
        if (path.operation() == PathDescriptor.Operation.SET) {
            // SET checks the segments before the leaf only: a one-segment path needs no keys at all.
            Object[] all = path.keys().length == 1 ? path.keys() : path.keysWith(keys, from);
            PathUpdates.checkSetPath(path.operation().text(), path.rootName(), root, all, path.kinds());
        } else {
            if (path.keys().length == 1) {
                PathUpdates.checkAppendSegment(path.rootName(), root, onlyKey(keys, from, path), path.kinds()[0]);
            } else {
                PathUpdates.checkAppendPath(path.rootName(), root, path.keysWith(keys, from), path.kinds());
            }
        }
    }

    /** PATH_SET: stores the value at the path; returns the new root. */
    public static Object set(Object root, Object[] keys, int from, Object value, PathDescriptor path) {
        Object[] literal = path.keys();
        if (literal.length == 1) {
            // SET v[k] = e and SET v.name = e, the accumulation statements: no key array per execution.
            return PathUpdates.setSegment(path.rootName(), root, onlyKey(keys, from, path), path.kinds()[0], value);
        }
        return PathUpdates.setPath(path.rootName(), root, path.keysWith(keys, from), path.kinds(), value);
    }

    /** PATH_APPEND: appends the value to the array at the path ({@code init} null without INIT); the new root. */
    public static Object append(Object root, Object[] keys, int from, Object value, Object init,
                                PathDescriptor path) {
        if (path.keys().length == 1) {
            return PathUpdates.appendSegment(path.rootName(), root, onlyKey(keys, from, path), path.kinds()[0],
                    value, init, path.hasInit());
        }
        return PathUpdates.appendPath(path.rootName(), root, path.keysWith(keys, from), path.kinds(), value, init,
                path.hasInit());
    }

    /** The key of a one-segment path: pushed when dynamic, else the literal. */
    private static Object onlyKey(Object[] keys, int from, PathDescriptor path) {
        return path.dynamicCount() == 1 ? keys[from] : path.keys()[0];
    }

    /** MODIFY: merges the delta object into the object at the target; the delta is cast after the root is known. */
    public static Object modify(Object delta, Object root, ModifyDescriptor target) {
        ObjectValue changes = (ObjectValue) delta;
        return PathUpdates.modify(target.rootName(), root, target.path().toArray(), changes);
    }
}
