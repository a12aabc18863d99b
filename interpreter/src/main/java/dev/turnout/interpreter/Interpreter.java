package dev.turnout.interpreter;

import dev.turnout.bytecode.ExceptionEntry;
import dev.turnout.bytecode.Opcode;
import dev.turnout.bytecode.ShapeTemplate;
import dev.turnout.errors.TransformException;
import dev.turnout.program.CallTarget;
import dev.turnout.program.Closure;
import dev.turnout.program.ExecutionContext;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionEntries;
import dev.turnout.program.FunctionEntry;
import dev.turnout.program.Profile;
import dev.turnout.runtime.Cell;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Operators;
import dev.turnout.runtime.Properties;
import dev.turnout.runtime.Truthiness;
import dev.turnout.runtime.Unbound;
import dev.turnout.runtime.ops.ArithmeticOps;
import dev.turnout.runtime.ops.CallOps;
import dev.turnout.runtime.ops.ControlOps;
import dev.turnout.runtime.ops.StructureOps;
import dev.turnout.runtime.ops.VariableOps;
import dev.turnout.stdlib.LibraryFunction;
import dev.turnout.tier.TieringPolicy;
import java.io.PrintStream;
import java.util.Arrays;

/**
 * The bytecode interpreter: one loop, one {@code switch} over opcode ids, every Branchline call a new
 * {@link Frame} in the same loop (no nested interpreter, so deep recursion costs heap, not Java stack).
 *
 * <p>Registers: {@code regs[0..slotCount)} are the function's variable slots and temporaries, the operand stack
 * grows above them; {@code sp} is the next free stack position. {@code pc} always points at the start of the
 * executing instruction, so a failing instruction's position is known when an error is unwound: the handler
 * search walks the frames' exception tables, innermost first, and otherwise adds one Branchline stack entry per
 * frame it leaves.
 *
 * <p>Every result and error an instruction produces comes from the semantics layer ({@code runtime.ops},
 * {@code Operators}, {@code Properties}, {@code Truthiness}), the same methods compiled code calls; a case here
 * only moves values between registers and those methods. A frame switch (call, return, handler) stores the
 * current position in the frame and restarts the outer loop, whose head is the one place the loop's locals are
 * loaded from a frame.
 */
public final class Interpreter {
    private final FunctionEntries functions;
    private final LibraryFunction[] hosts;
    private final int maxCallDepth;
    private final TieringPolicy policy;
    private final OpcodeStats stats;
    private final PrintStream trace;

    /**
     * @param policy the tier-up policy, or null when no tier compiler is in use
     * @param stats  where to add per-opcode counts, or null (profiling off)
     * @param trace  where to log every executed instruction, or null (tracing off)
     */
    public Interpreter(FunctionEntries functions, LibraryFunction[] hosts, int maxCallDepth, TieringPolicy policy,
                       OpcodeStats stats, PrintStream trace) {
        this.functions = functions;
        this.hosts = hosts;
        this.maxCallDepth = maxCallDepth;
        this.policy = policy;
        this.stats = stats;
        this.trace = trace;
    }

    public int maxCallDepth() {
        return maxCallDepth;
    }

    /**
     * Runs a transform body until it halts; what it emits goes to the context's outputs. {@code regs} come from
     * {@link InputBinding#bind}. A compiled transform gets the named slots' initial values as its arguments.
     */
    public void runTransform(FunctionEntry transform, Object[] regs, InterpreterContext context) {
        CallTarget target = transform.target();
        if (target != null) {
            context.depth = 0;
            target.call(context, Arrays.copyOf(regs, transform.function().namedSlotCount()), null);
            return;
        }
        countInvocation(transform);
        execute(new Frame(transform, regs, null, 1), context);
    }

    /** Runs an interpreted function for a compiled caller: a new loop activation that returns its result. */
    Object invokeInterpreted(InterpreterContext context, FunctionEntry function, Object[] args, Object[] captured) {
        ExecutionContext.checkCallDepth(context.depth, maxCallDepth);
        Object[] regs = calleeRegisters(function.function(), args, 0, args.length, captured);
        countInvocation(function);
        // Compiled code called from this activation sets context.depth to its callers' depths; the compiled caller
        // waiting for this result must find its own depth again.
        int depth = context.depth;
        try {
            return execute(new Frame(function, regs, null, depth + 1), context);
        } finally {
            context.depth = depth;
        }
    }

    /** A callee's register file: parameters from {@code args[from .. from+argc)}, other variables unbound. */
    private static Object[] calleeRegisters(FunctionCode callee, Object[] args, int from, int argc,
                                            Object[] captured) {
        Object[] regs = new Object[callee.slotCount() + callee.maxStack()];
        int bound = CallOps.argumentSlots(callee);
        for (int i = 0; i < bound; i++) regs[i] = CallOps.parameter(args, from, argc, i);
        Arrays.fill(regs, bound, callee.namedSlotCount(), Unbound.VALUE);
        if (captured != null) {
            int[] slots = callee.captureSlots();
            for (int i = 0; i < slots.length; i++) regs[slots[i]] = captured[i];
        }
        return regs;
    }

    private void countInvocation(FunctionEntry entry) {
        entry.countInvocation();
        if (policy != null) policy.onInvocation(entry);
    }

    /** Pushes an interpreted callee's frame; the arguments are {@code caller.regs[argStart .. argStart+argc)}. */
    private Frame call(FunctionEntry callee, Object[] r, int argStart, int argc, Object[] captured, Frame caller) {
        ExecutionContext.checkCallDepth(caller.depth, maxCallDepth);
        Object[] regs = calleeRegisters(callee.function(), r, argStart, argc, captured);
        countInvocation(callee);
        return new Frame(callee, regs, caller, caller.depth + 1);
    }

    /** Calls compiled code from the interpreter: the arguments leave the caller's stack, the result replaces them. */
    private static Object callCompiled(CallTarget target, InterpreterContext context, Frame caller, Object[] r,
                                       int argStart, int argc, Object[] captured) {
        // Compiled code copies its arguments into locals in its prologue: a reused array is safe to hand over.
        Object[] args = context.arguments(r, argStart, argc);
        context.depth = caller.depth;
        Object result = target.call(context, args, captured);
        InterpreterContext.release(args);
        return result;
    }

    /**
     * The loop. Returns the entry frame's RETURN value, or null when a transform HALTs. Re-entrant: compiled code
     * calling an interpreted function starts another activation.
     */
    private Object execute(Frame entry, InterpreterContext context) {
        long[] counts = stats != null ? stats.newRunCounts() : null;
        try {
            return loop(entry, context, counts, counts != null || trace != null);
        } finally {
            if (counts != null) stats.add(counts);
        }
    }

    @SuppressWarnings("fallthrough")
    private Object loop(Frame entry, InterpreterContext context, long[] counts, boolean instrumented) {
        Frame frame = entry;
        // Kind and call-target feedback only feed a compiling tier; without one, nothing reads it.
        boolean feedback = policy != null;
        frames:
        while (true) {
            FunctionEntry fe = frame.entry;
            FunctionCode fn = fe.function();
            int[] code = fe.code();
            Object[] k = fn.constants();
            Profile profile = fe.profile();
            Object[] r = frame.regs;
            int pc = frame.pc;
            int sp = frame.sp;
            try {
                while (true) {
                    if (instrumented) instrument(counts, fn, code, pc, sp - fn.slotCount());
                    switch (code[pc]) {
                        case Opcode.PUSH_NULL_ID -> { r[sp++] = null; pc += 1; }
                        case Opcode.PUSH_TRUE_ID -> { r[sp++] = Boolean.TRUE; pc += 1; }
                        case Opcode.PUSH_FALSE_ID -> { r[sp++] = Boolean.FALSE; pc += 1; }
                        case Opcode.PUSH_CONST_ID -> { r[sp++] = k[code[pc + 1]]; pc += 2; }
                        case Opcode.POP_ID -> { sp--; pc += 1; }
                        case Opcode.LOAD_LOCAL_ID -> { r[sp++] = VariableOps.load(r[code[pc + 1]]); pc += 2; }
                        case Opcode.LOAD_LOCAL_RAW_ID -> { r[sp++] = VariableOps.loadRaw(r[code[pc + 1]]); pc += 2; }
                        case Opcode.LOAD_CELL_RAW_ID -> {
                            r[sp++] = VariableOps.loadRaw(((Cell) r[code[pc + 1]]).value);
                            pc += 2;
                        }
                        case Opcode.STORE_LOCAL_ID -> { r[code[pc + 1]] = r[--sp]; r[sp] = null; pc += 2; }
                        case Opcode.TAKE_LOCAL_ID -> {
                            int s = code[pc + 1];
                            r[sp++] = VariableOps.loadRaw(r[s]);
                            r[s] = null;
                            pc += 2;
                        }
                        case Opcode.LOAD_CELL_ID -> {
                            r[sp++] = VariableOps.load(((Cell) r[code[pc + 1]]).value);
                            pc += 2;
                        }
                        case Opcode.STORE_CELL_ID -> {
                            ((Cell) r[code[pc + 1]]).value = r[--sp];
                            pc += 2;
                        }
                        case Opcode.CHECK_BOUND_ID -> {
                            // SET x = … checks x is bound; for a plain local (the usual case) the read is one load.
                            int ref = code[pc + 1];
                            Object raw = ref >= 0 && (ref & 1) == 0 ? r[ref >> 1]
                                    : RegisterVariables.rawRef(r, ref, fn.chains());
                            VariableOps.checkBound(raw, (String) k[code[pc + 2]]);
                            pc += 3;
                        }
                        case Opcode.GET_MEMBER_ID -> {
                            // Generic read; records the shape it saw and quickens to the cached form.
                            Object target = r[sp - 1];
                            String name = (String) k[code[pc + 1]];
                            r[sp - 1] = Properties.member(target, name);
                            if (target instanceof ObjectValue o && o.shape() != null) {
                                profile.cacheProperty(code[pc + 2], o.shape(), o.shape().indexOf(name));
                                code[pc] = Opcode.GET_MEMBER_MONO_ID;
                            }
                            pc += 3;
                        }
                        case Opcode.GET_MEMBER_MONO_ID -> {
                            Object target = r[sp - 1];
                            int site = code[pc + 2];
                            Profile.PropertyEntry cached = profile.property(site);
                            if (target instanceof ObjectValue o && cached != null && o.shape() == cached.shape()) {
                                r[sp - 1] = Properties.readSlot(o, cached.slot());
                            } else {
                                String name = (String) k[code[pc + 1]];
                                r[sp - 1] = Properties.member(target, name);
                                if (target instanceof ObjectValue o && o.shape() != null) {
                                    if (profile.miss(site)) code[pc] = Opcode.GET_MEMBER_MEGA_ID;
                                    else profile.cacheProperty(site, o.shape(), o.shape().indexOf(name));
                                }
                            }
                            pc += 3;
                        }
                        case Opcode.GET_LOCAL_MEMBER_ID, Opcode.PEEK_LOCAL_MEMBER_ID -> {
                            // The same read; only GET_LOCAL_MEMBER's consumer may keep the value, so only it freezes.
                            Object raw = r[code[pc + 1]];
                            Object target = code[pc] == Opcode.GET_LOCAL_MEMBER_ID ? VariableOps.load(raw)
                                    : VariableOps.loadRaw(raw);
                            int site = code[pc + 3];
                            Profile.PropertyEntry cached = profile.property(site);
                            if (target instanceof ObjectValue o && cached != null && o.shape() == cached.shape()) {
                                r[sp++] = Properties.readSlot(o, cached.slot());
                            } else {
                                String name = (String) k[code[pc + 2]];
                                r[sp++] = Properties.member(target, name);
                                if (target instanceof ObjectValue o && o.shape() != null
                                        && (cached == null || !profile.miss(site))) {
                                    profile.cacheProperty(site, o.shape(), o.shape().indexOf(name));
                                }
                            }
                            pc += 4;
                        }
                        case Opcode.GET_INDEX_ID -> {
                            sp--;
                            r[sp - 1] = Properties.index(r[sp - 1], r[sp]);
                            pc += 2;
                        }

                        case Opcode.ADD_ID -> {
                            sp--;
                            if (feedback) profile.recordKinds(code[pc + 1], r[sp - 1], r[sp]);
                            r[sp - 1] = Operators.add(r[sp - 1], r[sp]);
                            pc += 2;
                        }
                        case Opcode.SUB_ID -> {
                            sp--;
                            if (feedback) profile.recordKinds(code[pc + 1], r[sp - 1], r[sp]);
                            r[sp - 1] = Operators.sub(r[sp - 1], r[sp]);
                            pc += 2;
                        }
                        case Opcode.MUL_ID -> {
                            sp--;
                            if (feedback) profile.recordKinds(code[pc + 1], r[sp - 1], r[sp]);
                            r[sp - 1] = Operators.mul(r[sp - 1], r[sp]);
                            pc += 2;
                        }
                        case Opcode.EQ_ID, Opcode.NE_ID, Opcode.LT_ID, Opcode.LE_ID, Opcode.GT_ID, Opcode.GE_ID -> {
                            sp--;
                            if (feedback) profile.recordKinds(code[pc + 1], r[sp - 1], r[sp]);
                            r[sp - 1] = ArithmeticOps.compareValue(r[sp - 1], r[sp], ArithmeticOps.comparisonOf(code[pc]));
                            pc += 2;
                        }
                        case Opcode.GET_INT_KEY_ID -> {
                            r[sp - 1] = Properties.integerKey(r[sp - 1], (Long) k[code[pc + 1]]);
                            pc += 3;
                        }
                        case Opcode.DIV_ID, Opcode.IDIV_ID, Opcode.MOD_ID -> {
                            sp--;
                            if (feedback) profile.recordKinds(code[pc + 1], r[sp - 1], r[sp]);
                            r[sp - 1] = divide(code[pc], r[sp - 1], r[sp]);
                            pc += 2;
                        }
                        case Opcode.NEG_ID -> {
                            if (feedback) profile.recordKind(code[pc + 1], r[sp - 1]);
                            r[sp - 1] = Operators.neg(r[sp - 1]);
                            pc += 2;
                        }
                        case Opcode.CONCAT_PREFIX_ID -> {
                            r[sp - 1] = Operators.add(k[code[pc + 1]], r[sp - 1]);
                            pc += 3;
                        }
                        case Opcode.CONCAT_SUFFIX_ID -> {
                            r[sp - 1] = Operators.add(r[sp - 1], k[code[pc + 1]]);
                            pc += 3;
                        }
                        case Opcode.NOT_ID -> {
                            r[sp - 1] = Truthiness.condition(r[sp - 1]) ? Boolean.FALSE : Boolean.TRUE;
                            pc += 1;
                        }
                        case Opcode.TRUTHY_LIB_ID -> {
                            r[sp - 1] = Truthiness.library(r[sp - 1]) ? Boolean.TRUE : Boolean.FALSE;
                            pc += 1;
                        }
                        case Opcode.APPEND_TEXT_LOCAL_ID -> {
                            int s = code[pc + 1];
                            if (code[pc + 2] == 1) {
                                r[s] = VariableOps.appendText(r[s], r[--sp]);
                            } else {
                                sp -= 2;
                                r[s] = VariableOps.appendText(r[s], r[sp], r[sp + 1]);
                                r[sp + 1] = null;
                            }
                            r[sp] = null;
                            pc += 3;
                        }
                        case Opcode.INC_LOCAL_ID -> {
                            int s = code[pc + 1];
                            Object v = VariableOps.load(r[s]);
                            Object c = k[code[pc + 2]];
                            if (feedback) profile.recordKinds(code[pc + 3], v, c);
                            r[s] = Operators.add(v, c);
                            pc += 4;
                        }

                        case Opcode.JUMP_ID -> {
                            int target = code[pc + 1];
                            if (ControlOps.isBackEdge(pc, target)) {
                                context.step();
                                if ((fe.countBackEdge() & 127) == 0 && policy != null) policy.onBackEdges(fe);
                            }
                            pc = target;
                        }
                        case Opcode.JUMP_IF_FALSE_ID -> {
                            Object v = r[--sp];
                            pc = Truthiness.condition(v) ? pc + 2 : code[pc + 1];
                        }
                        case Opcode.JUMP_IF_TRUE_ID -> {
                            Object v = r[--sp];
                            pc = Truthiness.condition(v) ? code[pc + 1] : pc + 2;
                        }
                        case Opcode.JUMP_IF_NOT_NULL_ID -> pc = r[sp - 1] != null ? code[pc + 1] : pc + 2;
                        case Opcode.JUMP_UNLESS_CMP_ID -> {
                            sp -= 2;
                            Object a = r[sp];
                            Object b = r[sp + 1];
                            if (feedback) profile.recordKinds(code[pc + 3], a, b);
                            pc = ArithmeticOps.compare(a, b, code[pc + 1]) ? pc + 4 : code[pc + 2];
                        }

                        case Opcode.NEW_OBJECT_ID -> { r[sp++] = StructureOps.newObject(); pc += 1; }
                        case Opcode.MAKE_OBJECT_ID -> {
                            int n = code[pc + 2];
                            Object[] values = Arrays.copyOfRange(r, sp - n, sp);
                            Arrays.fill(r, sp - n, sp, null);
                            sp -= n;
                            r[sp++] = StructureOps.makeObject((ShapeTemplate) k[code[pc + 1]], values);
                            pc += 3;
                        }
                        case Opcode.OBJ_PUT_CONST_ID -> {
                            Object v = r[--sp];
                            StructureOps.putConst(r[sp - 1], v, k[code[pc + 1]]);
                            pc += 2;
                        }
                        case Opcode.APPEND_LOCAL_ID -> {
                            StructureOps.appendLocal(r[code[pc + 1]], r[--sp]);
                            pc += 2;
                        }
                        case Opcode.FOR_NEXT_ID -> {
                            Object cursor = r[code[pc + 1]];
                            if (ControlOps.forNext(cursor, context)) {
                                r[sp++] = ControlOps.forElement(cursor);
                                pc += 3;
                            } else {
                                pc = code[pc + 2];
                            }
                        }
                        case Opcode.CURSOR_KEY_ID -> {
                            r[sp++] = ControlOps.cursorKey(r[code[pc + 1]]);
                            pc += 2;
                        }
                        case Opcode.HALT_ID -> {
                            return null;
                        }
                        case Opcode.RETURN_ID -> {
                            Object result = r[--sp];
                            Frame caller = frame.caller;
                            if (caller == null) return result;
                            caller.regs[caller.sp++] = result;
                            frame = caller;
                            continue frames;
                        }

                        case Opcode.CALL_FN_ID -> {
                            context.step();
                            FunctionEntry callee = functions.get(code[pc + 1]);
                            int argc = code[pc + 2];
                            int argStart = sp - argc;
                            CallTarget compiled = CallOps.compiledEntry(callee, frame.depth);
                            if (compiled != null) {
                                frame.pc = pc;
                                Object result = callCompiled(compiled, context, frame, r, argStart, argc, null);
                                sp = argStart;
                                r[sp++] = result;
                                pc += 4;
                            } else {
                                frame.pc = pc + 4;
                                frame.sp = argStart;
                                frame = call(callee, r, argStart, argc, null, frame);
                                continue frames;
                            }
                        }
                        case Opcode.CALL_VALUE_ID -> {
                            context.step();
                            int argc = code[pc + 1];
                            int argStart = sp - argc;
                            Closure closure = CallOps.callable(r[argStart - 1]);
                            FunctionEntry target = closure.entry();
                            if (feedback) profile.recordCall(code[pc + 2], target.function());
                            CallTarget compiled = CallOps.compiledEntry(target, frame.depth);
                            if (compiled != null) {
                                frame.pc = pc;
                                Object result = callCompiled(compiled, context, frame, r, argStart, argc,
                                        closure.captured());
                                sp = argStart - 1;
                                r[sp++] = result;
                                pc += 3;
                            } else {
                                frame.pc = pc + 3;
                                frame.sp = argStart - 1;
                                frame = call(target, r, argStart, argc, closure.captured(), frame);
                                continue frames;
                            }
                        }
                        case Opcode.CALL_NAMED_ID -> {
                            context.step();
                            int argc = code[pc + 1];
                            Object callee = r[sp - 1];
                            int argStart = sp - 1 - argc;
                            int fallback = code[pc + 2];
                            FunctionEntry target = CallOps.namedTarget(callee,
                                    fallback >= 0 ? functions.get(fallback) : null, (String) k[code[pc + 3]]);
                            Object[] captured = CallOps.namedCaptured(callee);
                            if (feedback) profile.recordCall(code[pc + 4], target.function());
                            CallTarget compiled = CallOps.compiledEntry(target, frame.depth);
                            if (compiled != null) {
                                frame.pc = pc;
                                Object result = callCompiled(compiled, context, frame, r, argStart, argc, captured);
                                sp = argStart;
                                r[sp++] = result;
                                pc += 5;
                            } else {
                                frame.pc = pc + 5;
                                frame.sp = argStart;
                                frame = call(target, r, argStart, argc, captured, frame);
                                continue frames;
                            }
                        }
                        case Opcode.CALL_HOST_ID -> {
                            context.step();
                            int argc = code[pc + 2];
                            Object[] args = context.arguments(r, sp - argc, argc);
                            Object result = CallOps.callHost(hosts[code[pc + 1]], args);
                            InterpreterContext.release(args);
                            sp -= argc;
                            r[sp++] = result;
                            pc += 4;
                        }
                        case Opcode.RETRY_CHECK_ID -> {
                            int s = code[pc + 1];
                            Object next = ControlOps.retry(r[s], code[pc + 2]);
                            if (next != null) {
                                context.step(); // each retry is a step, like a back-edge
                                r[s] = next;
                                r[--sp] = null;
                                pc = code[pc + 3];
                            } else {
                                pc += 4;
                            }
                        }
                        default -> {
                            sp = ColdInstructions.execute(functions, fe, code, pc, r, sp, context);
                            pc += Opcode.length(code[pc]);
                        }
                    }
                }
            } catch (RuntimeException | StackOverflowError failure) {
                TransformException error = ControlOps.toBranchline(failure);
                frame.pc = pc;
                frame = unwind(frame, entry, error);
            }
        }
    }

    /** The division family by opcode id: {@code /}, {@code //}, {@code %}. */
    private static Object divide(int opcode, Object a, Object b) {
        return switch (opcode) {
            case Opcode.DIV_ID -> Operators.div(a, b);
            case Opcode.IDIV_ID -> Operators.idiv(a, b);
            default -> Operators.mod(a, b);
        };
    }

    private void instrument(long[] counts, FunctionCode fn, int[] code, int pc, int depth) {
        if (counts != null) counts[code[pc]]++;
        if (trace != null) {
            trace.println("trace " + fn.name() + " pc " + pc + " " + Opcode.byId(code[pc]).name() + " (stack "
                    + depth + ", line " + fn.lines().lineAt(pc) + ")");
        }
    }

    /**
     * Finds the TRY handler for an error raised at {@code frame.pc}: in this frame or a caller up to this
     * activation's entry frame, innermost first. Sets that frame up to run the handler (stack cut back, error object
     * pushed) and returns it; frames left without a handler add themselves to the error's Branchline stack.
     * Uncatchable errors and errors no frame here handles are rethrown (to compiled code or the API).
     */
    private static Frame unwind(Frame frame, Frame entry, TransformException error) {
        for (Frame f = frame; f != null; f = f.caller) {
            FunctionCode fn = f.entry.function();
            int pc = f == frame ? f.pc : callSitePc(f);
            if (ControlOps.catchable(error)) {
                for (ExceptionEntry handler : fn.handlers()) {
                    if (handler.covers(pc)) {
                        int base = fn.slotCount();
                        Arrays.fill(f.regs, base + handler.depth(), f.regs.length, null);
                        f.sp = base + handler.depth();
                        f.regs[f.sp++] = ControlOps.errorObject(error);
                        f.pc = handler.handler();
                        return f;
                    }
                }
            }
            ControlOps.leave(error, fn.lines().lineAt(pc), fn.lines().columnAt(pc), fn);
            if (f == entry) break;
        }
        throw error;
    }

    /** A caller's frame.pc is the instruction after its call; the call itself is what failed in that frame. */
    private static int callSitePc(Frame caller) {
        int[] code = caller.entry.function().code();
        int pc = 0;
        int last = 0;
        while (pc < caller.pc) {
            last = pc;
            pc += Opcode.byId(code[pc]).length();
        }
        return last;
    }
}
