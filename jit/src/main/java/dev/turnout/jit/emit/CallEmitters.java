package dev.turnout.jit.emit;

import static dev.turnout.bytecode.Opcode.*;

import dev.turnout.program.FunctionEntry;
import dev.turnout.stdlib.LibraryFunction;
import org.objectweb.asm.Label;
import org.objectweb.asm.Opcodes;

/**
 * Calls and closures. Every call counts one step first, as in the interpreter. Which function a call reaches and
 * whether it may enter compiled code are {@code CallOps} decisions, the same the interpreter asks; a call whose
 * callee is compiled (and the Java stack budget allows) goes through an INVOKEINTERFACE of its own, so HotSpot
 * profiles and inlines each call site separately:
 *
 * <pre>{@code
 * CallTarget t = CallOps.compiledEntry(CALLEE, ctx.depth);
 * result = t != null ? t.call(ctx, args, captured)
 *                    : ctx.invoke(CALLEE, args, captured);   // interpreted, in heap frames
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
            step(jvm);
            jvm.pack(f.operand(pc, 1));
            int args = jvm.scratch();
            jvm.store(args);
            int callee = jvm.scratch();
            jvm.pushObject(f.functions().get(f.operand(pc, 0)), FunctionEntry.class);
            jvm.store(callee);
            call(jvm, callee, args, -1);
        });
        // Stack: callee a1 … an → result. closure = CallOps.callable(callee) ("Value is not callable").
        EmitterTable.put(CALL_VALUE, (f, pc) -> {
            JvmCode jvm = f.jvm();
            step(jvm);
            jvm.pack(f.operand(pc, 0));
            int args = jvm.scratch();
            jvm.store(args);
            jvm.invoke(RuntimeMethods.CALLABLE);
            jvm.insn(Opcodes.DUP);
            int captured = jvm.scratch();
            jvm.invoke(RuntimeMethods.CLOSURE_CAPTURED);
            jvm.store(captured);
            jvm.invoke(RuntimeMethods.CLOSURE_ENTRY);
            int callee = jvm.scratch();
            jvm.store(callee);
            call(jvm, callee, args, captured);
        });
        // Stack: a1 … an callee → result. CallOps.namedTarget(callee, FUNC f or null, name), namedCaptured(callee).
        EmitterTable.put(CALL_NAMED, (f, pc) -> {
            JvmCode jvm = f.jvm();
            step(jvm);
            int value = jvm.scratch();
            jvm.store(value);
            jvm.pack(f.operand(pc, 0));
            int args = jvm.scratch();
            jvm.store(args);
            jvm.load(value);
            int fallback = f.operand(pc, 1);
            if (fallback >= 0) jvm.pushObject(f.functions().get(fallback), FunctionEntry.class);
            else jvm.pushNull();
            jvm.pushConstant(f.constant(f.operand(pc, 2)));
            jvm.invoke(RuntimeMethods.NAMED_TARGET);
            int callee = jvm.scratch();
            jvm.store(callee);
            jvm.load(value);
            jvm.invoke(RuntimeMethods.NAMED_CAPTURED);
            int captured = jvm.scratch();
            jvm.store(captured);
            call(jvm, callee, args, captured);
        });
        // Stack: a1 … an → result. CallOps.callHost(hosts[h], new Object[] {a1 … an}).
        EmitterTable.put(CALL_HOST, (f, pc) -> {
            JvmCode jvm = f.jvm();
            step(jvm);
            jvm.pack(f.operand(pc, 1));
            jvm.pushObject(f.hosts()[f.operand(pc, 0)], LibraryFunction.class);
            jvm.insn(Opcodes.SWAP);
            jvm.invoke(RuntimeMethods.CALL_HOST);
        });
        // Stack: → closure. CallOps.makeClosure(lambda, {slots of lambda.captureSources()}).
        EmitterTable.put(MAKE_CLOSURE, (f, pc) -> {
            JvmCode jvm = f.jvm();
            FunctionEntry lambda = f.functions().get(f.operand(pc, 0));
            jvm.pushObject(lambda, FunctionEntry.class);
            int[] sources = lambda.function().captureSources();
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
     * Stack: → result. Calls the FunctionEntry in local {@code callee} with the arguments in local {@code args}
     * and the captured cells in local {@code captured} (-1: none): compiled when the gate allows, else interpreted.
     */
    private static void call(JvmCode jvm, int callee, int args, int captured) {
        Label interpreted = new Label();
        Label done = new Label();
        jvm.load(callee);
        jvm.loadDepth();
        jvm.invoke(RuntimeMethods.COMPILED_ENTRY);
        jvm.insn(Opcodes.DUP);
        jvm.jump(Opcodes.IFNULL, interpreted);
        jvm.loadContext();
        jvm.load(args);
        loadCaptured(jvm, captured);
        jvm.invoke(RuntimeMethods.CALL);
        jvm.goTo(done);
        jvm.mark(interpreted);
        jvm.insn(Opcodes.POP);
        jvm.loadContext();
        jvm.load(callee);
        jvm.load(args);
        loadCaptured(jvm, captured);
        jvm.invoke(RuntimeMethods.INVOKE);
        jvm.mark(done);
    }

    private static void loadCaptured(JvmCode jvm, int captured) {
        if (captured < 0) jvm.pushNull();
        else jvm.load(captured);
    }
}
