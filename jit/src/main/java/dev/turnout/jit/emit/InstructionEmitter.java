package dev.turnout.jit.emit;

/**
 * Writes the JVM code of one Turnout instruction. On entry the JVM operand stack holds exactly the instruction's
 * Branchline operand stack (its verified depth, all references); on exit it holds the stack the instruction
 * leaves, so consecutive instructions compose without any frame array.
 */
@FunctionalInterface
interface InstructionEmitter {
    void emit(FunctionEmitter f, int pc);
}
