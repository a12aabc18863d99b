package dev.turnout.runtime;

/**
 * A function value as the value layer sees it: something that is not data (it cannot be written as JSON, its type
 * name is {@code Function}, it compares by identity). The callable kind, {@code program.Closure}, lives above the
 * value layer, next to the code it runs; values, JSON and the library only need to recognise it, so they depend on
 * this marker and never on the program layer.
 */
public abstract class FunctionValue {
    protected FunctionValue() {}

    @Override
    public final String toString() {
        return "<function>";
    }
}
