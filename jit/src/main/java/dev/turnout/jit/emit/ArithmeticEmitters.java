package dev.turnout.jit.emit;

import static dev.turnout.bytecode.Opcode.*;

import dev.turnout.bytecode.Opcode;
import dev.turnout.runtime.ops.ArithmeticOps;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * Operators and comparisons. Every instruction calls the shared {@code Operators} method; at a site whose
 * feedback saw only {@code Long}s (or only {@code Double}s) an inline fast path guarded by {@code instanceof} on
 * both operands comes first:
 *
 * <pre>{@code
 * a instanceof Long x && b instanceof Long y ? Operators.addLongs(x, y)   // the same long arithmetic as add
 *                                             : Operators.add(a, b)
 * }</pre>
 *
 * Comparisons on longs and doubles branch on {@code lcmp} / {@code Double.compare} directly (the §9.6 total order,
 * which is what {@code Operators} uses for two doubles); every other case calls {@code ArithmeticOps.compare} with
 * the comparison's mode, as the interpreter does. Values stay boxed in the locals.
 */
final class ArithmeticEmitters {
    private ArithmeticEmitters() {}

    /** The int test on a compare result ({@code lcmp}, {@code Double.compare}) that means "false", by mode. */
    private static int falseTest(int mode) {
        return switch (mode) {
            case ArithmeticOps.EQ -> Opcodes.IFNE;
            case ArithmeticOps.NE -> Opcodes.IFEQ;
            case ArithmeticOps.LT -> Opcodes.IFGE;
            case ArithmeticOps.LE -> Opcodes.IFGT;
            case ArithmeticOps.GT -> Opcodes.IFLE;
            case ArithmeticOps.GE -> Opcodes.IFLT;
            default -> throw new IllegalArgumentException("comparison mode " + mode);
        };
    }

    static void register() {
        // Stack: a b → a op b.
        EmitterTable.put(ADD, (f, pc) -> binary(f, f.operand(pc, 0), RuntimeMethods.ADD, RuntimeMethods.ADD_LONGS,
                Opcodes.DADD));
        EmitterTable.put(SUB, (f, pc) -> binary(f, f.operand(pc, 0), RuntimeMethods.SUB, RuntimeMethods.SUB_LONGS,
                Opcodes.DSUB));
        EmitterTable.put(MUL, (f, pc) -> binary(f, f.operand(pc, 0), RuntimeMethods.MUL, RuntimeMethods.MUL_LONGS,
                Opcodes.DMUL));
        EmitterTable.put(DIV, (f, pc) -> f.jvm().invoke(RuntimeMethods.DIV));
        EmitterTable.put(IDIV, (f, pc) -> f.jvm().invoke(RuntimeMethods.IDIV));
        EmitterTable.put(MOD, (f, pc) -> f.jvm().invoke(RuntimeMethods.MOD));
        EmitterTable.put(CONCAT, (f, pc) -> f.jvm().invoke(RuntimeMethods.CONCAT));
        // Stack: v → constants[k] + v. Operators.add(constants[k], v).
        EmitterTable.put(CONCAT_PREFIX, (f, pc) -> {
            f.jvm().pushConstant(f.constant(f.operand(pc, 0)));
            f.jvm().insn(Opcodes.SWAP);
            f.jvm().invoke(RuntimeMethods.ADD);
        });
        // Stack: v → v + constants[k].
        EmitterTable.put(CONCAT_SUFFIX, (f, pc) -> {
            f.jvm().pushConstant(f.constant(f.operand(pc, 0)));
            f.jvm().invoke(RuntimeMethods.ADD);
        });
        EmitterTable.put(NEG, (f, pc) -> f.jvm().invoke(RuntimeMethods.NEG));
        // Stack: a → Boolean. Truthiness.condition(a) ? FALSE : TRUE.
        EmitterTable.put(NOT, (f, pc) -> {
            f.jvm().invoke(RuntimeMethods.CONDITION);
            f.jvm().insn(Opcodes.ICONST_1);
            f.jvm().insn(Opcodes.IXOR);
            f.jvm().boxBoolean();
        });
        // Stack: a → Boolean. Truthiness.library(a).
        EmitterTable.put(TRUTHY_LIB, (f, pc) -> {
            f.jvm().invoke(RuntimeMethods.LIBRARY_TRUTH);
            f.jvm().boxBoolean();
        });
        // Stack: a b → Boolean.
        for (Opcode op : new Opcode[] {EQ, NE, LT, LE, GT, GE}) {
            int mode = ArithmeticOps.comparisonOf(op.id);
            EmitterTable.put(op, (f, pc) -> {
                JvmCode jvm = f.jvm();
                Label whenFalse = new Label();
                Label done = new Label();
                condition(f, mode, f.operand(pc, 0), whenFalse);
                jvm.pushTrue();
                jvm.goTo(done);
                jvm.mark(whenFalse);
                jvm.pushFalse();
                jvm.mark(done);
            });
        }
        // Stack: a b → . Jumps to t unless a cmp b.
        EmitterTable.put(JUMP_UNLESS_CMP, (f, pc) ->
                condition(f, f.operand(pc, 0), f.operand(pc, 2), f.label(f.operand(pc, 1))));
        // Stack: → . slot = Operators.add(VariableOps.load(slot), constants[k]).
        EmitterTable.put(INC_LOCAL, ArithmeticEmitters::incLocal);
    }

    /** Stack: a b → result of the operator, with a long or double fast path when the site's feedback allows. */
    private static void binary(FunctionEmitter f, int site, RuntimeMethods.Ref generic, RuntimeMethods.Ref longs,
                               int doubleOp) {
        JvmCode jvm = f.jvm();
        boolean onlyLongs = f.fastPaths() && f.feedback().onlyLongs(site);
        boolean onlyDoubles = f.fastPaths() && f.feedback().onlyDoubles(site);
        if (!onlyLongs && !onlyDoubles) {
            jvm.invoke(generic);
            return;
        }
        Class<?> kind = onlyLongs ? Long.class : Double.class;
        int[] ab = jvm.storeTop(2);
        Label slow = new Label();
        Label done = new Label();
        guardBoth(jvm, ab, kind, slow);
        unbox(jvm, ab[0], kind);
        unbox(jvm, ab[1], kind);
        if (onlyLongs) {
            jvm.invoke(longs);
        } else {
            jvm.insn(doubleOp);
            jvm.invoke(RuntimeMethods.BOX_DOUBLE);
        }
        jvm.goTo(done);
        jvm.mark(slow);
        jvm.reload(ab);
        jvm.invoke(generic);
        jvm.mark(done);
    }

    /**
     * Stack: a b → . Falls through when {@code a cmp b} holds (mode 0 ==, 1 !=, 2 <, 3 <=, 4 >, 5 >=), jumps to
     * {@code whenFalse} otherwise.
     */
    static void condition(FunctionEmitter f, int mode, int site, Label whenFalse) {
        JvmCode jvm = f.jvm();
        boolean onlyLongs = f.fastPaths() && f.feedback().onlyLongs(site);
        boolean onlyDoubles = f.fastPaths() && f.feedback().onlyDoubles(site);
        if (!onlyLongs && !onlyDoubles) {
            genericCondition(jvm, mode, whenFalse);
            return;
        }
        Class<?> kind = onlyLongs ? Long.class : Double.class;
        int[] ab = jvm.storeTop(2);
        Label slow = new Label();
        Label done = new Label();
        guardBoth(jvm, ab, kind, slow);
        unbox(jvm, ab[0], kind);
        unbox(jvm, ab[1], kind);
        if (onlyLongs) jvm.insn(Opcodes.LCMP);
        else jvm.invoke(RuntimeMethods.DOUBLE_COMPARE);
        jvm.jump(falseTest(mode), whenFalse);
        jvm.goTo(done);
        jvm.mark(slow);
        jvm.reload(ab);
        genericCondition(jvm, mode, whenFalse);
        jvm.mark(done);
    }

    /** Stack: a b → . ArithmeticOps.compare(a, b, mode), the interpreter's comparison. */
    private static void genericCondition(JvmCode jvm, int mode, Label whenFalse) {
        jvm.pushInt(mode);
        jvm.invoke(RuntimeMethods.COMPARE);
        jvm.jump(Opcodes.IFEQ, whenFalse);
    }

    private static void incLocal(FunctionEmitter f, int pc) {
        JvmCode jvm = f.jvm();
        int slot = f.operand(pc, 0);
        Object constant = f.constant(f.operand(pc, 1));
        int site = f.operand(pc, 2);
        boolean onlyLongs = f.fastPaths() && f.feedback().onlyLongs(site) && constant instanceof Long;
        boolean onlyDoubles = f.fastPaths() && f.feedback().onlyDoubles(site) && constant instanceof Double;
        Label slow = new Label();
        Label done = new Label();
        if (onlyLongs || onlyDoubles) {
            // A Long or Double in the slot is neither unbound nor a container: VariableOps.load would return it.
            Class<?> kind = onlyLongs ? Long.class : Double.class;
            jvm.loadSlot(slot);
            jvm.instanceOf(kind);
            jvm.jump(Opcodes.IFEQ, slow);
            unbox(jvm, JvmCode.slotLocal(slot), kind);
            if (onlyLongs) {
                jvm.pushLong((Long) constant);
                jvm.invoke(RuntimeMethods.ADD_LONGS);
            } else {
                jvm.visitor().visitLdcInsn(constant);
                jvm.insn(Opcodes.DADD);
                jvm.invoke(RuntimeMethods.BOX_DOUBLE);
            }
            jvm.storeSlot(slot);
            jvm.goTo(done);
        }
        jvm.mark(slow);
        jvm.loadSlot(slot);
        jvm.invoke(RuntimeMethods.LOAD);
        jvm.pushConstant(constant);
        jvm.invoke(RuntimeMethods.ADD);
        jvm.storeSlot(slot);
        jvm.mark(done);
    }

    /** Jumps to {@code slow} unless both locals hold a {@code kind}. */
    private static void guardBoth(JvmCode jvm, int[] ab, Class<?> kind, Label slow) {
        jvm.load(ab[0]);
        jvm.instanceOf(kind);
        jvm.jump(Opcodes.IFEQ, slow);
        jvm.load(ab[1]);
        jvm.instanceOf(kind);
        jvm.jump(Opcodes.IFEQ, slow);
    }

    /** Stack: → the primitive inside the Long / Double in a local. */
    private static void unbox(JvmCode jvm, int local, Class<?> kind) {
        jvm.load(local);
        jvm.checkCast(kind);
        jvm.invoke(kind == Long.class ? RuntimeMethods.LONG_VALUE : RuntimeMethods.DOUBLE_VALUE);
    }
}
