package dev.turnout.bytecode;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.compiler.BytecodeCompiler;
import dev.turnout.compiler.CompiledProgram;
import dev.turnout.compiler.HostTable;
import dev.turnout.errors.CompileException;
import dev.turnout.golden.GoldenCase;
import dev.turnout.golden.GoldenCorpus;
import dev.turnout.program.FunctionCode;
import dev.turnout.source.Source;
import dev.turnout.stdlib.StandardLibrary;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The two stack-depth algorithms agree: {@link CodeWriter}'s linear tracking in emission order and
 * {@link StackVerifier}'s control-flow walk. Every function of the golden corpus is re-emitted instruction by
 * instruction through a fresh CodeWriter (labels at jump targets, handler labels at handler entries), and the depth
 * the writer tracked at each instruction must equal the verifier's, and the writer must know the depth of every
 * instruction the verifier reaches. (The compiler's own {@code FunctionCode.stackDepths()} are the verifier's, so
 * this is the comparison of the two algorithms.) Hand-written code checks the verifier's edges.
 */
class StackDepthAgreementTest {
    private static final HostTable HOSTS = new HostTable(StandardLibrary.all());

    @Test
    void linearTracking_agreesWithTheControlFlowWalk_forTheWholeCorpus() {
        List<String> failures = new ArrayList<>();
        int functions = 0;
        int known = 0;
        int unknown = 0;
        for (GoldenCase c : GoldenCorpus.load()) {
            CompiledProgram p;
            try {
                p = BytecodeCompiler.compile(new Source(c.name() + ".bl", c.source()), HOSTS);
            } catch (CompileException e) {
                continue;
            }
            for (FunctionCode fn : p.functions().all()) {
                int[] verified = StackVerifier.depths(fn.code(), fn.constants(), fn.handlers());
                int[] linear = reemit(fn);
                for (int pc = 0; pc < verified.length; pc++) {
                    if (linear[pc] >= 0 && linear[pc] != verified[pc]) {
                        failures.add(c.name() + " " + fn.name() + " pc " + pc + ": writer " + linear[pc]
                                + ", verifier " + verified[pc]);
                    }
                    if (verified[pc] >= 0 && linear[pc] >= 0) known++;
                    if (verified[pc] >= 0 && linear[pc] < 0) unknown++;
                }
                functions++;
            }
        }
        assertTrue(functions > 100, "functions compared: " + functions);
        assertTrue(known > 5_000, "instructions compared: " + known);
        assertEquals(0, unknown, "reachable instructions whose depth the writer did not know");
        assertEquals(List.of(), failures);
    }

    /** Replays a function's code through a new CodeWriter; returns the depths the writer tracked. */
    private static int[] reemit(FunctionCode fn) {
        int[] code = fn.code();
        CodeWriter writer = new CodeWriter();
        for (Object constant : fn.constants()) writer.constant(constant);
        assertEquals(fn.constants().length, writer.constants().length, fn.name() + " constant pool replay");
        Label[] labels = new Label[code.length + 1];
        int[] handlerDepth = new int[code.length];
        java.util.Arrays.fill(handlerDepth, -1);
        for (ExceptionEntry handler : fn.handlers()) handlerDepth[handler.handler()] = handler.depth() + 1;
        for (int pc = 0; pc < code.length; pc += Opcode.byId(code[pc]).length()) {
            Opcode op = Opcode.byId(code[pc]);
            if (op.branch().hasTarget()) labels[op.branch().target(code, pc)] = new Label();
        }
        for (int pc = 0; pc < code.length; ) {
            Opcode op = Opcode.byId(code[pc]);
            if (handlerDepth[pc] >= 0) {
                if (labels[pc] == null) labels[pc] = new Label();
                writer.placeHandler(labels[pc], handlerDepth[pc]);
            } else if (labels[pc] != null) {
                writer.place(labels[pc]);
            }
            int[] operands = java.util.Arrays.copyOfRange(code, pc + 1, pc + op.length());
            if (op.branch().hasTarget()) {
                int target = op.branch().targetOperand();
                int[] others = new int[operands.length - 1];
                for (int i = 0, j = 0; i < operands.length; i++) if (i != target) others[j++] = operands[i];
                writer.emitJump(op, labels[operands[target]], others);
            } else {
                writer.emit(op, operands);
            }
            pc += op.length();
        }
        assertArrayEquals(code, writer.code(), fn.name() + " replayed code");
        return writer.depths();
    }

    @Test
    void verifier_followsBranchEdgesWithTheirOwnStackEffects() {
        // FOR_PREP s; loop: FOR_NEXT s, exit; POP; JUMP loop; exit: PUSH_NULL; JUMP_IF_NOT_NULL end; POP;
        // PUSH_TRUE; end: RETURN
        int[] code = {
                Opcode.PUSH_NULL_ID,                  // 0
                Opcode.FOR_PREP_ID, 0, 0,             // 1
                Opcode.FOR_NEXT_ID, 0, 11,            // 4
                Opcode.POP_ID,                        // 7
                Opcode.JUMP_ID, 4,                    // 8
                Opcode.NOP_ID,                        // 10 (unreachable)
                Opcode.PUSH_NULL_ID,                  // 11
                Opcode.JUMP_IF_NOT_NULL_ID, 17,       // 12
                Opcode.POP_ID,                        // 14
                Opcode.PUSH_TRUE_ID,                  // 15
                Opcode.NOP_ID,                        // 16
                Opcode.RETURN_ID,                     // 17
        };
        int[] depths = StackVerifier.depths(code, new Object[0], new ExceptionEntry[0]);
        assertEquals(1, depths[1]);
        assertEquals(0, depths[4]);
        assertEquals(1, depths[7]);
        assertEquals(0, depths[8]);
        assertEquals(-1, depths[10]);
        assertEquals(0, depths[11], "FOR_NEXT's exit edge pushes nothing");
        assertEquals(1, depths[14]);
        assertEquals(1, depths[17], "JUMP_IF_NOT_NULL keeps its value on the taken edge");
    }

    @Test
    void verifier_rejectsDisagreeingEdges_underflow_andJumpsIntoAnInstruction() {
        int[] disagree = {Opcode.PUSH_TRUE_ID, Opcode.JUMP_IF_TRUE_ID, 5, Opcode.PUSH_NULL_ID, Opcode.NOP_ID,
                Opcode.HALT_ID};
        // Taken edge reaches pc 5 at depth 0, the fall-through path at depth 1.
        assertThrows(IllegalStateException.class,
                () -> StackVerifier.depths(disagree, new Object[0], new ExceptionEntry[0]));
        int[] underflow = {Opcode.POP_ID, Opcode.HALT_ID};
        assertThrows(IllegalStateException.class,
                () -> StackVerifier.depths(underflow, new Object[0], new ExceptionEntry[0]));
        int[] intoOperand = {Opcode.JUMP_ID, 1};
        assertThrows(IllegalStateException.class,
                () -> StackVerifier.depths(intoOperand, new Object[0], new ExceptionEntry[0]));
    }

    @Test
    void retryCheck_dropsTheErrorOnItsBackEdge() {
        // start: PUSH_TRUE; RETRY_CHECK s, n, start (taken: depth 0 at start); RETURN
        int[] code = {Opcode.PUSH_TRUE_ID, Opcode.RETRY_CHECK_ID, 0, 3, 0, Opcode.RETURN_ID};
        int[] depths = StackVerifier.depths(code, new Object[0], new ExceptionEntry[0]);
        assertEquals(0, depths[0]);
        assertEquals(1, depths[1]);
        assertEquals(1, depths[5]);
    }
}
