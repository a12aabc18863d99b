package dev.turnout.jit.analysis;

import dev.turnout.bytecode.ExceptionEntry;
import dev.turnout.bytecode.LineTable;
import dev.turnout.bytecode.Opcode;
import dev.turnout.program.FunctionCode;
import java.util.ArrayList;
import java.util.List;

/**
 * What the emitter needs to know about a function before it writes any JVM code: which pcs are reachable
 * instruction starts (with their verified stack depth), which TRY region handles an error at each pc, where
 * regions start, and how the pcs group into <em>runs</em> — maximal stretches of consecutive instructions with the
 * same source line, column and innermost TRY region, each of which gets one JVM exception-table entry.
 *
 * <p>Opcodes are read through {@link Opcode#generic()}: the interpreter quickens instructions in place while this
 * analysis (and the emitter) may be reading the code on the compile thread.
 */
public final class FunctionAnalysis {
    /** Consecutive instructions {@code firstPc..lastPc} (inclusive) sharing line, column and innermost region. */
    public record Run(int firstPc, int lastPc, int line, int column, int region) {}

    private final FunctionCode fn;
    private final int[] code;
    private final int[] depths;
    private final int[] pcs;
    private final int[] regionAt;
    private final List<Run> runs;
    private final List<List<Integer>> regionsStartingAt;

    private FunctionAnalysis(FunctionCode fn) {
        this.fn = fn;
        this.code = fn.code();
        this.depths = fn.stackDepths();
        List<Integer> reachable = new ArrayList<>();
        for (int pc = 0; pc < code.length; pc += Opcode.byId(code[pc]).length()) {
            if (depths[pc] >= 0) reachable.add(pc);
        }
        this.pcs = reachable.stream().mapToInt(Integer::intValue).toArray();
        ExceptionEntry[] handlers = fn.handlers();
        this.regionAt = new int[code.length];
        this.regionsStartingAt = new ArrayList<>(code.length);
        for (int pc = 0; pc < code.length; pc++) regionsStartingAt.add(List.of());
        for (int pc : pcs) {
            // The interpreter's rule: the first table entry covering the pc (inner regions come first).
            regionAt[pc] = -1;
            for (int i = 0; i < handlers.length; i++) {
                if (handlers[i].covers(pc)) {
                    regionAt[pc] = i;
                    break;
                }
            }
        }
        for (int i = 0; i < handlers.length; i++) {
            int start = handlers[i].start();
            if (start < code.length && depths[start] >= 0) {
                List<Integer> list = new ArrayList<>(regionsStartingAt.get(start));
                list.add(i);
                regionsStartingAt.set(start, List.copyOf(list));
            }
        }
        this.runs = groupRuns();
    }

    public static FunctionAnalysis of(FunctionCode fn) {
        return new FunctionAnalysis(fn);
    }

    private List<Run> groupRuns() {
        LineTable lines = fn.lines();
        List<Run> result = new ArrayList<>();
        int first = -1, last = -1, line = 0, column = 0, region = -1;
        for (int pc : pcs) {
            int l = lines.lineAt(pc);
            int c = lines.columnAt(pc);
            int r = regionAt[pc];
            boolean contiguous = last >= 0 && last + op(last).length() == pc;
            boolean split = !contiguous || l != line || c != column || r != region
                    || !regionsStartingAt.get(pc).isEmpty();
            if (first >= 0 && split) {
                result.add(new Run(first, last, line, column, region));
                first = -1;
            }
            if (first < 0) {
                first = pc;
                line = l;
                column = c;
                region = r;
            }
            last = pc;
        }
        if (first >= 0) result.add(new Run(first, last, line, column, region));
        return List.copyOf(result);
    }

    public FunctionCode function() {
        return fn;
    }

    /** The generic opcode at an instruction start. */
    public Opcode op(int pc) {
        return Opcode.byId(code[pc]).generic();
    }

    /** Operand {@code i} (0-based) of the instruction at pc. */
    public int operand(int pc, int i) {
        return code[pc + 1 + i];
    }

    /** Reachable instruction starts, in code order. */
    public int[] pcs() {
        return pcs;
    }

    /** The verified operand-stack depth before the instruction at pc. */
    public int depth(int pc) {
        return depths[pc];
    }

    public boolean reachable(int pc) {
        return pc >= 0 && pc < depths.length && depths[pc] >= 0;
    }

    /** Index into {@link FunctionCode#handlers()} of the region that catches errors at pc, or -1. */
    public int region(int pc) {
        return regionAt[pc];
    }

    /** The regions (handler indexes) whose range starts at pc. */
    public List<Integer> regionsStartingAt(int pc) {
        return regionsStartingAt.get(pc);
    }

    public List<Run> runs() {
        return runs;
    }
}
