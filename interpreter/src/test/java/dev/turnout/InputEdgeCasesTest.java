package dev.turnout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.turnout.errors.MalformedInputException;
import org.junit.jupiter.api.Test;

/** Input JSON edge cases at the Engine level (issue 12 item 8): lone surrogates and the input nesting limit. */
class InputEdgeCasesTest {
    private static final String ECHO = "TRANSFORM T { OUTPUT { v: input.v } }";

    private static String nested(int depth) {
        return "{\"v\":" + "[".repeat(depth - 1) + "]".repeat(depth - 1) + "}";
    }

    @Test
    void runJsonWithALoneSurrogateIsMalformedInput() {
        Program program = Engine.builder().build().compile("echo.bl", ECHO);
        MalformedInputException e = assertThrows(MalformedInputException.class,
                () -> program.runJson("{\"v\": \"\\udc01\"}"));
        assertEquals("line 1, column 7: unpaired surrogate U+DC01 in a string", e.render());
        assertThrows(MalformedInputException.class, () -> program.runJson("{\"v\": \"\uD800\"}"));
        assertEquals("{\"v\":\"\uD83D\uDE00\"}", program.runJson("{\"v\": \"\\ud83d\\ude00\"}"));
    }

    @Test
    void inputDepthDefaultsTo1000() {
        Program program = Engine.builder().build().compile("echo.bl", ECHO);
        program.runJson(nested(1000));
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> program.runJson(nested(1001)));
        assertEquals("input nested deeper than 1000 levels (limit maxInputDepth)", e.getMessage());
    }

    @Test
    void inputDepthIsConfigurable() {
        Program shallow = Engine.builder().maxInputDepth(2).build().compile("echo.bl", ECHO);
        assertEquals("{\"v\":[]}", shallow.runJson(nested(2)));
        MalformedInputException e = assertThrows(MalformedInputException.class, () -> shallow.runJson(nested(3)));
        assertEquals("line 1, column 7: input nested deeper than 2 levels (limit maxInputDepth)", e.render());

        Program deep = Engine.builder().maxInputDepth(2000).build().compile("echo.bl", ECHO);
        deep.runJson(nested(2000));
        assertThrows(MalformedInputException.class, () -> deep.runJson(nested(2001)));
        assertThrows(IllegalArgumentException.class, () -> Engine.builder().maxInputDepth(0));
    }
}
