package dev.turnout.resolve;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The stack of static scopes the {@link StaticChecker} keeps while walking one transform or FUNC body
 * (LANGUAGE.md §6.3).
 *
 * <p>These scopes exist only for the check: at runtime blocks do not create environments (§6.2), but the checker
 * still hides a block's LETs after the block and forbids shadowing. A scope pushed with {@link #pushBlockOf()} is
 * the block body of a lambda whose parameters live in the scope just below it; for the LET rules the two count as
 * one scope, so {@code (x) -> { LET x = 1 … }} is a duplicate LET rather than shadowing, as the §6.3 table says
 * ("or a parameter of the same function/lambda").
 */
final class StaticScopes {

    /** What a LET of a name would collide with. */
    enum LetConflict { NONE, DUPLICATE, SHADOWING }

    private record Scope(Set<String> names, boolean sharesParent) {}

    private final List<Scope> stack = new ArrayList<>();

    /** Opens an ordinary scope (transform or function body, IF branch, FOR body, loop/CATCH/comprehension variable). */
    void push() {
        stack.add(new Scope(new HashSet<>(), false));
    }

    /** Opens the block-body scope of a lambda; the scope below must hold that lambda's parameters. */
    void pushBlockOf() {
        stack.add(new Scope(new HashSet<>(), true));
    }

    void pop() {
        stack.remove(stack.size() - 1);
    }

    /** Adds a name to the innermost scope. */
    void declare(String name) {
        stack.get(stack.size() - 1).names().add(name);
    }

    /** Whether any scope of the stack holds the name. */
    boolean contains(String name) {
        for (int i = stack.size() - 1; i >= 0; i--) {
            if (stack.get(i).names().contains(name)) return true;
        }
        return false;
    }

    /** Every name of every scope on the stack (for "did you mean" hints). */
    Set<String> allNames() {
        Set<String> all = new HashSet<>();
        for (Scope scope : stack) all.addAll(scope.names());
        return all;
    }

    /** Classifies a LET of {@code name} in the innermost scope (before the name is declared). */
    LetConflict letConflict(String name) {
        int top = stack.size() - 1;
        Scope current = stack.get(top);
        if (current.names().contains(name)) return LetConflict.DUPLICATE;
        int outer = top - 1;
        if (current.sharesParent() && outer >= 0) {
            if (stack.get(outer).names().contains(name)) return LetConflict.DUPLICATE;
            outer--;
        }
        for (int i = outer; i >= 0; i--) {
            if (stack.get(i).names().contains(name)) return LetConflict.SHADOWING;
        }
        return LetConflict.NONE;
    }
}
