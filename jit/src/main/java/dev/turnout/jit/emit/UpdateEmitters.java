package dev.turnout.jit.emit;

import static dev.turnout.bytecode.Opcode.*;

import dev.turnout.bytecode.ModifyDescriptor;
import dev.turnout.bytecode.PathDescriptor;

/**
 * SET / APPEND TO / MODIFY (LANGUAGE.md §7.2–§7.4): {@code StructureOps} and {@code PathOps}, the methods the
 * interpreter calls, with the dynamic path keys packed from the stack into an array (the interpreter passes its
 * operand stack and the keys' offset instead).
 */
final class UpdateEmitters {
    private UpdateEmitters() {}

    static void register() {
        // Stack: current → current. StructureOps.appendVarCheck(current, name).
        EmitterTable.put(APPEND_VAR_CHECK, (f, pc) -> {
            f.jvm().pushConstant(f.constant(f.operand(pc, 0)));
            f.jvm().invoke(RuntimeMethods.APPEND_VAR_CHECK);
        });
        // Stack: init → init. StructureOps.checkInitList(init).
        EmitterTable.put(CHECK_INIT_LIST, (f, pc) -> f.jvm().invoke(RuntimeMethods.CHECK_INIT_LIST));
        // Stack: array value → array'. StructureOps.appendValue(array, value).
        EmitterTable.put(APPEND_VALUE, (f, pc) -> f.jvm().invoke(RuntimeMethods.APPEND_VALUE));
        // Stack: root k1 … kn → root k1 … kn. PathOps.check(root, {k1 … kn}, 0, path); the stack is kept.
        EmitterTable.put(PATH_CHECK, (f, pc) -> {
            JvmCode jvm = f.jvm();
            PathDescriptor path = (PathDescriptor) f.constant(f.operand(pc, 0));
            int n = path.dynamicCount();
            int[] saved = jvm.storeTop(n + 1);
            jvm.reload(saved);
            jvm.pack(n);
            jvm.pushInt(0);
            jvm.pushObject(path, PathDescriptor.class);
            jvm.invoke(RuntimeMethods.PATH_CHECK);
            jvm.reload(saved);
        });
        // Stack: root k1 … kn value → root'. PathOps.set(root, {k1 … kn}, 0, value, path).
        EmitterTable.put(PATH_SET, (f, pc) -> {
            JvmCode jvm = f.jvm();
            PathDescriptor path = (PathDescriptor) f.constant(f.operand(pc, 0));
            int value = jvm.scratch();
            jvm.store(value);
            jvm.pack(path.dynamicCount());
            jvm.pushInt(0);
            jvm.load(value);
            jvm.pushObject(path, PathDescriptor.class);
            jvm.invoke(RuntimeMethods.PATH_SET);
        });
        // Stack: root k1 … kn value init → root'. PathOps.append(root, {k1 … kn}, 0, value, init, path).
        EmitterTable.put(PATH_APPEND, (f, pc) -> {
            JvmCode jvm = f.jvm();
            PathDescriptor path = (PathDescriptor) f.constant(f.operand(pc, 0));
            int init = jvm.scratch();
            jvm.store(init);
            int value = jvm.scratch();
            jvm.store(value);
            jvm.pack(path.dynamicCount());
            jvm.pushInt(0);
            jvm.load(value);
            jvm.load(init);
            jvm.pushObject(path, PathDescriptor.class);
            jvm.invoke(RuntimeMethods.PATH_APPEND);
        });
        // Stack: delta root → root'. PathOps.modify(delta, root, target).
        EmitterTable.put(MODIFY, (f, pc) -> {
            f.jvm().pushObject(f.constant(f.operand(pc, 0)), ModifyDescriptor.class);
            f.jvm().invoke(RuntimeMethods.MODIFY);
        });
    }
}
