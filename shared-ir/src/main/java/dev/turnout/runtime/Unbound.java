package dev.turnout.runtime;

/**
 * The marker a variable slot (or {@link Cell}) holds while its name is not bound (LANGUAGE.md §6.2): before its
 * LET ran, after a loop or CATCH variable was removed, or for a lambda parameter without an argument. It never
 * appears as a value: every load turns it into {@code null}, and only SET, APPEND TO, loop restores and name
 * chains look at it.
 */
public final class Unbound {
    public static final Unbound VALUE = new Unbound();

    private Unbound() {}

    @Override
    public String toString() {
        return "<unbound>";
    }
}
