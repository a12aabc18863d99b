package dev.turnout.tier;

import dev.turnout.program.CallTarget;

/**
 * A compilation's outcome: the compiled entry and the size of the generated JVM code, or the reason the compiler
 * declined.
 */
// "exports": the SPI speaks in dev.turnout.program/stdlib types, which dev.turnout.ir exports only to the
// Turnout modules (a tier is written against the internals; module-info.java of dev.turnout.ir).
@SuppressWarnings("exports")
public record CompilationResult(CallTarget target, int generatedBytes, String declineReason) {

    public static CompilationResult compiled(CallTarget target, int generatedBytes) {
        return new CompilationResult(target, generatedBytes, null);
    }

    public static CompilationResult declined(String reason) {
        return new CompilationResult(null, 0, reason);
    }

    public boolean isCompiled() {
        return target != null;
    }
}
