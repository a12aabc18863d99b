package dev.turnout.program;

import java.util.List;

/**
 * The entries of one running program, indexed like its {@link FunctionTable} (the operands of CALL_FN and
 * MAKE_CLOSURE): created once per program, so two programs compiled from the same source never share counters,
 * feedback or compiled code.
 */
public final class FunctionEntries {
    private final FunctionEntry[] entries;

    public FunctionEntries(FunctionTable functions) {
        this.entries = new FunctionEntry[functions.size()];
        for (int i = 0; i < entries.length; i++) entries[i] = new FunctionEntry(functions.get(i));
    }

    public FunctionEntry get(int index) {
        return entries[index];
    }

    public int size() {
        return entries.length;
    }

    public List<FunctionEntry> all() {
        return List.of(entries);
    }
}
