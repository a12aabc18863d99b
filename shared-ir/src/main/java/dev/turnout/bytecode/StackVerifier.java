package dev.turnout.bytecode;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;

/**
 * Recomputes the operand-stack depth before every instruction by following all control-flow edges (fall-through,
 * jumps, FOR_NEXT exits, RETRY jumps and exception handlers), independently of the depth the {@link CodeWriter}
 * tracked. It knows no instruction by name: each opcode's {@link Opcode#branch() branch} data says which edges
 * leave it (the next pc, a TARGET operand, or none) and its {@link Opcode#stackEffect() stack effect} (with the
 * taken edge's pushes for a conditional branch) gives the depth on each edge; exception handlers start at their
 * entry's depth plus the error object. Any disagreement between two edges, an underflow, or a jump into the middle of an instruction is a
 * compiler bug and fails loudly. The JIT relies on these depths to map the operand stack onto JVM values.
 */
public final class StackVerifier {
    private StackVerifier() {}

    /** Depth before each pc; -1 for pcs that are not reachable instruction starts. */
    public static int[] depths(int[] code, Object[] constants, ExceptionEntry[] handlers) {
        int[] depth = new int[code.length];
        Arrays.fill(depth, -1);
        boolean[] starts = new boolean[code.length + 1];
        for (int pc = 0; pc < code.length; pc += Opcode.byId(code[pc]).length()) starts[pc] = true;
        Deque<Integer> work = new ArrayDeque<>();
        if (code.length > 0) flow(depth, starts, work, 0, 0, -1);
        for (ExceptionEntry handler : handlers) flow(depth, starts, work, handler.handler(), handler.depth() + 1, -1);
        while (!work.isEmpty()) {
            int pc = work.pop();
            Opcode op = Opcode.byId(code[pc]);
            int d = depth[pc];
            int popped = op.pops(code, pc, i -> constants[i]);
            if (popped > d) throw new IllegalStateException("stack underflow at pc " + pc + " (" + op + ")");
            int base = d - popped;
            Branch branch = op.branch();
            if (branch.fallsThrough()) flow(depth, starts, work, pc + op.length(), base + op.pushes(), pc);
            if (branch.hasTarget()) flow(depth, starts, work, branch.target(code, pc), base + op.targetPushes(), pc);
        }
        return depth;
    }

    private static void flow(int[] depth, boolean[] starts, Deque<Integer> work, int target, int d, int from) {
        if (target < 0 || target >= depth.length || !starts[target]) {
            throw new IllegalStateException("bad control transfer from pc " + from + " to " + target);
        }
        if (depth[target] == -1) {
            depth[target] = d;
            work.push(target);
        } else if (depth[target] != d) {
            throw new IllegalStateException("stack depth " + d + " from pc " + from + " disagrees with "
                    + depth[target] + " at pc " + target);
        }
    }
}
