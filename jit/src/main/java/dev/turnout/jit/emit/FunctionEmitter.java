package dev.turnout.jit.emit;

import dev.turnout.bytecode.ExceptionEntry;
import dev.turnout.bytecode.Opcode;
import dev.turnout.jit.analysis.FeedbackSnapshot;
import dev.turnout.jit.analysis.FunctionAnalysis;
import dev.turnout.program.CallTarget;
import dev.turnout.program.ExecutionContext;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionEntries;
import dev.turnout.runtime.ops.CallOps;
import dev.turnout.runtime.Unbound;
import dev.turnout.stdlib.LibraryFunction;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodTooLargeException;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;
import org.objectweb.asm.tree.AbstractInsnNode;
import org.objectweb.asm.tree.LabelNode;
import org.objectweb.asm.tree.MethodNode;
import org.objectweb.asm.tree.TryCatchBlockNode;

/**
 * Writes the hidden class for one function: a final class implementing {@link CallTarget} whose
 * {@code call(ctx, args, captured)} is the function's bytecode translated pc by pc (each instruction by its
 * {@link EmitterTable} entry), plus the constant fields of {@link ConstantFields}.
 *
 * <p><b>Frame.</b> Each Branchline slot is a JVM local (see {@link JvmCode} for the layout); the Branchline operand
 * stack is the JVM operand stack, instruction for instruction, as {@code FunctionCode.stackDepths()} says.
 *
 * <p><b>Entry and exit.</b> {@code ctx.enter()} runs first (outside every exception range: a depth error belongs to
 * the caller's call instruction, as in the interpreter); every RETURN/HALT calls {@code ctx.exit()}, and a
 * catch-all handler around the whole body calls it before any exception leaves.
 *
 * <p><b>Errors.</b> The zero-cost scheme: every run of instructions with the same line, column and innermost TRY
 * region ({@link FunctionAnalysis.Run}) is one exception-table range catching {@code Throwable}. Its handler, a
 * three-instruction stub, pushes the run's line and column and jumps to the dispatch of the run's region:
 * <ul>
 *   <li>outside any TRY, the <em>leave</em> block: {@code throw ControlOps.leave(t, line, column, FN)}, which
 *       converts a Java failure ({@code ControlOps.fromJava}) and adds this function's Branchline frame, exactly
 *       as the interpreter's unwind does;</li>
 *   <li>inside a TRY region, the region's dispatch: if {@code ControlOps.caught(t)} gives an error, the stack
 *       below the region (spilled to locals when the region was entered: the JVM empties the operand stack when
 *       it enters a handler) is reloaded, {@code ControlOps.errorObject(e)} pushed, and the handler pc runs;
 *       otherwise (a limit error) the leave block adds the frame with the failing run's line.</li>
 * </ul>
 * Nothing runs on the normal path; TRY handlers take precedence because a run inside a region goes to the
 * region's dispatch first.
 */
public final class FunctionEmitter {
    /** The class bytes, the class data to define them with, and the size of the {@code call} method's code. */
    public record Output(byte[] bytes, List<Object> classData, String className, int codeSize) {}

    private static final String CALL_DESCRIPTOR = Type.getMethodDescriptor(Type.getType(Object.class),
            Type.getType(ExecutionContext.class), Type.getType(Object[].class), Type.getType(Object[].class));

    private final FunctionAnalysis analysis;
    private final FunctionCode fn;
    private final FeedbackSnapshot feedback;
    private final FunctionEntries functions;
    private final LibraryFunction[] hosts;
    private final boolean fastPaths;
    private final String className;
    private final ConstantFields constants;
    private final Label[] labels;
    private JvmCode jvm;

    /**
     * @param packagePrefix internal name prefix of the package the class is defined in (the definer's)
     * @param fastPaths     whether to emit feedback-guided fast paths (off for a compact retry of a huge method)
     */
    public FunctionEmitter(FunctionAnalysis analysis, FeedbackSnapshot feedback, FunctionEntries functions,
                           LibraryFunction[] hosts, String packagePrefix, boolean fastPaths) {
        this.analysis = analysis;
        this.fn = analysis.function();
        this.feedback = feedback;
        this.functions = functions;
        this.hosts = hosts;
        this.fastPaths = fastPaths;
        this.className = packagePrefix + simpleClassName(fn);
        this.constants = new ConstantFields(className);
        this.labels = new Label[fn.code().length];
    }

    /**
     * The generated class's name without its package: {@code Compiled_<program>_<function>_<index>}, names
     * sanitised to ASCII letters and digits (tools and tests find a function's class by it).
     */
    public static String simpleClassName(FunctionCode fn) {
        return "Compiled_" + identifier(fn.programName()) + "_" + identifier(fn.name()) + "_" + fn.index();
    }

    private static String identifier(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            out.append(Character.isLetterOrDigit(c) && c < 128 ? c : '_');
            if (out.length() >= 40) break;
        }
        return out.toString();
    }

    // ---- what emitters ask --------------------------------------------------------------------------------------

    JvmCode jvm() {
        return jvm;
    }

    FeedbackSnapshot feedback() {
        return feedback;
    }

    boolean fastPaths() {
        return fastPaths;
    }

    FunctionEntries functions() {
        return functions;
    }

    LibraryFunction[] hosts() {
        return hosts;
    }

    int operand(int pc, int i) {
        return analysis.operand(pc, i);
    }

    Object constant(int index) {
        return fn.constants()[index];
    }

    /** The JVM label of the instruction at pc (a jump target). */
    Label label(int pc) {
        if (!analysis.reachable(pc)) throw new IllegalStateException("jump to unreachable pc " + pc + " in " + fn);
        if (labels[pc] == null) labels[pc] = new Label();
        return labels[pc];
    }

    /** Name chain {@code index} of the function: encoded variables, innermost first. */
    int[] chain(int index) {
        return fn.chains()[index];
    }

    // ---- the class ------------------------------------------------------------------------------------------------

    public Output emit() {
        ClassWriter cw = new ClassWriter(ClassWriter.COMPUTE_FRAMES) {
            @Override
            protected String getCommonSuperClass(String type1, String type2) {
                // The class being written cannot be loaded; it only ever meets itself (as `this`).
                if (type1.equals(className) || type2.equals(className)) return "java/lang/Object";
                return super.getCommonSuperClass(type1, type2);
            }

            @Override
            protected ClassLoader getClassLoader() {
                return FunctionEmitter.class.getClassLoader();
            }
        };
        cw.visit(Opcodes.V17, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL | Opcodes.ACC_SUPER, className, null,
                "java/lang/Object", new String[] {Type.getInternalName(CallTarget.class)});
        cw.visitSource(fn.programName(), null);
        var init = cw.visitMethod(Opcodes.ACC_PUBLIC, "<init>", "()V", null, null);
        init.visitCode();
        init.visitVarInsn(Opcodes.ALOAD, 0);
        init.visitMethodInsn(Opcodes.INVOKESPECIAL, "java/lang/Object", "<init>", "()V", false);
        init.visitInsn(Opcodes.RETURN);
        init.visitMaxs(0, 0);
        init.visitEnd();

        MethodNode call = new MethodNode(Opcodes.ASM9, Opcodes.ACC_PUBLIC | Opcodes.ACC_FINAL, "call",
                CALL_DESCRIPTOR, null, null);
        Label end = emitCall(call);
        dropEmptyRanges(call);
        call.accept(cw);
        constants.declare(cw);
        cw.visitEnd();
        byte[] bytes;
        try {
            bytes = cw.toByteArray();
        } catch (MethodTooLargeException e) {
            return new Output(null, List.of(), className, e.getCodeSize());
        }
        int codeSize = ((LabelNode) end.info).getLabel().getOffset();
        return new Output(bytes, constants.classData(), className, codeSize);
    }

    /** Writes {@code call}; returns a label at the very end of its code (its offset is the code size). */
    private Label emitCall(MethodNode mv) {
        int slotCount = fn.slotCount();
        int handlerLocals = JvmCode.FIRST_SLOT + slotCount;
        int errorLocal = handlerLocals, lineLocal = handlerLocals + 1, columnLocal = handlerLocals + 2;
        int caughtLocal = handlerLocals + 3;
        ExceptionEntry[] handlers = fn.handlers();
        int[] spill = new int[handlers.length];
        int next = handlerLocals + 4;
        for (int i = 0; i < handlers.length; i++) {
            spill[i] = next;
            int start = handlers[i].start();
            if (analysis.reachable(start)) {
                if (handlers[i].depth() > analysis.depth(start)) {
                    throw new IllegalStateException("TRY region " + i + " of " + fn + " keeps more stack than it has");
                }
                next += analysis.depth(start);
            }
        }
        jvm = new JvmCode(mv, constants, next);
        mv.visitCode();
        prologue();

        Label bodyStart = new Label();
        jvm.mark(bodyStart);
        Map<Integer, Label> runStart = new HashMap<>();
        Map<Integer, Label> runEnd = new HashMap<>();
        Map<List<Integer>, Label> stubs = new LinkedHashMap<>();
        Map<Integer, Label> dispatches = new LinkedHashMap<>();
        Label leave = new Label();
        for (FunctionAnalysis.Run run : analysis.runs()) {
            Label start = new Label();
            Label stop = new Label();
            runStart.put(run.firstPc(), start);
            runEnd.put(run.lastPc(), stop);
            Label stub = stubs.computeIfAbsent(List.of(run.line(), run.column(), run.region()), k -> new Label());
            if (run.region() >= 0) dispatches.computeIfAbsent(run.region(), r -> new Label());
            mv.visitTryCatchBlock(start, stop, stub, "java/lang/Throwable");
        }

        for (int pc : analysis.pcs()) {
            jvm.resetScratch();
            jvm.mark(label(pc));
            for (int region : analysis.regionsStartingAt(pc)) spillStack(spill[region], analysis.depth(pc));
            Label start = runStart.get(pc);
            if (start != null) {
                jvm.mark(start);
                int line = fn.lines().lineAt(pc);
                if (line > 0 && line <= 0xFFFF) mv.visitLineNumber(line, start);
            }
            Opcode op = analysis.op(pc);
            InstructionEmitter emitter = EmitterTable.get(op);
            if (emitter == null) throw new IllegalStateException("no emitter for " + op);
            emitter.emit(this, pc);
            Label stop = runEnd.get(pc);
            if (stop != null) jvm.mark(stop);
        }

        // Stubs: one per (line, column, region) — push the location and go to the region's dispatch.
        for (Map.Entry<List<Integer>, Label> stub : stubs.entrySet()) {
            jvm.resetScratch();
            jvm.mark(stub.getValue());
            jvm.pushInt(stub.getKey().get(0));
            jvm.pushInt(stub.getKey().get(1));
            int region = stub.getKey().get(2);
            jvm.goTo(region >= 0 ? dispatches.get(region) : leave);
        }
        // Dispatch per TRY region. Stack: Throwable line column.
        for (Map.Entry<Integer, Label> dispatch : dispatches.entrySet()) {
            int region = dispatch.getKey();
            ExceptionEntry entry = handlers[region];
            Label caught = new Label();
            jvm.mark(dispatch.getValue());
            mv.visitVarInsn(Opcodes.ISTORE, columnLocal);
            mv.visitVarInsn(Opcodes.ISTORE, lineLocal);
            jvm.store(errorLocal);
            jvm.load(errorLocal);
            jvm.invoke(RuntimeMethods.CAUGHT);
            jvm.insn(Opcodes.DUP);
            jvm.jump(Opcodes.IFNONNULL, caught);
            jvm.insn(Opcodes.POP);
            jvm.load(errorLocal);
            mv.visitVarInsn(Opcodes.ILOAD, lineLocal);
            mv.visitVarInsn(Opcodes.ILOAD, columnLocal);
            jvm.goTo(leave);
            jvm.mark(caught);
            jvm.store(caughtLocal);
            for (int i = 0; i < entry.depth(); i++) jvm.load(spill[region] + i);
            jvm.load(caughtLocal);
            jvm.invoke(RuntimeMethods.ERROR_OBJECT);
            jvm.goTo(label(entry.handler()));
        }
        // Leave: add this function's frame and rethrow. Stack: Throwable line column.
        jvm.mark(leave);
        jvm.pushObject(fn, FunctionCode.class);
        jvm.invoke(RuntimeMethods.LEAVE);
        jvm.insn(Opcodes.ATHROW);

        // Whatever leaves the body leaves this call level.
        Label bodyEnd = new Label();
        Label exit = new Label();
        jvm.mark(bodyEnd);
        mv.visitTryCatchBlock(bodyStart, bodyEnd, exit, null);
        jvm.mark(exit);
        jvm.loadContext();
        jvm.invoke(RuntimeMethods.EXIT);
        jvm.insn(Opcodes.ATHROW);
        Label end = new Label();
        jvm.mark(end);
        mv.visitMaxs(0, 0);
        mv.visitEnd();
        return end;
    }

    /**
     * ctx.enter(); then every slot gets its initial value: {@code CallOps.parameter} for the slots a call fills
     * ({@code CallOps.argumentSlots}), unbound for the other named slots, null for temporaries, and a lambda's
     * captured cells — the interpreter's function entry, slot for slot.
     */
    private void prologue() {
        jvm.loadContext();
        jvm.invoke(RuntimeMethods.ENTER);
        int fromArgs = CallOps.argumentSlots(fn);
        for (int slot = 0; slot < fn.slotCount(); slot++) {
            if (slot < fromArgs) {
                jvm.load(JvmCode.ARGS);
                jvm.pushInt(0);
                jvm.load(JvmCode.ARGS);
                jvm.insn(Opcodes.ARRAYLENGTH);
                jvm.pushInt(slot);
                jvm.invoke(RuntimeMethods.PARAMETER);
            } else if (slot < fn.namedSlotCount()) {
                jvm.visitor().visitFieldInsn(Opcodes.GETSTATIC, Type.getInternalName(Unbound.class), "VALUE",
                        Type.getDescriptor(Unbound.class));
            } else {
                jvm.pushNull();
            }
            jvm.storeSlot(slot);
        }
        int[] captureSlots = fn.captureSlots();
        if (captureSlots != null && captureSlots.length > 0) {
            Label none = new Label();
            jvm.load(JvmCode.CAPTURED);
            jvm.jump(Opcodes.IFNULL, none);
            for (int i = 0; i < captureSlots.length; i++) {
                jvm.load(JvmCode.CAPTURED);
                jvm.pushInt(i);
                jvm.insn(Opcodes.AALOAD);
                jvm.storeSlot(captureSlots[i]);
            }
            jvm.mark(none);
        }
    }

    /** At a TRY region's start: copies the {@code depth} stack values into the region's spill locals. */
    private void spillStack(int firstLocal, int depth) {
        for (int i = depth - 1; i >= 0; i--) jvm.store(firstLocal + i);
        for (int i = 0; i < depth; i++) jvm.load(firstLocal + i);
    }

    /**
     * Removes exception ranges that cover no instruction (a class file may not have them); the run's instructions
     * all emit code, so this is a safety net.
     */
    private static void dropEmptyRanges(MethodNode mv) {
        mv.tryCatchBlocks.removeIf(FunctionEmitter::isEmpty);
    }

    private static boolean isEmpty(TryCatchBlockNode block) {
        for (AbstractInsnNode node = block.start; node != null && node != block.end; node = node.getNext()) {
            if (node.getOpcode() >= 0) return false;
        }
        return true;
    }
}
