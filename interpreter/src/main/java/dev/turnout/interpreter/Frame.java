package dev.turnout.interpreter;

import dev.turnout.program.FunctionEntry;

/**
 * One activation in the interpreter: the function's entry, its registers (variable slots, then the operand stack),
 * and where it stopped while a callee runs. Frames are heap objects linked to their caller, so Branchline recursion
 * never grows the Java stack.
 */
final class Frame {
    final FunctionEntry entry;
    final Object[] regs;
    final Frame caller;
    final int depth;
    int pc;
    int sp;

    Frame(FunctionEntry entry, Object[] regs, Frame caller, int depth) {
        this.entry = entry;
        this.regs = regs;
        this.caller = caller;
        this.depth = depth;
        this.sp = entry.function().slotCount();
    }
}
