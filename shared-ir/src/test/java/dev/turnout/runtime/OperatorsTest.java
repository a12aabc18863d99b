package dev.turnout.runtime;

import dev.turnout.program.Closure;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.function.BinaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Operator semantics: LANGUAGE.md §8.5–§8.10, §9, STDLIB.md §1.3 general ordering, DECISIONS.md D2 and D6. */
class OperatorsTest {
    private static final String MIX_TAIL = " does not allow mixing decimal and float; wrap floats with DEC()";
    private static final String COMPARE_MIX = "compare does not allow mixing decimal and float; wrap floats with DEC()";
    private static final BigInteger TWO_63 = BigInteger.ONE.shiftLeft(63);

    // ---- value helpers: I = Long, F = Double, BI = bi(..), BD = bd(..) --------------------------------------

    static BigInteger bi(String digits) {
        return new BigInteger(digits);
    }

    static BigInteger bi(long v) {
        return BigInteger.valueOf(v);
    }

    static BigDecimal bd(String text) {
        return new BigDecimal(text);
    }

    static ArrayValue arr(Object... items) {
        return ArrayValue.of(items);
    }

    /** Object from alternating keys and values. */
    static ObjectValue obj(Object... kv) {
        ObjectValue o = new ObjectValue();
        for (int i = 0; i < kv.length; i += 2) o.put(kv[i], kv[i + 1]);
        return o;
    }

    /** Same kind and same representation (BD scale included; Double.equals tells -0.0 from 0.0 and NaN = NaN). */
    static void assertValue(Object expected, Object actual) {
        if (expected == null) {
            assertEquals(null, actual);
            return;
        }
        assertEquals(expected.getClass(), actual == null ? null : actual.getClass(), () -> "kind of " + actual);
        assertEquals(expected, actual);
    }

    static void assertError(ErrorKind kind, String message, Executable call) {
        TransformException e = assertThrows(TransformException.class, call);
        assertEquals(kind, e.kind());
        assertEquals(message, e.getMessage());
    }

    static void iae(String message, Executable call) {
        assertError(ErrorKind.ILLEGAL_ARGUMENT, message, call);
    }

    static void ae(String message, Executable call) {
        assertError(ErrorKind.ARITHMETIC, message, call);
    }

    // ---- §9.2 result-kind table ------------------------------------------------------------------------------

    /** Every cell of the §9.2 table for each of + - *: operands 6 (I), 1.5 (F), BI 4, BD 0.5. */
    static Stream<Arguments> arithmeticTable() {
        Object i = 6L;
        Object f = 1.5;
        Object big = bi(4);
        Object dec = bd("0.5");
        return Stream.of(
                // +
                Arguments.of("+", i, i, 12L), Arguments.of("+", i, f, 7.5), Arguments.of("+", i, big, bi(10)),
                Arguments.of("+", i, dec, bd("6.5")),
                Arguments.of("+", f, i, 7.5), Arguments.of("+", f, f, 3.0), Arguments.of("+", f, big, 5.5),
                Arguments.of("+", f, dec, null),
                Arguments.of("+", big, i, bi(10)), Arguments.of("+", big, f, 5.5), Arguments.of("+", big, big, bi(8)),
                Arguments.of("+", big, dec, bd("4.5")),
                Arguments.of("+", dec, i, bd("6.5")), Arguments.of("+", dec, f, null),
                Arguments.of("+", dec, big, bd("4.5")), Arguments.of("+", dec, dec, bd("1.0")),
                // -
                Arguments.of("-", i, i, 0L), Arguments.of("-", i, f, 4.5), Arguments.of("-", i, big, bi(2)),
                Arguments.of("-", i, dec, bd("5.5")),
                Arguments.of("-", f, i, -4.5), Arguments.of("-", f, f, 0.0), Arguments.of("-", f, big, -2.5),
                Arguments.of("-", f, dec, null),
                Arguments.of("-", big, i, bi(-2)), Arguments.of("-", big, f, 2.5), Arguments.of("-", big, big, bi(0)),
                Arguments.of("-", big, dec, bd("3.5")),
                Arguments.of("-", dec, i, bd("-5.5")), Arguments.of("-", dec, f, null),
                Arguments.of("-", dec, big, bd("-3.5")), Arguments.of("-", dec, dec, bd("0.0")),
                // *
                Arguments.of("*", i, i, 36L), Arguments.of("*", i, f, 9.0), Arguments.of("*", i, big, bi(24)),
                Arguments.of("*", i, dec, bd("3.0")),
                Arguments.of("*", f, i, 9.0), Arguments.of("*", f, f, 2.25), Arguments.of("*", f, big, 6.0),
                Arguments.of("*", f, dec, null),
                Arguments.of("*", big, i, bi(24)), Arguments.of("*", big, f, 6.0), Arguments.of("*", big, big, bi(16)),
                Arguments.of("*", big, dec, bd("2.0")),
                Arguments.of("*", dec, i, bd("3.0")), Arguments.of("*", dec, f, null),
                Arguments.of("*", dec, big, bd("2.0")), Arguments.of("*", dec, dec, bd("0.25")));
    }

    static BinaryOperator<Object> operator(String symbol) {
        switch (symbol) {
            case "+": return Operators::add;
            case "-": return Operators::sub;
            case "*": return Operators::mul;
            case "/": return Operators::div;
            case "//": return Operators::idiv;
            case "%": return Operators::mod;
            default: throw new IllegalArgumentException(symbol);
        }
    }

    @ParameterizedTest(name = "{1} {0} {2} => {3}")
    @MethodSource("arithmeticTable")
    void resultKindTable(String op, Object a, Object b, Object expected) {
        BinaryOperator<Object> f = operator(op);
        if (expected == null) {
            iae("Operator '" + op + "'" + MIX_TAIL, () -> f.apply(a, b));
        } else {
            assertValue(expected, f.apply(a, b));
        }
    }

    @Nested
    class AddSubMul {
        @Test
        void bigIntegersAreNeverNarrowed() {
            assertValue(bi(3), Operators.add(bi(2), 1L)); // DEC(2) + 1 is BI 3
            assertValue(bi(0), Operators.sub(bi(5), 5L));
            assertValue(bi(Long.MAX_VALUE), Operators.sub(TWO_63, 1L));
        }

        @Test
        void decimalArithmeticIsExact() {
            assertValue(bd("0.3"), Operators.add(bd("0.1"), bd("0.2")));
            assertValue(bd("3.00"), Operators.mul(bd("1.5"), bd("2.0"))); // scales add
            assertValue(bd("0.30000000000000000000000000000000000000001"),
                    Operators.add(bd("0.3"), bd("0.00000000000000000000000000000000000000001")));
            assertValue(0.30000000000000004, Operators.add(0.1, 0.2));
        }

        @Test
        void additionOverflowAtTheEdges() {
            assertValue(Long.MAX_VALUE, Operators.add(Long.MAX_VALUE - 1, 1L));
            assertValue(TWO_63, Operators.add(Long.MAX_VALUE, 1L));
            assertValue(TWO_63.negate().subtract(BigInteger.ONE), Operators.add(Long.MIN_VALUE, -1L));
            assertValue(TWO_63.shiftLeft(1).subtract(BigInteger.TWO), Operators.add(Long.MAX_VALUE, Long.MAX_VALUE));
            assertValue(TWO_63.negate().shiftLeft(1), Operators.add(Long.MIN_VALUE, Long.MIN_VALUE));
            assertValue(-1L, Operators.add(Long.MAX_VALUE, Long.MIN_VALUE));
            assertValue(Long.MIN_VALUE, Operators.add(Long.MIN_VALUE, 0L));
        }

        @Test
        void subtractionOverflowAtTheEdges() {
            assertValue(TWO_63, Operators.sub(Long.MAX_VALUE, -1L));
            assertValue(TWO_63.negate().subtract(BigInteger.ONE), Operators.sub(Long.MIN_VALUE, 1L));
            assertValue(TWO_63, Operators.sub(0L, Long.MIN_VALUE));
            assertValue(-Long.MAX_VALUE, Operators.sub(0L, Long.MAX_VALUE));
            assertValue(Long.MIN_VALUE, Operators.sub(-1L, Long.MAX_VALUE));
            assertValue(0L, Operators.sub(Long.MIN_VALUE, Long.MIN_VALUE));
        }

        @Test
        void multiplicationOverflowAtTheEdges() {
            assertValue(TWO_63, Operators.mul(Long.MIN_VALUE, -1L));
            assertValue(TWO_63, Operators.mul(-1L, Long.MIN_VALUE));
            assertValue(-Long.MAX_VALUE, Operators.mul(Long.MAX_VALUE, -1L));
            assertValue(Long.MIN_VALUE, Operators.mul(Long.MIN_VALUE, 1L));
            assertValue(TWO_63, Operators.mul(1L << 32, 1L << 31));
            assertValue(Long.MIN_VALUE, Operators.mul(-(1L << 32), 1L << 31));
            assertValue(bi(Long.MAX_VALUE).multiply(bi(2)), Operators.mul(Long.MAX_VALUE, 2L));
            assertValue(bi("85070591730234615847396907784232501249"), Operators.mul(Long.MAX_VALUE, Long.MAX_VALUE));
            assertValue(bi("85070591730234615865843651857942052864"), Operators.mul(Long.MIN_VALUE, Long.MIN_VALUE));
            assertValue(3037000499L * 3037000499L, Operators.mul(3037000499L, 3037000499L));
            assertValue(bi(3037000500L).pow(2), Operators.mul(3037000500L, 3037000500L));
            assertValue(0L, Operators.mul(0L, Long.MIN_VALUE));
        }

        @Test
        void floatsFollowIeee() {
            double inf = Double.POSITIVE_INFINITY;
            assertValue(inf, Operators.mul(1e308, 10L));
            assertValue(inf, Operators.add(inf, 1.0));
            assertValue(Double.NaN, Operators.sub(inf, inf));
            assertValue(Double.NaN, Operators.add(Double.NaN, 1L));
            assertValue(Double.NaN, Operators.mul(inf, 0.0));
            assertValue(-0.0, Operators.mul(0.0, -1L));
            assertValue(0.0, Operators.add(-0.0, 0.0));
            assertValue(-0.0, Operators.add(-0.0, -0.0));
            assertValue(inf, Operators.add(bi("1" + "0".repeat(400)), 1.0)); // BI converts to double
        }

        @Test
        void plusConcatenatesWhenEitherSideIsAString() {
            assertValue("n=2", Operators.add("n=", 2L));
            assertValue("n=2.0", Operators.add("n=", 2.0));
            assertValue("v=null", Operators.add("v=", null));
            assertValue("x[1, a]", Operators.add("x", arr(1L, "a")));
            assertValue("12", Operators.add(1L, "2"));
            assertValue("ab", Operators.add("a", "b"));
            assertValue("truex", Operators.add(Boolean.TRUE, "x"));
            assertValue("o={a=1}", Operators.add("o=", obj("a", 1L)));
            assertValue("d=4.00", Operators.add("d=", bd("4.00")));
            assertValue("1E+3", Operators.add(bd("1e3"), ""));
        }

        @Test
        void nonNumbersAreRejected() {
            String plus = "Operator '+' expects numbers or strings";
            iae(plus, () -> Operators.add(Boolean.TRUE, 1L));
            iae(plus, () -> Operators.add(null, 1L));
            iae(plus, () -> Operators.add(arr(1L), arr(2L)));
            iae(plus, () -> Operators.add(1.5, null));
            iae(plus, () -> Operators.add(bd("1"), obj()));
            iae("Operator '-' expects numbers", () -> Operators.sub("5", 1L));
            iae("Operator '-' expects numbers", () -> Operators.sub(1L, null));
            iae("Operator '*' expects numbers", () -> Operators.mul("a", 2L));
            iae("Operator '*' expects numbers", () -> Operators.mul(2.0, Boolean.FALSE));
        }
    }

    // ---- §9.3 division -----------------------------------------------------------------------------------------

    @Nested
    class Division {
        @Test
        void nonDecimalDivisionIsAlwaysFloat() {
            assertValue(2.0, Operators.div(6L, 3L));
            assertValue(3.5, Operators.div(7L, 2L));
            assertValue(2.5, Operators.div(bi(10), bi(4))); // DEC("10") / DEC("4") is F
            assertValue(2.5, Operators.div(5.0, 2L));
            assertValue(2.5, Operators.div(5L, 2.0));
            assertValue(0.25, Operators.div(bi(1), 4.0));
            assertValue(-0.5, Operators.div(1L, -2L));
            assertValue(-0.0, Operators.div(-0.0, 5L));
            assertValue((double) Long.MIN_VALUE / -1, Operators.div(Long.MIN_VALUE, -1L));
        }

        @Test
        void decimalQuotientsAndPreferredScale() {
            assertValue(bd("0.25"), Operators.div(bd("1.0"), 4L));
            assertValue(bd("2.0"), Operators.div(bd("4.0"), 2L));
            assertEquals("2.00", Text.of(Operators.div(bd("4.00"), 2L)));
            assertEquals("2.0E+2", Text.of(Operators.div(bi(100), bd("0.5")))); // DEC("100") is BI
            assertValue(bd("3"), Operators.div(bi(6), bd("2.0")));
            assertValue(bd("2.5"), Operators.div(bd("5"), bi(2)));
        }

        @Test
        void nonTerminatingDecimalQuotientsRoundTo34DigitsHalfUp() {
            assertValue(bd("0.3333333333333333333333333333333333"), Operators.div(bd("1.0"), 3L));
            assertValue(bd("0.6666666666666666666666666666666667"), Operators.div(bd("2"), 3L));
            // Exactly halfway at the 35th digit with an even 34th: half-up rounds away, half-even would not.
            Object q = Operators.div(bi("12345678901234567890123456789012345"), bd("10.0"));
            assertValue(bd("1234567890123456789012345678901235"), q);
        }

        @Test
        void zeroDivisors() {
            iae("Division by zero", () -> Operators.div(1L, 0L));
            iae("Division by zero", () -> Operators.div(0L, 0L));
            iae("Division by zero", () -> Operators.div(1.0, 0.0));
            iae("Division by zero", () -> Operators.div(1.0, -0.0));
            iae("Division by zero", () -> Operators.div(1L, -0.0));
            iae("Division by zero", () -> Operators.div(Double.POSITIVE_INFINITY, 0L));
            iae("Division by zero", () -> Operators.div(Double.NaN, 0.0));
            iae("Division by zero", () -> Operators.div(bi(5), bi(0)));
            iae("Division by zero", () -> Operators.div(5L, bi(0)));
            ae("Division by zero", () -> Operators.div(bd("1.5"), 0L));
            ae("Division by zero", () -> Operators.div(1L, bd("0.00")));
            ae("Division by zero", () -> Operators.div(bi(3), bd("0")));
            ae("Division undefined", () -> Operators.div(bd("0.0"), 0L));
            ae("Division undefined", () -> Operators.div(0L, bd("0.0")));
        }

        @Test
        void infinityAndNaN() {
            assertValue(Double.POSITIVE_INFINITY, Operators.div(Double.POSITIVE_INFINITY, 2L));
            assertValue(0.0, Operators.div(1.0, Double.POSITIVE_INFINITY));
            assertValue(Double.NaN, Operators.div(Double.NaN, 2.0));
            assertValue(Double.NaN, Operators.div(1.0, Double.NaN));
            assertValue(Double.POSITIVE_INFINITY, Operators.div(1e308, 1e-308));
        }

        @Test
        void mixingAndNonNumbers() {
            iae("Operator '/'" + MIX_TAIL, () -> Operators.div(bd("1.5"), 2.0));
            iae("Operator '/'" + MIX_TAIL, () -> Operators.div(2.0, bd("1.5")));
            iae("Operator '/' expects numbers", () -> Operators.div("6", 3L));
            iae("Operator '/' expects numbers", () -> Operators.div(6L, null));
        }
    }

    // ---- §9.4 // and % --------------------------------------------------------------------------------------

    @Nested
    class IntegerDivision {
        @Test
        void truncatesTowardZero() {
            assertValue(3L, Operators.idiv(7L, 2L));
            assertValue(-3L, Operators.idiv(-7L, 2L));
            assertValue(-3L, Operators.idiv(7L, -2L));
            assertValue(3L, Operators.idiv(-7L, -2L));
            assertValue(0L, Operators.idiv(1L, 2L));
        }

        @Test
        void longEdges() {
            assertValue(TWO_63, Operators.idiv(Long.MIN_VALUE, -1L));
            assertValue(Long.MIN_VALUE, Operators.idiv(Long.MIN_VALUE, 1L));
            assertValue(-Long.MAX_VALUE, Operators.idiv(Long.MAX_VALUE, -1L));
            assertValue(1L, Operators.idiv(Long.MIN_VALUE, Long.MIN_VALUE));
        }

        @Test
        void bigIntegersGiveBigIntegers() {
            assertValue(bi(3), Operators.idiv(bi(7), 2L));
            assertValue(bi(3), Operators.idiv(7L, bi(2)));
            assertValue(bi(-3), Operators.idiv(bi(-7), bi(2)));
            assertValue(bi(-3), Operators.idiv(bi(7), bi(-2)));
        }

        @Test
        void errors() {
            iae("Division by zero", () -> Operators.idiv(7L, 0L));
            iae("Division by zero", () -> Operators.idiv(0L, 0L));
            ae("BigInteger divide by zero", () -> Operators.idiv(bi(7), 0L));
            ae("BigInteger divide by zero", () -> Operators.idiv(7L, bi(0)));
            String floats = "Operator '//' expects integer values; wrap floats with INT()";
            iae(floats, () -> Operators.idiv(7.0, 2L));
            iae(floats, () -> Operators.idiv(7L, 2.0));
            iae(floats, () -> Operators.idiv(7.0, 0L));
            iae(floats, () -> Operators.idiv(bd("7.5"), 2.0)); // the float rule is checked first
            String decimals = "Operator '//' does not support decimal values";
            iae(decimals, () -> Operators.idiv(bd("7.5"), 2L));
            iae(decimals, () -> Operators.idiv(7L, bd("2")));
            iae(decimals, () -> Operators.idiv(bi(7), bd("0")));
            iae("Operator '//' expects numbers", () -> Operators.idiv("7", 2L));
            iae("Operator '//' expects numbers", () -> Operators.idiv(7L, null));
        }
    }

    @Nested
    class Remainder {
        @Test
        void integersFollowTheDividendSign() {
            assertValue(1L, Operators.mod(7L, 3L));
            assertValue(-1L, Operators.mod(-7L, 3L));
            assertValue(1L, Operators.mod(7L, -3L));
            assertValue(0L, Operators.mod(Long.MIN_VALUE, -1L));
            assertValue(-1L, Operators.mod(Long.MIN_VALUE, Long.MAX_VALUE));
        }

        @Test
        void floatsUseFmod() {
            assertValue(1.5, Operators.mod(7.5, 2L));
            assertValue(-1.5, Operators.mod(-7.5, 2L));
            assertValue(2.0, Operators.mod(7L, 2.5));
            assertValue(1.5, Operators.mod(7.5, -2.0));
            assertValue(1.5, Operators.mod(7.5, bi(2)));
            assertValue(-0.0, Operators.mod(-4.0, 2.0));
            assertValue(Double.NaN, Operators.mod(Double.POSITIVE_INFINITY, 2.0));
            assertValue(5.0, Operators.mod(5.0, Double.POSITIVE_INFINITY));
            assertValue(Double.NaN, Operators.mod(Double.NaN, 2.0));
        }

        @Test
        void bigIntegersAndDecimals() {
            assertValue(bi(1), Operators.mod(bi(7), 3L));
            assertValue(bi(-1), Operators.mod(bi(-7), 3L));
            assertValue(bi(1), Operators.mod(7L, bi(-3)));
            assertValue(bd("1.5"), Operators.mod(bd("7.5"), 2L));
            assertValue(bd("-1.50"), Operators.mod(bd("-7.50"), 2L));
            assertValue(bd("0.1"), Operators.mod(7L, bd("0.3")));
            assertValue(bd("1.5"), Operators.mod(bd("7.5"), bi(2)));
            assertValue(bd("0.0"), Operators.mod(bd("7.5"), bd("2.5")));
        }

        @Test
        void errors() {
            iae("Division by zero", () -> Operators.mod(7L, 0L));
            iae("Division by zero", () -> Operators.mod(7.5, 0L));
            iae("Division by zero", () -> Operators.mod(7L, 0.0));
            iae("Division by zero", () -> Operators.mod(7.0, -0.0));
            iae("Division by zero", () -> Operators.mod(1.5, bi(0))); // a float makes it float arithmetic
            ae("BigInteger divide by zero", () -> Operators.mod(bi(7), 0L));
            ae("BigInteger divide by zero", () -> Operators.mod(7L, bi(0)));
            ae("Division by zero", () -> Operators.mod(bd("7"), 0L));
            ae("Division undefined", () -> Operators.mod(bd("0"), 0L));
            ae("Division undefined", () -> Operators.mod(0L, bd("0.0")));
            ae("Division impossible", () -> Operators.mod(bd("1E+40"), 3L)); // quotient beyond 34 digits
            iae("Operator '%'" + MIX_TAIL, () -> Operators.mod(bd("7.5"), 2.0)); // D6
            iae("Operator '%'" + MIX_TAIL, () -> Operators.mod(7.5, bd("2")));
            iae("Operator '%' expects numbers", () -> Operators.mod("7", 2L));
            iae("Operator '%' expects numbers", () -> Operators.mod(7.0, "2"));
        }
    }

    // ---- §9.5 negation, §8.9 ++, ! ----------------------------------------------------------------------------

    @Test
    void negationKeepsTheKind() {
        assertValue(-5L, Operators.neg(5L));
        assertValue(Long.MAX_VALUE, Operators.neg(-Long.MAX_VALUE));
        assertValue(-Long.MAX_VALUE, Operators.neg(Long.MAX_VALUE));
        assertValue(TWO_63, Operators.neg(Long.MIN_VALUE));
        assertValue(-2.5, Operators.neg(2.5));
        assertValue(-0.0, Operators.neg(0.0));
        assertValue(0.0, Operators.neg(-0.0));
        assertValue(Double.NEGATIVE_INFINITY, Operators.neg(Double.POSITIVE_INFINITY));
        assertValue(bi(-3), Operators.neg(bi(3)));
        assertValue(bd("1.50"), Operators.neg(bd("-1.50")));
        assertError(ErrorKind.ILLEGAL_STATE, "Operator '-' expects numeric operands", () -> Operators.neg("5"));
        assertError(ErrorKind.ILLEGAL_STATE, "Operator '-' expects numeric operands", () -> Operators.neg(null));
        assertError(ErrorKind.ILLEGAL_STATE, "Operator '-' expects numeric operands", () -> Operators.neg(Boolean.TRUE));
    }

    @Test
    void concatenationBuildsANewUnfrozenArray() {
        ArrayValue a = arr(1L, "x");
        ArrayValue b = arr(2.0, null);
        Object r = Operators.concat(a, b);
        ArrayValue result = (ArrayValue) r;
        assertEquals(4, result.size());
        assertTrue(Operators.equal(arr(1L, "x", 2.0, null), result));
        assertFalse(result.isFrozen());
        assertNotSame(a, result);
        assertEquals(2, a.size());
        assertEquals(2, b.size());
        result.add(3L); // the result is ours to mutate; the operands do not change
        assertEquals(2, a.size());
        assertEquals(0, ((ArrayValue) Operators.concat(arr(), arr())).size());
        assertTrue(Operators.equal(arr(1L), Operators.concat(arr(), arr(1L))));
    }

    @Test
    void concatenationSharesElementsOnlyFrozen() {
        ArrayValue inner = arr(1L);
        ArrayValue outer = new ArrayValue();
        outer.add(inner);
        ArrayValue result = (ArrayValue) Operators.concat(outer, arr());
        assertTrue(((ArrayValue) result.get(0)).isFrozen());
    }

    @Test
    void concatenationRequiresTwoArrays() {
        String msg = "Operator '++' expects two lists";
        iae(msg, () -> Operators.concat(arr(1L), 2L));
        iae(msg, () -> Operators.concat(null, arr(1L)));
        iae(msg, () -> Operators.concat("a", "b"));
        iae(msg, () -> Operators.concat(obj("a", 1L), arr()));
    }

    @Test
    void notUsesConditionTruthiness() {
        assertTrue(Operators.not(null));
        assertTrue(Operators.not(Boolean.FALSE));
        assertTrue(Operators.not(0L));
        assertTrue(Operators.not(-0.0));
        assertTrue(Operators.not(bd("0.00")));
        assertFalse(Operators.not("")); // "" is true in conditions
        assertFalse(Operators.not("false"));
        assertFalse(Operators.not(arr()));
        assertFalse(Operators.not(Double.NaN));
    }

    // ---- §8.6 / §9.6 equality (D2) ------------------------------------------------------------------------------

    @Nested
    class Equality {
        @Test
        void numbersCompareByValueAcrossKinds() {
            assertTrue(Operators.equal(1L, 1.0));
            assertTrue(Operators.equal(1.0, 1L));
            assertTrue(Operators.equal(bd("2.50"), bd("2.5")));
            assertTrue(Operators.equal(bd("1.0"), 1L));
            assertTrue(Operators.equal(bi(5), 5L));
            assertTrue(Operators.equal(5L, bi(5)));
            assertTrue(Operators.equal(bi(5), 5.0));
            assertTrue(Operators.equal(bd("5.000"), bi(5)));
            assertTrue(Operators.equal(TWO_63, Operators.add(Long.MAX_VALUE, 1L)));
            assertFalse(Operators.equal(bi(5), 6L));
            assertFalse(Operators.equal(0.30000000000000004, 0.3));
            assertFalse(Operators.equal(Operators.add(0.1, 0.2), 0.3));
            assertTrue(Operators.equal(Operators.add(bd("0.1"), bd("0.2")), bd("0.3")));
            // I/F comparison goes through double (§9.6 step 2): 2^53 + 1 meets 2^53.
            assertTrue(Operators.equal(9007199254740993L, 9007199254740992.0));
        }

        @Test
        void doublesUseTheTotalOrder() {
            assertFalse(Operators.equal(0L, -0.0));
            assertFalse(Operators.equal(0.0, -0.0));
            assertTrue(Operators.equal(-0.0, -0.0));
            assertTrue(Operators.equal(Double.NaN, Double.NaN));
            assertTrue(Operators.equal(Double.NaN, Operators.sub(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY)));
            assertFalse(Operators.equal(Double.NaN, Double.POSITIVE_INFINITY));
            assertTrue(Operators.equal(Double.POSITIVE_INFINITY, Double.POSITIVE_INFINITY));
        }

        @Test
        void decimalAndFloatCannotBeCompared() {
            iae(COMPARE_MIX, () -> Operators.equal(bd("2.50"), 2.5));
            iae(COMPARE_MIX, () -> Operators.equal(1.5, bd("1.5")));
            iae(COMPARE_MIX, () -> Operators.equal(arr(bd("1.5")), arr(1.5))); // at any depth (D2)
            iae(COMPARE_MIX, () -> Operators.equal(obj("a", 1.5), obj("a", bd("1.5"))));
        }

        @Test
        void aNumberNeverEqualsANonNumber() {
            assertFalse(Operators.equal(1L, "1"));
            assertFalse(Operators.equal("1", 1L));
            assertFalse(Operators.equal(1L, Boolean.TRUE));
            assertFalse(Operators.equal(0L, null));
            assertFalse(Operators.equal(null, 0.0));
            assertFalse(Operators.equal(bd("1"), "1"));
            assertFalse(Operators.equal(arr(1L), 1L));
        }

        @Test
        void scalars() {
            assertTrue(Operators.equal(null, null));
            assertTrue(Operators.equal("abc", new String("abc")));
            assertFalse(Operators.equal("abc", "abd"));
            assertFalse(Operators.equal("", null));
            assertTrue(Operators.equal(Boolean.TRUE, Boolean.TRUE));
            assertFalse(Operators.equal(Boolean.TRUE, Boolean.FALSE));
            assertFalse(Operators.equal(Boolean.FALSE, null));
            assertFalse(Operators.equal("true", Boolean.TRUE));
        }

        @Test
        void arraysAreComparedElementWiseAndNumericallyAtEveryDepth() {
            assertTrue(Operators.equal(arr(1L), arr(1.0))); // D2
            assertTrue(Operators.equal(arr(arr(1L, bi(2)), "a"), arr(arr(1.0, 2L), "a")));
            assertTrue(Operators.equal(arr(), arr()));
            assertFalse(Operators.equal(arr(1L), arr(1L, 2L)));
            assertFalse(Operators.equal(arr(1L, 2L), arr(2L, 1L)));
            assertFalse(Operators.equal(arr(0L), arr(-0.0)));
            assertFalse(Operators.equal(arr(), obj()));
            assertTrue(Operators.equal(arr(1L, null).freeze(), arr(1L, null)));
            // The first difference decides; a decimal/float pair after it is never reached.
            assertFalse(Operators.equal(arr(1L, bd("1")), arr(2L, 1.0)));
        }

        @Test
        void objectsIgnoreKeyOrder() {
            assertTrue(Operators.equal(obj("a", 1L, "b", 2L), obj("b", 2.0, "a", 1L)));
            assertTrue(Operators.equal(obj("a", obj("x", arr(1L))), obj("a", obj("x", arr(1.0)))));
            assertTrue(Operators.equal(obj(), obj()));
            assertFalse(Operators.equal(obj("a", 1L), obj("a", 1L, "b", 2L)));
            assertFalse(Operators.equal(obj("a", 1L, "b", 2L), obj("a", 1L)));
            assertFalse(Operators.equal(obj("a", 1L), obj("b", 1L)));
            assertFalse(Operators.equal(obj("a", 1L), obj("a", 2L)));
            assertFalse(Operators.equal(obj("a", null), obj("b", null)));
            assertFalse(Operators.equal(obj("1", "x"), obj(1L, "x"))); // string key vs integer key
            assertTrue(Operators.equal(obj(1L, "x", "1", "y"), obj("1", "y", 1L, "x")));
        }

        @Test
        void largeObjectsIgnoreKeyOrder() {
            ObjectValue a = new ObjectValue();
            ObjectValue b = new ObjectValue();
            for (int i = 0; i < 100; i++) {
                a.put("k" + i, (long) i);
                b.put("k" + (99 - i), (double) (99 - i));
            }
            assertTrue(Operators.equal(a, b));
            b.put("k50", 0L);
            assertFalse(Operators.equal(a, b));
        }

        @Test
        void functionsByIdentity() {
            Closure f = new Closure(null, new Object[0]);
            Closure g = new Closure(null, new Object[0]);
            assertTrue(Operators.equal(f, f));
            assertFalse(Operators.equal(f, g));
            assertTrue(Operators.equal(arr(f), arr(f)));
            assertFalse(Operators.equal(arr(f), arr(g)));
        }
    }

    // ---- §8.6 ordering ----------------------------------------------------------------------------------------

    @Nested
    class Ordering {
        @Test
        void languageExamples() {
            assertTrue(Operators.less("apple", "banana"));
            assertTrue(Operators.less("10", "9"));
            assertTrue(Operators.less("B", "a"));
            assertFalse(Operators.less(null, 5L)); // "null" vs "5"
            assertTrue(Operators.less(5L, null));
            assertTrue(Operators.greater(Boolean.TRUE, Boolean.FALSE));
        }

        @Test
        void numbersCompareNumericallyAcrossKinds() {
            assertTrue(Operators.less(1L, 2L));
            assertFalse(Operators.less(2L, 2L));
            assertTrue(Operators.lessEqual(2L, 2L));
            assertTrue(Operators.greater(3L, 2L));
            assertTrue(Operators.greaterEqual(2L, 2L));
            assertTrue(Operators.less(Long.MIN_VALUE, Long.MAX_VALUE));
            assertTrue(Operators.less(1L, 1.5));
            assertTrue(Operators.greater(2.5, 2L));
            assertTrue(Operators.less(9L, 10L)); // numerically, not by text
            assertTrue(Operators.less(Long.MAX_VALUE, TWO_63));
            assertTrue(Operators.greater(bi(-1), Long.MIN_VALUE));
            assertTrue(Operators.less(bd("1.5"), 2L));
            assertTrue(Operators.lessEqual(bd("2.00"), bi(2)));
            assertTrue(Operators.greaterEqual(bd("2.00"), bd("2")));
            assertTrue(Operators.less(bi(3), 3.5));
        }

        @Test
        void doublesUseTheTotalOrder() {
            assertTrue(Operators.less(-0.0, 0.0));
            assertTrue(Operators.less(-0.0, 0L));
            assertFalse(Operators.lessEqual(0L, -0.0));
            assertTrue(Operators.greater(Double.NaN, Double.POSITIVE_INFINITY));
            assertTrue(Operators.less(1.0, Double.NaN));
            assertTrue(Operators.greater(Double.NaN, Long.MAX_VALUE));
            assertTrue(Operators.greaterEqual(Double.NaN, Double.NaN));
            assertFalse(Operators.less(Double.NaN, Double.NaN));
            assertTrue(Operators.less(Double.NEGATIVE_INFINITY, Long.MIN_VALUE));
        }

        @Test
        void nonNumbersCompareByText() {
            assertTrue(Operators.less(10L, "9")); // "10" vs "9"
            assertTrue(Operators.less(arr(1L, 2L), arr(1L, 3L)));
            assertTrue(Operators.less("Z", "a"));
            assertTrue(Operators.less("\uD83D\uDE00", "\uFFFF")); // UTF-16 code units, not code points
            assertTrue(Operators.lessEqual("a", "a"));
            assertTrue(Operators.greaterEqual(Boolean.TRUE, "true"));
            assertFalse(Operators.greater(null, "null"));
            assertTrue(Operators.less(Boolean.FALSE, null)); // "false" < "null"
        }

        @Test
        void decimalFloatMixFails() {
            iae(COMPARE_MIX, () -> Operators.less(bd("1"), 2.0));
            iae(COMPARE_MIX, () -> Operators.lessEqual(2.0, bd("1")));
            iae(COMPARE_MIX, () -> Operators.greater(bd("1"), 2.0));
            iae(COMPARE_MIX, () -> Operators.greaterEqual(bd("1"), Double.NaN));
        }

        @Test
        void generalOrdering() {
            assertEquals(-1, Operators.compareGeneral(1L, 2L));
            assertEquals(0, Operators.compareGeneral(1L, 1.0));
            assertEquals(1, Operators.compareGeneral(bd("2.5"), bi(2)));
            assertEquals(0, Operators.compareGeneral(bd("2.50"), bd("2.5")));
            assertEquals(-1, Operators.compareGeneral(-0.0, 0.0));
            assertEquals(1, Operators.compareGeneral(Double.NaN, Double.POSITIVE_INFINITY));
            assertEquals(-1, Operators.compareGeneral(Boolean.FALSE, Boolean.TRUE));
            assertEquals(0, Operators.compareGeneral(Boolean.TRUE, Boolean.TRUE));
            assertEquals(-1, Operators.compareGeneral("B", "a"));
            assertEquals(1, Operators.compareGeneral("banana", "apple"));
            assertEquals(0, Operators.compareGeneral("x", "x"));
            assertEquals(1, Operators.compareGeneral(null, "a")); // "null" vs "a"
            assertEquals(-1, Operators.compareGeneral(10L, "9")); // mixed: by text
            assertEquals(-1, Operators.compareGeneral(arr(1L), arr(2L)));
            assertEquals(0, Operators.compareGeneral(null, null));
            iae(COMPARE_MIX, () -> Operators.compareGeneral(bd("1"), 1.0));
        }
    }
}
