package dev.turnout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import org.junit.jupiter.api.Test;

/**
 * The number-size limit through the engine (docs/limits.md): a big integer or decimal beyond it ends the run with
 * an uncatchable LimitExceeded error before it is computed; the builder and the system property set it. The
 * compiled tiers are tested in jit's NumberLimitTierTest.
 */
class NumberLimitTest {
    static final String SQUARING = """
            TRANSFORM T {
                LET x = 3
                FOR EACH i IN RANGE(40) { SET x = x * x }
                OUTPUT { x: x }
            }
            """;

    static final String PARSE_MILLION = """
            TRANSFORM T {
                LET s = "7"
                FOR EACH i IN RANGE(20) { SET s = s + s }
                OUTPUT { n: PARSE_INT(s) }
            }
            """;

    private static TransformException limitError(Engine engine, String source) {
        Program program = engine.compile("n.bl", source);
        TransformException e = assertThrows(TransformException.class, () -> program.runJson("{}"));
        assertEquals(ErrorKind.LIMIT_EXCEEDED, e.kind(), e.render());
        return e;
    }

    private static String run(Engine engine, String source) {
        return engine.compile("n.bl", source).runJson("{}");
    }

    @Test
    void repeatedSquaringStopsAtTheDefaultLimit() {
        TransformException e = limitError(Engine.builder().jit(false).build(), SQUARING);
        // 3^(2^13) has 3,909 digits and its square 7,818; the next square is refused before it is computed.
        assertEquals("number size limit exceeded: at least 15635 digits (limit 10000)", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void parseIntOfAMillionDigitsIsRefused() {
        TransformException e = limitError(Engine.builder().jit(false).build(), PARSE_MILLION);
        assertEquals("number size limit exceeded: 1048576 digits (limit 10000)", e.getMessage());
    }

    @Test
    void numbersAtTheLimitWork() {
        Engine engine = Engine.builder().jit(false).build();
        assertEquals("{\"n\":10000,\"d\":10000,\"r\":10000}", run(engine, """
                TRANSFORM T {
                    LET big = POWER(3, 20959)
                    LET text = STRING(big)
                    OUTPUT { n: LENGTH(text), d: LENGTH(STRING(PARSE_INT(text))),
                             r: LENGTH(STRING(ROUND(DEC("1.5"), 9999))) - 1 }
                }
                """));
        assertEquals("{\"n\":10000}", run(engine, "TRANSFORM T { OUTPUT { n: LENGTH(STRING(POWER(3, 20959) + 1)) } }"));
        limitError(engine, "TRANSFORM T { OUTPUT { n: POWER(3, 20960) } }");
    }

    @Test
    void theLimitCannotBeCaughtByTry() {
        TransformException e = limitError(Engine.builder().jit(false).build(), """
                TRANSFORM T {
                    LET v = TRY POWER(DEC("7"), 100000) CATCH (e) -> "caught"
                    LET w = TRY DEC("1e20000") CATCH (e) -> "caught"
                    OUTPUT { v: v, w: w }
                }
                """);
        assertEquals("number size limit exceeded: at least 84509 digits (limit 10000)", e.getMessage());
    }

    @Test
    void theBuilderSetsTheLimit() {
        TransformException e = limitError(Engine.builder().jit(false).maxNumberDigits(100_000).build(), SQUARING);
        assertEquals("number size limit exceeded: at least 125075 digits (limit 100000)", e.getMessage());
        e = limitError(Engine.builder().jit(false).maxNumberDigits(50).build(), SQUARING);
        assertEquals("number size limit exceeded: at least 61 digits (limit 50)", e.getMessage());
        // 2^14 digits: refused by default, parsed under a limit of 20,000.
        String parse16k = PARSE_MILLION.replace("RANGE(20)", "RANGE(14)").replace("PARSE_INT(s)", "LENGTH(STRING(PARSE_INT(s)))");
        limitError(Engine.builder().jit(false).build(), parse16k);
        assertEquals("{\"n\":16384}", run(Engine.builder().jit(false).maxNumberDigits(20_000).build(), parse16k));
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
                () -> Engine.builder().maxNumberDigits(19));
        assertEquals("maxNumberDigits must be at least 20", bad.getMessage());
    }

    @Test
    void theSystemPropertySetsTheDefault_andTheBuilderWins() {
        String old = System.getProperty(Engine.MAX_NUMBER_DIGITS_PROPERTY);
        try {
            System.setProperty(Engine.MAX_NUMBER_DIGITS_PROPERTY, "50");
            assertEquals("number size limit exceeded: at least 61 digits (limit 50)",
                    limitError(Engine.builder().jit(false).build(), SQUARING).getMessage());
            assertEquals("number size limit exceeded: at least 15635 digits (limit 10000)",
                    limitError(Engine.builder().jit(false).maxNumberDigits(10_000).build(), SQUARING).getMessage());
            System.setProperty(Engine.MAX_NUMBER_DIGITS_PROPERTY, "lots");
            assertEquals("turnout.maxNumberDigits must be an integer, got 'lots'",
                    assertThrows(IllegalArgumentException.class, () -> Engine.builder().build()).getMessage());
            System.setProperty(Engine.MAX_NUMBER_DIGITS_PROPERTY, "5");
            assertEquals("turnout.maxNumberDigits must be at least 20",
                    assertThrows(IllegalArgumentException.class, () -> Engine.builder().build()).getMessage());
        } finally {
            if (old == null) System.clearProperty(Engine.MAX_NUMBER_DIGITS_PROPERTY);
            else System.setProperty(Engine.MAX_NUMBER_DIGITS_PROPERTY, old);
        }
    }

    @Test
    void jsonInputNumbersAreNeverBig() {
        // Input numbers are I or F (LANGUAGE.md §11.1); a numeral longer than 1,000 characters is malformed input.
        Program program = Engine.builder().jit(false).build().compile("j.bl", "TRANSFORM T { OUTPUT { a: input.a } }");
        assertEquals("{\"a\":1.0E100}", program.runJson("{\"a\": 1" + "0".repeat(900) + "e-800}"));
        assertThrows(dev.turnout.errors.MalformedInputException.class,
                () -> program.runJson("{\"a\": " + "9".repeat(1001) + "}"));
    }
}
