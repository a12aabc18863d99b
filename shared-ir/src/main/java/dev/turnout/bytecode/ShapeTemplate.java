package dev.turnout.bytecode;

import dev.turnout.runtime.Shape;
import java.util.List;

/**
 * The distinct constant keys of an object literal (MAKE_OBJECT's constant), with the {@link Shape} that objects
 * with exactly these keys in this order have, computed on first use through the shared transition tree.
 */
public final class ShapeTemplate {
    private final Object[] keys;
    private volatile Shape shape;

    public ShapeTemplate(List<Object> keys) {
        this.keys = keys.toArray();
    }

    public Object[] keys() {
        return keys.clone();
    }

    public int size() {
        return keys.length;
    }

    /** The shape of objects with these keys; a benign race may compute it twice (transitions are shared). */
    public Shape shape() {
        Shape s = shape;
        if (s == null) {
            s = Shape.EMPTY;
            for (Object key : keys) s = s.withKey(key);
            shape = s;
        }
        return s;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("keys");
        for (Object key : keys) out.append(' ').append(key);
        return out.toString();
    }
}
