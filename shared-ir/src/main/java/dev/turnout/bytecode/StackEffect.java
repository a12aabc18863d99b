package dev.turnout.bytecode;

import java.util.function.IntFunction;

/**
 * An instruction's operand-stack effect when it falls through, as data: how many values it pops (a fixed number, or
 * a named {@link PopRule} reading an operand) and how many it pushes. The effect on a taken branch edge is part of
 * the instruction's {@link Branch}.
 *
 * @param rule    how the number of popped values is found
 * @param pops    {@link PopRule#FIXED}: the values popped; {@link PopRule#PATH_KEYS_PLUS}: the values popped besides
 *                the path's dynamic keys; 0 for the count rules
 * @param operand the operand the rule reads (a {@code COUNT} for the count rules, the {@code CONST} of the
 *                {@link PathDescriptor} for {@code PATH_KEYS_PLUS}); -1 for {@code FIXED}
 * @param pushes  the values pushed
 */
public record StackEffect(PopRule rule, int pops, int operand, int pushes) {

    /** How an instruction's pop count is determined. */
    public enum PopRule {
        /** A fixed number of values. */
        FIXED,
        /** As many values as the COUNT operand says (MAKE_ARRAY, MAKE_OBJECT, CALL_FN, CALL_HOST). */
        POPS_COUNT_OPERAND,
        /** The COUNT operand's arguments plus the callee (CALL_VALUE, CALL_NAMED). */
        POPS_COUNT_PLUS_ONE,
        /** The {@link PathDescriptor#dynamicCount()} keys of the descriptor constant plus {@code pops} more. */
        PATH_KEYS_PLUS
    }

    public StackEffect {
        if (pops < 0 || pushes < 0) throw new IllegalArgumentException("negative stack effect");
        if ((rule == PopRule.FIXED) != (operand < 0)) throw new IllegalArgumentException(rule + " operand " + operand);
        if ((rule == PopRule.POPS_COUNT_OPERAND || rule == PopRule.POPS_COUNT_PLUS_ONE) && pops != 0) {
            throw new IllegalArgumentException(rule + " has no fixed part");
        }
    }

    /** Pops {@code pops} values, pushes {@code pushes}. */
    public static StackEffect fixed(int pops, int pushes) {
        return new StackEffect(PopRule.FIXED, pops, -1, pushes);
    }

    /** Pops as many values as COUNT operand {@code operand} says. */
    public static StackEffect popsCountOperand(int operand, int pushes) {
        return new StackEffect(PopRule.POPS_COUNT_OPERAND, 0, operand, pushes);
    }

    /** Pops COUNT operand {@code operand} values plus one (the callee). */
    public static StackEffect popsCountPlusOne(int operand, int pushes) {
        return new StackEffect(PopRule.POPS_COUNT_PLUS_ONE, 0, operand, pushes);
    }

    /** Pops the dynamic keys of the PathDescriptor in CONST operand {@code operand}, plus {@code n} values. */
    public static StackEffect pathKeysPlus(int operand, int n, int pushes) {
        return new StackEffect(PopRule.PATH_KEYS_PLUS, n, operand, pushes);
    }

    /** True when the pop count depends on the instruction's operands (or the constant pool). */
    public boolean variable() {
        return rule != PopRule.FIXED;
    }

    /** The values popped by the instruction at {@code pc}. */
    public int pops(int[] code, int pc, IntFunction<Object> constants) {
        return switch (rule) {
            case FIXED -> pops;
            case POPS_COUNT_OPERAND -> code[pc + 1 + operand];
            case POPS_COUNT_PLUS_ONE -> code[pc + 1 + operand] + 1;
            case PATH_KEYS_PLUS -> ((PathDescriptor) constants.apply(code[pc + 1 + operand])).dynamicCount() + pops;
        };
    }

    /** The effect as the opcode reference writes it, e.g. {@code 2 → 1} or {@code n+1 → 1 (n = operand 0)}. */
    public String describe() {
        String popped = switch (rule) {
            case FIXED -> Integer.toString(pops);
            case POPS_COUNT_OPERAND -> "n";
            case POPS_COUNT_PLUS_ONE -> "n+1";
            case PATH_KEYS_PLUS -> "keys+" + pops;
        };
        String where = switch (rule) {
            case FIXED -> "";
            case POPS_COUNT_OPERAND, POPS_COUNT_PLUS_ONE -> " (n = operand " + operand + ")";
            case PATH_KEYS_PLUS -> " (keys = dynamicCount() of the PathDescriptor in operand " + operand + ")";
        };
        return popped + " → " + pushes + where;
    }
}
