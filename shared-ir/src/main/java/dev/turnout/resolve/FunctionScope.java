package dev.turnout.resolve;

import dev.turnout.program.FunctionKind;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The runtime environment of one transform body, FUNC or lambda, as the {@link Resolver} lays it out in slots:
 * its own variables (parameters first), then the variables it captured from enclosing functions. For every name
 * the function uses it knows the <em>chain</em>: the variables a lookup of that name visits at runtime, innermost
 * first (§6.2: a lambda's own environment, then the one it was created in, and so on).
 */
public final class FunctionScope {
    private final FunctionKind kind;
    private final FunctionScope parent;
    private final String displayName;
    private final int paramCount;
    private final Map<String, Variable> own = new LinkedHashMap<>();
    private final List<String> slotNames = new ArrayList<>();
    private final List<Variable> captures = new ArrayList<>();
    private final Map<Variable, Integer> captureSlots = new HashMap<>();
    private final Map<String, List<Variable>> chains = new HashMap<>();

    FunctionScope(FunctionKind kind, FunctionScope parent, String displayName, List<String> params) {
        this.kind = kind;
        this.parent = parent;
        this.displayName = displayName;
        this.paramCount = params.size();
        for (String param : params) {
            // A repeated parameter name binds the later argument (bindings happen in order), so the name maps to
            // the last slot; the earlier slot still receives its argument and is never read.
            int slot = slotNames.size();
            slotNames.add(param);
            own.put(param, new Variable(this, param, slot));
        }
    }

    void declare(String name) {
        if (!own.containsKey(name)) {
            own.put(name, new Variable(this, name, slotNames.size()));
            slotNames.add(name);
        }
    }

    boolean owns(String name) {
        return own.containsKey(name);
    }

    Variable ownVariable(String name) {
        return own.get(name);
    }

    /** The slot in this frame through which {@code variable} is reached, capturing it if needed. */
    int access(Variable variable) {
        if (variable.owner() == this) return variable.slot();
        Integer slot = captureSlots.get(variable);
        if (slot != null) return slot;
        parent.access(variable);
        variable.markCaptured();
        int newSlot = slotNames.size();
        slotNames.add(variable.name());
        captures.add(variable);
        captureSlots.put(variable, newSlot);
        return newSlot;
    }

    void putChain(String name, List<Variable> chain) {
        chains.put(name, chain);
    }

    public FunctionKind kind() { return kind; }

    /** The function this lambda was created in; null for transforms and FUNCs (they have no parent, §6.2). */
    public FunctionScope parent() { return parent; }

    public String displayName() { return displayName; }

    public int paramCount() { return paramCount; }

    /** Number of slots holding variables (own and captured); temporaries are allocated after them. */
    public int namedSlotCount() { return slotNames.size(); }

    public List<String> slotNames() { return Collections.unmodifiableList(slotNames); }

    /** Own variables that lambdas capture: the function's prologue boxes them in cells. */
    public List<Variable> ownCells() {
        List<Variable> cells = new ArrayList<>();
        for (Variable v : own.values()) {
            if (v.isCell()) cells.add(v);
        }
        return cells;
    }

    /** Captured variables in capture order (the closure's captured array). */
    public List<Variable> captures() { return Collections.unmodifiableList(captures); }

    public int captureSlot(Variable v) { return captureSlots.get(v); }

    /** The variables a lookup of {@code name} visits, innermost first; empty when the name is bound nowhere. */
    public List<Variable> chain(String name) {
        List<Variable> chain = chains.get(name);
        return chain != null ? chain : List.of();
    }

    /** This frame's slot for a variable of the chain. */
    public int slotOf(Variable v) {
        return v.owner() == this ? v.slot() : captureSlots.get(v);
    }
}
