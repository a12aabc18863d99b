package dev.turnout.jit;

import dev.turnout.jit.analysis.FeedbackSnapshot;
import dev.turnout.jit.analysis.FunctionAnalysis;
import dev.turnout.jit.emit.FunctionEmitter;
import dev.turnout.jit.load.HiddenClassDefiner;
import dev.turnout.program.CallTarget;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionEntry;
import dev.turnout.tier.CompilationRequest;
import dev.turnout.tier.CompilationResult;
import dev.turnout.tier.TierCompiler;
import java.util.function.Consumer;

/**
 * Turnout's JIT tier: compiles one hot {@link FunctionCode} into a JVM hidden class whose {@code call} method is
 * the function's bytecode translated instruction by instruction (found by {@code ServiceLoader} through
 * {@code META-INF/services/dev.turnout.tier.TierCompiler}).
 *
 * <p>Pipeline: {@link FeedbackSnapshot} (the interpreter's profile, frozen) and {@link FunctionAnalysis}
 * (reachable pcs, stack depths, TRY regions, error runs) → {@link FunctionEmitter} (ASM, one emitter per opcode
 * family) → size check → optional dump ({@link ClassDumper}) → {@link HiddenClassDefiner} → a {@link CallTarget}
 * the tiering policy installs as the function's entry.
 *
 * <p>Declines: a {@code call} method over HotSpot's {@value #HUGE_METHOD_LIMIT}-byte {@code HugeMethodLimit}
 * would never be compiled by HotSpot (it would run in the JVM's bytecode interpreter, slower than Turnout's), so
 * the emitter first retries without the feedback fast paths and, if that is still too large, declines
 * ("generated method too large: N bytes"). Any other failure propagates and the policy records it as a decline.
 * Thread-safe: every compilation uses fresh state.
 */
public final class JitCompiler implements TierCompiler {
    /** HotSpot's default {@code -XX:HugeMethodLimit}: larger methods are never JIT-compiled. */
    public static final int HUGE_METHOD_LIMIT = 8000;

    private final Consumer<byte[]> inspector;

    /** The compiler {@code ServiceLoader} creates. */
    public JitCompiler() {
        this(bytes -> {});
    }

    /**
     * A compiler that shows every class it generates to {@code inspector} before defining it (tests verify the
     * classes with ASM's {@code CheckClassAdapter} this way; an exception from the inspector fails the compile).
     */
    public JitCompiler(Consumer<byte[]> inspector) {
        this.inspector = inspector;
    }

    @Override
    public String name() {
        return "asm-jit";
    }

    @Override
    public CompilationResult compile(CompilationRequest request) {
        FunctionEntry entry = request.function();
        FeedbackSnapshot feedback = FeedbackSnapshot.of(entry.profile());
        FunctionAnalysis analysis = FunctionAnalysis.of(entry.function());
        FunctionEmitter.Output out = emit(analysis, feedback, request, true);
        if (out.codeSize() > HUGE_METHOD_LIMIT) out = emit(analysis, feedback, request, false);
        if (out.codeSize() > HUGE_METHOD_LIMIT || out.bytes() == null) {
            return CompilationResult.declined("generated method too large: " + out.codeSize() + " bytes");
        }
        if (request.settings().dumpDirectory() != null) {
            ClassDumper.dump(request.settings().dumpDirectory(), out.className(), out.bytes(), System.err);
        }
        inspector.accept(out.bytes());
        CallTarget target = HiddenClassDefiner.define(out.bytes(), out.classData());
        return CompilationResult.compiled(target, out.bytes().length);
    }

    private static FunctionEmitter.Output emit(FunctionAnalysis analysis, FeedbackSnapshot feedback,
                                               CompilationRequest request, boolean fastPaths) {
        return new FunctionEmitter(analysis, feedback, request.functions(), request.hosts(),
                HiddenClassDefiner.PACKAGE, fastPaths).emit();
    }
}
