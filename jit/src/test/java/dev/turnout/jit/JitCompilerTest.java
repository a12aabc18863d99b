package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.FunctionStatus;
import dev.turnout.tier.TierCompiler;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.objectweb.asm.ClassReader;
import org.objectweb.asm.util.TraceClassVisitor;

/** The compiler's contract with the tiering policy: discovery, dumps, class shape, source and line tables. */
class JitCompilerTest {
    private static final String SOURCE = """
            FUNC add(a, b) = a + b
            TRANSFORM Sum {
              LET total = 0
              FOR EACH x IN input.xs { SET total = add(total, x) }
              OUTPUT { total: total }
            }""";

    @Test
    void serviceLoader_findsTheJit() {
        TierCompiler found = ServiceLoader.load(TierCompiler.class).findFirst().orElseThrow();
        assertEquals("asm-jit", found.name());
    }

    @Test
    void dump_writesOneClassFilePerCompiledFunction(@TempDir Path dir) throws Exception {
        Program program = Engine.builder().jitThreshold(0).jitDump(dir).build().compile("sum.bl", SOURCE);
        assertEquals("{\"total\":6}", program.runJson("{\"xs\": [1, 2, 3]}"));
        try (Stream<Path> files = Files.list(dir)) {
            List<String> names = files.map(p -> p.getFileName().toString()).sorted().toList();
            assertEquals(List.of("Compiled_sum_bl_FUNC_add_0.class", "Compiled_sum_bl_transform_Sum_1.class"), names);
        }
    }

    @Test
    void generatedClass_namesTheProgramAndItsLines() {
        List<byte[]> classes = new ArrayList<>();
        JitCompiler jit = new JitCompiler(bytes -> {
            VerifiedJit.verify(bytes);
            classes.add(bytes);
        });
        Program program = Engine.builder().jitThreshold(0).tierCompiler(jit).build().compile("sum.bl", SOURCE);
        for (FunctionStatus fn : program.functionStatus()) assertEquals(FunctionStatus.Tier.COMPILED, fn.tier());
        StringWriter text = new StringWriter();
        new ClassReader(classes.get(1)).accept(new TraceClassVisitor(new PrintWriter(text)), 0);
        String listing = text.toString();
        assertTrue(listing.contains("// compiled from: sum.bl"), listing);
        assertTrue(listing.contains("implements dev/turnout/program/CallTarget"), listing);
        assertTrue(listing.contains("LINENUMBER 4 "), listing);
        assertTrue(listing.contains("INVOKEVIRTUAL dev/turnout/program/ExecutionContext.enter ()V"), listing);
        assertTrue(listing.contains("INVOKEINTERFACE dev/turnout/program/CallTarget.call"), listing);
        assertTrue(listing.contains("MethodHandles.classData"), listing);
    }

    @Test
    void compiledCode_reportsBranchlineLinesInJavaStackTraces() {
        // Frames of hidden classes are hidden frames: Throwable stack traces show them with -XX:+ShowHiddenFrames,
        // a StackWalker with SHOW_HIDDEN_FRAMES always.
        List<Integer> seen = new ArrayList<>();
        Program program = Engine.builder().jitThreshold(0).tierCompiler(VerifiedJit.COMPILER)
                .function("HERE", 0, args -> {
                    StackWalker.getInstance(StackWalker.Option.SHOW_HIDDEN_FRAMES).forEach(frame -> {
                        if ("trace.bl".equals(frame.getFileName())) seen.add(frame.getLineNumber());
                    });
                    return 1;
                })
                .build().compile("trace.bl", """
                        FUNC f(x) =
                          x +
                            HERE()
                        TRANSFORM T { OUTPUT { r: f(input.v) } }""");
        assertEquals("{\"r\":4}", program.runJson("{\"v\": 3}"));
        assertEquals(List.of(3, 4), seen);
    }
}
