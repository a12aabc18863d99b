package dev.turnout.bytecode;

/** A jump target whose pc may not be known yet; {@link CodeWriter} patches the jumps when it is placed. */
public final class Label {
    int pc = -1;
    int[] patchSites = new int[2];
    int patchCount;
    /** Operand-stack depth at the label, from the first jump to it or its placement. -1 until known. */
    int depth = -1;

    public int pc() {
        return pc;
    }
}
