package dev.turnout.runtime;

/**
 * A box for a local variable that a lambda captures (LANGUAGE.md §8.16: lambdas capture by reference and may SET
 * outer variables). The frame that owns the variable and every closure that captured it share the cell.
 */
public final class Cell {
    /** The variable's value, or {@link Unbound#VALUE}. */
    public Object value;

    public Cell(Object value) {
        this.value = value;
    }
}
