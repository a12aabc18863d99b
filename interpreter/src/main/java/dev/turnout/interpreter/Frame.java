package dev.turnout.interpreter;

import dev.turnout.program.FunctionCode;

/**
 * One activation in the interpreter: the function, its registers (variable slots, then the operand stack), and
 * where it stopped while a callee runs. Frames are heap objects linked to their caller, so Branchline recursion
 * never grows the Java stack.
 */
final class Frame {
    final FunctionCode function;
    final Object[] regs;
    final Frame caller;
    final int depth;
    int pc;
    int sp;

    Frame(FunctionCode function, Object[] regs, Frame caller, int depth) {
        this.function = function;
        this.regs = regs;
        this.caller = caller;
        this.depth = depth;
        this.sp = function.slotCount();
    }
}
