package dev.turnout.program;

import dev.turnout.bytecode.ExceptionEntry;
import dev.turnout.bytecode.LineTable;

/**
 * One compiled transform body, FUNC or lambda: the unit both tiers execute.
 *
 * <p>Frame layout: slots {@code 0..paramCount-1} hold the arguments; the variables of the function (its own
 * names, then the captured cells, then compiler temporaries) follow up to {@code slotCount}; the operand stack
 * sits above them, at most {@code maxStack} deep. Slots {@code paramCount..namedSlotCount-1} start unbound.
 *
 * <p>Immutable: the compiler builds it once ({@link #builder()}) and nothing changes it afterwards. What changes
 * while a program runs — counters, feedback, the compiled entry, the interpreter's quickened code — lives in the
 * function's {@link FunctionEntry}, one per program, owned by the tiering layer.
 */
public final class FunctionCode {
    private final String name;
    private final FunctionKind kind;
    private final int index;
    private final int[] code;
    private final Object[] constants;
    private final int paramCount;
    private final int namedSlotCount;
    private final int slotCount;
    private final int maxStack;
    private final int[] stackDepths;
    private final ExceptionEntry[] handlers;
    private final LineTable lines;
    private final int[] captureSources;
    private final int[] captureSlots;
    private final int[][] chains;
    private final String[] slotNames;
    private final int siteCount;
    private final String programName;

    private FunctionCode(Builder b) {
        this.name = b.name;
        this.kind = b.kind;
        this.index = b.index;
        this.code = b.code;
        this.constants = b.constants;
        this.paramCount = b.paramCount;
        this.namedSlotCount = b.namedSlotCount;
        this.slotCount = b.slotCount;
        this.maxStack = b.maxStack;
        this.stackDepths = b.stackDepths;
        this.handlers = b.handlers;
        this.lines = b.lines;
        this.captureSources = b.captureSources;
        this.captureSlots = b.captureSlots;
        this.chains = b.chains;
        this.slotNames = b.slotNames;
        this.siteCount = b.siteCount;
        this.programName = b.programName;
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Display name used in stacks and the disassembly: {@code transform T}, {@code FUNC f}, {@code lambda@3:9}. */
    public String name() { return name; }

    public FunctionKind kind() { return kind; }

    /** Position in the program's {@link FunctionTable}. */
    public int index() { return index; }

    /**
     * The pristine bytecode as the compiler wrote it (generic forms only). The interpreter runs and quickens its own
     * copy ({@link FunctionEntry#code()}); tools, the verifier and the JIT read this one. Callers must not write it.
     */
    public int[] code() { return code; }

    public Object[] constants() { return constants; }

    public int paramCount() { return paramCount; }

    /** Slots below this index are Branchline variables (they start unbound); temporaries follow. */
    public int namedSlotCount() { return namedSlotCount; }

    public int slotCount() { return slotCount; }

    public int maxStack() { return maxStack; }

    /** Operand-stack depth before each instruction (-1 at pcs that are not instruction starts or unreachable). */
    public int[] stackDepths() { return stackDepths; }

    public ExceptionEntry[] handlers() { return handlers; }

    public LineTable lines() { return lines; }

    /** For a lambda: the creator's slots whose contents (cells) a closure captures, in order. */
    public int[] captureSources() { return captureSources; }

    /** For a lambda: the own slots that receive the captured cells on entry. */
    public int[] captureSlots() { return captureSlots; }

    /** Name chains: each an array of encoded variables {@code slot*2 + (cell ? 1 : 0)}, innermost first. */
    public int[][] chains() { return chains; }

    /** The name of each named slot (for the disassembler and debugging). */
    public String[] slotNames() { return slotNames; }

    public int siteCount() { return siteCount; }

    public String programName() { return programName; }

    @Override
    public String toString() {
        return name;
    }

    /** Collects a function's parts; {@link #build()} checks the layout is consistent. */
    public static final class Builder {
        private String name;
        private FunctionKind kind;
        private int index;
        private int[] code;
        private Object[] constants;
        private int paramCount;
        private int namedSlotCount;
        private int slotCount;
        private int maxStack;
        private int[] stackDepths;
        private ExceptionEntry[] handlers;
        private LineTable lines;
        private int[] captureSources;
        private int[] captureSlots;
        private int[][] chains;
        private String[] slotNames;
        private int siteCount;
        private String programName;

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder kind(FunctionKind value) {
            this.kind = value;
            return this;
        }

        public Builder index(int value) {
            this.index = value;
            return this;
        }

        public Builder code(int[] value) {
            this.code = value;
            return this;
        }

        public Builder constants(Object[] value) {
            this.constants = value;
            return this;
        }

        public Builder paramCount(int value) {
            this.paramCount = value;
            return this;
        }

        public Builder namedSlotCount(int value) {
            this.namedSlotCount = value;
            return this;
        }

        public Builder slotCount(int value) {
            this.slotCount = value;
            return this;
        }

        public Builder maxStack(int value) {
            this.maxStack = value;
            return this;
        }

        public Builder stackDepths(int[] value) {
            this.stackDepths = value;
            return this;
        }

        public Builder handlers(ExceptionEntry[] value) {
            this.handlers = value;
            return this;
        }

        public Builder lines(LineTable value) {
            this.lines = value;
            return this;
        }

        public Builder captureSources(int[] value) {
            this.captureSources = value;
            return this;
        }

        public Builder captureSlots(int[] value) {
            this.captureSlots = value;
            return this;
        }

        public Builder chains(int[][] value) {
            this.chains = value;
            return this;
        }

        public Builder slotNames(String[] value) {
            this.slotNames = value;
            return this;
        }

        public Builder siteCount(int value) {
            this.siteCount = value;
            return this;
        }

        public Builder programName(String value) {
            this.programName = value;
            return this;
        }

        public FunctionCode build() {
            if (name == null || kind == null || code == null || constants == null || stackDepths == null
                    || handlers == null || lines == null || programName == null) {
                throw new IllegalStateException("incomplete function " + name);
            }
            if (paramCount > namedSlotCount || namedSlotCount > slotCount) {
                throw new IllegalStateException("bad slot layout of " + name);
            }
            if (captureSources == null) captureSources = new int[0];
            if (captureSlots == null) captureSlots = new int[0];
            if (chains == null) chains = new int[0][];
            if (slotNames == null) slotNames = new String[0];
            return new FunctionCode(this);
        }
    }
}
