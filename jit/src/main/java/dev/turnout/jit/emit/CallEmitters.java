package dev.turnout.jit.emit;

import static dev.turnout.bytecode.Opcode.*;

import dev.turnout.program.FunctionCode;
import dev.turnout.stdlib.LibraryFunction;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * Calls and closures. Every call counts one step first, as in the interpreter. A call to a program function reads
 * the callee's entry at call time and, when it is compiled (and the Java stack budget allows,
 * {@code ExecutionContext.mayCallCompiled}), calls it directly through an INVOKEINTERFACE of its own, so HotSpot
 * profiles and inlines each call site separately:
 *
 * <pre>{@code
 * CallTarget t = CALLEE.target();
 * result = t != null && ctx.mayCallCompiled() ? t.call(ctx, args, captured)
 *                                             : JitRuntime.invoke(ctx, CALLEE, args, captured); // interpreted
 * }</pre>
 *
 * The callee enters and leaves its own call level; the caller sets nothing up.
 */
final class CallEmitters {
    private CallEmitters() {}

    static void register() {
        // Stack: a1 … an → result. Calls FUNC f.
        EmitterTable.put(CALL_FN, (f, pc) -> {
            JvmCode jvm = f.jvm();
            FunctionCode callee = f.functions().get(f.operand(pc, 0));
            step(jvm);
            jvm.pack(f.operand(pc, 1));
            int args = jvm.scratch();
            jvm.store(args);
            Label interpreted = new Label();
            Label done = new Label();
            jvm.pushObject(callee, FunctionCode.class);
            directCall(jvm, interpreted, args, () -> jvm.pushNull());
            jvm.goTo(done);
            jvm.mark(interpreted);
            jvm.insn(Opcodes.POP);
            jvm.loadContext();
            jvm.pushObject(callee, FunctionCode.class);
            jvm.load(args);
            jvm.pushNull();
            jvm.invoke(RuntimeMethods.INVOKE);
            jvm.mark(done);
        });
        // Stack: callee a1 … an → result. The callee must be a function value ("Value is not callable").
        EmitterTable.put(CALL_VALUE, (f, pc) -> {
            JvmCode jvm = f.jvm();
            step(jvm);
            jvm.pack(f.operand(pc, 0));
            int args = jvm.scratch();
            jvm.store(args);
            jvm.invoke(RuntimeMethods.CLOSURE);
            int closure = jvm.scratch();
            jvm.store(closure);
            Label interpreted = new Label();
            Label done = new Label();
            jvm.load(closure);
            jvm.invoke(RuntimeMethods.CLOSURE_CODE);
            directCall(jvm, interpreted, args, () -> {
                jvm.load(closure);
                jvm.invoke(RuntimeMethods.CLOSURE_CAPTURED);
            });
            jvm.goTo(done);
            jvm.mark(interpreted);
            jvm.insn(Opcodes.POP);
            jvm.loadContext();
            jvm.load(closure);
            jvm.invoke(RuntimeMethods.CLOSURE_CODE);
            jvm.load(args);
            jvm.load(closure);
            jvm.invoke(RuntimeMethods.CLOSURE_CAPTURED);
            jvm.invoke(RuntimeMethods.INVOKE);
            jvm.mark(done);
        });
        // Stack: a1 … an callee → result. JitRuntime.callNamed(ctx, callee, args, FUNC f or null, name).
        EmitterTable.put(CALL_NAMED, (f, pc) -> {
            JvmCode jvm = f.jvm();
            step(jvm);
            int callee = jvm.scratch();
            jvm.store(callee);
            jvm.pack(f.operand(pc, 0));
            int args = jvm.scratch();
            jvm.store(args);
            jvm.loadContext();
            jvm.load(callee);
            jvm.load(args);
            int fallback = f.operand(pc, 1);
            if (fallback >= 0) jvm.pushObject(f.functions().get(fallback), FunctionCode.class);
            else jvm.pushNull();
            jvm.pushConstant(f.constant(f.operand(pc, 2)));
            jvm.invoke(RuntimeMethods.CALL_NAMED);
        });
        // Stack: a1 … an → result. hosts[h].impl().call(new Object[] {a1 … an}).
        EmitterTable.put(CALL_HOST, (f, pc) -> {
            JvmCode jvm = f.jvm();
            step(jvm);
            jvm.pack(f.operand(pc, 1));
            int args = jvm.scratch();
            jvm.store(args);
            jvm.pushObject(f.hosts()[f.operand(pc, 0)], LibraryFunction.class);
            jvm.invoke(RuntimeMethods.HOST_IMPL);
            jvm.load(args);
            jvm.invoke(RuntimeMethods.HOST_CALL);
        });
        // Stack: → closure. new Closure(lambda, {slots of lambda.captureSources()}).
        EmitterTable.put(MAKE_CLOSURE, (f, pc) -> {
            JvmCode jvm = f.jvm();
            FunctionCode lambda = f.functions().get(f.operand(pc, 0));
            jvm.pushObject(lambda, FunctionCode.class);
            int[] sources = lambda.captureSources();
            for (int source : sources) jvm.loadSlot(source);
            jvm.pack(sources.length);
            jvm.invoke(RuntimeMethods.MAKE_CLOSURE);
        });
    }

    private static void step(JvmCode jvm) {
        jvm.loadContext();
        jvm.invoke(RuntimeMethods.STEP);
    }

    /**
     * Stack: FunctionCode → result (falls through), or → CallTarget-or-null (at {@code interpreted}, which must pop
     * it). Calls the function's compiled entry directly when there is one and the depth budget allows.
     */
    private static void directCall(JvmCode jvm, Label interpreted, int args, Runnable pushCaptured) {
        jvm.invoke(RuntimeMethods.TARGET);
        jvm.insn(Opcodes.DUP);
        jvm.jump(Opcodes.IFNULL, interpreted);
        jvm.loadContext();
        jvm.invoke(RuntimeMethods.MAY_CALL_COMPILED);
        jvm.jump(Opcodes.IFEQ, interpreted);
        jvm.loadContext();
        jvm.load(args);
        pushCaptured.run();
        jvm.invoke(RuntimeMethods.CALL);
    }
}
