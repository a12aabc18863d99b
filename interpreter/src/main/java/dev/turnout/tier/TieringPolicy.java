package dev.turnout.tier;

import dev.turnout.program.FunctionEntries;
import dev.turnout.program.FunctionEntry;
import dev.turnout.program.TierState;
import dev.turnout.stdlib.LibraryFunction;
import java.io.PrintStream;
import java.util.concurrent.atomic.AtomicInteger;

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
    private final TierCompiler compiler;
    private final TierSettings settings;
    private final FunctionEntries functions;
    private final LibraryFunction[] hosts;
    private final AtomicInteger compiledInEngine;
    private final PrintStream log;

    /**
     * @param compiledInEngine the engine-wide count of compiled functions, shared by its programs ({@code jit.max})
     */
    public TieringPolicy(TierCompiler compiler, TierSettings settings, FunctionEntries functions,
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
        for (FunctionEntry fn : functions.all()) {
            if (fn.claim()) compile(fn);
        }
    }

    /** Called by the interpreter on every interpreted invocation. */
    public void onInvocation(FunctionEntry fn) {
        if (fn.state() == TierState.INTERPRETED && isHot(fn)) submit(fn);
    }

    /** Called by the interpreter every 128 back-edges of a function. */
    public void onBackEdges(FunctionEntry fn) {
        if (fn.state() == TierState.INTERPRETED && isHot(fn)) submit(fn);
    }

    private boolean isHot(FunctionEntry fn) {
        long heat = (long) fn.invocations() + (fn.backEdges() >>> TierSettings.BACK_EDGE_WEIGHT_SHIFT);
        return heat >= settings.threshold();
    }

    private void submit(FunctionEntry fn) {
        if (!fn.claim()) return;
        if (settings.background()) CompilationQueue.submit(() -> compile(fn));
        else compile(fn);
    }

    private void compile(FunctionEntry fn) {
        long start = System.nanoTime();
        CompilationResult result;
        int size = fn.function().code().length;
        if (size > settings.maxCodeSize()) {
            result = CompilationResult.declined("bytecode too large (" + size + " ints > jit.maxsize "
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
        if (result.isCompiled()) {
            compiledInEngine.incrementAndGet();
            fn.installCompiled(result.target(), micros);
        } else {
            fn.decline(result.declineReason(), micros);
        }
        if (settings.log()) {
            log.println("jit: " + fn.function().name() + " (" + fn.function().programName() + "): " + size + " ints -> "
                    + result.generatedBytes() + " JVM bytes in " + micros + " us: "
                    + (result.isCompiled() ? "compiled" : "declined: " + result.declineReason()));
        }
    }
}
