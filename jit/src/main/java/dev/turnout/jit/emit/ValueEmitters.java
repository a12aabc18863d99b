package dev.turnout.jit.emit;

import static dev.turnout.bytecode.Opcode.*;

import dev.turnout.bytecode.ShapeTemplate;
import dev.turnout.runtime.Cell;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Constants, stack shuffles, plain and cell slots, object and array construction, output. Each emitter's comment
 * gives its stack effect and the Java the emitted code is equivalent to (the interpreter's case).
 */
final class ValueEmitters {
    static final String CELL = Type.getInternalName(Cell.class);

    private ValueEmitters() {}

    static void register() {
        // Stack: → . The JVM NOP keeps the instruction's exception range non-empty.
        EmitterTable.put(NOP, (f, pc) -> f.jvm().insn(Opcodes.NOP));
        EmitterTable.put(PUSH_NULL, (f, pc) -> f.jvm().pushNull());
        EmitterTable.put(PUSH_TRUE, (f, pc) -> f.jvm().pushTrue());
        EmitterTable.put(PUSH_FALSE, (f, pc) -> f.jvm().pushFalse());
        // Stack: → constants[k].
        EmitterTable.put(PUSH_CONST, (f, pc) -> f.jvm().pushConstant(f.constant(f.operand(pc, 0))));
        EmitterTable.put(POP, (f, pc) -> f.jvm().insn(Opcodes.POP));
        EmitterTable.put(DUP, (f, pc) -> f.jvm().insn(Opcodes.DUP));

        // Stack: → v. VariableOps.load(slot): unbound reads as null, containers are frozen.
        EmitterTable.put(LOAD_LOCAL, (f, pc) -> {
            f.jvm().loadSlot(f.operand(pc, 0));
            f.jvm().invoke(RuntimeMethods.LOAD);
        });
        // Stack: → v. VariableOps.loadRaw(slot): no freezing.
        EmitterTable.put(LOAD_LOCAL_RAW, (f, pc) -> {
            f.jvm().loadSlot(f.operand(pc, 0));
            f.jvm().invoke(RuntimeMethods.LOAD_RAW);
        });
        // Stack: v → . slot = v.
        EmitterTable.put(STORE_LOCAL, (f, pc) -> f.jvm().storeSlot(f.operand(pc, 0)));
        // Stack: → v. v = VariableOps.loadRaw(slot); slot = null.
        EmitterTable.put(TAKE_LOCAL, (f, pc) -> {
            int slot = f.operand(pc, 0);
            f.jvm().loadSlot(slot);
            f.jvm().invoke(RuntimeMethods.LOAD_RAW);
            f.jvm().pushNull();
            f.jvm().storeSlot(slot);
        });
        // Stack: → v. VariableOps.load(((Cell) slot).value).
        EmitterTable.put(LOAD_CELL, (f, pc) -> {
            loadCellValue(f, f.operand(pc, 0));
            f.jvm().invoke(RuntimeMethods.LOAD);
        });
        EmitterTable.put(LOAD_CELL_RAW, (f, pc) -> {
            loadCellValue(f, f.operand(pc, 0));
            f.jvm().invoke(RuntimeMethods.LOAD_RAW);
        });
        // Stack: v → . ((Cell) slot).value = v.
        EmitterTable.put(STORE_CELL, (f, pc) -> storeCellValue(f, f.operand(pc, 0)));
        // Stack: → . slot = VariableOps.newCell(slot).
        EmitterTable.put(MAKE_CELL, (f, pc) -> {
            int slot = f.operand(pc, 0);
            f.jvm().loadSlot(slot);
            f.jvm().invoke(RuntimeMethods.NEW_CELL);
            f.jvm().storeSlot(slot);
        });

        // Stack: p1 … pn → . slot = VariableOps.appendText(slot, p1 [, p2]).
        EmitterTable.put(APPEND_TEXT_LOCAL, (f, pc) -> {
            JvmCode jvm = f.jvm();
            int slot = f.operand(pc, 0);
            boolean tail = f.operand(pc, 1) == 2;
            jvm.loadSlot(slot);
            if (tail) {
                jvm.insn(Opcodes.DUP_X2);
                jvm.insn(Opcodes.POP);
            } else {
                jvm.insn(Opcodes.SWAP);
            }
            jvm.invoke(tail ? RuntimeMethods.APPEND_TEXT_TAIL : RuntimeMethods.APPEND_TEXT);
            jvm.storeSlot(slot);
        });

        // Stack: → object. StructureOps.newObject().
        EmitterTable.put(NEW_OBJECT, (f, pc) -> f.jvm().invoke(RuntimeMethods.NEW_OBJECT));
        // Stack: object value → object. StructureOps.putConst(object, value, constants[k]).
        EmitterTable.put(OBJ_PUT_CONST, (f, pc) -> {
            f.jvm().pushConstant(f.constant(f.operand(pc, 0)));
            f.jvm().invoke(RuntimeMethods.PUT_CONST);
        });
        // Stack: object key value → object. StructureOps.putDynamic(object, key, value, mode).
        EmitterTable.put(OBJ_PUT_DYN, (f, pc) -> {
            f.jvm().pushInt(f.operand(pc, 0));
            f.jvm().invoke(RuntimeMethods.PUT_DYNAMIC);
        });
        // Stack: v1 … vn → array. StructureOps.makeArray({v1 … vn}, 0, n).
        EmitterTable.put(MAKE_ARRAY, (f, pc) -> {
            int n = f.operand(pc, 0);
            f.jvm().pack(n);
            f.jvm().pushInt(0);
            f.jvm().pushInt(n);
            f.jvm().invoke(RuntimeMethods.MAKE_ARRAY);
        });
        // Stack: v1 … vn → object. StructureOps.makeObject(template, {v1 … vn}).
        EmitterTable.put(MAKE_OBJECT, (f, pc) -> {
            ShapeTemplate template = (ShapeTemplate) f.constant(f.operand(pc, 0));
            f.jvm().pack(f.operand(pc, 1));
            f.jvm().pushObject(template, ShapeTemplate.class);
            f.jvm().insn(Opcodes.SWAP);
            f.jvm().invoke(RuntimeMethods.MAKE_OBJECT);
        });
        // Stack: v → . StructureOps.appendLocal(slot, v).
        EmitterTable.put(APPEND_LOCAL, (f, pc) -> {
            f.jvm().loadSlot(f.operand(pc, 0));
            f.jvm().insn(Opcodes.SWAP);
            f.jvm().invoke(RuntimeMethods.APPEND_LOCAL);
        });
        // Stack: key value → . StructureOps.putLocal(slot, key, value).
        EmitterTable.put(OBJ_PUT_LOCAL, (f, pc) -> {
            f.jvm().loadSlot(f.operand(pc, 0));
            f.jvm().insn(Opcodes.DUP_X2);
            f.jvm().insn(Opcodes.POP);
            f.jvm().invoke(RuntimeMethods.PUT_LOCAL);
        });
        // Stack: → . The slot must hold an array / object / function (ISE constants[k] otherwise).
        EmitterTable.put(REQUIRE_LIST, (f, pc) -> requireSlot(f, pc, RuntimeMethods.REQUIRE_LIST));
        EmitterTable.put(REQUIRE_OBJECT, (f, pc) -> requireSlot(f, pc, RuntimeMethods.REQUIRE_OBJECT));
        EmitterTable.put(REQUIRE_FUNCTION, (f, pc) -> requireSlot(f, pc, RuntimeMethods.REQUIRE_FUNCTION));

        // Stack: v → . ControlOps.emit(ctx.outputs(), v).
        EmitterTable.put(EMIT, (f, pc) -> {
            f.jvm().loadContext();
            f.jvm().invoke(RuntimeMethods.OUTPUTS);
            f.jvm().insn(Opcodes.SWAP);
            f.jvm().invoke(RuntimeMethods.EMIT);
        });
        // Stack: v → v. ControlOps.abortCheck(v).
        EmitterTable.put(ABORT_CHECK, (f, pc) -> f.jvm().invoke(RuntimeMethods.ABORT_CHECK));
    }

    /** Stack: → ((Cell) slot).value. */
    static void loadCellValue(FunctionEmitter f, int slot) {
        f.jvm().loadSlot(slot);
        f.jvm().visitor().visitTypeInsn(Opcodes.CHECKCAST, CELL);
        f.jvm().visitor().visitFieldInsn(Opcodes.GETFIELD, CELL, "value", "Ljava/lang/Object;");
    }

    /** Stack: v → . ((Cell) slot).value = v. */
    static void storeCellValue(FunctionEmitter f, int slot) {
        f.jvm().loadSlot(slot);
        f.jvm().visitor().visitTypeInsn(Opcodes.CHECKCAST, CELL);
        f.jvm().insn(Opcodes.SWAP);
        f.jvm().visitor().visitFieldInsn(Opcodes.PUTFIELD, CELL, "value", "Ljava/lang/Object;");
    }

    private static void requireSlot(FunctionEmitter f, int pc, RuntimeMethods.Ref check) {
        f.jvm().loadSlot(f.operand(pc, 0));
        f.jvm().pushConstant(f.constant(f.operand(pc, 1)));
        f.jvm().invoke(check);
    }
}
