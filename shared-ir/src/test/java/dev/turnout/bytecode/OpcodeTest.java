package dev.turnout.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Opcode ids are part of the IR format: dense, stable, and equal to the interpreter's switch constants. The table's
 * declarations (stack effects, control flow, semantics, descriptions) are consistent with the operands and with
 * each other.
 */
class OpcodeTest {

    @Test
    void ids_matchTheCheckedInList() throws IOException {
        List<String> expected = new ArrayList<>();
        try (InputStream in = OpcodeTest.class.getResourceAsStream("/opcodes.txt")) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) expected.add(line.strip());
            }
        }
        List<String> actual = new ArrayList<>();
        for (Opcode op : Opcode.values()) actual.add(op.id + " " + op.name());
        assertEquals(expected, actual, "opcode ids changed: update opcodes.txt only for a deliberate format change");
    }

    @Test
    void ids_areDenseAndEqualToOrdinals() {
        for (Opcode op : Opcode.values()) {
            assertEquals(op.ordinal(), op.id);
            assertEquals(op, Opcode.byId(op.id));
        }
    }

    @Test
    void idConstants_matchTheEnum() throws IllegalAccessException {
        int checked = 0;
        for (Field field : Opcode.class.getFields()) {
            if (field.getName().endsWith("_ID") && Modifier.isStatic(field.getModifiers())
                    && field.getType() == int.class) {
                String name = field.getName().substring(0, field.getName().length() - 3);
                assertEquals(Opcode.valueOf(name).id, field.getInt(null), field.getName());
                checked++;
            }
        }
        assertEquals(Opcode.count(), checked, "every opcode needs an _ID constant");
    }

    @Test
    void everyOpcode_hasALengthWithinTheFormat() {
        for (Opcode op : Opcode.values()) {
            assertTrue(op.length() >= 1 && op.length() <= 5, op + " length");
        }
    }

    @Test
    void everyOpcode_hasADescriptionThatStartsWithItsStackEffect() {
        for (Opcode op : Opcode.values()) {
            assertNotNull(op.description(), op.name());
            assertTrue(op.description().startsWith("Stack: ") && op.description().contains("→"), op.name());
            assertNotNull(op.stackEffect(), op.name());
            assertNotNull(op.branch(), op.name());
            assertNotNull(op.semantics(), op.name());
        }
    }

    /** The Javadoc on each constant is its description ({@code {@code x}} written as a Markdown code span). */
    @Test
    void javadocOfEachConstant_equalsItsDescription() throws IOException {
        Path source = Path.of("src/main/java/dev/turnout/bytecode/Opcode.java");
        Assumptions.assumeTrue(Files.exists(source), "run from the shared-ir module directory");
        String text = Files.readString(source, StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("/\\*\\*((?:(?!\\*/).)*)\\*/\\s*([A-Z_]+)\\(ops\\(", Pattern.DOTALL).matcher(text);
        Map<String, String> javadoc = new LinkedHashMap<>();
        while (m.find()) {
            String doc = m.group(1).replaceAll("(?m)^\\s*\\*", " ").replaceAll("\\{@code ([^}]*)}", "`$1`");
            javadoc.put(m.group(2), doc.replaceAll("\\s+", " ").strip());
        }
        assertEquals(Opcode.count(), javadoc.size(), "every constant has a Javadoc comment");
        for (Opcode op : Opcode.values()) assertEquals(op.description(), javadoc.get(op.name()), op.name());
    }

    @Test
    void variableArityOpcodes_nameARuleOverAnOperandOfTheRightKind() {
        for (Opcode op : Opcode.values()) {
            StackEffect effect = op.stackEffect();
            switch (effect.rule()) {
                case FIXED -> assertEquals(-1, effect.operand(), op.name());
                case POPS_COUNT_OPERAND, POPS_COUNT_PLUS_ONE ->
                        assertEquals(OperandKind.COUNT, op.operand(effect.operand()), op.name());
                case PATH_KEYS_PLUS -> assertEquals(OperandKind.CONST, op.operand(effect.operand()), op.name());
            }
        }
        // The instructions whose arity is not fixed, each with its rule.
        Map<Opcode, StackEffect.PopRule> expected = Map.of(
                Opcode.MAKE_ARRAY, StackEffect.PopRule.POPS_COUNT_OPERAND,
                Opcode.MAKE_OBJECT, StackEffect.PopRule.POPS_COUNT_OPERAND,
                Opcode.CALL_FN, StackEffect.PopRule.POPS_COUNT_OPERAND,
                Opcode.CALL_HOST, StackEffect.PopRule.POPS_COUNT_OPERAND,
                Opcode.CALL_VALUE, StackEffect.PopRule.POPS_COUNT_PLUS_ONE,
                Opcode.CALL_NAMED, StackEffect.PopRule.POPS_COUNT_PLUS_ONE,
                Opcode.APPEND_TEXT_LOCAL, StackEffect.PopRule.POPS_COUNT_OPERAND,
                Opcode.PATH_SET, StackEffect.PopRule.PATH_KEYS_PLUS,
                Opcode.PATH_APPEND, StackEffect.PopRule.PATH_KEYS_PLUS);
        for (Opcode op : Opcode.values()) {
            assertEquals(expected.getOrDefault(op, StackEffect.PopRule.FIXED), op.stackEffect().rule(), op.name());
        }
    }

    @Test
    void variableArityRules_readTheirOperands() {
        PathDescriptor twoDynamic = new PathDescriptor(PathDescriptor.Operation.SET, "x", new Object[] {null, "a", null},
                new byte[] {0, 0, 0}, 2, false);
        IntFunction<Object> constants = i -> twoDynamic;
        assertEquals(3, Opcode.MAKE_ARRAY.pops(new int[] {Opcode.MAKE_ARRAY_ID, 3}, 0, constants));
        assertEquals(2, Opcode.MAKE_OBJECT.pops(new int[] {Opcode.MAKE_OBJECT_ID, 0, 2}, 0, constants));
        assertEquals(4, Opcode.CALL_FN.pops(new int[] {0, Opcode.CALL_FN_ID, 7, 4, 0}, 1, constants));
        assertEquals(1, Opcode.CALL_HOST.pops(new int[] {Opcode.CALL_HOST_ID, 9, 1, 0}, 0, constants));
        assertEquals(3, Opcode.CALL_VALUE.pops(new int[] {Opcode.CALL_VALUE_ID, 2, 0}, 0, constants));
        assertEquals(1, Opcode.CALL_NAMED.pops(new int[] {Opcode.CALL_NAMED_ID, 0, -1, 0, 0}, 0, constants));
        assertEquals(4, Opcode.PATH_SET.pops(new int[] {Opcode.PATH_SET_ID, 0}, 0, constants));
        assertEquals(5, Opcode.PATH_APPEND.pops(new int[] {Opcode.PATH_APPEND_ID, 0}, 0, constants));
    }

    @Test
    void branchingOpcodes_haveATargetOperandAtTheDeclaredIndex_andOnlyThey() {
        for (Opcode op : Opcode.values()) {
            Branch branch = op.branch();
            int targets = 0;
            for (int i = 0; i < op.operandCount(); i++) if (op.operand(i) == OperandKind.TARGET) targets++;
            if (branch.hasTarget()) {
                assertEquals(1, targets, op.name());
                assertEquals(OperandKind.TARGET, op.operand(branch.targetOperand()), op.name());
            } else {
                assertEquals(0, targets, op.name() + " has a TARGET operand but its branch data has no target");
            }
            if (branch.kind() == Branch.Kind.BRANCHES) {
                assertTrue(branch.takenPushes() <= op.pushes(), op.name() + " pushes more when taken");
            }
            if (branch.kind() == Branch.Kind.ENDS) assertEquals(0, op.pushes(), op.name());
        }
    }

    @Test
    void controlFlow_matchesWhatTheInstructionsDo() {
        List<Opcode> ends = new ArrayList<>();
        List<Opcode> jumps = new ArrayList<>();
        for (Opcode op : Opcode.values()) {
            if (op.branch().kind() == Branch.Kind.ENDS) ends.add(op);
            if (op.branch().kind() == Branch.Kind.JUMPS) jumps.add(op);
            assertEquals(!op.branch().fallsThrough(), op.endsBlock(), op.name());
        }
        assertEquals(List.of(Opcode.HALT, Opcode.RETURN, Opcode.THROW), ends);
        assertEquals(List.of(Opcode.JUMP), jumps);
        // Taken edges: FOR_NEXT pushes no element, RETRY_CHECK drops the error, JUMP_IF_NOT_NULL keeps its value.
        assertEquals(0, Opcode.FOR_NEXT.targetPushes());
        assertEquals(1, Opcode.FOR_NEXT.pushes());
        assertEquals(0, Opcode.RETRY_CHECK.targetPushes());
        assertEquals(1, Opcode.RETRY_CHECK.pushes());
        assertEquals(1, Opcode.JUMP_IF_NOT_NULL.targetPushes());
        assertEquals(1, Opcode.JUMP_IF_NOT_NULL.pushes());
        assertEquals(0, Opcode.JUMP_IF_FALSE.targetPushes());
        assertEquals(0, Opcode.JUMP_UNLESS_CMP.targetPushes());
    }

    @Test
    void quickenedForms_declareWhatTheirGenericFormDeclares() {
        for (Opcode op : Opcode.values()) {
            Opcode generic = op.generic();
            assertEquals(generic.stackEffect(), op.stackEffect(), op.name());
            assertEquals(generic.branch(), op.branch(), op.name());
            assertEquals(generic.semantics(), op.semantics(), op.name());
            assertEquals(generic.operandCount(), op.operandCount(), op.name());
            for (int i = 0; i < op.operandCount(); i++) assertEquals(generic.operand(i), op.operand(i), op.name());
        }
    }

    @Test
    void semantics_nameAMethodOrSayWhyThereIsNone() {
        for (Opcode op : Opcode.values()) {
            Semantics semantics = op.semantics();
            if (semantics.hasMethod()) {
                assertFalse(semantics.className().isEmpty(), op.name());
                assertFalse(semantics.methodName().isEmpty(), op.name());
            } else {
                assertFalse(semantics.note().isBlank(), op.name());
            }
            if (op.jitDecline() != null) assertFalse(op.jitDecline().isBlank(), op.name());
        }
    }

    @Test
    void reference_hasOneRowPerOpcode() {
        String table = OpcodeReference.table();
        for (Opcode op : Opcode.values()) assertTrue(table.contains("\n| " + op.id + " | `" + op.name() + "` |"), op.name());
        String doc = "intro\n" + OpcodeReference.BEGIN + "\nstale\n" + OpcodeReference.END + "\nrest\n";
        String updated = OpcodeReference.replaceSection(doc);
        assertEquals(table, OpcodeReference.section(updated));
        assertTrue(updated.startsWith("intro\n") && updated.endsWith(OpcodeReference.END + "\nrest\n"));
    }
}
