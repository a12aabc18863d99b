package dev.turnout.errors;

/**
 * The one place where runtime error messages are worded (LANGUAGE.md §10.3, STDLIB.md), so that the interpreter,
 * compiled code and the library cannot drift. Factories return the exception; callers {@code throw} it.
 */
public final class RuntimeErrors {
    private RuntimeErrors() {}

    // ---- generic factories, one per error type -------------------------------------------------------------

    public static TransformException illegalState(String message) {
        return new TransformException(ErrorKind.ILLEGAL_STATE, message);
    }

    public static TransformException illegalArgument(String message) {
        return new TransformException(ErrorKind.ILLEGAL_ARGUMENT, message);
    }

    public static TransformException arithmetic(String message) {
        return new TransformException(ErrorKind.ARITHMETIC, message);
    }

    public static TransformException classCast(String message) {
        return new TransformException(ErrorKind.CLASS_CAST, message);
    }

    public static TransformException numberFormat(String message) {
        return new TransformException(ErrorKind.NUMBER_FORMAT, message);
    }

    public static TransformException nullPointer(String message) {
        return new TransformException(ErrorKind.NULL_POINTER, message);
    }

    public static TransformException unsupported(String message) {
        return new TransformException(ErrorKind.UNSUPPORTED_OPERATION, message);
    }

    public static TransformException indexOutOfBounds(String message) {
        return new TransformException(ErrorKind.INDEX_OUT_OF_BOUNDS, message);
    }

    public static TransformException patternSyntax(String message) {
        return new TransformException(ErrorKind.PATTERN_SYNTAX, message);
    }

    // ---- named factories (language catalogue, §10.3) ---------------------------------------------------------

    // Operators (LANGUAGE.md §8.5–§8.10, §9). Messages are the reference's wording, character for character.

    /** IAE: {@code -} {@code *} {@code /} {@code //} {@code %} applied to a non-number. */
    public static TransformException operatorExpectsNumbers(String op) {
        return illegalArgument("Operator '" + op + "' expects numbers");
    }

    /** IAE: {@code +} with neither a string operand nor two numbers. */
    public static TransformException plusExpectsNumbersOrStrings() {
        return illegalArgument("Operator '+' expects numbers or strings");
    }

    /** IAE: an arithmetic operator applied to a decimal (BD) and a float (F). */
    public static TransformException mixDecimalFloat(String op) {
        return illegalArgument("Operator '" + op + "' does not allow mixing decimal and float; wrap floats with DEC()");
    }

    /** IAE: a comparison (equality, ordering, library ordering) between a decimal and a float. */
    public static TransformException compareMixDecimalFloat() {
        return illegalArgument("compare does not allow mixing decimal and float; wrap floats with DEC()");
    }

    /** IAE: {@code /} by zero without a decimal operand, {@code //} or {@code %} by zero with only I/F operands. */
    public static TransformException divisionByZero() {
        return illegalArgument("Division by zero");
    }

    /** AE: {@code /} or {@code %} of a non-zero decimal by zero. */
    public static TransformException decimalDivisionByZero() {
        return arithmetic("Division by zero");
    }

    /** AE: {@code /} or {@code %} of zero by zero when a decimal is involved. */
    public static TransformException decimalDivisionUndefined() {
        return arithmetic("Division undefined");
    }

    /** AE: {@code //} or {@code %} by zero when a big integer is involved. */
    public static TransformException bigDivisionByZero() {
        return arithmetic("BigInteger divide by zero");
    }

    /**
     * AE: a decimal operation the 34-digit context or the scale range cannot carry out (e.g. {@code %} whose
     * integer quotient needs more than 34 digits: {@code Division impossible}; scale overflow: {@code Overflow}).
     */
    public static TransformException decimalArithmetic(String detail) {
        return arithmetic(detail);
    }

    /** IAE: {@code //} with a float operand. */
    public static TransformException idivExpectsIntegers() {
        return illegalArgument("Operator '//' expects integer values; wrap floats with INT()");
    }

    /** IAE: {@code //} with a decimal operand. */
    public static TransformException idivNoDecimals() {
        return illegalArgument("Operator '//' does not support decimal values");
    }

    /** ISE: unary minus on a non-number. */
    public static TransformException negExpectsNumeric() {
        return illegalState("Operator '-' expects numeric operands");
    }

    /** IAE: {@code ++} unless both operands are arrays. */
    public static TransformException concatExpectsLists() {
        return illegalArgument("Operator '++' expects two lists");
    }
}
