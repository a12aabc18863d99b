package dev.turnout.bytecode;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Opcode ids are part of the IR format: dense, stable, and equal to the interpreter's switch constants. */
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
    void everyOpcode_documentsItsStackEffect() throws IOException {
        String source = new String(Opcode.class.getResourceAsStream("Opcode.class").readAllBytes(),
                StandardCharsets.ISO_8859_1);
        assertTrue(source.length() > 0);
        for (Opcode op : Opcode.values()) {
            assertTrue(op.length() >= 1 && op.length() <= 5, op + " length");
        }
    }
}
