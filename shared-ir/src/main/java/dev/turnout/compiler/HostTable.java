package dev.turnout.compiler;

import dev.turnout.stdlib.LibraryFunction;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The host functions a program can call, standard library first, then the engine's user functions; CALL_HOST's
 * operand is a position in this table. Names are resolved here at compile time only.
 */
public final class HostTable {
    private final LibraryFunction[] functions;
    private final Map<String, Integer> byName = new HashMap<>();

    public HostTable(List<LibraryFunction> functions) {
        this.functions = functions.toArray(new LibraryFunction[0]);
        for (int i = 0; i < this.functions.length; i++) byName.putIfAbsent(this.functions[i].name(), i);
    }

    /** Index of a function, or -1. Names are case-sensitive (STDLIB §1.1). */
    public int indexOf(String name) {
        Integer index = byName.get(name);
        return index != null ? index : -1;
    }

    public boolean contains(String name) {
        return byName.containsKey(name);
    }

    public LibraryFunction get(int index) {
        return functions[index];
    }

    public int size() {
        return functions.length;
    }

    /** The table as an array, for the tiers' CALL_HOST dispatch. */
    public LibraryFunction[] toArray() {
        return functions.clone();
    }

    public java.util.Set<String> names() {
        return byName.keySet();
    }
}
