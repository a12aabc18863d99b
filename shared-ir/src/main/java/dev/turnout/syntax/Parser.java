package dev.turnout.syntax;

import static dev.turnout.syntax.TokenKind.*;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.Diagnostic;
import dev.turnout.source.Source;
import dev.turnout.source.Span;
import dev.turnout.syntax.ast.Decl;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.ProgramNode;
import dev.turnout.syntax.ast.Stmt;
import dev.turnout.syntax.ast.TypeExpr;
import java.util.ArrayList;
import java.util.List;

/**
 * Recursive-descent parser for the grammar of LANGUAGE.md §3.2, with its disambiguation rules, the statement
 * termination rules of §3.3 and the error messages of §3 and Appendix A.
 *
 * <p>This class is the entry point and parses declarations (§4) and type expressions (§13.5); statements and blocks
 * are parsed by {@link StatementParser}, expressions by {@link ExpressionParser}, and all three read tokens, record
 * diagnostics and recover through one {@link TokenCursor}.
 *
 * <h2>Spans</h2>
 * Every node's span starts at the line/column the node should be reported at:
 * <ul>
 *   <li>{@link Expr.Binary}: exactly the operator token (a runtime error of the operator is reported there);</li>
 *   <li>{@link Expr.Member}, {@link Expr.IndexConst}, {@link Expr.DynPath}, {@link Expr.Index}: from the {@code .} or
 *       {@code [} token of that step to the end of the step (a failing step is reported at its {@code .}/{@code [});
 *       {@link Expr.DynPath#pathSpan()} covers the path inside the brackets;</li>
 *   <li>{@link Expr.Call}: a named call (callee is a {@link Expr.Name}) spans from the callee's name to the
 *       {@code )}; a value invocation spans from its {@code (} to the {@code )};</li>
 *   <li>parentheses produce no node, so a parenthesised expression keeps the span of its content;</li>
 *   <li>every other expression, statement and declaration: from its first token to its last token (a statement's
 *       terminating {@code ;} is not included); name spans ({@code nameSpan}, parameter spans, …) are the name
 *       token.</li>
 * </ul>
 *
 * <h2>Errors and recovery</h2>
 * A syntax error is recorded as a {@link Diagnostic} at the offending token with the message
 * {@code <message> near '<lexeme>'} ({@code near end of input} at EOF), and parsing goes on:
 * <ul>
 *   <li>inside a block, the failed statement is dropped and tokens are skipped until a statement keyword (LET, SET,
 *       APPEND, MODIFY, OUTPUT, IF, FOR, TRY, RETURN, ABORT) that starts a line, or the {@code }} closing the block, or
 *       a declaration (TRANSFORM/FUNC/TYPE/SHARED) that starts a line, which abandons the enclosing declaration.
 *       Braces opened while skipping are skipped as a whole; braces left open by the failed statement are closed by
 *       the next {@code }}s;</li>
 *   <li>at top level, the failed declaration is dropped and tokens are skipped to the next declaration that starts a
 *       line.</li>
 * </ul>
 * At most one diagnostic is recorded per failed statement, and never two at the same token (an unexpected end of
 * input inside nested blocks is reported once). Because recovery only acts after the first error, the first
 * diagnostic is always the error the grammar dictates. A lexical error stops processing (§2.10): it is the only
 * diagnostic and the program is empty.
 */
public final class Parser {
    private final Source source;
    private final TokenCursor tokens;
    private final ExpressionParser expressions;
    private final StatementParser statements;

    private Parser(Source source, List<Token> tokens) {
        this.source = source;
        this.tokens = new TokenCursor(source, tokens);
        this.statements = new StatementParser(this.tokens);
        this.expressions = statements.expressions();
    }

    /** Lexes and parses; never throws for bad input. */
    public static ParseResult parse(Source source) {
        Lexer.Result lexed = Lexer.lex(source);
        if (!lexed.ok()) {
            return new ParseResult(new ProgramNode(source, List.of()), List.of(lexed.error()));
        }
        Parser parser = new Parser(source, lexed.tokens());
        ProgramNode program = parser.program();
        return new ParseResult(program, parser.tokens.diagnostics());
    }

    /** Lexes and parses, throwing {@link CompileException} with every diagnostic if there is any. */
    public static ProgramNode parseOrThrow(Source source) {
        ParseResult result = parse(source);
        if (!result.ok()) throw new CompileException(result.diagnostics());
        return result.program();
    }

    // =====================================================================================================
    // Declarations (§4)
    // =====================================================================================================

    private ProgramNode program() {
        List<Decl> declarations = new ArrayList<>();
        while (!tokens.check(EOF)) {
            int start = tokens.position();
            try {
                declarations.add(declaration());
            } catch (TokenCursor.ParseError e) {
                tokens.syncTopLevel(start);
            } catch (TokenCursor.Unwind e) {
                // Recovery stopped at the start of the next declaration.
            }
        }
        return new ProgramNode(source, List.copyOf(declarations));
    }

    private Decl declaration() {
        switch (tokens.peek().kind()) {
            case TRANSFORM:
                return transformDecl();
            case FUNC:
                return funcDecl();
            case TYPE:
                return typeDecl();
            case SHARED:
                return sharedDecl();
            default:
                throw tokens.error(tokens.peek(), "Unexpected token at top-level");
        }
    }

    private Decl.Transform transformDecl() {
        Token keyword = tokens.advance();
        String name = tokens.peek().isName() ? tokens.advance().name() : null;
        Decl.Signature signature = tokens.check(LPAREN) ? signature() : null;
        // Rule 8: '{' followed by BUFFER or STREAM is a mode clause.
        if (tokens.check(LBRACE) && (tokens.peekAt(1).kind() == BUFFER || tokens.peekAt(1).kind() == STREAM)) {
            tokens.advance();
            Token mode = tokens.advance();
            if (mode.kind() == STREAM) {
                throw tokens.error(mode, "STREAM mode is not supported yet. Omit mode to use BUFFER.");
            }
            tokens.expect(RBRACE, "Expect '}' after mode clause");
        }
        Stmt.Block body = statements.block();
        return new Decl.Transform(tokens.from(keyword), name, signature, body);
    }

    private Decl.Signature signature() {
        Token open = tokens.advance();
        List<Decl.SigParam> params = new ArrayList<>();
        if (!tokens.check(RPAREN)) {
            do {
                Token name = tokens.expectName("Expect transform parameter name");
                tokens.expect(COLON, "Expect ':' after transform parameter name");
                TypeExpr type = typeExpr();
                params.add(new Decl.SigParam(tokens.from(name), name.name(), type));
            } while (tokens.match(COMMA));
        }
        tokens.expect(RPAREN, "Expect ')' after transform parameters");
        tokens.expect(ARROW, "Expect '->' after transform signature");
        TypeExpr result = typeExpr();
        return new Decl.Signature(tokens.from(open), List.copyOf(params), result);
    }

    private Decl.Func funcDecl() {
        Token keyword = tokens.advance();
        Token name = tokens.expectName("Expect function name after FUNC");
        tokens.expect(LPAREN, "Expect '(' after function name");
        List<Expr.Param> params = parameters();
        if (tokens.match(EQ)) {
            Expr body = expressions.expression();
            Span span = tokens.from(keyword);
            tokens.terminator();
            return new Decl.Func(span, name.name(), name.span(), params, body, null);
        }
        Stmt.Block body = statements.block();
        return new Decl.Func(tokens.from(keyword), name.name(), name.span(), params, null, body);
    }

    /** FUNC parameters after the '(' up to and including the ')'. */
    private List<Expr.Param> parameters() {
        List<Expr.Param> params = new ArrayList<>();
        if (!tokens.check(RPAREN)) {
            do {
                Token p = tokens.expectName("Expect parameter name");
                params.add(new Expr.Param(p.span(), p.name()));
            } while (tokens.match(COMMA));
        }
        tokens.expect(RPAREN, "Expect ')' after parameters");
        return List.copyOf(params);
    }

    private Decl.Type typeDecl() {
        Token keyword = tokens.advance();
        Token name = tokens.expectName("Expect type name after TYPE");
        tokens.expect(EQ, "Expect '=' after type name");
        List<String> members = new ArrayList<>();
        List<Span> memberSpans = new ArrayList<>();
        boolean isEnum;
        if (tokens.match(ENUM)) {
            isEnum = true;
            tokens.expect(LBRACE, "Expect '{' after enum");
            do {
                Token m = tokens.expectName("Expect enum value name");
                members.add(m.name());
                memberSpans.add(m.span());
            } while (tokens.match(COMMA));
            tokens.expect(RBRACE, "Expect '}' after enum values");
        } else if (tokens.match(UNION)) {
            isEnum = false;
            do {
                Token m = tokens.expectName("Expect type name in union");
                members.add(m.name());
                memberSpans.add(m.span());
            } while (tokens.match(PIPE));
        } else {
            throw tokens.error(tokens.peek(), "Expect 'enum' or 'union' after '='");
        }
        Span span = tokens.from(keyword);
        tokens.terminator();
        return new Decl.Type(span, name.name(), isEnum, List.copyOf(members), List.copyOf(memberSpans));
    }

    private Decl.Shared sharedDecl() {
        Token keyword = tokens.advance();
        Token name = tokens.expectName("Expect shared resource name");
        boolean many;
        if (tokens.match(SINGLE)) many = false;
        else if (tokens.match(MANY)) many = true;
        else throw tokens.error(tokens.peek(), "Expect SINGLE or MANY after shared name");
        Span span = tokens.from(keyword);
        tokens.terminator();
        return new Decl.Shared(span, name.name(), many);
    }

    // =====================================================================================================
    // Type expressions (§13.5)
    // =====================================================================================================

    private TypeExpr typeExpr() {
        Token first = tokens.peek();
        TypeExpr term = typeTerm();
        if (!tokens.check(PIPE)) return term;
        List<TypeExpr> options = new ArrayList<>();
        options.add(term);
        while (tokens.match(PIPE)) options.add(typeTerm());
        return new TypeExpr.Union(tokens.from(first), List.copyOf(options));
    }

    private TypeExpr typeTerm() {
        Token first = tokens.peek();
        if (first.kind() == ENUM && tokens.peekAt(1).kind() == LBRACE) {
            tokens.advance();
            tokens.advance();
            List<String> values = new ArrayList<>();
            while (!tokens.check(RBRACE)) {
                values.add(tokens.expectName("Expect enum value name").name());
                if (!tokens.match(COMMA)) break;
            }
            tokens.expect(RBRACE, "Expect '}' after enum values");
            return new TypeExpr.Enum(tokens.from(first), List.copyOf(values));
        }
        if (tokens.match(LBRACE)) {
            List<TypeExpr.Field> fields = new ArrayList<>();
            while (!tokens.check(RBRACE)) {
                Token name = tokens.expectName("Expect field name in record type");
                boolean optional = tokens.match(QUESTION);
                tokens.expect(COLON, "Expect ':' after field name");
                TypeExpr type = typeExpr();
                fields.add(new TypeExpr.Field(tokens.from(name), name.name(), optional, type));
                if (!tokens.match(COMMA)) break;
            }
            tokens.expect(RBRACE, "Expect '}' after record type");
            return new TypeExpr.Record(tokens.from(first), List.copyOf(fields));
        }
        if (tokens.match(LBRACKET)) {
            TypeExpr element = typeExpr();
            tokens.expect(RBRACKET, "Expect ']' after list type");
            return new TypeExpr.ListOf(tokens.from(first), element);
        }
        if (first.isName()) {
            tokens.advance();
            if (first.kind() == IDENTIFIER && first.lexeme().equals("_")) {
                return new TypeExpr.Any(tokens.from(first), tokens.match(QUESTION));
            }
            return new TypeExpr.Named(first.span(), first.name());
        }
        throw tokens.error(first, "Expect type");
    }
}
