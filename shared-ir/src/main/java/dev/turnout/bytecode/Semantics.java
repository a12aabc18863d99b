package dev.turnout.bytecode;

/**
 * The semantics-layer method that implements an instruction, named {@code "Class.method"}: a public static method of
 * a class of the semantics layer ({@code runtime.ops}) or of the value layer ({@code runtime}). The interpreter and the JIT both call
 * it (or inline what it does), so the two tiers agree by construction. Pure data movement and control flow have no
 * such method; {@link #note} then says what the instruction is instead.
 *
 * @param method {@code "Class.method"}, or null
 * @param note   why there is no method (e.g. {@code "stack"}, {@code "slot store"}, {@code "control"}); null when
 *               there is one
 */
public record Semantics(String method, String note) {

    public Semantics {
        if ((method == null) == (note == null)) throw new IllegalArgumentException("exactly one of method and note");
        if (method != null && !method.matches("[A-Z]\\w*\\.[a-z]\\w*")) {
            throw new IllegalArgumentException("not Class.method: " + method);
        }
        if (note != null && note.isBlank()) throw new IllegalArgumentException("empty note");
    }

    /** Implemented by {@code "Class.method"}. */
    public static Semantics of(String method) {
        return new Semantics(method, null);
    }

    /** No semantics method: data movement or control, as {@code note} says. */
    public static Semantics none(String note) {
        return new Semantics(null, note);
    }

    public boolean hasMethod() {
        return method != null;
    }

    /** The simple class name of {@link #method}. */
    public String className() {
        return method.substring(0, method.indexOf('.'));
    }

    /** The method name of {@link #method}. */
    public String methodName() {
        return method.substring(method.indexOf('.') + 1);
    }

    /** As the opcode reference writes it. */
    public String describe() {
        return method != null ? "`" + method + "`" : "– (" + note + ")";
    }
}
