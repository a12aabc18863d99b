package dev.turnout.interpreter;

import dev.turnout.bytecode.ModifyDescriptor;
import dev.turnout.bytecode.Opcode;
import dev.turnout.bytecode.PathDescriptor;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionEntries;
import dev.turnout.program.FunctionEntry;
import dev.turnout.runtime.Operators;
import dev.turnout.runtime.Properties;
import dev.turnout.runtime.ops.CallOps;
import dev.turnout.runtime.ops.ControlOps;
import dev.turnout.runtime.ops.PathOps;
import dev.turnout.runtime.ops.StructureOps;
import dev.turnout.runtime.ops.VariableOps;
import java.util.Arrays;

/**
 * The interpreter's less frequent instructions, out of the dispatch loop: keeping the loop's method small lets
 * HotSpot compile it sooner and better. None of these jumps or switches frames; each returns the new stack
 * pointer and the loop advances the pc by the instruction's length. Like the loop, each case only moves values
 * between registers and the semantics layer.
 */
final class ColdInstructions {
    private ColdInstructions() {}

    static int execute(FunctionEntries functions, FunctionEntry entry, int[] code, int pc, Object[] r, int sp,
                       InterpreterContext context) {
        FunctionCode fn = entry.function();
        Object[] k = fn.constants();
        switch (code[pc]) {
            case Opcode.NOP_ID -> { }
            case Opcode.DUP_ID -> { r[sp] = r[sp - 1]; sp++; }

            case Opcode.MAKE_CELL_ID -> {
                int s = code[pc + 1];
                r[s] = VariableOps.newCell(r[s]);
            }
            case Opcode.LOAD_CHAIN_ID -> {
                r[sp++] = VariableOps.load(RegisterVariables.chainRead(r, fn.chains()[code[pc + 1]]));
            }
            case Opcode.LOAD_CHAIN_RAW_ID -> {
                r[sp++] = VariableOps.loadRaw(RegisterVariables.chainRead(r, fn.chains()[code[pc + 1]]));
            }
            case Opcode.STORE_CHAIN_ID -> {
                RegisterVariables.chainStore(r, fn.chains()[code[pc + 1]], r[--sp]);
                r[sp] = null;
            }
            case Opcode.SAVE_VAR_ID -> r[code[pc + 2]] = RegisterVariables.save(r, code[pc + 1], fn.chains());
            case Opcode.RESTORE_VAR_ID -> RegisterVariables.restore(r, code[pc + 1], fn.chains(), r[code[pc + 2]]);

            case Opcode.GET_MEMBER_MEGA_ID -> r[sp - 1] = Properties.member(r[sp - 1], (String) k[code[pc + 1]]);
            case Opcode.CONCAT_ID -> {
                sp--;
                r[sp - 1] = Operators.concat(r[sp - 1], r[sp]);
                r[sp] = null;
            }
            case Opcode.OBJ_PUT_DYN_ID -> {
                Object v = r[--sp];
                Object key = r[--sp];
                r[sp] = null;
                r[sp + 1] = null;
                StructureOps.putDynamic(r[sp - 1], key, v, code[pc + 1]);
            }
            case Opcode.MAKE_ARRAY_ID -> {
                int n = code[pc + 1];
                Object array = StructureOps.makeArray(r, sp - n, n);
                Arrays.fill(r, sp - n, sp, null);
                sp -= n;
                r[sp++] = array;
            }
            case Opcode.FOR_PREP_ID -> {
                r[code[pc + 1]] = ControlOps.forPrep(r[--sp], code[pc + 2]);
                r[sp] = null;
            }
            case Opcode.REQUIRE_LIST_ID -> StructureOps.requireList(r[code[pc + 1]], (String) k[code[pc + 2]]);
            case Opcode.REQUIRE_OBJECT_ID -> StructureOps.requireObject(r[code[pc + 1]], (String) k[code[pc + 2]]);
            case Opcode.REQUIRE_FUNCTION_ID ->
                    StructureOps.requireFunction(r[code[pc + 1]], (String) k[code[pc + 2]]);
            case Opcode.OBJ_PUT_LOCAL_ID -> {
                Object v = r[--sp];
                Object key = r[--sp];
                r[sp] = null;
                r[sp + 1] = null;
                StructureOps.putLocal(r[code[pc + 1]], key, v);
            }

            case Opcode.APPEND_VAR_CHECK_ID -> StructureOps.appendVarCheck(r[sp - 1], (String) k[code[pc + 1]]);
            case Opcode.CHECK_INIT_LIST_ID -> StructureOps.checkInitList(r[sp - 1]);
            case Opcode.APPEND_VALUE_ID -> {
                Object v = r[--sp];
                r[sp] = null;
                r[sp - 1] = StructureOps.appendValue(r[sp - 1], v);
            }
            case Opcode.PATH_CHECK_ID -> {
                PathDescriptor path = (PathDescriptor) k[code[pc + 1]];
                int first = sp - path.dynamicCount();
                PathOps.check(r[first - 1], r, first, path);
            }
            case Opcode.PATH_SET_ID -> {
                PathDescriptor path = (PathDescriptor) k[code[pc + 1]];
                Object value = r[--sp];
                int first = sp - path.dynamicCount();
                Object root = PathOps.set(r[first - 1], r, first, value, path);
                Arrays.fill(r, first - 1, sp + 1, null);
                sp = first;
                r[sp - 1] = root;
            }
            case Opcode.PATH_APPEND_ID -> {
                PathDescriptor path = (PathDescriptor) k[code[pc + 1]];
                Object init = r[--sp];
                Object value = r[--sp];
                int first = sp - path.dynamicCount();
                Object root = PathOps.append(r[first - 1], r, first, value, init, path);
                Arrays.fill(r, first - 1, sp + 2, null);
                sp = first;
                r[sp - 1] = root;
            }
            case Opcode.MODIFY_ID -> {
                Object root = r[--sp];
                r[sp] = null;
                r[sp - 1] = PathOps.modify(r[sp - 1], root, (ModifyDescriptor) k[code[pc + 1]]);
            }

            case Opcode.EMIT_ID -> {
                ControlOps.emit(context.outputs(), r[--sp]);
                r[sp] = null;
            }
            case Opcode.ABORT_CHECK_ID -> ControlOps.abortCheck(r[sp - 1]);
            case Opcode.MAKE_CLOSURE_ID -> {
                FunctionEntry lambda = functions.get(code[pc + 1]);
                int[] sources = lambda.function().captureSources();
                Object[] captured = new Object[sources.length];
                for (int i = 0; i < sources.length; i++) captured[i] = r[sources[i]];
                r[sp++] = CallOps.makeClosure(lambda, captured);
            }
            case Opcode.THROW_ID -> throw ControlOps.error(code[pc + 1], (String) k[code[pc + 2]]);
            default -> throw new IllegalStateException("unknown opcode " + code[pc] + " at pc " + pc);
        }
        return sp;
    }
}
