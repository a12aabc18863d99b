package dev.turnout.jit;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.CheckClassAdapter;

/**
 * A {@link JitCompiler} for tests that runs ASM's {@link CheckClassAdapter} data-flow verifier over every class it
 * generates before the class is defined (STYLE.md §3.6). A problem fails the compilation, which the tiering policy
 * records as a decline with the verifier's report, and the golden tests fail on declines.
 */
final class VerifiedJit {
    static final JitCompiler COMPILER = new JitCompiler(VerifiedJit::verify);

    private VerifiedJit() {}

    static void verify(byte[] bytes) {
        StringWriter report = new StringWriter();
        CheckClassAdapter.verify(new ClassReader(bytes), VerifiedJit.class.getClassLoader(), false,
                new PrintWriter(report));
        if (!report.toString().isEmpty()) throw new AssertionError("generated class fails verification:\n" + report);
    }
}
