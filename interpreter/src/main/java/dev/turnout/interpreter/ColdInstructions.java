package dev.turnout.interpreter;

import dev.turnout.bytecode.ModifyDescriptor;
import dev.turnout.bytecode.Opcode;
import dev.turnout.bytecode.PathDescriptor;
import dev.turnout.errors.RuntimeErrors;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionTable;
import dev.turnout.program.Profile;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.Cell;
import dev.turnout.program.Closure;
import dev.turnout.runtime.Instructions;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Operators;
import dev.turnout.runtime.PathUpdates;
import dev.turnout.runtime.Properties;
import dev.turnout.runtime.Unbound;
import java.util.Arrays;

/**
 * The interpreter's less frequent instructions, out of the dispatch loop: keeping the loop's method small lets
 * HotSpot compile it sooner and better. None of these jumps or switches frames; each returns the new stack
 * pointer and the loop advances the pc by the instruction's length.
 */
final class ColdInstructions {
    private ColdInstructions() {}

    static int execute(FunctionTable functions, FunctionCode fn, int[] code, int pc, Object[] r, int sp,
                       InterpreterContext context, boolean recordFeedback) {
        Object[] k = fn.constants();
        Profile profile = fn.profile();
        switch (code[pc]) {
            case Opcode.NOP_ID -> { }
            case Opcode.DUP_ID -> { r[sp] = r[sp - 1]; sp++; }

            case Opcode.MAKE_CELL_ID -> {
                int s = code[pc + 1];
                r[s] = new Cell(r[s]);
            }
            case Opcode.LOAD_CHAIN_ID -> {
                r[sp++] = Instructions.load(Instructions.rawChain(r, fn.chains()[code[pc + 1]]));
            }
            case Opcode.LOAD_CHAIN_RAW_ID -> {
                r[sp++] = Instructions.loadRaw(Instructions.rawChain(r, fn.chains()[code[pc + 1]]));
            }
            case Opcode.STORE_CHAIN_ID -> {
                Instructions.storeChain(r, fn.chains()[code[pc + 1]], r[--sp]);
                r[sp] = null;
            }
            case Opcode.SAVE_VAR_ID -> {
                r[code[pc + 2]] = Instructions.saveVar(r, code[pc + 1], fn.chains());
            }
            case Opcode.RESTORE_VAR_ID -> {
                Instructions.restoreVar(r, code[pc + 1], fn.chains(), r[code[pc + 2]]);
            }

            case Opcode.GET_MEMBER_MEGA_ID -> {
                r[sp - 1] = Properties.member(r[sp - 1], (String) k[code[pc + 1]]);
            }
            case Opcode.CONCAT_ID -> {
                sp--;
                r[sp - 1] = Operators.concat(r[sp - 1], r[sp]);
                r[sp] = null;
            }
            case Opcode.OBJ_PUT_DYN_ID -> {
                Object v = r[--sp];
                Object key = Instructions.objectKey(r[--sp], code[pc + 1]);
                r[sp] = null;
                r[sp + 1] = null;
                ((ObjectValue) r[sp - 1]).put(key, v);
            }
            case Opcode.MAKE_ARRAY_ID -> {
                int n = code[pc + 1];
                Object[] items = new Object[Math.max(n, 4)];
                System.arraycopy(r, sp - n, items, 0, n);
                Arrays.fill(r, sp - n, sp, null);
                sp -= n;
                r[sp++] = ArrayValue.wrap(items, n);
            }
            case Opcode.FOR_PREP_ID -> {
                r[code[pc + 1]] = Instructions.forPrep(r[--sp], code[pc + 2]);
                r[sp] = null;
            }
            case Opcode.REQUIRE_LIST_ID -> {
                if (!(r[code[pc + 1]] instanceof ArrayValue a)) {
                    throw RuntimeErrors.illegalState((String) k[code[pc + 2]]);
                }
                a.freeze();
            }
            case Opcode.REQUIRE_OBJECT_ID -> {
                if (!(r[code[pc + 1]] instanceof ObjectValue o)) {
                    throw RuntimeErrors.illegalState((String) k[code[pc + 2]]);
                }
                o.freeze();
            }
            case Opcode.REQUIRE_FUNCTION_ID -> {
                if (!(r[code[pc + 1]] instanceof Closure)) {
                    throw RuntimeErrors.illegalState((String) k[code[pc + 2]]);
                }
            }
            case Opcode.OBJ_PUT_LOCAL_ID -> {
                Object v = r[--sp];
                Object key = r[--sp];
                r[sp] = null;
                r[sp + 1] = null;
                ((ObjectValue) r[code[pc + 1]]).put(key, v);
            }

            case Opcode.APPEND_VAR_CHECK_ID -> {
                Instructions.appendVarCheck(r[sp - 1], (String) k[code[pc + 1]]);
            }
            case Opcode.CHECK_INIT_LIST_ID -> { Instructions.checkInitList(r[sp - 1]); }
            case Opcode.APPEND_VALUE_ID -> {
                Object v = r[--sp];
                r[sp] = null;
                r[sp - 1] = PathUpdates.append((ArrayValue) r[sp - 1], v);
            }
            case Opcode.PATH_CHECK_ID -> {
                PathDescriptor path = (PathDescriptor) k[code[pc + 1]];
                int first = sp - path.dynamicCount();
                Object[] keys = path.keysWith(r, first);
                if (path.operation().equals("SET")) {
                    PathUpdates.checkSetPath("SET", path.rootName(), r[first - 1], keys, path.kinds());
                } else {
                    PathUpdates.checkAppendPath(path.rootName(), r[first - 1], keys, path.kinds());
                }
            }
            case Opcode.PATH_SET_ID -> {
                PathDescriptor path = (PathDescriptor) k[code[pc + 1]];
                Object value = r[--sp];
                int first = sp - path.dynamicCount();
                Object[] keys = path.keysWith(r, first);
                Object root = PathUpdates.setPath(path.rootName(), r[first - 1], keys, path.kinds(), value);
                Arrays.fill(r, first - 1, sp + 1, null);
                sp = first;
                r[sp - 1] = root;
            }
            case Opcode.PATH_APPEND_ID -> {
                PathDescriptor path = (PathDescriptor) k[code[pc + 1]];
                Object init = r[--sp];
                Object value = r[--sp];
                int first = sp - path.dynamicCount();
                Object[] keys = path.keysWith(r, first);
                Object root = PathUpdates.appendPath(path.rootName(), r[first - 1], keys, path.kinds(),
                        value, init, path.hasInit());
                Arrays.fill(r, first - 1, sp + 2, null);
                sp = first;
                r[sp - 1] = root;
            }
            case Opcode.MODIFY_ID -> {
                ModifyDescriptor target = (ModifyDescriptor) k[code[pc + 1]];
                Object root = r[--sp];
                ObjectValue delta = (ObjectValue) r[sp - 1];
                r[sp] = null;
                r[sp - 1] = PathUpdates.modify(target.rootName(), root, target.path().toArray(), delta);
            }

            case Opcode.EMIT_ID -> {
                Instructions.emit(context.outputs(), r[--sp]);
                r[sp] = null;
            }
            case Opcode.ABORT_CHECK_ID -> { Instructions.abortCheck(r[sp - 1]); }
            case Opcode.MAKE_CLOSURE_ID -> {
                FunctionCode lambda = functions.get(code[pc + 1]);
                int[] sources = lambda.captureSources();
                Object[] captured = new Object[sources.length];
                for (int i = 0; i < sources.length; i++) captured[i] = r[sources[i]];
                r[sp++] = new Closure(lambda, captured);
            }
            case Opcode.THROW_ID -> throw Instructions.error(code[pc + 1], (String) k[code[pc + 2]]);
            default -> throw new IllegalStateException("unknown opcode " + code[pc] + " at pc " + pc);
        }
        return sp;
    }
}
