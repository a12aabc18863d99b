package dev.turnout.syntax.ast;

import dev.turnout.source.Span;
import java.util.List;

/** Top-level declarations (LANGUAGE.md §4). */
public sealed interface Decl {
    Span span();

    /** The declared name, or null for an unnamed transform. */
    String name();

    /**
     * {@code TRANSFORM [name] [signature] [{ buffer }] body}; {@code name} and {@code signature} may be null.
     * The signature has no runtime effect (§4.2).
     */
    record Transform(Span span, String name, Signature signature, Stmt.Block body) implements Decl {}

    /** {@code FUNC name(params) = expr} or {@code FUNC name(params) { … }}: exactly one body is non-null. */
    record Func(Span span, String name, Span nameSpan, List<Expr.Param> params, Expr exprBody, Stmt.Block blockBody)
            implements Decl {}

    /** EXTENDED: {@code TYPE name = enum { … }} ({@code members} are the values) or {@code union A | B}. */
    record Type(Span span, String name, boolean isEnum, List<String> members, List<Span> memberSpans)
            implements Decl {}

    /** EXTENDED: {@code SHARED name SINGLE|MANY}. */
    record Shared(Span span, String name, boolean many) implements Decl {}

    /** {@code (p: T, …) -> R}. */
    record Signature(Span span, List<SigParam> params, TypeExpr result) {}

    record SigParam(Span span, String name, TypeExpr type) {}
}
