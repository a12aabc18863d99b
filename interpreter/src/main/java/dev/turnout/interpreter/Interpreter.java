package dev.turnout.interpreter;

import dev.turnout.bytecode.ExceptionEntry;
import dev.turnout.bytecode.ModifyDescriptor;
import dev.turnout.bytecode.Opcode;
import dev.turnout.bytecode.PathDescriptor;
import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.RuntimeErrors;
import dev.turnout.errors.TransformException;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionTable;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.runtime.Cell;
import dev.turnout.runtime.Closure;
import dev.turnout.runtime.Instructions;
import dev.turnout.runtime.IterationCursor;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Operators;
import dev.turnout.runtime.PathUpdates;
import dev.turnout.runtime.RunLimits;
import dev.turnout.runtime.Properties;
import dev.turnout.runtime.Truthiness;
import dev.turnout.runtime.Unbound;
import dev.turnout.stdlib.LibraryFunction;
import java.util.Arrays;
import java.util.List;

/**
 * The bytecode interpreter: one loop, one {@code switch} over opcode ids, every Branchline call a new
 * {@link Frame} in the same loop (no nested interpreter, so deep recursion costs heap, not Java stack).
 *
 * <p>Registers: {@code regs[0..slotCount)} are the function's variable slots and temporaries, the operand stack
 * grows above them; {@code sp} is the next free stack position. {@code pc} always points at the start of the
 * executing instruction, so a failing instruction's position is known when an error is unwound: the handler
 * search walks the frames' exception tables, innermost first, and otherwise adds one Branchline stack entry per
 * frame it leaves.
 */
public final class Interpreter {
    private final FunctionTable functions;
    private final LibraryFunction[] hosts;
    private final int maxCallDepth;

    public Interpreter(FunctionTable functions, LibraryFunction[] hosts, int maxCallDepth) {
        this.functions = functions;
        this.hosts = hosts;
        this.maxCallDepth = maxCallDepth;
    }

    /**
     * Runs a transform body until it halts, appending what it emits to {@code outputs}. {@code regs} come from
     * {@link InputBinding#bind}.
     */
    public void runTransform(FunctionCode transform, Object[] regs, List<Object> outputs, RunLimits limits) {
        Frame frame = new Frame(transform, regs, null, 1);
        frame.function.invocations++;
        execute(frame, outputs, limits);
    }

    /** A fresh register file for a function: named slots unbound, then arguments copied in. */
    static Object[] newRegisters(FunctionCode fn) {
        Object[] regs = new Object[fn.slotCount() + fn.maxStack()];
        Arrays.fill(regs, 0, fn.namedSlotCount(), Unbound.VALUE);
        return regs;
    }

    private Frame call(FunctionCode callee, Object[] args, int argStart, int argc, Object[] captured, Frame caller) {
        if (caller.depth >= maxCallDepth) {
            throw new TransformException(ErrorKind.STACK_OVERFLOW, "call depth exceeded (limit " + maxCallDepth + ")");
        }
        Object[] regs = newRegisters(callee);
        int n = Math.min(argc, callee.paramCount());
        System.arraycopy(args, argStart, regs, 0, n);
        if (captured != null) {
            int[] slots = callee.captureSlots();
            for (int i = 0; i < slots.length; i++) regs[slots[i]] = captured[i];
        }
        callee.invocations++;
        return new Frame(callee, regs, caller, caller.depth + 1);
    }

    @SuppressWarnings("fallthrough")
    private void execute(Frame entry, List<Object> outputs, RunLimits limits) {
        Frame frame = entry;
        // Steps left in the current chunk of the step/time budget (RunLimits): one decrement per loop iteration
        // and call.
        int ticks = limits.firstChunk();
        while (true) {
            FunctionCode fn = frame.function;
            int[] code = fn.code();
            Object[] k = fn.constants();
            Object[] r = frame.regs;
            int pc = frame.pc;
            int sp = frame.sp;
            try {
                while (true) {
                    switch (code[pc]) {
                        case Opcode.NOP_ID -> pc += 1;
                        case Opcode.PUSH_NULL_ID -> { r[sp++] = null; pc += 1; }
                        case Opcode.PUSH_TRUE_ID -> { r[sp++] = Boolean.TRUE; pc += 1; }
                        case Opcode.PUSH_FALSE_ID -> { r[sp++] = Boolean.FALSE; pc += 1; }
                        case Opcode.PUSH_CONST_ID -> { r[sp++] = k[code[pc + 1]]; pc += 2; }
                        case Opcode.POP_ID -> { r[--sp] = null; pc += 1; }
                        case Opcode.DUP_ID -> { r[sp] = r[sp - 1]; sp++; pc += 1; }

                        case Opcode.LOAD_LOCAL_ID -> { r[sp++] = Instructions.load(r[code[pc + 1]]); pc += 2; }
                        case Opcode.LOAD_LOCAL_RAW_ID -> { r[sp++] = Instructions.loadRaw(r[code[pc + 1]]); pc += 2; }
                        case Opcode.STORE_LOCAL_ID -> { r[code[pc + 1]] = r[--sp]; r[sp] = null; pc += 2; }
                        case Opcode.TAKE_LOCAL_ID -> {
                            int s = code[pc + 1];
                            r[sp++] = Instructions.loadRaw(r[s]);
                            r[s] = null;
                            pc += 2;
                        }
                        case Opcode.LOAD_CELL_ID -> {
                            r[sp++] = Instructions.load(((Cell) r[code[pc + 1]]).value);
                            pc += 2;
                        }
                        case Opcode.LOAD_CELL_RAW_ID -> {
                            r[sp++] = Instructions.loadRaw(((Cell) r[code[pc + 1]]).value);
                            pc += 2;
                        }
                        case Opcode.STORE_CELL_ID -> {
                            ((Cell) r[code[pc + 1]]).value = r[--sp];
                            r[sp] = null;
                            pc += 2;
                        }
                        case Opcode.MAKE_CELL_ID -> {
                            int s = code[pc + 1];
                            r[s] = new Cell(r[s]);
                            pc += 2;
                        }
                        case Opcode.LOAD_CHAIN_ID -> {
                            r[sp++] = Instructions.load(Instructions.rawChain(r, fn.chains()[code[pc + 1]]));
                            pc += 2;
                        }
                        case Opcode.LOAD_CHAIN_RAW_ID -> {
                            r[sp++] = Instructions.loadRaw(Instructions.rawChain(r, fn.chains()[code[pc + 1]]));
                            pc += 2;
                        }
                        case Opcode.STORE_CHAIN_ID -> {
                            Instructions.storeChain(r, fn.chains()[code[pc + 1]], r[--sp]);
                            r[sp] = null;
                            pc += 2;
                        }
                        case Opcode.CHECK_BOUND_ID -> {
                            if (Instructions.rawRef(r, code[pc + 1], fn.chains()) == Unbound.VALUE) {
                                throw RuntimeErrors.illegalState((String) k[code[pc + 2]]);
                            }
                            pc += 3;
                        }
                        case Opcode.SAVE_VAR_ID -> {
                            r[code[pc + 2]] = Instructions.saveVar(r, code[pc + 1], fn.chains());
                            pc += 3;
                        }
                        case Opcode.RESTORE_VAR_ID -> {
                            Instructions.restoreVar(r, code[pc + 1], fn.chains(), r[code[pc + 2]]);
                            pc += 3;
                        }

                        case Opcode.GET_MEMBER_ID -> {
                            r[sp - 1] = Properties.member(r[sp - 1], (String) k[code[pc + 1]]);
                            pc += 3;
                        }
                        case Opcode.GET_INT_KEY_ID -> {
                            r[sp - 1] = Properties.integerKey(r[sp - 1], (Long) k[code[pc + 1]]);
                            pc += 3;
                        }
                        case Opcode.GET_INDEX_ID -> {
                            sp--;
                            r[sp - 1] = Properties.index(r[sp - 1], r[sp]);
                            r[sp] = null;
                            pc += 2;
                        }

                        case Opcode.ADD_ID -> { sp--; r[sp - 1] = Operators.add(r[sp - 1], r[sp]); r[sp] = null; pc += 2; }
                        case Opcode.SUB_ID -> { sp--; r[sp - 1] = Operators.sub(r[sp - 1], r[sp]); r[sp] = null; pc += 2; }
                        case Opcode.MUL_ID -> { sp--; r[sp - 1] = Operators.mul(r[sp - 1], r[sp]); r[sp] = null; pc += 2; }
                        case Opcode.DIV_ID -> { sp--; r[sp - 1] = Operators.div(r[sp - 1], r[sp]); r[sp] = null; pc += 2; }
                        case Opcode.IDIV_ID -> { sp--; r[sp - 1] = Operators.idiv(r[sp - 1], r[sp]); r[sp] = null; pc += 2; }
                        case Opcode.MOD_ID -> { sp--; r[sp - 1] = Operators.mod(r[sp - 1], r[sp]); r[sp] = null; pc += 2; }
                        case Opcode.CONCAT_ID -> {
                            sp--;
                            r[sp - 1] = Operators.concat(r[sp - 1], r[sp]);
                            r[sp] = null;
                            pc += 2;
                        }
                        case Opcode.EQ_ID -> {
                            sp--;
                            r[sp - 1] = Operators.equal(r[sp - 1], r[sp]) ? Boolean.TRUE : Boolean.FALSE;
                            r[sp] = null;
                            pc += 2;
                        }
                        case Opcode.NE_ID -> {
                            sp--;
                            r[sp - 1] = Operators.equal(r[sp - 1], r[sp]) ? Boolean.FALSE : Boolean.TRUE;
                            r[sp] = null;
                            pc += 2;
                        }
                        case Opcode.LT_ID -> {
                            sp--;
                            r[sp - 1] = Operators.less(r[sp - 1], r[sp]) ? Boolean.TRUE : Boolean.FALSE;
                            r[sp] = null;
                            pc += 2;
                        }
                        case Opcode.LE_ID -> {
                            sp--;
                            r[sp - 1] = Operators.lessEqual(r[sp - 1], r[sp]) ? Boolean.TRUE : Boolean.FALSE;
                            r[sp] = null;
                            pc += 2;
                        }
                        case Opcode.GT_ID -> {
                            sp--;
                            r[sp - 1] = Operators.greater(r[sp - 1], r[sp]) ? Boolean.TRUE : Boolean.FALSE;
                            r[sp] = null;
                            pc += 2;
                        }
                        case Opcode.GE_ID -> {
                            sp--;
                            r[sp - 1] = Operators.greaterEqual(r[sp - 1], r[sp]) ? Boolean.TRUE : Boolean.FALSE;
                            r[sp] = null;
                            pc += 2;
                        }
                        case Opcode.NEG_ID -> { r[sp - 1] = Operators.neg(r[sp - 1]); pc += 2; }
                        case Opcode.NOT_ID -> {
                            r[sp - 1] = Truthiness.condition(r[sp - 1]) ? Boolean.FALSE : Boolean.TRUE;
                            pc += 1;
                        }
                        case Opcode.TRUTHY_LIB_ID -> {
                            r[sp - 1] = Truthiness.library(r[sp - 1]) ? Boolean.TRUE : Boolean.FALSE;
                            pc += 1;
                        }

                        case Opcode.JUMP_ID -> {
                            int target = code[pc + 1];
                            if (target <= pc) {
                                fn.backEdges++;
                                if (--ticks < 0) ticks = limits.refill();
                            }
                            pc = target;
                        }
                        case Opcode.JUMP_IF_FALSE_ID -> {
                            Object v = r[--sp];
                            r[sp] = null;
                            pc = Truthiness.condition(v) ? pc + 2 : code[pc + 1];
                        }
                        case Opcode.JUMP_IF_TRUE_ID -> {
                            Object v = r[--sp];
                            r[sp] = null;
                            pc = Truthiness.condition(v) ? code[pc + 1] : pc + 2;
                        }
                        case Opcode.JUMP_IF_NOT_NULL_ID -> pc = r[sp - 1] != null ? code[pc + 1] : pc + 2;

                        case Opcode.NEW_OBJECT_ID -> { r[sp++] = new ObjectValue(); pc += 1; }
                        case Opcode.OBJ_PUT_CONST_ID -> {
                            Object v = r[--sp];
                            r[sp] = null;
                            ((ObjectValue) r[sp - 1]).put(k[code[pc + 1]], v);
                            pc += 2;
                        }
                        case Opcode.OBJ_PUT_DYN_ID -> {
                            Object v = r[--sp];
                            Object key = Instructions.objectKey(r[--sp], code[pc + 1]);
                            r[sp] = null;
                            r[sp + 1] = null;
                            ((ObjectValue) r[sp - 1]).put(key, v);
                            pc += 2;
                        }
                        case Opcode.MAKE_ARRAY_ID -> {
                            int n = code[pc + 1];
                            Object[] items = new Object[Math.max(n, 4)];
                            System.arraycopy(r, sp - n, items, 0, n);
                            Arrays.fill(r, sp - n, sp, null);
                            sp -= n;
                            r[sp++] = ArrayValue.wrap(items, n);
                            pc += 2;
                        }
                        case Opcode.APPEND_LOCAL_ID -> {
                            ((ArrayValue) r[code[pc + 1]]).add(r[--sp]);
                            r[sp] = null;
                            pc += 2;
                        }
                        case Opcode.FOR_PREP_ID -> {
                            r[code[pc + 1]] = Instructions.forPrep(r[--sp], code[pc + 2]);
                            r[sp] = null;
                            pc += 3;
                        }
                        case Opcode.FOR_NEXT_ID -> {
                            IterationCursor cursor = (IterationCursor) r[code[pc + 1]];
                            if (cursor.hasNext()) {
                                if (--ticks < 0) ticks = limits.refill();
                                r[sp++] = cursor.next();
                                pc += 3;
                            } else {
                                pc = code[pc + 2];
                            }
                        }
                        case Opcode.CURSOR_KEY_ID -> {
                            r[sp++] = ((IterationCursor) r[code[pc + 1]]).key();
                            pc += 2;
                        }
                        case Opcode.REQUIRE_LIST_ID -> {
                            if (!(r[code[pc + 1]] instanceof ArrayValue a)) {
                                throw RuntimeErrors.illegalState((String) k[code[pc + 2]]);
                            }
                            a.freeze();
                            pc += 3;
                        }
                        case Opcode.REQUIRE_OBJECT_ID -> {
                            if (!(r[code[pc + 1]] instanceof ObjectValue o)) {
                                throw RuntimeErrors.illegalState((String) k[code[pc + 2]]);
                            }
                            o.freeze();
                            pc += 3;
                        }
                        case Opcode.REQUIRE_FUNCTION_ID -> {
                            if (!(r[code[pc + 1]] instanceof Closure)) {
                                throw RuntimeErrors.illegalState((String) k[code[pc + 2]]);
                            }
                            pc += 3;
                        }
                        case Opcode.OBJ_PUT_LOCAL_ID -> {
                            Object v = r[--sp];
                            Object key = r[--sp];
                            r[sp] = null;
                            r[sp + 1] = null;
                            ((ObjectValue) r[code[pc + 1]]).put(key, v);
                            pc += 2;
                        }

                        case Opcode.APPEND_VAR_CHECK_ID -> {
                            Instructions.appendVarCheck(r[sp - 1], (String) k[code[pc + 1]]);
                            pc += 2;
                        }
                        case Opcode.CHECK_INIT_LIST_ID -> { Instructions.checkInitList(r[sp - 1]); pc += 1; }
                        case Opcode.APPEND_VALUE_ID -> {
                            Object v = r[--sp];
                            r[sp] = null;
                            r[sp - 1] = PathUpdates.append((ArrayValue) r[sp - 1], v);
                            pc += 1;
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
                            pc += 2;
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
                            pc += 2;
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
                            pc += 2;
                        }
                        case Opcode.MODIFY_ID -> {
                            ModifyDescriptor target = (ModifyDescriptor) k[code[pc + 1]];
                            Object root = r[--sp];
                            ObjectValue delta = (ObjectValue) r[sp - 1];
                            r[sp] = null;
                            r[sp - 1] = PathUpdates.modify(target.rootName(), root, target.path().toArray(), delta);
                            pc += 2;
                        }

                        case Opcode.EMIT_ID -> {
                            Instructions.emit(outputs, r[--sp]);
                            r[sp] = null;
                            pc += 1;
                        }
                        case Opcode.ABORT_CHECK_ID -> { Instructions.abortCheck(r[sp - 1]); pc += 1; }
                        case Opcode.HALT_ID -> {
                            return;
                        }
                        case Opcode.RETURN_ID -> {
                            Object result = r[--sp];
                            Frame caller = frame.caller;
                            if (caller == null) {
                                throw new IllegalStateException("RETURN from the outermost frame");
                            }
                            caller.regs[caller.sp++] = result;
                            frame = caller;
                            fn = frame.function;
                            code = fn.code();
                            k = fn.constants();
                            r = frame.regs;
                            pc = frame.pc;
                            sp = frame.sp;
                        }

                        case Opcode.CALL_FN_ID -> {
                            if (--ticks < 0) ticks = limits.refill();
                            int argc = code[pc + 2];
                            sp -= argc;
                            frame.pc = pc + 4;
                            frame.sp = sp;
                            Frame callee = call(functions.get(code[pc + 1]), r, sp, argc, null, frame);
                            Arrays.fill(r, sp, sp + argc, null);
                            frame = callee;
                            fn = frame.function;
                            code = fn.code();
                            k = fn.constants();
                            r = frame.regs;
                            pc = 0;
                            sp = frame.sp;
                        }
                        case Opcode.CALL_VALUE_ID -> {
                            if (--ticks < 0) ticks = limits.refill();
                            int argc = code[pc + 1];
                            Object callee = r[sp - argc - 1];
                            if (!(callee instanceof Closure closure)) {
                                throw RuntimeErrors.illegalState("Value is not callable");
                            }
                            int argStart = sp - argc;
                            sp = argStart - 1;
                            frame.pc = pc + 3;
                            frame.sp = sp;
                            Frame next = call(closure.code(), r, argStart, argc, closure.captured(), frame);
                            Arrays.fill(r, sp, argStart + argc, null);
                            frame = next;
                            fn = frame.function;
                            code = fn.code();
                            k = fn.constants();
                            r = frame.regs;
                            pc = 0;
                            sp = frame.sp;
                        }
                        case Opcode.CALL_NAMED_ID -> {
                            if (--ticks < 0) ticks = limits.refill();
                            int argc = code[pc + 1];
                            Object callee = r[sp - 1];
                            int argStart = sp - 1 - argc;
                            Frame next;
                            if (callee instanceof Closure closure) {
                                frame.pc = pc + 5;
                                frame.sp = argStart;
                                next = call(closure.code(), r, argStart, argc, closure.captured(), frame);
                            } else if (code[pc + 2] >= 0) {
                                frame.pc = pc + 5;
                                frame.sp = argStart;
                                next = call(functions.get(code[pc + 2]), r, argStart, argc, null, frame);
                            } else {
                                throw RuntimeErrors.illegalState("FUNC '" + k[code[pc + 3]] + "' undefined");
                            }
                            Arrays.fill(r, argStart, sp, null);
                            frame = next;
                            fn = frame.function;
                            code = fn.code();
                            k = fn.constants();
                            r = frame.regs;
                            pc = 0;
                            sp = frame.sp;
                        }
                        case Opcode.CALL_HOST_ID -> {
                            if (--ticks < 0) ticks = limits.refill();
                            int argc = code[pc + 2];
                            Object[] args = new Object[argc];
                            System.arraycopy(r, sp - argc, args, 0, argc);
                            Object result = hosts[code[pc + 1]].impl().call(args);
                            Arrays.fill(r, sp - argc, sp, null);
                            sp -= argc;
                            r[sp++] = result;
                            pc += 4;
                        }
                        case Opcode.MAKE_CLOSURE_ID -> {
                            FunctionCode lambda = functions.get(code[pc + 1]);
                            int[] sources = lambda.captureSources();
                            Object[] captured = new Object[sources.length];
                            for (int i = 0; i < sources.length; i++) captured[i] = r[sources[i]];
                            r[sp++] = new Closure(lambda, captured);
                            pc += 2;
                        }
                        case Opcode.THROW_ID -> throw Instructions.error(code[pc + 1], (String) k[code[pc + 2]]);
                        case Opcode.RETRY_CHECK_ID -> {
                            int s = code[pc + 1];
                            long attempts = (Long) r[s];
                            if (attempts < code[pc + 2]) {
                                r[s] = attempts + 1;
                                r[--sp] = null;
                                pc = code[pc + 3];
                            } else {
                                pc += 4;
                            }
                        }
                        default -> throw new IllegalStateException("unknown opcode " + code[pc] + " at pc " + pc);
                    }
                }
            } catch (RuntimeException | StackOverflowError failure) {
                TransformException error = Instructions.fromJava(failure);
                frame.pc = pc;
                frame = unwind(frame, error);
            }
        }
    }

    /**
     * Finds the TRY handler for an error raised at {@code frame.pc}: in this frame or a caller, innermost first.
     * Sets that frame up to run the handler (stack cut back, error object pushed) and returns it; frames left
     * without a handler add themselves to the error's Branchline stack. Uncatchable errors and errors no frame
     * handles are rethrown.
     */
    private static Frame unwind(Frame frame, TransformException error) {
        for (Frame f = frame; f != null; f = f.caller) {
            FunctionCode fn = f.function;
            int pc = f == frame ? f.pc : callSitePc(f);
            if (error.kind().catchable()) {
                for (ExceptionEntry handler : fn.handlers()) {
                    if (handler.covers(pc)) {
                        int base = fn.slotCount();
                        Arrays.fill(f.regs, base + handler.depth(), f.regs.length, null);
                        f.sp = base + handler.depth();
                        f.regs[f.sp++] = Instructions.errorObject(error);
                        f.pc = handler.handler();
                        return f;
                    }
                }
            }
            error.addFrame(fn.programName(), fn.name(), fn.lines().lineAt(pc), fn.lines().columnAt(pc));
        }
        throw error;
    }

    /** A caller's frame.pc is the instruction after its call; the call itself is what failed in that frame. */
    private static int callSitePc(Frame caller) {
        int[] code = caller.function.code();
        int pc = 0;
        int last = 0;
        while (pc < caller.pc) {
            last = pc;
            pc += Opcode.byId(code[pc]).length();
        }
        return last;
    }
}
