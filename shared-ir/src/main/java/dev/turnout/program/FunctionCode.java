package dev.turnout.program;

import dev.turnout.bytecode.ExceptionEntry;
import dev.turnout.bytecode.LineTable;

/**
 * One compiled transform body, FUNC or lambda: the unit both tiers execute.
 *
 * <p>Frame layout: slots {@code 0..paramCount-1} hold the arguments; the variables of the function (its own
 * names, then the captured cells, then compiler temporaries) follow up to {@code slotCount}; the operand stack
 * sits above them, at most {@code maxStack} deep. Slots {@code paramCount..namedSlotCount-1} start unbound.
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

    /** Invocation count (benign races: only a heuristic for tiering). */
    public int invocations;
    /** Loop back-edge count (benign races). */
    public int backEdges;
    /** Compiled code, once a tier compiler installed it; null while the function is interpreted. */
    private volatile CallTarget target;
    /** Tiering state, see {@link TierState}; written by the tiering policy. */
    public volatile TierState tierState = TierState.INTERPRETED;
    /** How long the tier compiler took (microseconds), -1 before it ran. */
    public volatile long compileMicros = -1;
    /** Why the tier compiler declined, when it did. */
    public volatile String declineReason;
    /** Per-site feedback the interpreter records for the JIT. */
    private final Profile profile;

    public FunctionCode(String name, FunctionKind kind, int index, int[] code, Object[] constants, int paramCount,
                        int namedSlotCount, int slotCount, int maxStack, int[] stackDepths, ExceptionEntry[] handlers,
                        LineTable lines, int[] captureSources, int[] captureSlots, int[][] chains, String[] slotNames,
                        int siteCount, String programName) {
        this.name = name;
        this.kind = kind;
        this.index = index;
        this.code = code;
        this.constants = constants;
        this.paramCount = paramCount;
        this.namedSlotCount = namedSlotCount;
        this.slotCount = slotCount;
        this.maxStack = maxStack;
        this.stackDepths = stackDepths;
        this.handlers = handlers;
        this.lines = lines;
        this.captureSources = captureSources;
        this.captureSlots = captureSlots;
        this.chains = chains;
        this.slotNames = slotNames;
        this.siteCount = siteCount;
        this.programName = programName;
        this.profile = new Profile(siteCount);
    }

    /** The installed compiled code, or null. A volatile read: installs are visible to all running threads. */
    public CallTarget target() {
        return target;
    }

    /** Installs compiled code as this function's entry; calls that start afterwards use it. */
    public void install(CallTarget compiled) {
        this.target = compiled;
    }

    public Profile profile() {
        return profile;
    }

    /** Display name used in stacks and the disassembly: {@code transform T}, {@code FUNC f}, {@code lambda@3:9}. */
    public String name() { return name; }

    public FunctionKind kind() { return kind; }

    /** Position in the program's {@link FunctionTable}. */
    public int index() { return index; }

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
}
