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
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Recursive-descent parser for the grammar of LANGUAGE.md §3.2, with its disambiguation rules, the statement
 * termination rules of §3.3 and the error messages of §3 and Appendix A.
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
    private static final String NUMERIC_KEY = "Numeric field key must be a non-negative integer, got '";
    private static final String STATIC_PATH =
            "Expect static object path after MODIFY (identifier or dotted path without '[ ]')";

    /** Binary operators by precedence level, lowest first (§8.1, levels 2 to 9). */
    private static final List<Map<TokenKind, Expr.BinaryOp>> LEVELS = List.of(
            ops(QUESTION_QUESTION, Expr.BinaryOp.COALESCE),
            ops(OR_OR, Expr.BinaryOp.OR),
            ops(AND_AND, Expr.BinaryOp.AND),
            ops(EQ_EQ, Expr.BinaryOp.EQ, BANG_EQ, Expr.BinaryOp.NE),
            ops(LT, Expr.BinaryOp.LT, LE, Expr.BinaryOp.LE, GT, Expr.BinaryOp.GT, GE, Expr.BinaryOp.GE),
            ops(PLUS_PLUS, Expr.BinaryOp.CONCAT),
            ops(PLUS, Expr.BinaryOp.ADD, MINUS, Expr.BinaryOp.SUB),
            ops(STAR, Expr.BinaryOp.MUL, SLASH, Expr.BinaryOp.DIV, SLASH_SLASH, Expr.BinaryOp.IDIV,
                    PERCENT, Expr.BinaryOp.MOD));

    private static Map<TokenKind, Expr.BinaryOp> ops(Object... pairs) {
        Map<TokenKind, Expr.BinaryOp> map = new EnumMap<>(TokenKind.class);
        for (int i = 0; i < pairs.length; i += 2) map.put((TokenKind) pairs[i], (Expr.BinaryOp) pairs[i + 1]);
        return map;
    }

    /** Unwinds to the nearest recovery point after the diagnostic has been recorded. */
    private static final class ParseError extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ParseError() { super(null, null, false, false); }
    }

    /** Recovery found the start of a new declaration inside a block: abandon everything up to the top level. */
    private static final class Unwind extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Unwind() { super(null, null, false, false); }
    }

    private final Source source;
    private final List<Token> tokens;
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private Token lastErrorToken;
    private int pos;

    private Parser(Source source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    /** Lexes and parses; never throws for bad input. */
    public static ParseResult parse(Source source) {
        Lexer.Result lexed = Lexer.lex(source);
        if (!lexed.ok()) {
            return new ParseResult(new ProgramNode(source, List.of()), List.of(lexed.error()));
        }
        Parser parser = new Parser(source, lexed.tokens());
        ProgramNode program = parser.program();
        return new ParseResult(program, parser.diagnostics);
    }

    /** Lexes and parses, throwing {@link CompileException} with every diagnostic if there is any. */
    public static ProgramNode parseOrThrow(Source source) {
        ParseResult result = parse(source);
        if (!result.ok()) throw new CompileException(result.diagnostics());
        return result.program();
    }

    // =====================================================================================================
    // Token navigation
    // =====================================================================================================

    private Token peek() { return tokens.get(pos); }

    private Token peekAt(int ahead) { return tokens.get(Math.min(pos + ahead, tokens.size() - 1)); }

    private TokenKind kindAt(int index) { return tokens.get(Math.min(index, tokens.size() - 1)).kind(); }

    private Token previous() { return tokens.get(pos - 1); }

    private Token advance() {
        Token t = tokens.get(pos);
        if (t.kind() != EOF) pos++;
        return t;
    }

    private boolean check(TokenKind kind) { return peek().kind() == kind; }

    private boolean match(TokenKind kind) {
        if (!check(kind)) return false;
        advance();
        return true;
    }

    private Token expect(TokenKind kind, String message) {
        if (check(kind)) return advance();
        throw error(peek(), message);
    }

    private Token expectName(String message) {
        if (peek().isName()) return advance();
        throw error(peek(), message);
    }

    /** The span from {@code first} to the last consumed token. */
    private Span from(Token first) {
        return first.span().to(previous().span());
    }

    private boolean atLineStart(int index) {
        return index == 0 || tokens.get(index - 1).line() < tokens.get(index).line();
    }

    /** Records a diagnostic at {@code at} (once per token) and returns the exception to throw. */
    private ParseError error(Token at, String message) {
        if (at != lastErrorToken) {
            diagnostics.add(Diagnostic.at(source, at.span(), message + " " + at.near()));
            lastErrorToken = at;
        }
        return new ParseError();
    }

    // =====================================================================================================
    // Recovery
    // =====================================================================================================

    private boolean startsStatement() {
        switch (peek().kind()) {
            case IF, FOR, TRY:
                return true;
            case LET, SET, APPEND, MODIFY, OUTPUT, RETURN, ABORT:
                // "output: 1" at the start of a line is an object key, not a statement.
                return peekAt(1).kind() != COLON;
            default:
                return false;
        }
    }

    /** Whether the tokens ahead look like a declaration header (soft keywords are also ordinary names). */
    private boolean startsDeclaration() {
        Token next = peekAt(1);
        switch (peek().kind()) {
            case TRANSFORM:
                return next.isName() || next.kind() == LBRACE || next.kind() == LPAREN;
            case FUNC:
                return next.isName() && peekAt(2).kind() == LPAREN;
            case TYPE:
                return next.isName() && peekAt(2).kind() == EQ;
            case SHARED:
                return next.isName() && (peekAt(2).kind() == SINGLE || peekAt(2).kind() == MANY);
            default:
                return false;
        }
    }

    /** After a failed statement that began at {@code start}: skip to where the next statement can begin. */
    private void syncStatement(int start) {
        if (pos == start) advance();
        // Braces the failed statement opened before the error (e.g. an unclosed object literal): the next '}'s
        // close them rather than the block.
        int pending = 0;
        for (int i = start; i < pos; i++) {
            TokenKind kind = tokens.get(i).kind();
            if (kind == LBRACE) pending++;
            else if (kind == RBRACE && pending > 0) pending--;
        }
        // Braces opened while skipping: their content belongs to the failed statement.
        int skipped = 0;
        while (!check(EOF)) {
            TokenKind kind = peek().kind();
            if (kind == LBRACE) {
                skipped++;
            } else if (kind == RBRACE) {
                if (skipped > 0) skipped--;
                else if (pending > 0) pending--;
                else return;
            } else if (skipped == 0 && atLineStart(pos)) {
                if (startsStatement()) return;
                if (startsDeclaration()) throw new Unwind();
            }
            advance();
        }
    }

    /** After a failed declaration that began at {@code start}: skip to the next declaration starting a line. */
    private void syncTopLevel(int start) {
        if (pos == start) advance();
        while (!check(EOF)) {
            if (atLineStart(pos) && startsDeclaration()) return;
            advance();
        }
    }

    // =====================================================================================================
    // Declarations (§4)
    // =====================================================================================================

    private ProgramNode program() {
        List<Decl> declarations = new ArrayList<>();
        while (!check(EOF)) {
            int start = pos;
            try {
                declarations.add(declaration());
            } catch (ParseError e) {
                syncTopLevel(start);
            } catch (Unwind e) {
                // Recovery stopped at the start of the next declaration.
            }
        }
        return new ProgramNode(source, List.copyOf(declarations));
    }

    private Decl declaration() {
        switch (peek().kind()) {
            case TRANSFORM:
                return transformDecl();
            case FUNC:
                return funcDecl();
            case TYPE:
                return typeDecl();
            case SHARED:
                return sharedDecl();
            default:
                throw error(peek(), "Unexpected token at top-level");
        }
    }

    private Decl.Transform transformDecl() {
        Token keyword = advance();
        String name = peek().isName() ? advance().name() : null;
        Decl.Signature signature = check(LPAREN) ? signature() : null;
        // Rule 8: '{' followed by BUFFER or STREAM is a mode clause.
        if (check(LBRACE) && (peekAt(1).kind() == BUFFER || peekAt(1).kind() == STREAM)) {
            advance();
            Token mode = advance();
            if (mode.kind() == STREAM) {
                throw error(mode, "STREAM mode is not supported yet. Omit mode to use BUFFER.");
            }
            expect(RBRACE, "Expect '}' after mode clause");
        }
        Stmt.Block body = block();
        return new Decl.Transform(from(keyword), name, signature, body);
    }

    private Decl.Signature signature() {
        Token open = advance();
        List<Decl.SigParam> params = new ArrayList<>();
        if (!check(RPAREN)) {
            do {
                Token name = expectName("Expect transform parameter name");
                expect(COLON, "Expect ':' after transform parameter name");
                TypeExpr type = typeExpr();
                params.add(new Decl.SigParam(from(name), name.name(), type));
            } while (match(COMMA));
        }
        expect(RPAREN, "Expect ')' after transform parameters");
        expect(ARROW, "Expect '->' after transform signature");
        TypeExpr result = typeExpr();
        return new Decl.Signature(from(open), List.copyOf(params), result);
    }

    private Decl.Func funcDecl() {
        Token keyword = advance();
        Token name = expectName("Expect function name after FUNC");
        expect(LPAREN, "Expect '(' after function name");
        List<Expr.Param> params = parameters();
        if (match(EQ)) {
            Expr body = expression();
            Span span = from(keyword);
            terminator();
            return new Decl.Func(span, name.name(), name.span(), params, body, null);
        }
        Stmt.Block body = block();
        return new Decl.Func(from(keyword), name.name(), name.span(), params, null, body);
    }

    /** FUNC parameters after the '(' up to and including the ')'. */
    private List<Expr.Param> parameters() {
        List<Expr.Param> params = new ArrayList<>();
        if (!check(RPAREN)) {
            do {
                Token p = expectName("Expect parameter name");
                params.add(new Expr.Param(p.span(), p.name()));
            } while (match(COMMA));
        }
        expect(RPAREN, "Expect ')' after parameters");
        return List.copyOf(params);
    }

    private Decl.Type typeDecl() {
        Token keyword = advance();
        Token name = expectName("Expect type name after TYPE");
        expect(EQ, "Expect '=' after type name");
        List<String> members = new ArrayList<>();
        List<Span> memberSpans = new ArrayList<>();
        boolean isEnum;
        if (match(ENUM)) {
            isEnum = true;
            expect(LBRACE, "Expect '{' after enum");
            do {
                Token m = expectName("Expect enum value name");
                members.add(m.name());
                memberSpans.add(m.span());
            } while (match(COMMA));
            expect(RBRACE, "Expect '}' after enum values");
        } else if (match(UNION)) {
            isEnum = false;
            do {
                Token m = expectName("Expect type name in union");
                members.add(m.name());
                memberSpans.add(m.span());
            } while (match(PIPE));
        } else {
            throw error(peek(), "Expect 'enum' or 'union' after '='");
        }
        Span span = from(keyword);
        terminator();
        return new Decl.Type(span, name.name(), isEnum, List.copyOf(members), List.copyOf(memberSpans));
    }

    private Decl.Shared sharedDecl() {
        Token keyword = advance();
        Token name = expectName("Expect shared resource name");
        boolean many;
        if (match(SINGLE)) many = false;
        else if (match(MANY)) many = true;
        else throw error(peek(), "Expect SINGLE or MANY after shared name");
        Span span = from(keyword);
        terminator();
        return new Decl.Shared(span, name.name(), many);
    }

    // =====================================================================================================
    // Type expressions (§13.5)
    // =====================================================================================================

    private TypeExpr typeExpr() {
        Token first = peek();
        TypeExpr term = typeTerm();
        if (!check(PIPE)) return term;
        List<TypeExpr> options = new ArrayList<>();
        options.add(term);
        while (match(PIPE)) options.add(typeTerm());
        return new TypeExpr.Union(from(first), List.copyOf(options));
    }

    private TypeExpr typeTerm() {
        Token first = peek();
        if (first.kind() == ENUM && peekAt(1).kind() == LBRACE) {
            advance();
            advance();
            List<String> values = new ArrayList<>();
            while (!check(RBRACE)) {
                values.add(expectName("Expect enum value name").name());
                if (!match(COMMA)) break;
            }
            expect(RBRACE, "Expect '}' after enum values");
            return new TypeExpr.Enum(from(first), List.copyOf(values));
        }
        if (match(LBRACE)) {
            List<TypeExpr.Field> fields = new ArrayList<>();
            while (!check(RBRACE)) {
                Token name = expectName("Expect field name in record type");
                boolean optional = match(QUESTION);
                expect(COLON, "Expect ':' after field name");
                TypeExpr type = typeExpr();
                fields.add(new TypeExpr.Field(from(name), name.name(), optional, type));
                if (!match(COMMA)) break;
            }
            expect(RBRACE, "Expect '}' after record type");
            return new TypeExpr.Record(from(first), List.copyOf(fields));
        }
        if (match(LBRACKET)) {
            TypeExpr element = typeExpr();
            expect(RBRACKET, "Expect ']' after list type");
            return new TypeExpr.ListOf(from(first), element);
        }
        if (first.isName()) {
            advance();
            if (first.kind() == IDENTIFIER && first.lexeme().equals("_")) {
                return new TypeExpr.Any(from(first), match(QUESTION));
            }
            return new TypeExpr.Named(first.span(), first.name());
        }
        throw error(first, "Expect type");
    }

    // =====================================================================================================
    // Blocks and statements (§3.3, §7)
    // =====================================================================================================

    private Stmt.Block block() {
        Token open = expect(LBRACE, "Expect '{' to start block");
        List<Stmt> statements = new ArrayList<>();
        while (!check(RBRACE) && !check(EOF)) {
            int start = pos;
            try {
                statements.add(statement());
            } catch (ParseError e) {
                syncStatement(start);
            }
        }
        expect(RBRACE, "Expect '}' after block");
        return new Stmt.Block(from(open), List.copyOf(statements));
    }

    /**
     * §3.3: a ';' (consumed), or the next token on a later line than the statement's last token, or the next token
     * being '}' or EOF.
     */
    private void terminator() {
        if (match(SEMICOLON)) return;
        Token next = peek();
        if (next.kind() == RBRACE || next.kind() == EOF) return;
        if (next.line() > previous().line()) return;
        throw error(next, "Expect ';' or newline between statements");
    }

    /** RETURN/ABORT take a value only if it starts on the keyword's line and is not ';', '}' or EOF. */
    private boolean valueOnSameLine(Token keyword) {
        Token next = peek();
        return next.line() == keyword.line()
                && next.kind() != SEMICOLON && next.kind() != RBRACE && next.kind() != EOF;
    }

    private Stmt statement() {
        switch (peek().kind()) {
            case LET:
                return letStmt();
            case SET:
                return setStmt();
            case APPEND:
                return appendStmt();
            case MODIFY:
                return modifyStmt();
            case OUTPUT:
                return outputStmt();
            case IF:
                return ifStmt();
            case FOR:
                return forStmt();
            case TRY:
                return tryStmt();
            case RETURN:
                return returnStmt();
            case ABORT:
                return abortStmt();
            default:
                if (peek().isName() && peekAt(1).kind() == LBRACKET && isSharedWriteAhead()) return sharedWrite();
                return expressionStmt();
        }
    }

    /** Rule 1: {@code name [ … ]} where the matching {@code ]} is immediately followed by {@code =}. */
    private boolean isSharedWriteAhead() {
        int depth = 0;
        for (int i = pos + 1; i < tokens.size(); i++) {
            TokenKind kind = tokens.get(i).kind();
            if (kind == LBRACKET) {
                depth++;
            } else if (kind == RBRACKET) {
                if (--depth == 0) return kindAt(i + 1) == EQ;
            } else if (kind == EOF) {
                return false;
            }
        }
        return false;
    }

    private Stmt.Let letStmt() {
        Token keyword = advance();
        Token name = expectName("Expect identifier after LET");
        expect(EQ, "Expect '=' in LET statement");
        Expr value = expression();
        Span span = from(keyword);
        terminator();
        return new Stmt.Let(span, name.name(), name.span(), value);
    }

    private Stmt.Set setStmt() {
        Token keyword = advance();
        Token targetStart = peek();
        Expr target = postfix(true);
        if (!isAssignablePath(target)) throw error(targetStart, "SET target must be identifier or path");
        expect(EQ, "Expect '=' after SET target");
        Expr value = expression();
        Span span = from(keyword);
        terminator();
        return new Stmt.Set(span, target, value);
    }

    private Stmt.AppendTo appendStmt() {
        Token keyword = advance();
        expect(TO, "Expect TO after APPEND");
        Token targetStart = peek();
        // The target has no call suffix, so the value may follow it directly, even when it starts with '('.
        Expr target = postfix(false);
        if (!isAssignablePath(target)) throw error(targetStart, "APPEND TO target must be identifier or path");
        Expr value = expression();
        Expr init = match(INIT) ? expression() : null;
        Span span = from(keyword);
        terminator();
        return new Stmt.AppendTo(span, target, value, init);
    }

    /** A name, or a chain of .name / .N / .[path] / [expr] steps on a name (no calls). */
    private static boolean isAssignablePath(Expr e) {
        while (true) {
            if (e instanceof Expr.Name) return true;
            if (e instanceof Expr.Member m) e = m.target();
            else if (e instanceof Expr.IndexConst i) e = i.target();
            else if (e instanceof Expr.DynPath d) e = d.target();
            else if (e instanceof Expr.Index i) e = i.target();
            else return false;
        }
    }

    private Stmt.Modify modifyStmt() {
        Token keyword = advance();
        Token root = peek();
        if (!root.isName()) throw error(root, STATIC_PATH);
        advance();
        List<Object> path = new ArrayList<>();
        while (check(DOT)) {
            advance();
            Token segment = peek();
            if (segment.isName()) {
                path.add(advance().name());
            } else if (segment.kind() == NUMBER) {
                path.add(integerKey(advance()));
            } else if (segment.kind() == LBRACKET) {
                throw error(segment, STATIC_PATH);
            } else {
                throw error(segment, "Expect property name or index after '.'");
            }
        }
        if (check(LBRACKET)) throw error(peek(), STATIC_PATH);
        expect(LBRACE, "Expect '{' after MODIFY target");
        List<Stmt.ModifyEntry> entries = new ArrayList<>();
        if (!check(RBRACE)) {
            // Separators are ',' or ';'; a trailing separator is an error (the next entry has no key).
            do {
                entries.add(modifyEntry());
            } while (match(COMMA) || match(SEMICOLON));
        }
        expect(RBRACE, "Expect '}' after MODIFY block");
        Span span = from(keyword);
        terminator();
        return new Stmt.Modify(span, root.name(), root.span(), List.copyOf(path), List.copyOf(entries));
    }

    private Stmt.ModifyEntry modifyEntry() {
        Token first = peek();
        Expr computed = null;
        Object key = null;
        if (match(LBRACKET)) {
            computed = expression();
            expect(RBRACKET, "Expect ']' after computed key");
        } else {
            key = literalKey("Expect field key in MODIFY");
        }
        expect(COLON, "Expect ':' after field key");
        Expr value = expression();
        return new Stmt.ModifyEntry(from(first), key, computed, value);
    }

    private Stmt.Output outputStmt() {
        Token keyword = advance();
        Expr value = expression();
        Span span = from(keyword);
        match(SEMICOLON); // one optional ';', no newline requirement (§3.3)
        return new Stmt.Output(span, value);
    }

    private Stmt.If ifStmt() {
        Token keyword = advance();
        Expr condition = expression();
        expect(THEN, "Expect THEN after IF condition");
        Stmt.Block then = block();
        Stmt.Block otherwise = match(ELSE) ? block() : null;
        return new Stmt.If(from(keyword), condition, then, otherwise);
    }

    private Stmt.For forStmt() {
        Token keyword = advance();
        match(EACH);
        Token variable = expectName("Expect loop variable name");
        expect(IN, "Expect IN after loop variable");
        Expr iterable = expression();
        Expr condition = match(WHERE) ? expression() : null;
        Stmt.Block body = block();
        return new Stmt.For(from(keyword), variable.name(), variable.span(), iterable, condition, body);
    }

    private Stmt.Try tryStmt() {
        Token keyword = advance();
        Expr body = expression();
        Expr.CatchClause clause = catchClause("Expect '->' after TRY/CATCH block");
        if (check(ABORT)) {
            Token abort = advance();
            Expr value = valueOnSameLine(abort) ? expression() : null;
            Span span = from(keyword);
            terminator();
            match(SEMICOLON);
            return new Stmt.Try(span, body, clause, null, true, value);
        }
        Expr fallback = expression();
        Span span = from(keyword);
        match(SEMICOLON); // one optional ';', no newline requirement (§3.3)
        return new Stmt.Try(span, body, clause, fallback, false, null);
    }

    private Stmt.Return returnStmt() {
        Token keyword = advance();
        Expr value = valueOnSameLine(keyword) ? expression() : null;
        Span span = from(keyword);
        terminator();
        return new Stmt.Return(span, value);
    }

    private Stmt.Abort abortStmt() {
        Token keyword = advance();
        Expr value = valueOnSameLine(keyword) ? expression() : null;
        Span span = from(keyword);
        terminator();
        return new Stmt.Abort(span, value);
    }

    private Stmt.SharedWrite sharedWrite() {
        Token name = advance();
        advance(); // '['
        Expr key = check(RBRACKET) ? null : expression();
        expect(RBRACKET, "Expect ']' after index");
        expect(EQ, "Expect '=' after shared resource key");
        Expr value = expression();
        Span span = from(name);
        terminator();
        return new Stmt.SharedWrite(span, name.name(), key, value);
    }

    private Stmt.Expression expressionStmt() {
        Token first = peek();
        Expr e = expression();
        Span span = from(first);
        terminator();
        return new Stmt.Expression(span, e);
    }

    // =====================================================================================================
    // Expressions (§8)
    // =====================================================================================================

    /** A full expression: the only place an IF-expression may begin (rule 3). */
    private Expr expression() {
        if (check(IF)) return ifExpr();
        return binary(0);
    }

    private Expr ifExpr() {
        Token keyword = advance();
        Expr condition = expression();
        expect(THEN, "expect THEN");
        Expr then = expression();
        expect(ELSE, "expect ELSE");
        Expr otherwise = expression();
        return new Expr.IfExpr(from(keyword), condition, then, otherwise);
    }

    private Expr binary(int level) {
        if (level == LEVELS.size()) return unary();
        Map<TokenKind, Expr.BinaryOp> operators = LEVELS.get(level);
        Expr left = binary(level + 1);
        while (true) {
            Expr.BinaryOp op = operators.get(peek().kind());
            if (op == null) return left;
            Token operator = advance();
            Expr right = binary(level + 1);
            left = new Expr.Binary(operator.span(), op, left, right);
        }
    }

    private Expr unary() {
        Token t = peek();
        switch (t.kind()) {
            case MINUS: {
                advance();
                Expr operand = unary();
                return new Expr.Unary(from(t), Expr.UnaryOp.NEG, operand);
            }
            case BANG: {
                advance();
                Expr operand = unary();
                return new Expr.Unary(from(t), Expr.UnaryOp.NOT, operand);
            }
            case SUSPEND: {
                advance();
                Expr operand = unary();
                return new Expr.Suspend(from(t), operand);
            }
            case AWAIT: {
                advance();
                Expr operand = postfix(true);
                return new Expr.Await(from(t), operand);
            }
            default:
                return postfix(true);
        }
    }

    /** A primary and its suffixes; without calls for the APPEND TO target. */
    private Expr postfix(boolean allowCalls) {
        Expr e = primary();
        while (true) {
            Token t = peek();
            if (t.kind() == DOT) {
                advance();
                e = dotSuffix(t, e);
            } else if (t.kind() == LBRACKET) {
                advance();
                Expr index = expression();
                expect(RBRACKET, "Expect ']' after index");
                e = new Expr.Index(from(t), e, index);
            } else if (t.kind() == LPAREN && allowCalls) {
                advance();
                List<Expr> args = new ArrayList<>();
                if (!check(RPAREN)) {
                    do {
                        args.add(expression());
                    } while (match(COMMA));
                }
                expect(RPAREN, "Expect ')' after arguments");
                // Rule 6: a call on a plain name (even parenthesised) is a named call.
                Span span = e instanceof Expr.Name ? e.span().to(previous().span()) : from(t);
                e = new Expr.Call(span, e, List.copyOf(args));
            } else {
                return e;
            }
        }
    }

    private Expr dotSuffix(Token dot, Expr target) {
        Token t = peek();
        if (t.isName()) {
            advance();
            return new Expr.Member(from(dot), target, t.name());
        }
        if (t.kind() == NUMBER) {
            advance();
            return new Expr.IndexConst(from(dot), target, integerKey(t));
        }
        if (t.kind() == LBRACKET) {
            return dynPath(dot, target);
        }
        throw error(t, "Expect property name or index after '.'");
    }

    /** {@code .[a.b.0]} (§8.4): a name, then {@code .name} / {@code .N} segments only. */
    private Expr dynPath(Token dot, Expr target) {
        advance(); // '['
        Token first = peek();
        if (!first.isName()) throw error(first, "Expect identifier after '.['");
        advance();
        List<Object> path = new ArrayList<>();
        path.add(first.name());
        while (check(DOT)) {
            advance();
            Token segment = peek();
            if (segment.isName()) {
                path.add(advance().name());
            } else if (segment.kind() == NUMBER) {
                path.add(integerKey(advance()));
            } else {
                throw error(segment, "Expect name or index inside '.[' \u2026 ']'");
            }
        }
        Span pathSpan = from(first);
        if (!check(RBRACKET)) throw error(peek(), "Expect ']' after .[ \u2026 ]");
        advance();
        return new Expr.DynPath(from(dot), target, pathSpan, List.copyOf(path));
    }

    /** Rule 7: a NUMBER in an INTEGER position must be a non-negative integer (it has no sign, so: no fraction). */
    private long integerKey(Token number) {
        Object value = number.value();
        if (value instanceof Long n) return n;
        if (value instanceof BigInteger) {
            throw error(number, "Numeric field key is too large, got '" + number.lexeme() + "'");
        }
        throw error(number, NUMERIC_KEY + number.lexeme() + "'");
    }

    /** An object-literal or MODIFY key written as a name, string or non-negative integer. */
    private Object literalKey(String expectMessage) {
        Token t = peek();
        if (t.isName()) return advance().name();
        if (t.kind() == STRING) return advance().value();
        if (t.kind() == NUMBER) return integerKey(advance());
        if (t.kind() == MINUS && peekAt(1).kind() == NUMBER) {
            throw error(t, NUMERIC_KEY + "-" + peekAt(1).lexeme() + "'");
        }
        throw error(t, expectMessage);
    }

    private Expr primary() {
        Token t = peek();
        if (t.isName()) {
            advance();
            return new Expr.Name(t.span(), t.name());
        }
        switch (t.kind()) {
            case NUMBER:
                advance();
                return new Expr.NumberLit(t.span(), t.value());
            case STRING:
                advance();
                return new Expr.StringLit(t.span(), (String) t.value());
            case TRUE:
                advance();
                return new Expr.BooleanLit(t.span(), true);
            case FALSE:
                advance();
                return new Expr.BooleanLit(t.span(), false);
            case NULL:
                advance();
                return new Expr.NullLit(t.span());
            case LBRACE:
                return objectLiteral();
            case LBRACKET:
                return arrayLiteral();
            case CASE:
                return caseExpr();
            case TRY:
                return tryExpr();
            case LPAREN:
                if (isLambdaAhead()) return lambda();
                advance();
                Expr inner = expression();
                expect(RPAREN, "Expect ')' after expression");
                return inner; // parentheses leave no node (rule 6)
            default:
                throw error(t, "Unexpected token in expression");
        }
    }

    /** Rule 4: {@code ( )} or {@code ( name {, name} )} followed by an arrow starts a lambda. */
    private boolean isLambdaAhead() {
        int i = pos + 1;
        if (kindAt(i) == RPAREN) return kindAt(i + 1) == ARROW;
        while (true) {
            if (!tokens.get(Math.min(i, tokens.size() - 1)).isName()) return false;
            i++;
            if (kindAt(i) == COMMA) {
                i++;
            } else {
                return kindAt(i) == RPAREN && kindAt(i + 1) == ARROW;
            }
        }
    }

    private Expr lambda() {
        Token open = advance();
        List<Expr.Param> params = new ArrayList<>();
        while (!check(RPAREN)) {
            Token p = advance();
            params.add(new Expr.Param(p.span(), p.name()));
            match(COMMA);
        }
        advance(); // ')'
        advance(); // arrow
        // Rule 5: a '{' after the arrow starts a block body, never an object literal.
        if (check(LBRACE)) {
            Stmt.Block body = block();
            return new Expr.Lambda(from(open), List.copyOf(params), null, body);
        }
        Expr body = expression();
        return new Expr.Lambda(from(open), List.copyOf(params), body, null);
    }

    private Expr objectLiteral() {
        Token open = advance();
        List<Expr.Property> properties = new ArrayList<>();
        while (!check(RBRACE)) {
            Token first = peek();
            Expr computed = null;
            Object key = null;
            if (match(LBRACKET)) {
                computed = expression();
                expect(RBRACKET, "Expect ']' after computed key");
            } else {
                key = literalKey("Expect field key in object literal");
            }
            expect(COLON, "Expect ':' after field key");
            Expr value = expression();
            properties.add(new Expr.Property(from(first), key, computed, value));
            if (!match(COMMA)) break; // a trailing comma is allowed
        }
        expect(RBRACE, "Expect '}' after object literal");
        return new Expr.ObjectLit(from(open), List.copyOf(properties));
    }

    private Expr arrayLiteral() {
        Token open = advance();
        List<Expr> elements = new ArrayList<>();
        if (match(RBRACKET)) return new Expr.ArrayLit(from(open), List.of());
        Expr first = expression();
        if (check(FOR)) return comprehension(open, first);
        elements.add(first);
        while (match(COMMA)) {
            if (check(RBRACKET)) break; // trailing comma
            elements.add(expression());
        }
        expect(RBRACKET, "Expect ']' after array literal");
        return new Expr.ArrayLit(from(open), List.copyOf(elements));
    }

    private Expr comprehension(Token open, Expr element) {
        advance(); // FOR
        expect(EACH, "Expect EACH after FOR");
        Token variable = expectName("Expect loop variable name");
        expect(IN, "Expect IN after loop variable");
        Expr iterable = expression();
        Expr condition = match(WHERE) ? expression() : null;
        expect(RBRACKET, "Expect ']' after array comprehension");
        return new Expr.Comprehension(from(open), element, variable.name(), variable.span(), iterable, condition);
    }

    private Expr caseExpr() {
        Token keyword = advance();
        expect(LBRACE, "Expect '{' after CASE");
        List<Expr.When> whens = new ArrayList<>();
        while (check(WHEN)) {
            Token when = advance();
            Expr condition = expression();
            expect(THEN, "Expect THEN after WHEN condition");
            Expr result = expression();
            whens.add(new Expr.When(from(when), condition, result));
        }
        if (whens.isEmpty()) throw error(peek(), "CASE requires at least one WHEN");
        expect(ELSE, "Expect ELSE in CASE");
        Expr otherwise = expression();
        expect(RBRACE, "Expect '}' after CASE");
        return new Expr.Case(from(keyword), List.copyOf(whens), otherwise);
    }

    private Expr tryExpr() {
        Token keyword = advance();
        Expr body = expression();
        Expr.CatchClause clause = catchClause("Expect '->' after TRY/CATCH expression");
        Expr fallback = expression();
        return new Expr.TryExpr(from(keyword), body, clause, fallback);
    }

    /** {@code CATCH (name [: Type]) [RETRY n TIMES [BACKOFF "s"]] arrow}. */
    private Expr.CatchClause catchClause(String arrowMessage) {
        Token keyword = expect(CATCH, "Expect CATCH after TRY expression");
        expect(LPAREN, "Expect '(' after CATCH");
        Token variable = expectName("Expect exception variable");
        String typeName = match(COLON) ? expectName("Expect exception type name").name() : null;
        expect(RPAREN, "Expect ')' after CATCH");
        int retries = 0;
        String backoff = null;
        if (match(RETRY)) {
            retries = retryCount(expect(NUMBER, "Expect retry count"));
            expect(TIMES, "Expect TIMES after retry count");
            if (match(BACKOFF)) backoff = (String) expect(STRING, "Expect backoff string").value();
        }
        expect(ARROW, arrowMessage);
        return new Expr.CatchClause(from(keyword), variable.name(), variable.span(), typeName, retries, backoff);
    }

    /** The grammar takes any NUMBER; a fraction is truncated and huge counts saturate. */
    private static int retryCount(Token number) {
        Object value = number.value();
        if (value instanceof Long n) return (int) Math.min(n, Integer.MAX_VALUE);
        if (value instanceof Double d) return (int) Math.min(d, Integer.MAX_VALUE);
        return Integer.MAX_VALUE;
    }
}
