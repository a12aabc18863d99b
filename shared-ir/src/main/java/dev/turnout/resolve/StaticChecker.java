package dev.turnout.resolve;

import dev.turnout.errors.Diagnostic;
import dev.turnout.source.Source;
import dev.turnout.source.Span;
import dev.turnout.syntax.ast.Decl;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.ProgramNode;
import dev.turnout.syntax.ast.Stmt;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The static check that runs on every program before it executes (LANGUAGE.md §4.1, §6.3, §13.5; DECISIONS.md D8:
 * it can never be skipped). Pipeline position: Parser → {@code StaticChecker} → Resolver → compiler. It returns
 * every violation it finds, sorted by position; an empty list means the program may run.
 *
 * <pre>{@code
 * List<Diagnostic> problems = StaticChecker.check(program, StandardLibrary::isFunctionName);
 * if (!problems.isEmpty()) throw new CompileException(problems);
 * }</pre>
 *
 * <p>Rules, each reported at the offending name: a program without TRANSFORM (at 1:1); {@code Duplicate symbol}
 * among FUNC/TYPE/SHARED/named-TRANSFORM names (at the earlier declaration); {@code Undefined identifier} for a
 * name (or a named-call callee) that is not visible; {@code Duplicate LET} / {@code Shadowing variable}; unknown
 * roots of SET/APPEND TO paths and MODIFY; repeated literal MODIFY keys; shared writes; unknown type names in
 * signatures and cyclic TYPE unions ({@link StaticTypeRules}; a TYPE union may name undeclared types, §4.4).
 *
 * <p>Scopes ({@link StaticScopes}) are pushed exactly as §6.3 lists them. A FUNC body starts from an empty stack
 * (its body sees only its parameters), while a lambda pushes onto the stack of its surroundings and so sees the
 * enclosing transform's variables.
 *
 * <p>Decisions where the spec leaves room:
 * <ul>
 *   <li><b>Shadowing</b> counts only names held by scopes of the stack. {@code input}, {@code row}, global
 *       (FUNC/TYPE/SHARED/TRANSFORM) names and library function names are visible but in no scope, so
 *       {@code LET input = …} or {@code LET KEYS = …} is allowed, just as {@code SET input.x = …} is rejected for
 *       the same reason (§6.3: "visible but are not in any scope").</li>
 *   <li>"In a scope" for SET/APPEND TO/MODIFY roots means in any scope of the stack, not only the innermost one,
 *       despite the words "in same block" of the messages; a LET before an IF is settable inside it (§6.3).</li>
 *   <li>A named-call callee is checked with the same visibility rule as any name, so calling a TYPE or SHARED
 *       name passes the check and fails at runtime with {@code FUNC 'f' undefined} (§8.17 says "usually").</li>
 *   <li>Loop, comprehension and CATCH variables and lambda parameters may reuse any visible name; only LET is
 *       subject to the duplicate/shadowing rules. A LET of a parameter name directly in a lambda block body or
 *       a FUNC body is {@code Duplicate LET}; deeper inside (e.g. in an IF branch) it is shadowing.</li>
 *   <li>Not checked, per §6.3: expression statements (including lambdas inside them), the variable forms
 *       {@code SET x = …} and {@code APPEND TO x …} (target, value and INIT), and MODIFY entry values and
 *       computed keys. The key expressions, value and INIT of path forms are checked.</li>
 *   <li>A name repeated three times gives one {@code Duplicate symbol} at each declaration that has a later
 *       repeat. The position of a TRANSFORM/TYPE/SHARED name is found in the source right after its keyword
 *       (the AST keeps only the declaration's span for these); if that fails the declaration's span is used.</li>
 *   <li>A shared write's key and value are checked like any expression; its position is the statement's
 *       (which starts at the resource name).</li>
 * </ul>
 */
public final class StaticChecker implements Stmt.Visitor<Void>, Expr.Visitor<Void> {

    private final Source source;
    private final Predicate<String> isLibraryFunction;
    private final Set<String> globals = new HashSet<>();
    private final Map<String, Decl.Shared> sharedResources = new HashMap<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();
    private StaticScopes scopes = new StaticScopes();

    private final Collection<String> libraryNames;

    private StaticChecker(Source source, Predicate<String> isLibraryFunction, Collection<String> libraryNames) {
        this.source = source;
        this.isLibraryFunction = isLibraryFunction;
        this.libraryNames = libraryNames;
    }

    /**
     * Checks a whole program against a set of library (and host) function names, which also feed the "did you
     * mean" hints of {@code Undefined identifier}.
     */
    public static List<Diagnostic> check(ProgramNode program, Collection<String> libraryNames) {
        StaticChecker checker = new StaticChecker(program.source(), libraryNames::contains, libraryNames);
        checker.checkProgram(program.declarations());
        List<Diagnostic> result = checker.diagnostics;
        result.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return List.copyOf(result);
    }

    /**
     * Checks a whole program.
     *
     * @param isLibraryFunction whether a name is a standard-library or host function (case-sensitive)
     * @return every violation, in source order; empty when the program passes
     */
    public static List<Diagnostic> check(ProgramNode program, Predicate<String> isLibraryFunction) {
        StaticChecker checker = new StaticChecker(program.source(), isLibraryFunction, List.of());
        checker.checkProgram(program.declarations());
        List<Diagnostic> result = checker.diagnostics;
        // Stable: two problems at one position keep the order in which they were found.
        result.sort(Comparator.comparingInt(Diagnostic::line).thenComparingInt(Diagnostic::column));
        return List.copyOf(result);
    }

    private void checkProgram(List<Decl> declarations) {
        collectGlobals(declarations);
        if (declarations.stream().noneMatch(d -> d instanceof Decl.Transform)) {
            report(new Span(1, 1, 0, 0), "Program must declare at least one TRANSFORM block");
        }
        StaticTypeRules typeRules = new StaticTypeRules(declarations, this::report);
        for (Decl decl : declarations) {
            if (decl instanceof Decl.Transform transform) {
                if (transform.signature() != null) typeRules.checkSignature(transform.signature());
                checkTransform(transform);
            } else if (decl instanceof Decl.Func func) {
                checkFunc(func);
            } else if (decl instanceof Decl.Type type) {
                typeRules.checkDeclaration(type);
            }
        }
    }

    /** Records the global namespace and reports repeated names (§4.1). */
    private void collectGlobals(List<Decl> declarations) {
        Map<String, Decl> previous = new HashMap<>();
        for (Decl decl : declarations) {
            String name = decl.name();
            if (name == null) continue; // unnamed transform
            Decl earlier = previous.put(name, decl);
            if (earlier != null) report(nameSpan(earlier), "Duplicate symbol '" + name + "'");
            globals.add(name);
            if (decl instanceof Decl.Shared shared) sharedResources.putIfAbsent(name, shared);
        }
    }

    private void checkTransform(Decl.Transform transform) {
        scopes = new StaticScopes();
        scopes.push();
        statements(transform.body());
    }

    private void checkFunc(Decl.Func func) {
        // A FUNC body sees only its parameters (§6.2), so its stack starts fresh.
        scopes = new StaticScopes();
        scopes.push();
        for (Expr.Param param : func.params()) scopes.declare(param.name());
        if (func.exprBody() != null) {
            expr(func.exprBody());
        } else {
            statements(func.blockBody());
        }
    }

    // ----- statements -----

    private void statements(Stmt.Block block) {
        for (Stmt stmt : block.statements()) stmt.accept(this);
    }

    /** A block that is its own static scope (IF branches, FOR bodies). */
    private void scopedBlock(Stmt.Block block) {
        scopes.push();
        statements(block);
        scopes.pop();
    }

    @Override
    public Void visitLet(Stmt.Let s) {
        switch (scopes.letConflict(s.name())) {
            case DUPLICATE -> report(s.nameSpan(), "Duplicate LET '" + s.name() + "' in same block");
            case SHADOWING -> report(s.nameSpan(), "Shadowing variable '" + s.name() + "' is not allowed");
            case NONE -> { }
        }
        // Declared before the value is checked: `LET x = x` passes (§6.3).
        scopes.declare(s.name());
        expr(s.value());
        return null;
    }

    @Override
    public Void visitSet(Stmt.Set s) {
        if (s.target() instanceof Expr.Name) return null; // variable form: not checked at all (§6.3)
        pathTarget(s.target(), "Unknown variable '%s' in same block");
        expr(s.value());
        return null;
    }

    @Override
    public Void visitAppendTo(Stmt.AppendTo s) {
        if (s.target() instanceof Expr.Name) return null; // variable form: not checked at all (§6.3)
        pathTarget(s.target(), "Unknown variable '%s'");
        expr(s.value());
        if (s.init() != null) expr(s.init());
        return null;
    }

    /**
     * The target of a SET/APPEND TO path form: the root must be in a scope or be a SHARED name; dynamic keys are
     * ordinary expressions.
     */
    private void pathTarget(Expr target, String unknownRootMessage) {
        Expr root = target;
        while (true) {
            if (root instanceof Expr.Member m) {
                root = m.target();
            } else if (root instanceof Expr.IndexConst c) {
                root = c.target();
            } else if (root instanceof Expr.DynPath d) {
                dynPathHead(d);
                root = d.target();
            } else if (root instanceof Expr.Index i) {
                expr(i.index());
                root = i.target();
            } else {
                break;
            }
        }
        if (root instanceof Expr.Name name) {
            if (!scopes.contains(name.name()) && !sharedResources.containsKey(name.name())) {
                report(name.span(), String.format(unknownRootMessage, name.name()));
            }
        } else {
            expr(root); // not produced by the parser (§3.2); checked as a plain expression
        }
    }

    @Override
    public Void visitModify(Stmt.Modify s) {
        if (!scopes.contains(s.root())) {
            report(s.rootSpan(), "Unknown variable name '" + s.root() + "' in same block");
        }
        // String and Long keys never collide ("1" is not 1), which equals() on the boxed keys gives for free.
        Set<Object> seen = new HashSet<>();
        for (Stmt.ModifyEntry entry : s.entries()) {
            if (entry.key() != null && !seen.add(entry.key())) {
                report(entry.span(), "Duplicate literal key in MODIFY: " + entry.key());
            }
        }
        // Entry values and computed keys are not checked (§6.3).
        return null;
    }

    @Override
    public Void visitOutput(Stmt.Output s) {
        expr(s.value());
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        expr(s.condition());
        scopedBlock(s.then());
        if (s.otherwise() != null) scopedBlock(s.otherwise());
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        expr(s.iterable());
        scopes.push();
        scopes.declare(s.variable());
        if (s.condition() != null) expr(s.condition());
        scopedBlock(s.body());
        scopes.pop();
        return null;
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        expr(s.body());
        scopes.push();
        scopes.declare(s.catchClause().variable());
        if (s.fallback() != null) expr(s.fallback());
        if (s.abortValue() != null) expr(s.abortValue());
        scopes.pop();
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (s.value() != null) expr(s.value());
        return null;
    }

    @Override
    public Void visitAbort(Stmt.Abort s) {
        if (s.value() != null) expr(s.value());
        return null;
    }

    @Override
    public Void visitSharedWrite(Stmt.SharedWrite s) {
        Decl.Shared resource = sharedResources.get(s.resource());
        if (resource == null) {
            report(s.span(), "Unknown shared resource '" + s.resource() + "'");
        } else if (resource.many() && s.key() == null) {
            report(s.span(), "Shared write to MANY requires a key");
        }
        if (s.key() != null) expr(s.key());
        expr(s.value());
        return null;
    }

    @Override
    public Void visitExpression(Stmt.Expression s) {
        return null; // expression statements are not checked (§6.3)
    }

    // ----- expressions -----

    private void expr(Expr e) {
        e.accept(this);
    }

    private boolean isVisible(String name) {
        return name.equals("input") || name.equals("row") || scopes.contains(name) || globals.contains(name)
                || isLibraryFunction.test(name);
    }

    private void reference(String name, Span span) {
        if (!isVisible(name)) {
            Set<String> candidates = new HashSet<>(scopes.allNames());
            candidates.addAll(globals);
            candidates.addAll(libraryNames);
            candidates.add("input");
            candidates.add("row");
            diagnostics.add(Diagnostic.at(source, span, "Undefined identifier '" + name + "'",
                    NearMatches.hint(name, candidates)));
        }
    }

    /** The first element of {@code .[a.b]} is a variable reference; the rest are member names. */
    private void dynPathHead(Expr.DynPath e) {
        if (!e.path().isEmpty() && e.path().get(0) instanceof String head) reference(head, e.pathSpan());
    }

    @Override
    public Void visitNumber(Expr.NumberLit e) {
        return null;
    }

    @Override
    public Void visitString(Expr.StringLit e) {
        return null;
    }

    @Override
    public Void visitBoolean(Expr.BooleanLit e) {
        return null;
    }

    @Override
    public Void visitNull(Expr.NullLit e) {
        return null;
    }

    @Override
    public Void visitName(Expr.Name e) {
        reference(e.name(), e.span());
        return null;
    }

    @Override
    public Void visitBinary(Expr.Binary e) {
        expr(e.left());
        expr(e.right());
        return null;
    }

    @Override
    public Void visitUnary(Expr.Unary e) {
        expr(e.operand());
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        expr(e.operand());
        return null;
    }

    @Override
    public Void visitSuspend(Expr.Suspend e) {
        expr(e.operand());
        return null;
    }

    @Override
    public Void visitMember(Expr.Member e) {
        expr(e.target()); // the member name is not an identifier
        return null;
    }

    @Override
    public Void visitIndexConst(Expr.IndexConst e) {
        expr(e.target());
        return null;
    }

    @Override
    public Void visitDynPath(Expr.DynPath e) {
        expr(e.target());
        dynPathHead(e);
        return null;
    }

    @Override
    public Void visitIndex(Expr.Index e) {
        expr(e.target());
        expr(e.index());
        return null;
    }

    @Override
    public Void visitCall(Expr.Call e) {
        // A Name callee is a named call: a library function, a visible variable or a FUNC — all covered by the
        // visibility rule, so checking it as a Name is the callee check.
        expr(e.callee());
        for (Expr arg : e.args()) expr(arg);
        return null;
    }

    @Override
    public Void visitObject(Expr.ObjectLit e) {
        for (Expr.Property property : e.properties()) {
            if (property.computedKey() != null) expr(property.computedKey());
            expr(property.value());
        }
        return null;
    }

    @Override
    public Void visitArray(Expr.ArrayLit e) {
        for (Expr element : e.elements()) expr(element);
        return null;
    }

    @Override
    public Void visitComprehension(Expr.Comprehension e) {
        expr(e.iterable());
        scopes.push();
        scopes.declare(e.variable());
        if (e.condition() != null) expr(e.condition());
        expr(e.element());
        scopes.pop();
        return null;
    }

    @Override
    public Void visitIf(Expr.IfExpr e) {
        expr(e.condition());
        expr(e.then());
        expr(e.otherwise());
        return null;
    }

    @Override
    public Void visitCase(Expr.Case e) {
        for (Expr.When when : e.whens()) {
            expr(when.condition());
            expr(when.result());
        }
        expr(e.otherwise());
        return null;
    }

    @Override
    public Void visitTry(Expr.TryExpr e) {
        expr(e.body());
        scopes.push();
        scopes.declare(e.catchClause().variable());
        expr(e.fallback());
        scopes.pop();
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        scopes.push();
        for (Expr.Param param : e.params()) scopes.declare(param.name());
        if (e.exprBody() != null) {
            expr(e.exprBody());
        } else {
            scopes.pushBlockOf();
            statements(e.blockBody());
            scopes.pop();
        }
        scopes.pop();
        return null;
    }

    // ----- reporting -----

    private void report(Span span, String message) {
        diagnostics.add(Diagnostic.at(source, span, message));
    }

    /** Where a declaration's name is written. */
    private Span nameSpan(Decl decl) {
        if (decl instanceof Decl.Func func) return func.nameSpan();
        String keyword = decl instanceof Decl.Transform ? "TRANSFORM" : decl instanceof Decl.Type ? "TYPE" : "SHARED";
        Span span = locateNameAfterKeyword(decl.span(), keyword, decl.name());
        return span != null ? span : decl.span();
    }

    /**
     * Finds {@code name} (plain or in backticks) after {@code keyword} at the start of {@code declSpan}, skipping
     * whitespace and comments; null if the text is not laid out that way.
     */
    private Span locateNameAfterKeyword(Span declSpan, String keyword, String name) {
        String text = source.text();
        int i = declSpan.start();
        if (i < 0 || !text.regionMatches(true, i, keyword, 0, keyword.length())) return null;
        i += keyword.length();
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\t' || c == '\r' || c == '\n') {
                i++;
            } else if (text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                if (close < 0) return null;
                i = close + 2;
            } else if (text.startsWith("//", i)) {
                int eol = text.indexOf('\n', i);
                i = eol < 0 ? text.length() : eol;
            } else {
                break;
            }
        }
        int length;
        if (text.startsWith("`" + name + "`", i)) {
            length = name.length() + 2;
        } else if (text.startsWith(name, i)) {
            length = name.length();
        } else {
            return null;
        }
        return new Span(source.lineOf(i), source.columnOf(i), i, i + length);
    }
}
