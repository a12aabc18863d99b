package dev.turnout.runtime;

import dev.turnout.program.Closure;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;

/** String conversion, LANGUAGE.md §5.6. */
class TextTest {
    @Test
    void scalars() {
        assertEquals("null", Text.of(null));
        assertEquals("true", Text.of(Boolean.TRUE));
        assertEquals("false", Text.of(Boolean.FALSE));
        assertEquals("hello", Text.of("hello"));
        assertEquals("", Text.of(""));
    }

    @Test
    void integers() {
        assertEquals("42", Text.of(42L));
        assertEquals("-7", Text.of(-7L));
        assertEquals("0", Text.of(0L));
        assertEquals("-9223372036854775808", Text.of(Long.MIN_VALUE));
        assertEquals("9223372036854775808", Text.of(new BigInteger("9223372036854775808")));
        assertEquals("-123456789012345678901234567890", Text.of(new BigInteger("-123456789012345678901234567890")));
    }

    @Test
    void floatsUseDoubleToString() {
        assertEquals("2.0", Text.of(2.0));
        assertEquals("0.5", Text.of(0.5));
        assertEquals("0.30000000000000004", Text.of(0.1 + 0.2));
        assertEquals("1.0E7", Text.of(1.0e7));
        assertEquals("9999999.0", Text.of(9999999.0));
        assertEquals("1.0E-4", Text.of(1.0e-4));
        assertEquals("0.001", Text.of(0.001));
        assertEquals("1.0E21", Text.of(1.0e21));
        assertEquals("-0.0", Text.of(-0.0));
        assertEquals("NaN", Text.of(Double.NaN));
        assertEquals("Infinity", Text.of(Double.POSITIVE_INFINITY));
        assertEquals("-Infinity", Text.of(Double.NEGATIVE_INFINITY));
    }

    @Test
    void decimalsKeepTheirScale() {
        assertEquals("4.00", Text.of(new BigDecimal("4.00")));
        assertEquals("1E+3", Text.of(new BigDecimal("1e3")));
        assertEquals("2.0E+2", Text.of(new BigDecimal("2.0E+2")));
        assertEquals("0.3", Text.of(new BigDecimal("0.3")));
        assertEquals("-1.50", Text.of(new BigDecimal("-1.50")));
        assertEquals("1E-7", Text.of(new BigDecimal("0.0000001")));
    }

    @Test
    void arrays() {
        assertEquals("[1, a, null]", Text.of(ArrayValue.of(1L, "a", null)));
        assertEquals("[]", Text.of(new ArrayValue()));
        assertEquals("[[1, 2.0], [], true]", Text.of(ArrayValue.of(ArrayValue.of(1L, 2.0), ArrayValue.of(), Boolean.TRUE)));
        assertEquals("[ x , ]", Text.of(ArrayValue.of(" x ", ""))); // strings unquoted, verbatim
        assertEquals("[4.00, 1E+3]", Text.of(ArrayValue.of(new BigDecimal("4.00"), new BigDecimal("1e3")).freeze()));
    }

    @Test
    void objects() {
        ObjectValue o = new ObjectValue();
        o.put("a", 1L);
        o.put("b", "x");
        assertEquals("{a=1, b=x}", Text.of(o));
        assertEquals("{}", Text.of(new ObjectValue()));

        ObjectValue nested = new ObjectValue();
        nested.put(10L, ArrayValue.of(1L, null));
        nested.put("o", o);
        nested.put("n", null);
        assertEquals("{10=[1, null], o={a=1, b=x}, n=null}", Text.of(nested));
    }

    @Test
    void functions() {
        Closure f = new Closure(null, new Object[0]);
        assertEquals("<function>", Text.of(f));
        assertEquals("[<function>]", Text.of(ArrayValue.of(f)));
    }

    @Test
    void appendToWritesIntoAnExistingBuilder() {
        StringBuilder out = new StringBuilder("v=");
        Text.appendTo(out, ArrayValue.of(1L, -0.0));
        Text.appendTo(out, null);
        assertEquals("v=[1, -0.0]null", out.toString());
    }
}
