package dev.turnout.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.Diagnostic;
import dev.turnout.source.Source;
import dev.turnout.syntax.ast.Decl;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.ProgramNode;
import dev.turnout.syntax.ast.Stmt;
import dev.turnout.syntax.ast.TypeExpr;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Syntax, LANGUAGE.md §3, §4, §8 and Appendix A. */
class ParserTest {

    // ----- helpers -----

    private static ParseResult parse(String text) {
        return Parser.parse(new Source("t.bl", text));
    }

    private static ProgramNode program(String text) {
        ParseResult r = parse(text);
        assertTrue(r.ok(), () -> "unexpected diagnostics: " + headlines(r));
        return r.program();
    }

    /** The statements of a transform whose body is {@code body}. */
    private static List<Stmt> body(String body) {
        ProgramNode p = program("TRANSFORM T {\n" + body + "\n}");
        return ((Decl.Transform) p.declarations().get(0)).body().statements();
    }

    /** The statements of {@code body}, rendered and joined with " | ". */
    private static String stmts(String body) {
        return body(body).stream().map(AstText::of).collect(Collectors.joining(" | "));
    }

    /** The expression of a single-statement body {@code LET v = <text>}. */
    private static Expr expr(String text) {
        return ((Stmt.Let) body("LET v = " + text).get(0)).value();
    }

    private static String tree(String text) {
        return AstText.of(expr(text));
    }

    private static String headlines(ParseResult r) {
        return r.diagnostics().stream().map(Diagnostic::headline).collect(Collectors.joining("\n"));
    }

    /** The diagnostics of a transform body, as "line:col message" (the body starts on line 2). */
    private static List<String> bodyErrors(String body) {
        return errors("TRANSFORM T {\n" + body + "\n}");
    }

    private static List<String> errors(String text) {
        return parse(text).diagnostics().stream().map(d -> d.line() + ":" + d.column() + " " + d.message())
                .collect(Collectors.toList());
    }

    /** The single diagnostic message of a body. */
    private static String bodyError(String body) {
        List<String> errors = bodyErrors(body);
        assertEquals(1, errors.size(), () -> "expected one diagnostic: " + errors);
        return errors.get(0).substring(errors.get(0).indexOf(' ') + 1);
    }

    // ----- precedence §8.1 -----

    @Test
    void precedence_specExamples() {
        assertEquals("(neg (. a b))", tree("-a.b"));
        assertEquals("(== (! x) y)", tree("!x == y"));
        assertEquals("(?? a (|| b c))", tree("a ?? b || c"));
        assertEquals("(&& (== (+ 1 (* 2 3)) 7) true)", tree("1 + 2 * 3 == 7 && true"));
    }

    @Test
    void binaryOperators_areLeftAssociative() {
        assertEquals("(- (- a b) c)", tree("a - b - c"));
        assertEquals("(== (== a b) c)", tree("a == b == c"));
        assertEquals("(// (% a b) c)", tree("a % b // c"));
    }

    @Test
    void concat_bindsBetweenComparisonAndAddition() {
        assertEquals("(++ a (+ b c))", tree("a ++ b + c"));
        assertEquals("(< a (++ b c))", tree("a < b ++ c"));
    }

    @Test
    void unaryPrefixes_awaitTakesAPostfixExpression() {
        assertEquals("(+ (await (. a b)) 1)", tree("AWAIT a.b + 1"));
        assertEquals("(suspend (neg x))", tree("SUSPEND -x"));
        assertEquals("(! (! x))", tree("!!x"));
    }

    @Test
    void postfix_chainsLeftToRight() {
        assertEquals("(call (. ([] (.N xs 2) k) f) 1)", tree("xs.2[k].f(1)"));
    }

    // ----- IF-expression position, rule 3 -----

    @Test
    void ifExpression_whereAFullExpressionIsExpected() {
        assertEquals("(if (> n 100) \"large\" (if (> n 10) \"medium\" \"small\"))",
                tree("IF n > 100 THEN \"large\" ELSE IF n > 10 THEN \"medium\" ELSE \"small\""));
        assertEquals("(+ 1 (if c 1 2))", tree("1 + (IF c THEN 1 ELSE 2)"));
        assertEquals("(call f (if c 1 2))", tree("f(IF c THEN 1 ELSE 2)"));
    }

    @Test
    void ifExpression_asOperand_isError() {
        assertEquals("Unexpected token in expression near 'IF'", bodyError("LET v = 1 + IF c THEN 1 ELSE 2"));
    }

    @Test
    void ifExpression_missingThenOrElse_lowerCaseMessages() {
        assertEquals("expect THEN near '1'", bodyError("LET v = IF c 1 ELSE 2"));
        assertEquals(List.of("1:24 expect ELSE near end of input"), errors("FUNC f(c) = IF c THEN 1"));
    }

    // ----- statement dispatch, rules 1 and 2 -----

    @Test
    void sharedWrite_nameBracketsThenAssign() {
        assertEquals("shared xs[0] = 1 | shared cache[_] = v | shared type[(+ a [1])] = 2",
                stmts("xs[0] = 1\ncache[] = v\ntype[a + [1]] = 2"));
    }

    @Test
    void sharedWrite_notWhenBracketIsFollowedByComparison() {
        assertEquals("expr (== ([] xs 0) 1)", stmts("xs[0] == 1"));
    }

    @Test
    void statementKeywords_beginStatements_backticksMakeThemNames() {
        assertEquals("expr (call set 1) | let Output = (. input type)", stmts("`set`(1)\nLET Output = input.type"));
    }

    @Test
    void softKeywords_areNamesInExpressionsKeysAndPaths() {
        assertEquals("{type: output, let: (. (. input transform) buffer)}",
                tree("{ type: output, let: input.transform.buffer }"));
    }

    @Test
    void ifAndTry_atStatementStart_areStatementForms() {
        List<Stmt> s = body("IF c THEN { OUTPUT {a: 1} } ELSE { OUTPUT {b: 2} }\nTRY f(1) CATCH (e) -> {err: e.message}");
        assertInstanceOf(Stmt.If.class, s.get(0));
        assertInstanceOf(Stmt.Try.class, s.get(1));
        assertEquals("if c {output {a: 1}} else {output {b: 2}}", AstText.of(s.get(0)));
    }

    @Test
    void ifStatement_withExpressionBranches_isError() {
        assertEquals("Expect '{' to start block near '1'", bodyError("IF c THEN 1 ELSE 2"));
    }

    @Test
    void ifStatement_requiresThen_andElseIfIsNotAllowed() {
        assertEquals("Expect THEN after IF condition near '{'", bodyError("IF c { }"));
        assertEquals("Expect '{' to start block near 'IF'", bodyError("IF a THEN { } ELSE IF b THEN { }"));
    }

    @Test
    void forStatement_withAndWithoutEach_andWhere() {
        assertEquals("for x in xs {output x} | for y in (?? ys []) where (> y 1) {}",
                stmts("FOR EACH x IN xs { OUTPUT x }\nFOR y IN ys ?? [] WHERE y > 1 { }"));
        assertEquals("Expect IN after loop variable near 'OF'", bodyError("FOR x OF xs { }"));
        assertEquals("Expect loop variable name near 'IN'", bodyError("FOR EACH IN xs { }"));
    }

    // ----- lambdas and grouping, rules 4, 5, 6 -----

    @Test
    void lambda_isRecognisedByLookahead() {
        assertEquals("(lambda (a b) (+ a b))", tree("(a, b) -> a + b"));
        assertEquals("(lambda () 42)", tree("() -> 42"));
        assertEquals("(lambda (x) (* x 2))", tree("(x) => x * 2"));
        assertEquals("(* a 2)", tree("(a) * 2"));
    }

    @Test
    void group_withCommaOrEmpty_isError() {
        assertEquals("Expect ')' after expression near ','", bodyError("LET v = (a, b)"));
        assertEquals("Unexpected token in expression near ')'", bodyError("LET v = ()"));
    }

    @Test
    void lambdaBody_braceStartsABlock_parenthesisedObjectIsAnExpression() {
        Expr.Lambda block = (Expr.Lambda) expr("(x) -> { LET y = x * 2\n RETURN y + 1 }");
        assertNotNull(block.blockBody());
        assertEquals("(lambda (x) {let y = (* x 2); return (+ y 1)})", AstText.of(block));
        assertEquals("(lambda (x) {a: x})", tree("(x) -> ({ a: x })"));
    }

    @Test
    void calls_parenthesisedNameIsStillANamedCall() {
        Expr.Call call = (Expr.Call) expr("((g))(3)");
        assertInstanceOf(Expr.Name.class, call.callee());
        assertEquals("(call (call f 1) 2)", tree("f(1)(2)"));
        assertEquals("(call (lambda (x) x) 3)", tree("((x) -> x)(3)"));
        assertEquals("Unexpected token in expression near ')'", bodyError("f(1,)"));
    }

    // ----- termination §3.3 -----

    @Test
    void termination_twoStatementsOnOneLine_isError() {
        assertEquals(List.of("2:11 Expect ';' or newline between statements near 'LET'"),
                bodyErrors("LET a = 1 LET b = 2"));
        assertEquals("let a = 1 | let b = 2", stmts("LET a = 1; LET b = 2"));
        assertEquals("Expect ';' or newline between statements near '='", bodyError("x = 1"));
        assertEquals("Expect ';' or newline between statements near 'x'", bodyError("THROW x"));
    }

    @Test
    void termination_closingBraceOrEndEndsAStatement() {
        assertTrue(parse("TRANSFORM T { LET a = 1 }\nFUNC f(x) = x").ok());
        assertTrue(parse("TRANSFORM T { IF c THEN { SET a = 1 } OUTPUT a }").ok());
    }

    @Test
    void termination_outputAndTryNeedNoNewline() {
        assertEquals("output {a: 1} | output {b: 2}", stmts("OUTPUT {a: 1} OUTPUT {b: 2}"));
        assertEquals("try a catch(e) {b: 1} | output {c: 2}", stmts("TRY a CATCH(e) -> {b: 1}; OUTPUT {c: 2}"));
    }

    @Test
    void termination_noSemicolonAfterBlocks() {
        assertEquals("Unexpected token in expression near ';'", bodyError("IF c THEN { };"));
        assertEquals("Unexpected token in expression near ';'", bodyError("FOR x IN xs { };"));
        assertEquals("Unexpected token in expression near ';'", bodyError("LET a = 1;;"));
        assertEquals(List.of("1:16 Unexpected token at top-level near ';'"), errors("TRANSFORM T { };"));
        assertEquals(List.of("1:15 Unexpected token at top-level near ';'"), errors("FUNC f() { 1 };"));
    }

    @Test
    void termination_newlinesNeverEndAnExpression() {
        assertEquals("let x = (call a b)", stmts("LET x = a\n(b)"));
        assertEquals("let y = (+ 1 2)", stmts("LET y = 1\n  + 2"));
        assertEquals("let z = ([] (. a b) 0)", stmts("LET z = a\n.b\n[0]"));
    }

    @Test
    void returnValue_onlyWhenOnTheKeywordsLine() {
        assertEquals("return _ | expr total", stmts("RETURN\n    total"));
        assertEquals("return (+ a 1)", stmts("RETURN a +\n 1"));
        assertEquals("return _", stmts("RETURN;"));
        assertEquals("if c {return _}", stmts("IF c THEN { RETURN }"));
    }

    @Test
    void abort_withAndWithoutValue() {
        assertEquals("abort {reason: \"x\"} | abort _ | expr {a: 1}", stmts("ABORT { reason: \"x\" }\nABORT\n{a: 1}"));
    }

    // ----- LET, SET, APPEND TO, MODIFY -----

    @Test
    void let_errors() {
        assertEquals("Expect identifier after LET near 'if'", bodyError("LET if = 1"));
        assertEquals("Expect '=' in LET statement near '1'", bodyError("LET x 1"));
    }

    @Test
    void set_targetsAreNamesAndPaths() {
        assertEquals("set k = 1 | set ([] (. (. o a) b) 1) = 7 | set (.[] o .k) = true | set (.N o 0) = x",
                stmts("SET k = 1\nSET o.a.b[1] = 7\nSET o.[k] = true\nSET o.0 = x"));
        assertEquals("SET target must be identifier or path near 'f'", bodyError("SET f(x).a = 1"));
        assertEquals("Expect '=' after SET target near '=='", bodyError("SET x == 1"));
    }

    @Test
    void appendTo_targetHasNoCalls_valueFollowsDirectly() {
        assertEquals("append xs x | append (.[] acc .k) (. p name) init [] | append (. a b) 1 | append xs [1, 2]",
                stmts("APPEND TO xs x\nAPPEND TO acc.[k] p.name INIT []\nAPPEND TO a.b (1)\nAPPEND TO xs ([1, 2])"));
    }

    @Test
    void appendTo_errors() {
        assertEquals("Expect ']' after index near ','", bodyError("APPEND TO xs [1, 2]"));
        assertEquals("Expect TO after APPEND near 'xs'", bodyError("APPEND xs 1"));
        assertEquals("APPEND TO target must be identifier or path near '1'", bodyError("APPEND TO 1 2"));
    }

    @Test
    void modify_staticPathAndEntries() {
        assertEquals("modify cfg.opts.2L {debug: true, level: 2, k k: 3, 4L: 5, [(+ a b)]: 6}",
                stmts("MODIFY cfg.opts.2 { debug: true, level: 2; \"k k\": 3, 4: 5; [a + b]: 6 }"));
        assertEquals("modify x {}", stmts("MODIFY x {}"));
    }

    @Test
    void modify_errors() {
        assertEquals("Expect field key in MODIFY near '}'", bodyError("MODIFY x { a: 1, }"));
        assertEquals("Expect field key in MODIFY near '}'", bodyError("MODIFY x { a: 1; }"));
        assertEquals("Expect static object path after MODIFY (identifier or dotted path without '[ ]') near '['",
                bodyError("MODIFY x[0] { a: 1 }"));
        assertEquals("Expect static object path after MODIFY (identifier or dotted path without '[ ]') near '['",
                bodyError("MODIFY x.[k] { a: 1 }"));
        assertEquals("Expect '{' after MODIFY target near '='", bodyError("MODIFY x = 1"));
        assertEquals("Expect '}' after MODIFY block near 'b'", bodyError("MODIFY x { a: 1 b: 2 }"));
    }

    // ----- CASE, TRY -----

    @Test
    void case_whensAndElse() {
        assertEquals("(case ((> n 1) \"big\") ((== n 1) \"one\") else \"small\")",
                tree("CASE {\n WHEN n > 1 THEN \"big\"\n WHEN n == 1 THEN \"one\"\n ELSE \"small\"\n}"));
    }

    @Test
    void case_errors() {
        assertEquals("CASE requires at least one WHEN near 'ELSE'", bodyError("LET v = CASE { ELSE 1 }"));
        assertEquals("Expect ELSE in CASE near '}'", bodyError("LET v = CASE { WHEN a THEN 1 }"));
        assertEquals("Expect '}' after CASE near '2'", bodyError("LET v = CASE { WHEN a THEN 1 ELSE 0 2 }"));
    }

    @Test
    void tryExpression_withTypeRetryAndBackoff() {
        assertEquals("(try (call INT (. input qty)) catch(e) 0)", tree("TRY INT(input.qty) CATCH (e) -> 0"));
        assertEquals("(try (call f) catch(err:Error) retry 3 backoff \"200ms\" (. err message))",
                tree("TRY f() CATCH (err: Error) RETRY 3 TIMES BACKOFF \"200ms\" => err.message"));
        assertEquals("(+ (try a catch(e) 0) 1)", tree("(TRY a CATCH (e) -> 0) + 1"));
        assertEquals("(try a catch(e) (+ 0 1))", tree("TRY a CATCH (e) -> 0 + 1"));
    }

    @Test
    void tryStatement_fallbackAndAbortForms() {
        assertEquals("try (call f) catch(e) {error: (. e message)} | try g catch(e) retry 2 abort {x: 1}"
                        + " | try h catch(e) abort _ | output 1",
                stmts("TRY f() CATCH (e) -> { error: e.message }\nTRY g CATCH (e) RETRY 2 TIMES -> ABORT { x: 1 }\n"
                        + "TRY h CATCH (e) -> ABORT\nOUTPUT 1"));
    }

    @Test
    void try_errors() {
        assertEquals("Expect CATCH after TRY expression near '->'", bodyError("TRY a -> 1"));
        assertEquals("Expect '(' after CATCH near 'e'", bodyError("TRY a CATCH e -> 1"));
        assertEquals("Expect exception variable near ')'", bodyError("TRY a CATCH () -> 1"));
        assertEquals("Expect ')' after CATCH near 'e2'", bodyError("TRY a CATCH (e e2) -> 1"));
        assertEquals("Expect '->' after TRY/CATCH block near '{'", bodyError("TRY a CATCH (e) { }"));
        assertEquals("Expect '->' after TRY/CATCH expression near '0'", bodyError("LET v = TRY a CATCH (e) 0"));
        assertEquals("Expect retry count near 'TIMES'", bodyError("TRY a CATCH (e) RETRY TIMES -> 1"));
        assertEquals("Expect TIMES after retry count near '->'", bodyError("TRY a CATCH (e) RETRY 2 -> 1"));
        assertEquals("Expect backoff string near '200'", bodyError("TRY a CATCH (e) RETRY 2 TIMES BACKOFF 200ms -> 1"));
    }

    // ----- literals, comprehensions -----

    @Test
    void objectLiteral_keysAndTrailingComma() {
        assertEquals("{name: 1, any key: 2, 10L: 3, [k]: 4, \"q\": 5}",
                tree("{ name: 1, \"any key\": 2, 10: 3, [k]: 4, \"\\\"q\\\"\": 5, }"));
        assertEquals("{}", tree("{}"));
    }

    @Test
    void objectLiteral_errors() {
        assertEquals("Expect field key in object literal near 'if'", bodyError("LET v = { if: 1 }"));
        assertEquals("Expect ':' after field key near '1'", bodyError("LET v = { a 1 }"));
        assertEquals("Expect '}' after object literal near 'b'", bodyError("LET v = { a: 1 b: 2 }"));
        assertEquals("Expect ':' after field key near '?'", bodyError("LET v = { a?: 1 }"));
    }

    @Test
    void arrayLiteral_andComprehension() {
        assertEquals("[1, 2]", tree("[1, 2,]"));
        assertEquals("[]", tree("[]"));
        assertEquals("[(* x 2) for x in xs where (> x 1)]", tree("[x * 2 FOR EACH x IN xs WHERE x > 1]"));
        assertEquals("[[(* y 10) for y in r] for r in (. input matrix)]",
                tree("[[y * 10 FOR EACH y IN r] FOR EACH r IN input.matrix]"));
    }

    @Test
    void arrayLiteral_errors() {
        assertEquals("Expect ']' after array literal near '2'", bodyError("LET v = [1 2]"));
        assertEquals("Expect EACH after FOR near 'x'", bodyError("LET v = [x FOR x IN xs]"));
        assertEquals("Expect ']' after array comprehension near ','", bodyError("LET v = [x FOR EACH x IN xs, 1]"));
    }

    @Test
    void dollarAndReservedWords_areNotOperands() {
        assertEquals("Unexpected token in expression near '$'", bodyError("LET v = $.a"));
        assertEquals("Unexpected token in expression near 'ELSE'", bodyError("LET v = ELSE"));
    }

    // ----- paths §8.4, rule 7 -----

    @Test
    void paths_numbersAreIntegerKeys_softKeywordsAndBackticksAreNames() {
        assertEquals("(.N xs 2)", tree("xs.2"));
        assertEquals("(. (. input type) case)", tree("input.type.`case`"));
        assertEquals("([] (.N m 0) 1)", tree("m.0[1]"));
    }

    @Test
    void paths_reservedWordOrMinusAfterDot_isError() {
        assertEquals("Expect property name or index after '.' near 'case'", bodyError("LET v = input.case"));
        assertEquals("Expect property name or index after '.' near '-'", bodyError("LET v = a.-1"));
        assertEquals("Expect property name or index after '.' near '*'", bodyError("LET v = a.*"));
    }

    @Test
    void numericKeys_mustBeNonNegativeIntegers() {
        assertEquals("Numeric field key must be a non-negative integer, got '0.1' near '0.1'",
                bodyError("LET v = m.0.1"));
        assertEquals("Numeric field key must be a non-negative integer, got '1.5' near '1.5'",
                bodyError("LET v = { 1.5: x }"));
        assertEquals("Numeric field key must be a non-negative integer, got '-1' near '-'",
                bodyError("LET v = { -1: x }"));
        assertEquals("Numeric field key must be a non-negative integer, got '-1' near '-'",
                bodyError("MODIFY o { -1: x }"));
        assertEquals("Numeric field key must be a non-negative integer, got '2.5' near '2.5'",
                bodyError("MODIFY o.2.5 { a: x }"));
    }

    @Test
    void dynPath_namesAndIntegersInside() {
        Expr.DynPath d = (Expr.DynPath) expr("o.[a.b.0]");
        assertEquals(List.of("a", "b", 0L), d.path());
        assertEquals("(. (.[] o .a.type) c)", tree("o.[a.type].c"));
    }

    @Test
    void dynPath_errors() {
        assertEquals("Expect identifier after '.[' near '0'", bodyError("LET v = o.[0]"));
        assertEquals("Expect identifier after '.[' near '\"a\"'", bodyError("LET v = o.[\"a\"]"));
        assertEquals("Expect identifier after '.[' near ']'", bodyError("LET v = o.[]"));
        assertEquals("Expect identifier after '.[' near '['", bodyError("LET v = o.[[a]]"));
        assertEquals("Expect name or index inside '.[' \u2026 ']' near '\"b\"'", bodyError("LET v = o.[a.\"b\"]"));
        assertEquals("Expect name or index inside '.[' \u2026 ']' near ']'", bodyError("LET v = o.[a.]"));
        assertEquals("Expect ']' after .[ \u2026 ] near '['", bodyError("LET v = o.[a[0]]"));
        assertEquals("Numeric field key must be a non-negative integer, got '0.1' near '0.1'",
                bodyError("LET v = o.[a.0.1]"));
    }

    @Test
    void index_unbalancedOrSlice_isError() {
        assertEquals("Expect ']' after index near ':'", bodyError("LET v = xs[1:2]"));
        assertEquals("Expect ')' after arguments near ';'", bodyError("LET v = f(1;"));
    }

    // ----- declarations, signatures, types §4, §13.5 -----

    @Test
    void declarations_allKinds() {
        ProgramNode p = program("TRANSFORM { }\nFUNC inc(x) = x + 1\nFUNC add(a, b) { RETURN a + b }\n"
                + "TYPE Color = enum { RED, GREEN }\nTYPE Id = union String | Number\nSHARED cache SINGLE\n"
                + "SHARED sessions MANY; TRANSFORM Named { }");
        List<Decl> d = p.declarations();
        assertEquals(8, d.size());
        assertNull(d.get(0).name());
        Decl.Func inc = (Decl.Func) d.get(1);
        assertEquals("(+ x 1)", AstText.of(inc.exprBody()));
        assertNotNull(((Decl.Func) d.get(2)).blockBody());
        Decl.Type color = (Decl.Type) d.get(3);
        assertTrue(color.isEnum());
        assertEquals(List.of("RED", "GREEN"), color.members());
        assertEquals(List.of("String", "Number"), ((Decl.Type) d.get(4)).members());
        assertTrue(((Decl.Shared) d.get(6)).many());
        assertEquals("Named", d.get(7).name());
    }

    @Test
    void declarations_errors() {
        assertEquals(List.of("1:10 Expect 'enum' or 'union' after '=' near '{'"), errors("TYPE X = { a: string }"));
        assertEquals(List.of("1:13 Expect SINGLE or MANY after shared name near end of input"), errors("SHARED cache"));
        assertEquals(List.of("1:1 Unexpected token at top-level near 'LET'"), errors("LET x = 1"));
        assertEquals(List.of("1:1 Unexpected token at top-level near 'IMPORT'"), errors("IMPORT \"x\" AS y"));
    }

    @Test
    void signature_withRecordListEnumUnionAndAnyTypes() {
        Decl.Transform t = (Decl.Transform) program(
                "TRANSFORM T (input: { id: number, email?: string, tags: [text], kind: enum { A, B, } }, n: Id)"
                        + " -> [Out] | _? { }").declarations().get(0);
        Decl.Signature s = t.signature();
        assertEquals(2, s.params().size());
        TypeExpr.Record record = (TypeExpr.Record) s.params().get(0).type();
        assertEquals(4, record.fields().size());
        assertTrue(record.fields().get(1).optional());
        assertInstanceOf(TypeExpr.ListOf.class, record.fields().get(2).type());
        assertEquals(List.of("A", "B"), ((TypeExpr.Enum) record.fields().get(3).type()).values());
        TypeExpr.Union result = (TypeExpr.Union) s.result();
        assertInstanceOf(TypeExpr.ListOf.class, result.options().get(0));
        assertTrue(((TypeExpr.Any) result.options().get(1)).optional());
    }

    @Test
    void signature_errors() {
        assertEquals(List.of("1:24 Expect '->' after transform signature near '{'"), errors("TRANSFORM T (input: X) { }"));
        assertEquals(List.of("1:20 Expect ':' after transform parameter name near 'X'"),
                errors("TRANSFORM T (input X) -> Y { }"));
        assertEquals(List.of("1:21 Expect type near 'NULL'"), errors("TRANSFORM T (input: NULL) -> Y { }"));
    }

    @Test
    void modeClause_bufferAccepted_streamRejected() {
        assertEquals(1, ((Decl.Transform) program("TRANSFORM T { BUFFER } { OUTPUT {a: 1} }")
                .declarations().get(0)).body().statements().size());
        assertTrue(parse("TRANSFORM (i: _) -> _ { buffer } { }").ok());
        assertEquals(List.of("1:15 STREAM mode is not supported yet. Omit mode to use BUFFER. near 'stream'"),
                errors("TRANSFORM T { stream } { }"));
    }

    @Test
    void emptySource_parsesToEmptyProgram() {
        ParseResult r = parse("  // nothing\n/* here */ ");
        assertTrue(r.ok());
        assertTrue(r.program().declarations().isEmpty());
    }

    // ----- spans -----

    @Test
    void spans_binaryAtOperator_pathStepAtDotOrBracket_callAtCalleeOrParen() {
        Expr.Binary b = (Expr.Binary) expr("a +\n  b");
        assertEquals("2:11", b.span().toString()); // "LET v = a +" is on line 2 of the wrapped source
        Expr.Index i = (Expr.Index) expr("xs.a[0]");
        assertEquals("2:13", i.span().toString());
        assertEquals("2:11", ((Expr.Member) i.target()).span().toString());
        Expr.Call named = (Expr.Call) expr("f(1)");
        assertEquals("2:9", named.span().toString());
        Expr.Call value = (Expr.Call) expr("o.f(1)");
        assertEquals("2:12", value.span().toString());
        Stmt.Let let = (Stmt.Let) body("  LET v = 1").get(0);
        assertEquals("2:3", let.span().toString());
        assertEquals("2:7", let.nameSpan().toString());
    }

    // ----- recovery and reporting -----

    @Test
    void diagnostics_useMessageNearLexemeAtTokenPosition() {
        Diagnostic d = parse("TRANSFORM T {\n  LET s = \"x\" \"y\"\n}").diagnostics().get(0);
        assertEquals("Expect ';' or newline between statements near '\"y\"'", d.message());
        assertEquals(2, d.line());
        assertEquals(15, d.column());
        assertEquals("  LET s = \"x\" \"y\"", d.sourceLine());
    }

    @Test
    void recovery_reportsIndependentErrorsInOneRun() {
        List<String> errors = errors("TRANSFORM T {\n"
                + "  LET a = 1 +\n"
                + "  LET b = 2\n"
                + "  OUTPUT { x: a b }\n"
                + "  SET c == 3\n"
                + "  OUTPUT { ok: b }\n"
                + "}\n"
                + "FUNC f(x) = x +\n"
                + "FUNC g(x) = x\n");
        assertEquals(List.of(
                // a soft keyword is a name inside an expression: "1 + LET", then "b" on the same line
                "3:7 Expect ';' or newline between statements near 'b'",
                "4:17 Expect '}' after object literal near 'b'",
                "5:9 Expect '=' after SET target near '=='",
                "9:6 Expect ';' or newline between statements near 'g'"), errors);
        ParseResult r = parse("TRANSFORM T {\n  LET a = )\n  LET b = 2\n  OUTPUT { ok: b }\n}\nFUNC g(x) = x\n");
        assertEquals(1, r.diagnostics().size());
        List<Decl> decls = r.program().declarations();
        assertEquals(2, decls.size());
        assertEquals("let b = 2 | output {ok: b}", ((Decl.Transform) decls.get(0)).body().statements().stream()
                .map(AstText::of).collect(Collectors.joining(" | ")));
    }

    @Test
    void recovery_errorBeforeABlockSkipsTheWholeBlock() {
        ParseResult r = parse("TRANSFORM T {\n  IF x + THEN {\n    LET a = 1\n  }\n  LET b = 2\n}\nFUNC f() = 1");
        assertEquals(List.of("2:10 Unexpected token in expression near 'THEN'"), errorsOf(r));
        assertEquals(2, r.program().declarations().size());
        assertEquals(1, ((Decl.Transform) r.program().declarations().get(0)).body().statements().size());
    }

    @Test
    void recovery_unclosedObjectLiteralResumesAtNextStatement() {
        ParseResult r = parse("TRANSFORM T {\n  LET x = { a: 1\n  LET y = 2\n  OUTPUT { y: y }\n}\n");
        assertEquals(List.of("3:3 Expect '}' after object literal near 'LET'"), errorsOf(r));
        assertEquals(2, ((Decl.Transform) r.program().declarations().get(0)).body().statements().size());
    }

    @Test
    void recovery_errorsInNestedBlocksAndLambdaBodies() {
        List<String> errors = errors("TRANSFORM T {\n"
                + "  FOR x IN xs {\n"
                + "    LET = 1\n"
                + "  }\n"
                + "  LET f = (x) -> {\n"
                + "    RETURN x x\n"
                + "  }\n"
                + "  OUTPUT { a: 1 }\n"
                + "}");
        assertEquals(List.of("3:9 Expect identifier after LET near '='",
                "6:14 Expect ';' or newline between statements near 'x'"), errors);
    }

    @Test
    void recovery_missingClosingBraceAtEndIsReportedOnce() {
        assertEquals(List.of("4:1 Expect '}' after block near end of input"),
                errors("TRANSFORM T {\n  IF c THEN {\n    FOR x IN xs {\n"));
    }

    @Test
    void recovery_declarationAfterBrokenBodyIsStillParsed() {
        ParseResult r = parse("TRANSFORM A {\n  LET x = (1\n  y\nFUNC f(x) = x\nTRANSFORM B { }");
        assertEquals(List.of("3:3 Expect ')' after expression near 'y'"), errorsOf(r));
        List<String> names = r.program().declarations().stream().map(Decl::name).collect(Collectors.toList());
        assertEquals(List.of("f", "B"), names);
    }

    @Test
    void lexicalError_stopsProcessing() {
        ParseResult r = parse("TRANSFORM T {\n  LET a = 1 +\n  LET b = @\n}");
        assertEquals(List.of("3:11 Unexpected character '@'"), errorsOf(r));
        assertTrue(r.program().declarations().isEmpty());
    }

    @Test
    void parseOrThrow_throwsWithEveryDiagnostic() {
        CompileException e = assertThrows(CompileException.class,
                () -> Parser.parseOrThrow(new Source("t.bl", "LET x = 1\nTRANSFORM T { OUTPUT }")));
        assertEquals(2, e.diagnostics().size());
        assertEquals("t.bl:1:1: Unexpected token at top-level near 'LET'", e.diagnostics().get(0).headline());
        assertNotNull(Parser.parseOrThrow(new Source("t.bl", "TRANSFORM T { }")));
    }

    private static List<String> errorsOf(ParseResult r) {
        return r.diagnostics().stream().map(d -> d.line() + ":" + d.column() + " " + d.message())
                .collect(Collectors.toList());
    }
}
