package dev.turnout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.TransformException;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** User host functions: called like library functions, with the documented value mapping and error mapping. */
class HostFunctionTest {
    private final Engine engine = Engine.builder()
            .function("SLUG", 1, args -> args.get(0).toString().toLowerCase().replace(' ', '-'))
            .function("DESCRIBE", 0, -1, args -> {
                StringBuilder out = new StringBuilder();
                for (Object a : args) out.append(a == null ? "null" : a.getClass().getSimpleName()).append(' ');
                return out.toString().trim();
            })
            .function("PAIR", 2, args -> {
                Map<String, Object> pair = new LinkedHashMap<>();
                pair.put("left", args.get(0));
                pair.put("right", args.get(1));
                return pair;
            })
            .function("COUNT_UP", 1, args -> List.of(1, 2, ((Number) args.get(0)).intValue()))
            .function("FAIL", 1, args -> {
                throw new IllegalStateException("host says " + args.get(0));
            })
            .function("HALF", 1, args -> new BigDecimal("0.5"))
            .build();

    private String run(String body) {
        return engine.compile("h.bl", "TRANSFORM T { OUTPUT " + body + " }").runJson("{}");
    }

    @Test
    void hostFunctions_areCalledLikeLibraryFunctions() {
        assertEquals("{\"s\":\"hello-world\"}", run("{ s: SLUG(\"Hello World\") }"));
        assertEquals("{\"xs\":[\"a-b\",\"c\"]}", run("{ xs: MAP([\"A B\", \"C\"], (x) -> SLUG(x)) }"));
    }

    @Test
    void arguments_areMappedToJavaValues() {
        assertEquals("{\"d\":\"null Boolean Long Double BigInteger BigDecimal String ArrayList LinkedHashMap\"}",
                run("{ d: DESCRIBE(NULL, TRUE, 1, 1.5, DEC(2), DEC(\"2.5\"), \"s\", [1], {a: 1}) }"));
    }

    @Test
    void results_areMappedBackToBranchlineValues() {
        assertEquals("{\"p\":{\"left\":1,\"right\":\"x\"},\"c\":[1,2,7],\"h\":0.5}",
                run("{ p: PAIR(1, \"x\"), c: COUNT_UP(7), h: HALF(1) }"));
    }

    @Test
    void exceptions_becomeCatchableErrorsWithTheExceptionsTypeName() {
        assertEquals("{\"e\":{\"message\":\"host says 1\",\"type\":\"IllegalStateException\"}}",
                run("{ e: TRY FAIL(1) CATCH (e) -> e }"));
        TransformException e = assertThrows(TransformException.class, () -> run("{ e: FAIL(2) }"));
        assertEquals("IllegalStateException", e.typeName());
        // The embedding code keeps the Java exception for its logs.
        assertTrue(e.getCause() instanceof IllegalStateException, String.valueOf(e.getCause()));
        assertEquals("host says 2", e.getCause().getMessage());
    }

    @Test
    void arityAndUnknownNames_areCompileErrors_withNearMatches() {
        CompileException arity = assertThrows(CompileException.class, () -> run("{ s: SLUG() }"));
        assertEquals("Function 'SLUG' takes 1 argument but 0 were given", arity.diagnostics().get(0).message());
        CompileException unknown = assertThrows(CompileException.class, () -> run("{ s: SLGU(\"x\") }"));
        assertEquals("Undefined identifier 'SLGU'", unknown.diagnostics().get(0).message());
        assertEquals("did you mean 'SLUG'?", unknown.diagnostics().get(0).hint());
    }

    @Test
    void registration_rejectsLibraryNamesDuplicatesAndBadNames() {
        assertThrows(IllegalArgumentException.class, () -> Engine.builder().function("KEYS", 1, a -> null));
        assertThrows(IllegalArgumentException.class,
                () -> Engine.builder().function("X", 1, a -> null).function("X", 1, a -> null));
        assertThrows(IllegalArgumentException.class, () -> Engine.builder().function("not a name", 1, a -> null));
        assertThrows(IllegalArgumentException.class, () -> Engine.builder().function("X", 2, 1, a -> null));
    }

    @Test
    void otherEngines_doNotSeeTheFunction() {
        CompileException e = assertThrows(CompileException.class,
                () -> Engine.create().compile("h.bl", "TRANSFORM T { OUTPUT { s: SLUG(\"x\") } }"));
        assertTrue(e.getMessage().contains("Undefined identifier 'SLUG'"));
    }
}
