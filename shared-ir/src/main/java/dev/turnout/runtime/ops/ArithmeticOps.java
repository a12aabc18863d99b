package dev.turnout.runtime.ops;

import dev.turnout.bytecode.Opcode;
import dev.turnout.runtime.Operators;

/**
 * Comparisons by mode. EQ … GE and JUMP_UNLESS_CMP name their comparison with one of these constants (the
 * compiler picks it from the operator; tiers map each comparison opcode to its constant explicitly), so no tier
 * derives a comparison from opcode numbering. The arithmetic operators themselves are {@link Operators}.
 */
public final class ArithmeticOps {
    public static final int EQ = 0, NE = 1, LT = 2, LE = 3, GT = 4, GE = 5;

    private ArithmeticOps() {}

    /** The comparison mode of the opcodes EQ … GE (by id); the one mapping both tiers use. */
    public static int comparisonOf(int opcodeId) {
        return switch (opcodeId) {
            case Opcode.EQ_ID -> EQ;
            case Opcode.NE_ID -> NE;
            case Opcode.LT_ID -> LT;
            case Opcode.LE_ID -> LE;
            case Opcode.GT_ID -> GT;
            case Opcode.GE_ID -> GE;
            default -> throw new IllegalArgumentException("not a comparison: " + Opcode.byId(opcodeId));
        };
    }

    /** {@code a cmp b} for a comparison mode (§9.5 equality, §9.6 ordering). */
    public static boolean compare(Object a, Object b, int mode) {
        return switch (mode) {
            case EQ -> Operators.equal(a, b);
            case NE -> !Operators.equal(a, b);
            case LT -> Operators.less(a, b);
            case LE -> Operators.lessEqual(a, b);
            case GT -> Operators.greater(a, b);
            case GE -> Operators.greaterEqual(a, b);
            default -> throw new IllegalArgumentException("comparison mode " + mode);
        };
    }

    /** The comparison as the Branchline value a comparison expression produces. */
    public static Boolean compareValue(Object a, Object b, int mode) {
        return compare(a, b, mode) ? Boolean.TRUE : Boolean.FALSE;
    }
}
