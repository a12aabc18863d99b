package dev.turnout.resolve;

/**
 * One Branchline variable: a name bound in the environment of one function invocation (LANGUAGE.md §6.2), with
 * its slot in the owning function's frame. A variable that some lambda captures lives in a {@code Cell} so that
 * the frame and the closures share it (captures are by reference, §8.16).
 */
public final class Variable {
    private final FunctionScope owner;
    private final String name;
    private final int slot;
    private boolean cell;

    Variable(FunctionScope owner, String name, int slot) {
        this.owner = owner;
        this.name = name;
        this.slot = slot;
    }

    public FunctionScope owner() { return owner; }

    public String name() { return name; }

    /** Slot in the owner's frame. */
    public int slot() { return slot; }

    /** True when a lambda captures it, so it is boxed in a cell. */
    public boolean isCell() { return cell; }

    void markCaptured() { cell = true; }

    @Override
    public String toString() {
        return name + "@" + owner.displayName() + ":" + slot + (cell ? " (cell)" : "");
    }
}
