package dev.turnout.bytecode;

/** What an instruction operand means; the disassembler prints each kind its own way. */
public enum OperandKind {
    /** Index into the function's constant pool. */
    CONST,
    /** A frame slot (a Branchline local or a compiler temporary). */
    SLOT,
    /** Index into the function's name-chain table (a name bound in several enclosing functions). */
    CHAIN,
    /** A variable reference: {@code slot*2} (plain), {@code slot*2+1} (cell) or {@code -(chain+1)}. */
    VAR,
    /** Absolute jump target (a pc). */
    TARGET,
    /** A count: arguments, elements. */
    COUNT,
    /** Index into the program's function table. */
    FUNCTION,
    /** Index into the program's host-function table. */
    HOST,
    /** Feedback-site index into the function's profile. */
    SITE,
    /** A small enumerated mode, documented by the instruction. */
    MODE
}
