package dev.turnout.runtime;

import dev.turnout.program.Closure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** Both truthiness rules of LANGUAGE.md §5.5; they differ only for the empty string. */
class TruthinessTest {
    /** Asserts condition truthiness and library truthiness of {@code v}. */
    private static void check(Object v, boolean condition, boolean library) {
        assertEquals(condition, Truthiness.condition(v), () -> "condition(" + Text.of(v) + ")");
        assertEquals(library, Truthiness.library(v), () -> "library(" + Text.of(v) + ")");
    }

    @Test
    void nullAndBooleans() {
        check(null, false, false);
        check(Boolean.TRUE, true, true);
        check(Boolean.FALSE, false, false);
    }

    @Test
    void numbersAreFalseOnlyForZeroOfAnyKind() {
        check(0L, false, false);
        check(1L, true, true);
        check(-1L, true, true);
        check(Long.MIN_VALUE, true, true);
        check(0.0, false, false);
        check(-0.0, false, false);
        check(0.5, true, true);
        check(Double.NaN, true, true);
        check(Double.NEGATIVE_INFINITY, true, true);
        check(BigInteger.ZERO, false, false);
        check(BigInteger.TEN, true, true);
        check(new BigDecimal("0.000"), false, false);
        check(new BigDecimal("0E+5"), false, false);
        check(new BigDecimal("0.001"), true, true);
    }

    @Test
    void strings() {
        check("", true, false); // the one difference between the rules
        check("false", true, true);
        check("0", true, true);
        check(" ", true, true);
    }

    @Test
    void containersAndFunctionsAreTrue() {
        check(new ArrayValue(), true, true);
        check(new ObjectValue(), true, true);
        check(ArrayValue.of(Boolean.FALSE), true, true);
        check(new Closure(null, new Object[0]), true, true);
    }
}
