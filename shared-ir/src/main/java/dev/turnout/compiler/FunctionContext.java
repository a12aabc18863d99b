package dev.turnout.compiler;

import dev.turnout.bytecode.CodeWriter;
import dev.turnout.bytecode.Opcode;
import dev.turnout.bytecode.StackVerifier;
import dev.turnout.errors.ErrorKind;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionKind;
import dev.turnout.resolve.FunctionScope;
import dev.turnout.resolve.Variable;
import dev.turnout.source.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The state of compiling one function: its {@link CodeWriter}, its resolved {@link FunctionScope}, temporaries, name
 * chains, and the emit helpers for reading and writing variables, shared by the statement, expression and
 * intrinsic compilers.
 */
final class FunctionContext {
    final BytecodeCompiler program;
    final FunctionScope scope;
    final CodeWriter code = new CodeWriter();
    final int index;
    private int nextTemp;
    private final List<int[]> chains = new ArrayList<>();
    private final Map<String, Integer> chainIndex = new HashMap<>();
    /** Parameters whose one read moves the value out instead of freezing it ({@link SingleUseParameters}). */
    private java.util.Set<String> movable = java.util.Set.of();
    /** Loop and CATCH variables bound right now, with the temp holding their previous binding (for RETURN). */
    private final Deque<int[]> temporaryBindings = new ArrayDeque<>();

    FunctionContext(BytecodeCompiler program, FunctionScope scope, int index) {
        this.program = program;
        this.scope = scope;
        this.index = index;
        this.nextTemp = scope.namedSlotCount();
    }

    boolean isTransform() {
        return scope.kind() == FunctionKind.TRANSFORM;
    }

    int temp() {
        return nextTemp++;
    }

    int constant(Object value) {
        return code.constant(value);
    }

    void emit(Opcode op, int... operands) {
        code.emit(op, operands);
    }

    void at(Span span) {
        code.at(span);
    }

    /** Positions the next instructions at the last character of a span (a block's closing brace). */
    void atEnd(Span span) {
        int last = Math.max(span.start(), span.end() - 1);
        code.at(new Span(program.source.lineOf(last), program.source.columnOf(last), last, last + 1));
    }

    /** Emits a runtime error raise (for errors the compiler can already see, e.g. SET of a name bound nowhere). */
    void emitThrow(ErrorKind kind, String message) {
        code.emit(Opcode.THROW, kind.ordinal(), constant(message));
    }

    // ---- variables ----------------------------------------------------------------------------------------

    boolean isBoundSomewhere(String name) {
        return !scope.chain(name).isEmpty();
    }

    /** Pushes a variable's value (null when the name is bound nowhere); {@code raw} skips the freeze. */
    void emitLoad(String name, boolean raw) {
        List<Variable> chain = scope.chain(name);
        if (chain.isEmpty()) {
            code.emit(Opcode.PUSH_NULL);
        } else if (chain.size() == 1) {
            Variable v = chain.get(0);
            int slot = scope.slotOf(v);
            if (v.isCell()) code.emit(raw ? Opcode.LOAD_CELL_RAW : Opcode.LOAD_CELL, slot);
            else code.emit(raw ? Opcode.LOAD_LOCAL_RAW : Opcode.LOAD_LOCAL, slot);
        } else {
            code.emit(raw ? Opcode.LOAD_CHAIN_RAW : Opcode.LOAD_CHAIN, chain(name));
        }
    }

    void movableParameters(java.util.Set<String> names) {
        movable = names;
    }

    /**
     * Whether a read of {@code name} may move its value (a raw load, no freeze): a single-use parameter that is a
     * plain local slot of this function.
     */
    boolean isMovable(String name) {
        return movable.contains(name) && plainLocalSlot(name) >= 0;
    }

    /** The slot of a name whose only candidate is a plain (uncaptured) variable of this function, else -1. */
    int plainLocalSlot(String name) {
        List<Variable> chain = scope.chain(name);
        if (chain.size() != 1 || chain.get(0).isCell()) return -1;
        return scope.slotOf(chain.get(0));
    }

    /** Pops into a variable with LET's rule: the nearest bound variable of the name, else the function's own. */
    void emitStore(String name) {
        List<Variable> chain = scope.chain(name);
        if (chain.isEmpty()) throw new IllegalStateException("store to a name bound nowhere: " + name);
        if (chain.size() == 1) {
            Variable v = chain.get(0);
            code.emit(v.isCell() ? Opcode.STORE_CELL : Opcode.STORE_LOCAL, scope.slotOf(v));
        } else {
            code.emit(Opcode.STORE_CHAIN, chain(name));
        }
    }

    /** The VAR operand encoding of a name: {@code slot*2 (+1 for a cell)} or {@code -(chain+1)}. */
    int varRef(String name) {
        List<Variable> chain = scope.chain(name);
        if (chain.size() == 1) {
            Variable v = chain.get(0);
            return scope.slotOf(v) * 2 + (v.isCell() ? 1 : 0);
        }
        return -(chain(name) + 1);
    }

    private int chain(String name) {
        Integer existing = chainIndex.get(name);
        if (existing != null) return existing;
        List<Variable> chain = scope.chain(name);
        int[] encoded = new int[chain.size()];
        for (int i = 0; i < encoded.length; i++) {
            Variable v = chain.get(i);
            encoded[i] = scope.slotOf(v) * 2 + (v.isCell() ? 1 : 0);
        }
        chains.add(encoded);
        chainIndex.put(name, chains.size() - 1);
        return chains.size() - 1;
    }

    // ---- temporary bindings (loop and CATCH variables, §6.2) ---------------------------------------------------

    /** Saves the current binding of a loop/CATCH variable; pair with {@link #endTemporaryBinding}. */
    void beginTemporaryBinding(String name) {
        int ref = varRef(name);
        int saved = temp();
        code.emit(Opcode.SAVE_VAR, ref, saved);
        temporaryBindings.push(new int[] {ref, saved});
    }

    void endTemporaryBinding() {
        int[] binding = temporaryBindings.pop();
        code.emit(Opcode.RESTORE_VAR, binding[0], binding[1]);
    }

    /**
     * Before a RETURN or an ABORT that leaves a lambda or FUNC: restore the loop and CATCH variables it is inside,
     * when they may outlive this frame (captured cells or enclosing functions' variables). Plain slots die with
     * the frame.
     */
    void emitRestoresBeforeExit() {
        for (int[] binding : temporaryBindings) {
            if (binding[0] < 0 || (binding[0] & 1) == 1) code.emit(Opcode.RESTORE_VAR, binding[0], binding[1]);
        }
    }

    // ---- finishing -----------------------------------------------------------------------------------------

    /**
     * The writer's linear depth tracking and the verifier's control-flow walk are two algorithms over the one opcode
     * table; a disagreement at any pc where the writer knew the depth is a compiler or table bug, reported now.
     */
    private void checkDepthsAgree(int[] tracked, int[] verified) {
        for (int pc = 0; pc < tracked.length; pc++) {
            if (tracked[pc] >= 0 && verified[pc] >= 0 && tracked[pc] != verified[pc]) {
                throw new IllegalStateException(scope.displayName() + ": stack depth at pc " + pc + " tracked as "
                        + tracked[pc] + ", verified as " + verified[pc]);
            }
        }
    }

    FunctionCode finish(String programName) {
        int[] bytecode = code.code();
        Object[] constants = code.constants();
        List<Variable> captures = scope.captures();
        int[] captureSources = new int[captures.size()];
        int[] captureSlots = new int[captures.size()];
        FunctionScope parent = scope.parent();
        for (int i = 0; i < captures.size(); i++) {
            captureSources[i] = parent.slotOf(captures.get(i));
            captureSlots[i] = scope.captureSlot(captures.get(i));
        }
        int[] depths = StackVerifier.depths(bytecode, constants, code.handlers());
        checkDepthsAgree(code.depths(), depths);
        return FunctionCode.builder()
                .name(scope.displayName()).kind(scope.kind()).index(index).programName(programName)
                .code(bytecode).constants(constants).stackDepths(depths).maxStack(code.maxDepth())
                .handlers(code.handlers()).lines(code.lineTable()).siteCount(code.siteCount())
                .paramCount(scope.paramCount()).namedSlotCount(scope.namedSlotCount()).slotCount(nextTemp)
                .captureSources(captureSources).captureSlots(captureSlots)
                .chains(chains.toArray(new int[0][])).slotNames(scope.slotNames().toArray(new String[0]))
                .build();
    }
}
