package dev.turnout.bytecode;

import dev.turnout.source.Span;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Emits one function's code: instructions, labels with jump patching, the constant pool, the line table, the
 * exception table and feedback-site numbering. It tracks the operand-stack depth while emitting, so the compiler
 * learns its maximum (and {@link StackVerifier} later recomputes every depth independently).
 *
 * <p>The tracking is linear, in emission order: each instruction applies its {@link Opcode#stackEffect() stack
 * effect} from the opcode table; an instruction whose {@link Opcode#branch() branch} has a target joins the depth
 * on that edge ({@link Opcode#targetPushes()}) into the label's; one that does not fall through makes the code that
 * follows unreachable until a label with a known depth is placed. {@link #depths()} is the result per pc.
 */
public final class CodeWriter {
    private int[] code = new int[64];
    private int size;
    private final List<Object> constants = new ArrayList<>();
    private final Map<Object, Integer> constantIndex = new HashMap<>();
    private final List<ExceptionEntry> handlers = new ArrayList<>();
    private int depth;
    private int maxDepth;
    private boolean reachable = true;
    /** Whether {@link #depth} is known (false after code that does not fall through, until a label or setDepth). */
    private boolean depthKnown = true;
    private int[] depthAt = new int[64];
    private int sites;
    private int[] linePcs = new int[16];
    private int[] lineNumbers = new int[16];
    private int[] lineColumns = new int[16];
    private int lineCount;
    private Span position = Span.NONE;

    /** Sets the source position of the instructions emitted next (reported when one of them fails). */
    public void at(Span span) {
        if (span != null && span != Span.NONE) position = span;
    }

    public Span position() {
        return position;
    }

    public int pc() {
        return size;
    }

    public int depth() {
        return depth;
    }

    public int maxDepth() {
        return maxDepth;
    }

    /** False right after an unconditional jump, RETURN, HALT or THROW, until a label is placed. */
    public boolean reachable() {
        return reachable;
    }

    public int newSite() {
        return sites++;
    }

    public int siteCount() {
        return sites;
    }

    /** The constant-pool index of a value (strings, numbers and other immutable values are shared). */
    public int constant(Object value) {
        // Strings are interned: object keys parsed from JSON are interned too (Jackson canonicalises field names),
        // so a key lookup usually succeeds on the identity check before any character comparison.
        if (value instanceof String s) value = s.intern();
        if (value instanceof String || value instanceof Long || value instanceof Double
                || value instanceof java.math.BigInteger || value instanceof java.math.BigDecimal) {
            Object key = value.getClass().getSimpleName() + ":" + value;
            Integer index = constantIndex.get(key);
            if (index != null) return index;
            constants.add(value);
            constantIndex.put(key, constants.size() - 1);
            return constants.size() - 1;
        }
        constants.add(value);
        return constants.size() - 1;
    }

    /** Emits an instruction; operands must match the opcode's operand count. */
    public void emit(Opcode op, int... operands) {
        if (operands.length != op.operandCount()) {
            throw new IllegalArgumentException(op + " takes " + op.operandCount() + " operands");
        }
        markLine();
        ensure(op.length());
        int pc = size;
        depthAt[pc] = depthKnown ? depth : -1;
        for (int i = 1; i < op.length(); i++) depthAt[pc + i] = -1;
        code[size++] = op.id;
        for (int operand : operands) code[size++] = operand;
        depth -= op.pops(code, pc, constants::get);
        if (depth < 0) throw new IllegalStateException("stack underflow emitting " + op + " at " + pc);
        depth += op.pushes();
        maxDepth = Math.max(maxDepth, depth);
        if (!op.branch().fallsThrough()) {
            reachable = false;
            depthKnown = false;
        }
    }

    /**
     * Emits a jump-carrying instruction whose TARGET operand is {@code label}; {@code others} fill the other
     * operands in order.
     */
    public void emitJump(Opcode op, Label label, int... others) {
        if (!op.branch().hasTarget()) throw new IllegalArgumentException(op + " does not jump");
        int targetIndex = op.branch().targetOperand();
        int[] operands = new int[op.operandCount()];
        for (int i = 0, next = 0; i < operands.length; i++) {
            operands[i] = i == targetIndex ? (label.pc >= 0 ? label.pc : -1) : others[next++];
        }
        int pc = size;
        int site = pc + 1 + targetIndex;
        int before = depth;
        emit(op, operands);
        // The taken edge's depth, from the table (e.g. FOR_NEXT pushes no element when it exits the loop).
        joinDepth(label, before - op.pops(code, pc, constants::get) + op.targetPushes());
        if (label.pc < 0) {
            if (label.patchCount == label.patchSites.length) {
                label.patchSites = Arrays.copyOf(label.patchSites, label.patchCount * 2);
            }
            label.patchSites[label.patchCount++] = site;
        }
    }

    /** Places a label at the current pc and patches the jumps to it. */
    public void place(Label label) {
        if (label.pc >= 0) throw new IllegalStateException("label placed twice");
        label.pc = size;
        for (int i = 0; i < label.patchCount; i++) code[label.patchSites[i]] = size;
        if (reachable) {
            joinDepth(label, depth);
        } else if (label.depth >= 0) {
            depth = label.depth;
            depthKnown = true;
        } else {
            depthKnown = false;
        }
        reachable = true;
    }

    /** Declares the depth at a label reached only from an exception handler. */
    public void placeHandler(Label label, int handlerDepth) {
        label.depth = handlerDepth;
        reachable = false;
        place(label);
        maxDepth = Math.max(maxDepth, depth);
    }

    private void joinDepth(Label label, int d) {
        if (label.depth < 0) {
            label.depth = d;
        } else if (label.depth != d) {
            throw new IllegalStateException("inconsistent stack depth at label: " + label.depth + " vs " + d);
        }
    }

    /** Forces the tracked depth (after code that does not fall through, e.g. to continue at a known depth). */
    public void setDepth(int d) {
        depth = d;
        depthKnown = true;
        maxDepth = Math.max(maxDepth, d);
    }

    public void addHandler(int start, int end, Label handler, int handlerDepth) {
        handlers.add(new ExceptionEntry(start, end, handler.pc, handlerDepth));
    }

    private void markLine() {
        if (position == Span.NONE) return;
        if (lineCount > 0 && lineNumbers[lineCount - 1] == position.line()
                && lineColumns[lineCount - 1] == position.column()) {
            return;
        }
        if (lineCount > 0 && linePcs[lineCount - 1] == size) {
            lineCount--;
        }
        if (lineCount == linePcs.length) {
            linePcs = Arrays.copyOf(linePcs, lineCount * 2);
            lineNumbers = Arrays.copyOf(lineNumbers, lineCount * 2);
            lineColumns = Arrays.copyOf(lineColumns, lineCount * 2);
        }
        linePcs[lineCount] = size;
        lineNumbers[lineCount] = position.line();
        lineColumns[lineCount] = position.column();
        lineCount++;
    }

    private void ensure(int n) {
        if (size + n > code.length) {
            code = Arrays.copyOf(code, Math.max(code.length * 2, size + n));
            depthAt = Arrays.copyOf(depthAt, code.length);
        }
    }

    public int[] code() {
        return Arrays.copyOf(code, size);
    }

    /**
     * The depth this writer tracked before each pc, in emission order: -1 for operand positions and for instructions
     * emitted where the depth was not known (after code that does not fall through, before a label reached only
     * by later jumps). The compiler checks it against {@link StackVerifier#depths} for every function it compiles.
     */
    public int[] depths() {
        return Arrays.copyOf(depthAt, size);
    }

    public Object[] constants() {
        return constants.toArray();
    }

    public ExceptionEntry[] handlers() {
        return handlers.toArray(new ExceptionEntry[0]);
    }

    public LineTable lineTable() {
        return new LineTable(Arrays.copyOf(linePcs, lineCount), Arrays.copyOf(lineNumbers, lineCount),
                Arrays.copyOf(lineColumns, lineCount));
    }
}
