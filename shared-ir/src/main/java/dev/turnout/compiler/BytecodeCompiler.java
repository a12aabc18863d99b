package dev.turnout.compiler;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.Diagnostic;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionTable;
import dev.turnout.resolve.FunctionScope;
import dev.turnout.resolve.Resolution;
import dev.turnout.resolve.Resolver;
import dev.turnout.resolve.StaticChecker;
import dev.turnout.source.Source;
import dev.turnout.source.Span;
import dev.turnout.syntax.ParseResult;
import dev.turnout.syntax.Parser;
import dev.turnout.syntax.ast.Decl;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.ProgramNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Compiles Branchline source to the shared IR: parse, static checks (§6.3), resolve slots, then one
 * {@link FunctionCode} per transform body, FUNC and lambda. This is the whole front half of the pipeline:
 *
 * <pre>
 * source ─Lexer/Parser→ AST ─StaticChecker→ checked AST ─Resolver→ scopes and slots ─BytecodeCompiler→ FunctionTable
 * </pre>
 *
 * Function indexes: transforms and FUNCs in declaration order, then lambdas in the order they are compiled.
 */
public final class BytecodeCompiler {
    final Source source;
    final HostTable hosts;
    final Resolution resolution;
    final Map<String, Integer> funcIndexes = new HashMap<>();
    private final List<FunctionCode> functions = new ArrayList<>();
    private final List<Diagnostic> diagnostics = new ArrayList<>();

    private BytecodeCompiler(Source source, HostTable hosts, Resolution resolution) {
        this.source = source;
        this.hosts = hosts;
        this.resolution = resolution;
    }

    /**
     * Compiles a program, or throws {@link CompileException} with every lexical, syntax, static and
     * unsupported-construct diagnostic found.
     */
    public static CompiledProgram compile(Source source, HostTable hosts) {
        try {
            return compileChecked(source, hosts);
        } catch (StackOverflowError deep) {
            // The front end is recursive descent; absurd nesting (thousands of brackets) exhausts the Java stack.
            throw new CompileException(List.of(Diagnostic.at(source, new Span(1, 1, 0, 0),
                    "Program is nested too deeply to compile")));
        }
    }

    private static CompiledProgram compileChecked(Source source, HostTable hosts) {
        ParseResult parsed = Parser.parse(source);
        if (!parsed.diagnostics().isEmpty()) throw new CompileException(parsed.diagnostics());
        ProgramNode program = parsed.program();
        List<Diagnostic> problems = new ArrayList<>(StaticChecker.check(program, hosts.names()));
        problems.addAll(ArityCheck.find(program, hosts));
        problems.addAll(UnsupportedConstructs.find(program));
        if (!problems.isEmpty()) {
            problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
                    : Integer.compare(a.column(), b.column()));
            throw new CompileException(problems);
        }
        BytecodeCompiler compiler = new BytecodeCompiler(source, hosts, Resolver.resolve(program));
        return compiler.compileProgram(program);
    }

    private CompiledProgram compileProgram(ProgramNode program) {
        List<Decl> bodies = new ArrayList<>();
        for (Decl decl : program.declarations()) {
            if (decl instanceof Decl.Transform || decl instanceof Decl.Func) {
                if (decl instanceof Decl.Func f) funcIndexes.putIfAbsent(f.name(), bodies.size());
                bodies.add(decl);
                functions.add(null);
            }
        }
        Map<String, Integer> transforms = new LinkedHashMap<>();
        int firstTransform = -1;
        for (int i = 0; i < bodies.size(); i++) {
            Decl decl = bodies.get(i);
            FunctionContext fn = new FunctionContext(this, resolution.scopeOf(decl), i);
            StatementCompiler statements = new StatementCompiler(fn);
            if (decl instanceof Decl.Transform t) {
                if (firstTransform < 0) firstTransform = i;
                if (t.name() != null) transforms.putIfAbsent(t.name(), i);
                statements.compileTransformBody(t.body());
            } else {
                Decl.Func f = (Decl.Func) decl;
                fn.movableParameters(SingleUseParameters.of(f.params(), f.exprBody(), f.blockBody()));
                if (f.exprBody() != null) statements.compileExpressionBody(f.exprBody());
                else statements.compileFunctionBody(f.blockBody(), f.span());
            }
            functions.set(i, fn.finish(source.name()));
        }
        if (!diagnostics.isEmpty()) throw new CompileException(diagnostics);
        return new CompiledProgram(source, new FunctionTable(functions), hosts, Map.copyOf(transforms),
                firstTransform);
    }

    /** Compiles a lambda into its own function and returns its index (for MAKE_CLOSURE). */
    int compileLambda(Expr.Lambda lambda) {
        FunctionScope scope = resolution.scopeOf(lambda);
        int index = functions.size();
        functions.add(null);
        FunctionContext fn = new FunctionContext(this, scope, index);
        fn.movableParameters(SingleUseParameters.of(lambda.params(), lambda.exprBody(), lambda.blockBody()));
        StatementCompiler statements = new StatementCompiler(fn);
        if (lambda.exprBody() != null) statements.compileExpressionBody(lambda.exprBody());
        else statements.compileFunctionBody(lambda.blockBody(), lambda.span());
        functions.set(index, fn.finish(source.name()));
        return index;
    }

    void report(Span span, String message) {
        diagnostics.add(Diagnostic.at(source, span, message));
    }
}
