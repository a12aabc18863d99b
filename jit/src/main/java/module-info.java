/**
 * The compiling tier: translates hot functions to JVM hidden classes (defined in {@code dev.turnout.jit.load},
 * inside this module) with ASM. Exports nothing; the engine finds it as a {@code TierCompiler} service provider.
 */
module dev.turnout.jit {
    requires dev.turnout.engine;
    requires dev.turnout.ir;
    requires org.objectweb.asm;
    requires org.objectweb.asm.tree;

    provides dev.turnout.tier.TierCompiler with dev.turnout.jit.JitCompiler;
}
