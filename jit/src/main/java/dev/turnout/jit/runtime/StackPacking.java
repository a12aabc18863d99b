package dev.turnout.jit.runtime;

/**
 * Packs the top n values of the JVM operand stack into a new {@code Object[n]} (call arguments, dynamic path keys,
 * array and object literals): one INVOKESTATIC per pack keeps generated methods small, which matters under
 * HotSpot's huge-method limit. Pure data movement — every semantic step is in {@code runtime.ops}.
 */
public final class StackPacking {
    private StackPacking() {}

    public static Object[] pack0() {
        return new Object[0];
    }

    public static Object[] pack1(Object a) {
        return new Object[] {a};
    }

    public static Object[] pack2(Object a, Object b) {
        return new Object[] {a, b};
    }

    public static Object[] pack3(Object a, Object b, Object c) {
        return new Object[] {a, b, c};
    }

    public static Object[] pack4(Object a, Object b, Object c, Object d) {
        return new Object[] {a, b, c, d};
    }

    public static Object[] pack5(Object a, Object b, Object c, Object d, Object e) {
        return new Object[] {a, b, c, d, e};
    }

    public static Object[] pack6(Object a, Object b, Object c, Object d, Object e, Object f) {
        return new Object[] {a, b, c, d, e, f};
    }
}
