package dev.turnout.bytecode;

/**
 * Where control goes after an instruction, as data: on to the next pc, to a jump target, to either, or nowhere
 * (the frame ends). {@link StackVerifier} follows these edges; {@link CodeWriter} reads them for reachability and
 * the depth at a jump's label.
 *
 * @param kind          the control-flow behaviour
 * @param targetOperand for {@code JUMPS} and {@code BRANCHES}: the index of the {@code TARGET} operand; -1 otherwise
 * @param takenPushes   for {@code BRANCHES}: the values pushed on the taken edge (the instruction pops the same
 *                      values on both edges); -1 otherwise (a {@code JUMPS} edge has the instruction's stack effect)
 */
public record Branch(Kind kind, int targetOperand, int takenPushes) {

    public enum Kind {
        /** Always continues at the next instruction. */
        FALLS_THROUGH,
        /** Always continues at the target (unconditional). */
        JUMPS,
        /** Continues at the target or at the next instruction (conditional). */
        BRANCHES,
        /** Never continues in this frame (RETURN, HALT, THROW). */
        ENDS
    }

    public static final Branch FALLS_THROUGH = new Branch(Kind.FALLS_THROUGH, -1, -1);
    public static final Branch ENDS = new Branch(Kind.ENDS, -1, -1);

    public Branch {
        boolean targeted = kind == Kind.JUMPS || kind == Kind.BRANCHES;
        if (targeted != (targetOperand >= 0)) throw new IllegalArgumentException(kind + " target " + targetOperand);
        if ((kind == Kind.BRANCHES) != (takenPushes >= 0)) {
            throw new IllegalArgumentException(kind + " taken pushes " + takenPushes);
        }
    }

    /** Unconditional jump to TARGET operand {@code operand}; the instruction's stack effect applies. */
    public static Branch jumps(int operand) {
        return new Branch(Kind.JUMPS, operand, -1);
    }

    /** Conditional jump to TARGET operand {@code operand}, pushing {@code takenPushes} values when taken. */
    public static Branch branches(int operand, int takenPushes) {
        return new Branch(Kind.BRANCHES, operand, takenPushes);
    }

    /** Whether control can continue at the next instruction. */
    public boolean fallsThrough() {
        return kind == Kind.FALLS_THROUGH || kind == Kind.BRANCHES;
    }

    /** Whether control can continue at a jump target. */
    public boolean hasTarget() {
        return targetOperand >= 0;
    }

    /** The jump target of the instruction at {@code pc} (only when {@link #hasTarget()}). */
    public int target(int[] code, int pc) {
        return code[pc + 1 + targetOperand];
    }

    /** The behaviour as the opcode reference writes it. */
    public String describe() {
        return switch (kind) {
            case FALLS_THROUGH -> "falls through";
            case JUMPS -> "jumps (operand " + targetOperand + ")";
            case BRANCHES -> "branches (operand " + targetOperand + "; taken: pushes " + takenPushes + ")";
            case ENDS -> "ends";
        };
    }
}
