package dev.turnout.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.compiler.Disassembler;
import dev.turnout.bytecode.Opcode;
import dev.turnout.bytecode.StackVerifier;
import dev.turnout.errors.CompileException;
import dev.turnout.golden.GoldenCase;
import dev.turnout.golden.GoldenCorpus;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionKind;
import dev.turnout.source.Source;
import dev.turnout.stdlib.StandardLibrary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The compiler's output: function table layout, slots, stack depths, and rejected constructs. */
class BytecodeCompilerTest {
    private static final HostTable HOSTS = new HostTable(StandardLibrary.all());

    static CompiledProgram compile(String text) {
        return BytecodeCompiler.compile(new Source("test.bl", text), HOSTS);
    }

    @Test
    void functionTable_holdsTransformsAndFuncsThenLambdas() {
        CompiledProgram p = compile("""
                FUNC double(x) = x * 2
                TRANSFORM T { OUTPUT { a: MAP([1], (v) -> double(v)) } }
                """);
        assertEquals(3, p.functions().size());
        assertEquals(FunctionKind.FUNC, p.functions().get(0).kind());
        assertEquals(FunctionKind.TRANSFORM, p.functions().get(1).kind());
        assertEquals(FunctionKind.LAMBDA, p.functions().get(2).kind());
        assertEquals(1, p.firstTransform());
        assertEquals(1, p.transforms().get("T"));
    }

    @Test
    void transformSlots_startWithInputAndRow() {
        FunctionCode t = compile("TRANSFORM T { LET a = 1\n LET b = a }").functions().get(0);
        assertEquals(List.of("input", "row", "a", "b"), List.of(t.slotNames()));
        assertEquals(4, t.namedSlotCount());
    }

    @Test
    void capturedVariable_isBoxedInACellAndCopiedIntoTheLambda() {
        CompiledProgram p = compile("TRANSFORM T { LET k = 1\n LET f = (n) -> n + k\n OUTPUT { v: f(1) } }");
        FunctionCode t = p.functions().get(0);
        FunctionCode lambda = p.functions().get(1);
        String dis = Disassembler.disassemble(t, HOSTS);
        assertTrue(dis.contains("MAKE_CELL         2 (k)"), dis);
        assertEquals(1, lambda.captureSources().length);
        assertEquals(2, lambda.captureSources()[0]);
        assertEquals(List.of("n", "k"), List.of(lambda.slotNames()));
    }

    @Test
    void lambdaParameterNamedLikeAnOuterVariable_usesANameChain() {
        CompiledProgram p = compile("TRANSFORM T { LET x = 5\n LET f = (x) -> x\n OUTPUT { v: f() } }");
        FunctionCode lambda = p.functions().get(1);
        assertEquals(1, lambda.chains().length);
        assertEquals(2, lambda.chains()[0].length);
    }

    @Test
    void funcBody_seesOnlyItsParameters() {
        CompiledProgram p = compile("FUNC f(a) = a\nTRANSFORM T { LET a = 1\n OUTPUT { v: f(2) } }");
        FunctionCode f = p.functions().get(0);
        assertEquals(List.of("a"), List.of(f.slotNames()));
        assertEquals(0, f.captureSources().length);
    }

    @Test
    void stackDepths_areRecomputedAndWithinTheMaximum_forTheWholeCorpus() {
        List<String> failures = new ArrayList<>();
        int compiled = 0;
        for (GoldenCase c : GoldenCorpus.load()) {
            CompiledProgram p;
            try {
                p = compile(c.source());
            } catch (CompileException e) {
                continue;
            }
            for (FunctionCode fn : p.functions().all()) {
                int[] depths = StackVerifier.depths(fn.code(), fn.constants(), fn.handlers());
                for (int pc = 0; pc < depths.length; pc++) {
                    if (depths[pc] != fn.stackDepths()[pc]) failures.add(c.name() + " " + fn.name() + " pc " + pc);
                    if (depths[pc] > fn.maxStack()) failures.add(c.name() + " " + fn.name() + " exceeds max");
                }
                assertEquals(0, fn.stackDepths()[0], "entry depth");
            }
            compiled++;
        }
        assertTrue(compiled > 50, "corpus compiled: " + compiled);
        assertEquals(List.of(), failures);
    }

    @Test
    void tryRegion_handlerDepthIsTheDepthAtTheStartOfTheGuardedExpression() {
        FunctionCode t = compile("TRANSFORM T { LET v = 1 + (TRY 2 CATCH (e) -> 3)\n OUTPUT { v: v } }")
                .functions().get(0);
        assertEquals(1, t.handlers().length);
        assertEquals(1, t.handlers()[0].depth());
        assertEquals(2, t.stackDepths()[t.handlers()[0].handler()]);
    }

    @Test
    void higherOrderLibraryCalls_compileToLoopsWithCallValue() {
        FunctionCode t = compile("TRANSFORM T { OUTPUT { v: FILTER([1, 2], (x) -> x > 1) } }").functions().get(0);
        String dis = Disassembler.disassemble(t, HOSTS);
        assertTrue(dis.contains("FOR_NEXT"), dis);
        assertTrue(dis.contains("CALL_VALUE"), dis);
        assertTrue(!dis.contains("CALL_HOST"), dis);
    }

    @Test
    void extendedConstructs_areRejectedNamingTheConstruct() {
        CompileException e = assertThrows(CompileException.class,
                () -> compile("SHARED cache SINGLE\nTRANSFORM T { LET x = AWAIT input.a\n OUTPUT { x: x } }"));
        assertEquals(2, e.diagnostics().size(), e.getMessage());
        assertTrue(e.diagnostics().get(0).message().startsWith("SHARED declarations are not supported yet"));
        assertTrue(e.diagnostics().get(1).message().startsWith("AWAIT expressions are not supported yet"));
    }

    @Test
    void everyInstructionStart_hasALine() {
        FunctionCode t = compile("TRANSFORM T {\n LET a = 1\n OUTPUT { a: a + input.b }\n}").functions().get(0);
        for (int pc = 0; pc < t.code().length; pc += Opcode.byId(t.code()[pc]).length()) {
            assertTrue(t.lines().lineAt(pc) >= 1, "pc " + pc);
        }
    }
}
