package dev.turnout.jit.emit;

import static dev.turnout.bytecode.Opcode.*;

import dev.turnout.program.Profile;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Shape;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * Property reads (LANGUAGE.md §8.4). A constant-key read at a site whose feedback saw one stable shape compiles to
 * a shape-identity guard and a direct slot read, with the generic {@code Properties.member} as the fallback:
 *
 * <pre>{@code
 * target instanceof ObjectValue o && o.shape() == SHAPE ? Properties.readSlot(o, SLOT)
 *                                                       : Properties.member(target, NAME)
 * }</pre>
 */
final class PropertyEmitters {
    private PropertyEmitters() {}

    static void register() {
        // Stack: target → value.
        EmitterTable.put(GET_MEMBER, (f, pc) ->
                member(f, (String) f.constant(f.operand(pc, 0)), f.operand(pc, 1)));
        // Stack: → value. VariableOps.load(slot), then the member read.
        EmitterTable.put(GET_LOCAL_MEMBER, (f, pc) -> {
            f.jvm().loadSlot(f.operand(pc, 0));
            f.jvm().invoke(RuntimeMethods.LOAD);
            member(f, (String) f.constant(f.operand(pc, 1)), f.operand(pc, 2));
        });
        // Stack: → value. VariableOps.loadRaw(slot), then the member read (a read-only consumer: nothing frozen).
        EmitterTable.put(PEEK_LOCAL_MEMBER, (f, pc) -> {
            f.jvm().loadSlot(f.operand(pc, 0));
            f.jvm().invoke(RuntimeMethods.LOAD_RAW);
            member(f, (String) f.constant(f.operand(pc, 1)), f.operand(pc, 2));
        });
        // Stack: target → value. Properties.integerKey(target, N).
        EmitterTable.put(GET_INT_KEY, (f, pc) -> {
            f.jvm().pushLong((Long) f.constant(f.operand(pc, 0)));
            f.jvm().invoke(RuntimeMethods.INTEGER_KEY);
        });
        // Stack: target key → value. Properties.index(target, key).
        EmitterTable.put(GET_INDEX, (f, pc) -> f.jvm().invoke(RuntimeMethods.INDEX));
    }

    /** Stack: target → target.name, guarded on the site's shape when the feedback has one. */
    private static void member(FunctionEmitter f, String name, int site) {
        JvmCode jvm = f.jvm();
        Profile.PropertyEntry entry = f.fastPaths() ? f.feedback().property(site) : null;
        if (entry == null) {
            jvm.pushConstant(name);
            jvm.invoke(RuntimeMethods.MEMBER);
            return;
        }
        Label generic = new Label();
        Label done = new Label();
        jvm.insn(Opcodes.DUP);
        jvm.instanceOf(ObjectValue.class);
        jvm.jump(Opcodes.IFEQ, generic);
        jvm.insn(Opcodes.DUP);
        jvm.checkCast(ObjectValue.class);
        jvm.invoke(RuntimeMethods.SHAPE);
        jvm.pushObject(entry.shape(), Shape.class);
        jvm.jump(Opcodes.IF_ACMPNE, generic);
        jvm.checkCast(ObjectValue.class);
        jvm.pushInt(entry.slot());
        jvm.invoke(RuntimeMethods.READ_SLOT);
        jvm.goTo(done);
        jvm.mark(generic);
        jvm.pushConstant(name);
        jvm.invoke(RuntimeMethods.MEMBER);
        jvm.mark(done);
    }
}
