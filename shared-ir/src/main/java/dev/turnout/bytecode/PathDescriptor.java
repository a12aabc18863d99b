package dev.turnout.bytecode;

/**
 * The static part of a SET / APPEND TO path (LANGUAGE.md §7.2, §7.3), kept in the constant pool of
 * PATH_CHECK / PATH_SET / PATH_APPEND. {@code keys[i]} is the literal key of segment i ({@code String} for
 * {@code .name}, {@code Long} for {@code .N}) or null for a dynamic segment, whose key the code pushes;
 * {@code kinds[i]} is {@code PathUpdates.NAME}, {@code INDEX} or {@code DYNAMIC}.
 *
 * @param operation SET or APPEND TO (which checks apply, and the prefix of the error messages)
 * @param hasInit   for APPEND TO: whether an INIT expression was written (PATH_APPEND's init operand is null otherwise)
 */
public record PathDescriptor(Operation operation, String rootName, Object[] keys, byte[] kinds, int dynamicCount,
                             boolean hasInit) {

    /** The statement a path belongs to. */
    public enum Operation {
        SET("SET"), APPEND("APPEND TO");

        private final String text;

        Operation(String text) {
            this.text = text;
        }

        /** The statement as messages name it. */
        public String text() {
            return text;
        }
    }

    /**
     * The full key array for one execution: literal keys with the dynamic ones filled in from the stack. Callers
     * only read it (it is the descriptor's own array when there are no dynamic keys).
     */
    public Object[] keysWith(Object[] stack, int firstDynamic) {
        if (dynamicCount == 0) return keys; // read only: the walk never writes the key array
        Object[] result = keys.clone();
        int next = firstDynamic;
        for (int i = 0; i < result.length; i++) {
            if (keys[i] == null) result[i] = stack[next++];
        }
        return result;
    }

    @Override
    public String toString() {
        StringBuilder out = new StringBuilder(operation.text()).append(' ').append(rootName);
        for (Object key : keys) {
            if (key == null) out.append("[…]");
            else if (key instanceof Long) out.append('.').append(key);
            else out.append('.').append(key);
        }
        return out.toString();
    }
}
