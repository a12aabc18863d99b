package dev.turnout.syntax.ast;

import dev.turnout.source.Span;
import java.util.List;

/** Type expressions, only inside transform signatures (EXTENDED, LANGUAGE.md §13.5). */
public sealed interface TypeExpr {
    Span span();

    /** A named type: a builtin ({@code string}, {@code number}, …) or a TYPE name. */
    record Named(Span span, String name) implements TypeExpr {}

    /** {@code _} or {@code _?}. */
    record Any(Span span, boolean optional) implements TypeExpr {}

    record Field(Span span, String name, boolean optional, TypeExpr type) {}

    record Record(Span span, List<Field> fields) implements TypeExpr {}

    record ListOf(Span span, TypeExpr element) implements TypeExpr {}

    record Enum(Span span, List<String> values) implements TypeExpr {}

    record Union(Span span, List<TypeExpr> options) implements TypeExpr {}
}
