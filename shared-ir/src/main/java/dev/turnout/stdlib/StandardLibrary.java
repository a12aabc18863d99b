package dev.turnout.stdlib;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry of Branchline's standard library (STDLIB.md): every CORE function, in a stable order, so that the
 * compiler can refer to a function by its position in {@link #all()} and the tiers can dispatch through an array.
 *
 * <p>The order is fixed by the order of the module registrations below and, inside a module, by its
 * {@code register} method; it never depends on hashing. Name lookup ({@link #indexOf}) is for compile time only.
 * The EXTENDED Shared module (AWAIT_SHARED, SHARED_WRITE) and the unregistered NOT/EXISTS are not part of it.
 */
public final class StandardLibrary {
    private static final List<LibraryFunction> ALL;
    private static final Map<String, Integer> INDEX;

    static {
        Builder builder = new Builder();
        CoreFunctions.register(builder);
        StringFunctions.register(builder);
        ArrayFunctions.register(builder);
        AggregateFunctions.register(builder);
        HigherOrderFunctions.register(builder);
        NumericFunctions.register(builder);
        TimeFunctions.register(builder);
        DebugFunctions.register(builder);
        ALL = builder.build();
        INDEX = builder.indexByName();
    }

    private StandardLibrary() {}

    /** Every registered function; the position of a function in this list is its stable index. */
    public static List<LibraryFunction> all() {
        return ALL;
    }

    /** Index of {@code name} in {@link #all()}, or -1. Case-sensitive. Compile-time use only. */
    public static int indexOf(String name) {
        Integer i = INDEX.get(name);
        return i == null ? -1 : i;
    }

    /** The function called {@code name}, or {@code null}. */
    public static LibraryFunction lookup(String name) {
        int i = indexOf(name);
        return i < 0 ? null : ALL.get(i);
    }

    /** Whether {@code name} is a registered library function (a predicate for the static checker). */
    public static boolean isFunctionName(String name) {
        return INDEX.containsKey(name);
    }

    /**
     * Collects registrations in order. Each module's {@code register} method adds its functions; registering a
     * name twice is a programming error.
     */
    public static final class Builder {
        private final List<LibraryFunction> functions = new ArrayList<>();
        private final Map<String, Integer> index = new HashMap<>();

        public Builder() {}

        /** Adds {@code function} at the next position. */
        public Builder add(LibraryFunction function) {
            if (index.putIfAbsent(function.name(), functions.size()) != null) {
                throw new IllegalStateException("library function registered twice: " + function.name());
            }
            functions.add(function);
            return this;
        }

        /** A function taking exactly {@code arity} arguments. */
        public Builder fixed(String name, int arity, String usage, HostFunction impl) {
            return add(new LibraryFunction(name, arity, arity, usage, impl));
        }

        /** A function taking {@code min..max} arguments ({@code max} = {@link LibraryFunction#VARARGS}: no bound). */
        public Builder range(String name, int min, int max, String usage, HostFunction impl) {
            return add(new LibraryFunction(name, min, max, usage, impl));
        }

        /** The registrations so far, as an unmodifiable list. */
        public List<LibraryFunction> build() {
            return Collections.unmodifiableList(new ArrayList<>(functions));
        }

        Map<String, Integer> indexByName() {
            return Collections.unmodifiableMap(new HashMap<>(index));
        }
    }
}
