package dev.turnout.resolve;

import dev.turnout.source.Source;
import dev.turnout.source.Span;
import dev.turnout.syntax.ast.Decl;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.ProgramNode;
import dev.turnout.syntax.ast.Stmt;
import dev.turnout.syntax.ast.TypeExpr;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The shared fixture of the {@link StaticChecker} tests ({@link StaticCheckerScopeTest},
 * {@link StaticCheckerTargetTest}, {@link StaticCheckerDeclarationTest}). A test writes the program text with
 * {@link #program(String)}, then builds the AST a parser would produce for it by hand with the builders here; the
 * spans of names are taken from the text (the n-th whole-word occurrence), so the expected {@code line:col} values
 * are those of the source. {@link #check(Decl...)} runs the checker and returns {@code line:col message} strings.
 */
abstract class StaticCheckerFixture {

    static final Span NO_SPAN = new Span(1, 1, 0, 0);

    static final Predicate<String> LIBRARY = Set.of("KEYS", "LENGTH", "MAP", "PRINT")::contains;

    Source source;

    void program(String text) {
        source = new Source("test.bl", text);
    }

    List<String> check(Decl... declarations) {
        return StaticChecker.check(new ProgramNode(source, List.of(declarations)), LIBRARY).stream()
                .map(d -> d.line() + ":" + d.column() + " " + d.message())
                .toList();
    }

    static String pos(Span span) {
        return span.line() + ":" + span.column();
    }

    /** The span of the {@code nth} (1-based) occurrence of {@code word} not touching identifier characters. */
    Span at(String word, int nth) {
        String text = source.text();
        int from = 0;
        int seen = 0;
        while (true) {
            int i = text.indexOf(word, from);
            if (i < 0) throw new AssertionError("occurrence " + nth + " of '" + word + "' not in the program");
            boolean startOk = i == 0 || !isIdentifierChar(text.charAt(i - 1)) || !isIdentifierChar(word.charAt(0));
            int end = i + word.length();
            boolean endOk = end == text.length() || !isIdentifierChar(text.charAt(end))
                    || !isIdentifierChar(word.charAt(word.length() - 1));
            if (startOk && endOk && ++seen == nth) {
                return new Span(source.lineOf(i), source.columnOf(i), i, end);
            }
            from = i + 1;
        }
    }

    Span at(String word) {
        return at(word, 1);
    }

    private static boolean isIdentifierChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_';
    }

    // ----- expressions -----

    Expr.Name name(String n, int nth) {
        return new Expr.Name(at(n, nth), n);
    }

    Expr.Name name(String n) {
        return name(n, 1);
    }

    static Expr num(long v) {
        return new Expr.NumberLit(NO_SPAN, v);
    }

    static Expr str(String v) {
        return new Expr.StringLit(NO_SPAN, v);
    }

    static Expr add(Expr a, Expr b) {
        return new Expr.Binary(NO_SPAN, Expr.BinaryOp.ADD, a, b);
    }

    static Expr mul(Expr a, Expr b) {
        return new Expr.Binary(NO_SPAN, Expr.BinaryOp.MUL, a, b);
    }

    static Expr gt(Expr a, Expr b) {
        return new Expr.Binary(NO_SPAN, Expr.BinaryOp.GT, a, b);
    }

    static Expr member(Expr target, String n) {
        return new Expr.Member(NO_SPAN, target, n);
    }

    static Expr index(Expr target, Expr key) {
        return new Expr.Index(NO_SPAN, target, key);
    }

    Expr dyn(Expr target, String head, int nth, Object... rest) {
        List<Object> path = new ArrayList<>();
        path.add(head);
        path.addAll(Arrays.asList(rest));
        return new Expr.DynPath(NO_SPAN, target, at(head, nth), path);
    }

    static Expr call(Expr callee, Expr... args) {
        return new Expr.Call(NO_SPAN, callee, List.of(args));
    }

    private static List<Expr.Param> params(List<String> names) {
        return names.stream().map(n -> new Expr.Param(NO_SPAN, n)).toList();
    }

    static Expr lambda(List<String> parameters, Expr body) {
        return new Expr.Lambda(NO_SPAN, params(parameters), body, null);
    }

    static Expr lambdaBlock(List<String> parameters, Stmt... body) {
        return new Expr.Lambda(NO_SPAN, params(parameters), null, block(body));
    }

    static Expr obj(Expr.Property... properties) {
        return new Expr.ObjectLit(NO_SPAN, List.of(properties));
    }

    static Expr.Property field(String key, Expr value) {
        return new Expr.Property(NO_SPAN, key, null, value);
    }

    static Expr arr(Expr... elements) {
        return new Expr.ArrayLit(NO_SPAN, List.of(elements));
    }

    static Expr.CatchClause catchOf(String variable) {
        return new Expr.CatchClause(NO_SPAN, variable, NO_SPAN, null, 0, null);
    }

    // ----- statements -----

    static Stmt.Block block(Stmt... statements) {
        return new Stmt.Block(NO_SPAN, List.of(statements));
    }

    Stmt let(String n, int nth, Expr value) {
        return new Stmt.Let(NO_SPAN, n, at(n, nth), value);
    }

    Stmt let(String n, Expr value) {
        return let(n, 1, value);
    }

    static Stmt set(Expr target, Expr value) {
        return new Stmt.Set(NO_SPAN, target, value);
    }

    static Stmt append(Expr target, Expr value, Expr init) {
        return new Stmt.AppendTo(NO_SPAN, target, value, init);
    }

    Stmt modify(String root, int nth, List<Object> path, Stmt.ModifyEntry... entries) {
        return new Stmt.Modify(NO_SPAN, root, at(root, nth), path, List.of(entries));
    }

    static Stmt.ModifyEntry entry(Object key, Span span, Expr value) {
        return new Stmt.ModifyEntry(span, key, null, value);
    }

    static Stmt output(Expr value) {
        return new Stmt.Output(NO_SPAN, value);
    }

    static Stmt ifStmt(Expr condition, List<Stmt> then, List<Stmt> otherwise) {
        return new Stmt.If(NO_SPAN, condition, block(then.toArray(Stmt[]::new)),
                otherwise == null ? null : block(otherwise.toArray(Stmt[]::new)));
    }

    Stmt forEach(String variable, int nth, Expr iterable, Expr where, Stmt... body) {
        return new Stmt.For(NO_SPAN, variable, at(variable, nth), iterable, where, block(body));
    }

    static Stmt ret(Expr value) {
        return new Stmt.Return(NO_SPAN, value);
    }

    Stmt sharedWrite(String resource, int nth, Expr key, Expr value) {
        return new Stmt.SharedWrite(at(resource, nth), resource, key, value);
    }

    static Stmt exprStmt(Expr e) {
        return new Stmt.Expression(NO_SPAN, e);
    }

    // ----- declarations and types -----

    static Decl transform(Stmt... body) {
        return new Decl.Transform(NO_SPAN, null, null, block(body));
    }

    /** A named transform whose declaration starts at the {@code keywordNth} TRANSFORM keyword. */
    Decl named(String n, int keywordNth, Stmt... body) {
        return new Decl.Transform(at("TRANSFORM", keywordNth), n, null, block(body));
    }

    Decl func(String n, int nth, List<String> parameters, Expr body) {
        return new Decl.Func(NO_SPAN, n, at(n, nth), params(parameters), body, null);
    }

    Decl funcBlock(String n, int nth, List<String> parameters, Stmt... body) {
        return new Decl.Func(NO_SPAN, n, at(n, nth), params(parameters), null, block(body));
    }

    Decl shared(String n, int keywordNth, boolean many) {
        return new Decl.Shared(at("SHARED", keywordNth), n, many);
    }

    Decl enumType(String n, int keywordNth, String... values) {
        return typeDecl(n, keywordNth, true, values);
    }

    Decl union(String n, int keywordNth, String... members) {
        return typeDecl(n, keywordNth, false, members);
    }

    /** Member spans are the members' first occurrences after the declaration's name. */
    private Decl typeDecl(String n, int keywordNth, boolean isEnum, String... members) {
        Span keyword = at("TYPE", keywordNth);
        int cursor = source.text().indexOf(n, keyword.end()) + n.length();
        List<Span> spans = new ArrayList<>();
        for (String member : members) {
            Span span = firstAfter(member, cursor);
            spans.add(span);
            cursor = span.end();
        }
        return new Decl.Type(keyword, n, isEnum, List.of(members), spans);
    }

    private Span firstAfter(String word, int offset) {
        for (int nth = 1; ; nth++) {
            Span span = at(word, nth);
            if (span.start() >= offset) return span;
        }
    }

    TypeExpr typeName(String n, int nth) {
        return new TypeExpr.Named(at(n, nth), n);
    }

    TypeExpr typeName(String n) {
        return typeName(n, 1);
    }

    static TypeExpr.Field typeField(String n, TypeExpr type) {
        return new TypeExpr.Field(NO_SPAN, n, false, type);
    }
}
