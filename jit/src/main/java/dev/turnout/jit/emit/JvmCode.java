package dev.turnout.jit.emit;

import dev.turnout.program.ExecutionContext;
import org.objectweb.asm.Label;
import org.objectweb.asm.MethodVisitor;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * The JVM-code verbs the emitters speak, in Branchline terms ("load slot", "pack the top n values", "call this
 * runtime helper"), over the {@code call} method being built. Like ASM's {@code GeneratorAdapter}, it hides local
 * numbering and constant encoding; unlike it, it knows the compiled method's fixed layout:
 *
 * <pre>
 * local 0 this, 1 ExecutionContext ctx, 2 Object[] args, 3 Object[] captured,
 * 4 … 4+slotCount-1     the Branchline slots (one Object local each)
 * then                   the handler locals (error, line, column, caught error)
 * then                   one spill area per TRY region (the stack below the region, see FunctionEmitter)
 * then                   scratch locals, reused by every instruction
 * </pre>
 */
public final class JvmCode {
    static final int THIS = 0, CONTEXT = 1, ARGS = 2, CAPTURED = 3, FIRST_SLOT = 4;
    /** Strings longer than this go to class data: the class-file constant pool caps a string at 65535 bytes. */
    private static final int MAX_LDC_STRING = 8000;

    private final MethodVisitor mv;
    private final ConstantFields constants;
    private final int scratchBase;
    private int nextScratch;

    JvmCode(MethodVisitor mv, ConstantFields constants, int scratchBase) {
        this.mv = mv;
        this.constants = constants;
        this.scratchBase = scratchBase;
        this.nextScratch = scratchBase;
    }

    /** The raw visitor, for the odd instruction without a verb. */
    public MethodVisitor visitor() {
        return mv;
    }

    // ---- locals ------------------------------------------------------------------------------------------------

    /** The JVM local holding Branchline slot s. */
    public static int slotLocal(int slot) {
        return FIRST_SLOT + slot;
    }

    public void loadSlot(int slot) {
        mv.visitVarInsn(Opcodes.ALOAD, slotLocal(slot));
    }

    public void storeSlot(int slot) {
        mv.visitVarInsn(Opcodes.ASTORE, slotLocal(slot));
    }

    public void loadContext() {
        mv.visitVarInsn(Opcodes.ALOAD, CONTEXT);
    }

    /** Stack: → the caller's call depth ({@code ctx.depth}), for the compiled-call gate. */
    public void loadDepth() {
        mv.visitVarInsn(Opcodes.ALOAD, CONTEXT);
        mv.visitFieldInsn(Opcodes.GETFIELD, Type.getInternalName(ExecutionContext.class),
                "depth", "I");
    }

    public void load(int local) {
        mv.visitVarInsn(Opcodes.ALOAD, local);
    }

    public void store(int local) {
        mv.visitVarInsn(Opcodes.ASTORE, local);
    }

    /** Starts a new instruction: its scratch locals may reuse the previous instruction's. */
    void resetScratch() {
        nextScratch = scratchBase;
    }

    /** A scratch local for one reference (or int) value, valid until the next instruction starts. */
    public int scratch() {
        return nextScratch++;
    }

    // ---- constants -----------------------------------------------------------------------------------------------

    public static void pushInt(MethodVisitor mv, int value) {
        if (value >= -1 && value <= 5) mv.visitInsn(Opcodes.ICONST_0 + value);
        else if (value >= Byte.MIN_VALUE && value <= Byte.MAX_VALUE) mv.visitIntInsn(Opcodes.BIPUSH, value);
        else if (value >= Short.MIN_VALUE && value <= Short.MAX_VALUE) mv.visitIntInsn(Opcodes.SIPUSH, value);
        else mv.visitLdcInsn(value);
    }

    public void pushInt(int value) {
        pushInt(mv, value);
    }

    public void pushLong(long value) {
        if (value == 0L || value == 1L) mv.visitInsn(Opcodes.LCONST_0 + (int) value);
        else mv.visitLdcInsn(value);
    }

    public void pushNull() {
        mv.visitInsn(Opcodes.ACONST_NULL);
    }

    /** Pushes a Branchline constant (or any object) as a value of static type Object or narrower. */
    public void pushConstant(Object value) {
        if (value == null) {
            pushNull();
        } else if (value instanceof String s && s.length() <= MAX_LDC_STRING) {
            mv.visitLdcInsn(s);
        } else if (value instanceof Boolean b) {
            mv.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/Boolean", b ? "TRUE" : "FALSE", "Ljava/lang/Boolean;");
        } else {
            constants.load(mv, value, publicType(value.getClass()));
        }
    }

    /** Pushes an object from class data as a value of static type {@code type}. */
    public void pushObject(Object value, Class<?> type) {
        constants.load(mv, value, type);
    }

    /**
     * The most specific public class of a value whose package this module can see (generated classes live in it:
     * on the module path a public class of a package not exported to dev.turnout.jit would fail to link), so a
     * field can be declared with it.
     */
    private static Class<?> publicType(Class<?> c) {
        Module self = JvmCode.class.getModule();
        for (Class<?> k = c; k != null; k = k.getSuperclass()) {
            if (java.lang.reflect.Modifier.isPublic(k.getModifiers()) && k.getEnclosingClass() == null
                    && k.getModule().isExported(k.getPackageName(), self)) {
                return k;
            }
        }
        return Object.class;
    }

    public void pushTrue() {
        mv.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/Boolean", "TRUE", "Ljava/lang/Boolean;");
    }

    public void pushFalse() {
        mv.visitFieldInsn(Opcodes.GETSTATIC, "java/lang/Boolean", "FALSE", "Ljava/lang/Boolean;");
    }

    // ---- calls, types --------------------------------------------------------------------------------------------

    public void invoke(RuntimeMethods.Ref method) {
        mv.visitMethodInsn(method.opcode(), method.owner(), method.name(), method.descriptor(), method.isInterface());
    }

    public void checkCast(Class<?> type) {
        mv.visitTypeInsn(Opcodes.CHECKCAST, Type.getInternalName(type));
    }

    public void instanceOf(Class<?> type) {
        mv.visitTypeInsn(Opcodes.INSTANCEOF, Type.getInternalName(type));
    }

    /** Stack: boolean → Boolean (the canonical TRUE/FALSE). */
    public void boxBoolean() {
        invoke(RuntimeMethods.BOX_BOOLEAN);
    }

    public void insn(int opcode) {
        mv.visitInsn(opcode);
    }

    public void jump(int opcode, Label target) {
        mv.visitJumpInsn(opcode, target);
    }

    public void goTo(Label target) {
        mv.visitJumpInsn(Opcodes.GOTO, target);
    }

    public void mark(Label label) {
        mv.visitLabel(label);
    }

    // ---- stack shapes --------------------------------------------------------------------------------------------

    /** Stack: v1 … vn → Object[] {v1 … vn} (a new array of exactly n elements). */
    public void pack(int n) {
        if (n < RuntimeMethods.PACK.length) {
            invoke(RuntimeMethods.PACK[n]);
            return;
        }
        int[] locals = storeTop(n);
        pushInt(n);
        mv.visitTypeInsn(Opcodes.ANEWARRAY, "java/lang/Object");
        for (int i = 0; i < n; i++) {
            mv.visitInsn(Opcodes.DUP);
            pushInt(i);
            load(locals[i]);
            mv.visitInsn(Opcodes.AASTORE);
        }
    }

    /**
     * Stack: v1 … vn → (nothing); returns the scratch locals now holding v1 … vn (in that order), so an emitter
     * can reload them in any order.
     */
    public int[] storeTop(int n) {
        int[] locals = new int[n];
        for (int i = 0; i < n; i++) locals[i] = scratch();
        for (int i = n - 1; i >= 0; i--) store(locals[i]);
        return locals;
    }

    /** Stack: → v1 … vn from the locals {@link #storeTop} returned. */
    public void reload(int[] locals) {
        for (int local : locals) load(local);
    }
}
