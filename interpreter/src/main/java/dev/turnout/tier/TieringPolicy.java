package dev.turnout.tier;

import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionTable;
import dev.turnout.program.TierState;
import dev.turnout.stdlib.LibraryFunction;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceFieldUpdater;

/**
 * Decides when a function is hot and hands it to the {@link TierCompiler}: when its invocations plus weighted
 * back-edges reach {@code jit.threshold}, it is queued once (background by default) and its compiled entry is
 * installed when ready; the interpreter keeps running it until then. A threshold of 0 compiles every function of
 * a program in the foreground before it first runs. A compiler failure of any kind is logged and leaves the function
 * interpreted: tiering can cost time, never change a result.
 */
// "exports": the SPI speaks in dev.turnout.program/stdlib types, which dev.turnout.ir exports only to the
// Turnout modules (a tier is written against the internals; module-info.java of dev.turnout.ir).
@SuppressWarnings("exports")
public final class TieringPolicy {
    private static final AtomicReferenceFieldUpdater<FunctionCode, TierState> STATE =
            AtomicReferenceFieldUpdater.newUpdater(FunctionCode.class, TierState.class, "tierState");

    private final TierCompiler compiler;
    private final TierSettings settings;
    private final FunctionTable functions;
    private final LibraryFunction[] hosts;
    private final AtomicInteger compiledInEngine;
    private final PrintStream log;

    /**
     * @param compiledInEngine the engine-wide count of compiled functions, shared by its programs ({@code jit.max})
     */
    public TieringPolicy(TierCompiler compiler, TierSettings settings, FunctionTable functions,
                         LibraryFunction[] hosts, AtomicInteger compiledInEngine, PrintStream log) {
        this.compiler = compiler;
        this.settings = settings;
        this.functions = functions;
        this.hosts = hosts;
        this.compiledInEngine = compiledInEngine;
        this.log = log;
    }

    public TierSettings settings() {
        return settings;
    }

    /** With {@code jit.threshold=0}: compiles every function now, in the foreground. */
    public void compileAllNow() {
        for (FunctionCode fn : functions.all()) {
            if (STATE.compareAndSet(fn, TierState.INTERPRETED, TierState.QUEUED)) compile(fn);
        }
    }

    /** Called by the interpreter on every interpreted invocation. */
    public void onInvocation(FunctionCode fn) {
        if (fn.tierState == TierState.INTERPRETED && isHot(fn)) submit(fn);
    }

    /** Called by the interpreter every 128 back-edges of a function. */
    public void onBackEdges(FunctionCode fn) {
        if (fn.tierState == TierState.INTERPRETED && isHot(fn)) submit(fn);
    }

    private boolean isHot(FunctionCode fn) {
        long heat = (long) fn.invocations + (fn.backEdges >>> TierSettings.BACK_EDGE_WEIGHT_SHIFT);
        return heat >= settings.threshold();
    }

    private void submit(FunctionCode fn) {
        if (!STATE.compareAndSet(fn, TierState.INTERPRETED, TierState.QUEUED)) return;
        if (settings.background()) CompilationQueue.submit(() -> compile(fn));
        else compile(fn);
    }

    private void compile(FunctionCode fn) {
        long start = System.nanoTime();
        CompilationResult result;
        if (fn.code().length > settings.maxCodeSize()) {
            result = CompilationResult.declined("bytecode too large (" + fn.code().length + " ints > jit.maxsize "
                    + settings.maxCodeSize() + ")");
        } else if (compiledInEngine.get() >= settings.maxCompiled()) {
            result = CompilationResult.declined("jit.max reached (" + settings.maxCompiled() + " functions)");
        } else {
            try {
                result = compiler.compile(new CompilationRequest(fn, functions, hosts, settings));
            } catch (Throwable failure) {
                // Includes a VerifyError from our own generator: the function simply stays interpreted.
                result = CompilationResult.declined("compiler failed: " + failure);
            }
        }
        long micros = (System.nanoTime() - start) / 1000;
        fn.compileMicros = micros;
        if (result.isCompiled()) {
            compiledInEngine.incrementAndGet();
            fn.install(result.target());
            fn.tierState = TierState.COMPILED;
        } else {
            fn.tierState = TierState.DECLINED;
            fn.declineReason = result.declineReason();
        }
        if (settings.log()) {
            log.println("jit: " + fn.name() + " (" + fn.programName() + "): " + fn.code().length + " ints -> "
                    + result.generatedBytes() + " JVM bytes in " + micros + " us: "
                    + (result.isCompiled() ? "compiled" : "declined: " + result.declineReason()));
        }
    }
}
