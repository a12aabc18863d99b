package dev.turnout.compiler;

import dev.turnout.runtime.ops.StructureOps;
import dev.turnout.runtime.ops.ControlOps;
import dev.turnout.runtime.ops.ArithmeticOps;
import dev.turnout.bytecode.Label;
import dev.turnout.bytecode.Opcode;
import dev.turnout.bytecode.ShapeTemplate;
import dev.turnout.errors.ErrorKind;
import dev.turnout.stdlib.LibraryFunction;
import dev.turnout.syntax.ast.Expr;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Compiles expressions (LANGUAGE.md §8): each leaves exactly one value on the operand stack. Operands are
 * evaluated left to right (§6.6); the position of each failing operation (operator token, path step, call) is
 * recorded for error reports.
 */
final class ExpressionCompiler implements Expr.Visitor<Void> {
    private final FunctionContext fn;
    private final StatementCompiler statements;
    private final IntrinsicCompiler intrinsics;

    ExpressionCompiler(FunctionContext fn, StatementCompiler statements) {
        this.fn = fn;
        this.statements = statements;
        this.intrinsics = new IntrinsicCompiler(fn, this);
    }

    void compile(Expr e) {
        e.accept(this);
    }

    // ---- literals and names ---------------------------------------------------------------------------------

    @Override
    public Void visitNumber(Expr.NumberLit e) {
        fn.emit(Opcode.PUSH_CONST, fn.constant(e.value()));
        return null;
    }

    @Override
    public Void visitString(Expr.StringLit e) {
        fn.emit(Opcode.PUSH_CONST, fn.constant(e.value()));
        return null;
    }

    @Override
    public Void visitBoolean(Expr.BooleanLit e) {
        fn.emit(e.value() ? Opcode.PUSH_TRUE : Opcode.PUSH_FALSE);
        return null;
    }

    @Override
    public Void visitNull(Expr.NullLit e) {
        fn.emit(Opcode.PUSH_NULL);
        return null;
    }

    /** A name bound nowhere (or naming a FUNC or library function, which are not values, §5.4) reads as null. */
    @Override
    public Void visitName(Expr.Name e) {
        fn.at(e.span());
        fn.emitLoad(e.name(), false);
        return null;
    }

    // ---- operators ------------------------------------------------------------------------------------------

    @Override
    public Void visitBinary(Expr.Binary e) {
        switch (e.op()) {
            case AND -> logical(e, false);
            case OR -> logical(e, true);
            case COALESCE -> {
                compile(e.left());
                Label done = new Label();
                fn.code.emitJump(Opcode.JUMP_IF_NOT_NULL, done);
                fn.emit(Opcode.POP);
                compile(e.right());
                fn.code.place(done);
            }
            case ADD -> {
                if (e.left() instanceof Expr.StringLit prefix) {
                    compile(e.right());
                    fn.at(e.span());
                    fn.emit(Opcode.CONCAT_PREFIX, fn.constant(prefix.value()), fn.code.newSite());
                } else if (e.right() instanceof Expr.StringLit suffix) {
                    compile(e.left());
                    fn.at(e.span());
                    fn.emit(Opcode.CONCAT_SUFFIX, fn.constant(suffix.value()), fn.code.newSite());
                } else {
                    compile(e.left());
                    compile(e.right());
                    fn.at(e.span());
                    fn.emit(Opcode.ADD, fn.code.newSite());
                }
            }
            default -> {
                compile(e.left());
                compile(e.right());
                fn.at(e.span());
                fn.emit(arithmetic(e.op()), fn.code.newSite());
            }
        }
        return null;
    }

    private static Opcode arithmetic(Expr.BinaryOp op) {
        return switch (op) {
            case ADD -> Opcode.ADD;
            case SUB -> Opcode.SUB;
            case MUL -> Opcode.MUL;
            case DIV -> Opcode.DIV;
            case IDIV -> Opcode.IDIV;
            case MOD -> Opcode.MOD;
            case CONCAT -> Opcode.CONCAT;
            case EQ -> Opcode.EQ;
            case NE -> Opcode.NE;
            case LT -> Opcode.LT;
            case LE -> Opcode.LE;
            case GT -> Opcode.GT;
            case GE -> Opcode.GE;
            default -> throw new IllegalArgumentException(op.toString());
        };
    }

    /** {@code &&} and {@code ||} short-circuit and always produce a boolean (§8.7). */
    private void logical(Expr.Binary e, boolean isOr) {
        Label shortCircuit = new Label();
        Label done = new Label();
        Opcode test = isOr ? Opcode.JUMP_IF_TRUE : Opcode.JUMP_IF_FALSE;
        compile(e.left());
        fn.code.emitJump(test, shortCircuit);
        compile(e.right());
        fn.code.emitJump(test, shortCircuit);
        fn.emit(isOr ? Opcode.PUSH_FALSE : Opcode.PUSH_TRUE);
        fn.code.emitJump(Opcode.JUMP, done);
        fn.code.place(shortCircuit);
        fn.emit(isOr ? Opcode.PUSH_TRUE : Opcode.PUSH_FALSE);
        fn.code.place(done);
    }

    @Override
    public Void visitUnary(Expr.Unary e) {
        compile(e.operand());
        fn.at(e.span());
        if (e.op() == Expr.UnaryOp.NEG) fn.emit(Opcode.NEG, fn.code.newSite());
        else fn.emit(Opcode.NOT);
        return null;
    }

    @Override
    public Void visitAwait(Expr.Await e) {
        // Rejected before code generation (UnsupportedConstructs).
        throw new IllegalStateException("AWAIT reached the code generator");
    }

    @Override
    public Void visitSuspend(Expr.Suspend e) {
        throw new IllegalStateException("SUSPEND reached the code generator");
    }

    // ---- paths ----------------------------------------------------------------------------------------------

    @Override
    public Void visitMember(Expr.Member e) {
        if (e.target() instanceof Expr.Name name && fn.plainLocalSlot(name.name()) >= 0) {
            fn.at(e.span());
            fn.emit(Opcode.GET_LOCAL_MEMBER, fn.plainLocalSlot(name.name()), fn.constant(e.name()),
                    fn.code.newSite());
            return null;
        }
        compile(e.target());
        fn.at(e.span());
        fn.emit(Opcode.GET_MEMBER, fn.constant(e.name()), fn.code.newSite());
        return null;
    }

    @Override
    public Void visitIndexConst(Expr.IndexConst e) {
        compile(e.target());
        fn.at(e.span());
        fn.emit(Opcode.GET_INT_KEY, fn.constant(e.index()), fn.code.newSite());
        return null;
    }

    @Override
    public Void visitDynPath(Expr.DynPath e) {
        compile(e.target());
        compile(PathTarget.dynPathKey(e));
        fn.at(e.span());
        fn.emit(Opcode.GET_INDEX, fn.code.newSite());
        return null;
    }

    @Override
    public Void visitIndex(Expr.Index e) {
        compile(e.target());
        compile(e.index());
        fn.at(e.span());
        fn.emit(Opcode.GET_INDEX, fn.code.newSite());
        return null;
    }

    // ---- calls (§8.17) --------------------------------------------------------------------------------------

    @Override
    public Void visitCall(Expr.Call e) {
        if (!(e.callee() instanceof Expr.Name callee)) {
            compile(e.callee());
            for (Expr arg : e.args()) compile(arg);
            fn.at(e.span());
            fn.emit(Opcode.CALL_VALUE, e.args().size(), fn.code.newSite());
            return null;
        }
        String name = callee.name();
        int argc = e.args().size();
        int host = fn.program.hosts.indexOf(name);
        if (host >= 0) {
            LibraryFunction function = fn.program.hosts.get(host);
            // ArityCheck has rejected every call with a count the function does not accept.
            if (function.isHigherOrder()) {
                intrinsics.compile(function, e);
                return null;
            }
            compileArguments(e.args());
            fn.at(e.span());
            fn.emit(Opcode.CALL_HOST, host, argc, fn.code.newSite());
            return null;
        }
        Integer func = fn.program.funcIndexes.get(name);
        compileArguments(e.args());
        if (fn.isBoundSomewhere(name)) {
            fn.at(e.span());
            fn.emitLoad(name, false);
            fn.emit(Opcode.CALL_NAMED, argc, func != null ? func : -1, fn.constant(name), fn.code.newSite());
        } else if (func != null) {
            fn.at(e.span());
            fn.emit(Opcode.CALL_FN, func, argc, fn.code.newSite());
        } else {
            fn.at(e.span());
            for (int i = 0; i < argc; i++) fn.emit(Opcode.POP);
            fn.emitThrow(ErrorKind.ILLEGAL_STATE, "FUNC '" + name + "' undefined");
            fn.emit(Opcode.PUSH_NULL);
        }
        return null;
    }

    void compileArguments(List<Expr> args) {
        for (Expr arg : args) compile(arg);
    }

    // ---- literals with parts --------------------------------------------------------------------------------

    @Override
    public Void visitObject(Expr.ObjectLit e) {
        compileObject(e, StructureOps.LITERAL_KEYS);
        return null;
    }

    /** Mode 0: an object literal; mode 1: an OUTPUT template (computed-key errors are worded differently, §7.5). */
    void compileObject(Expr.ObjectLit e, int keyMode) {
        List<Object> constantKeys = distinctConstantKeys(e);
        if (constantKeys != null) {
            for (Expr.Property p : e.properties()) compile(p.value());
            fn.at(e.span());
            fn.emit(Opcode.MAKE_OBJECT, fn.constant(new ShapeTemplate(constantKeys)), constantKeys.size());
            return;
        }
        fn.at(e.span());
        fn.emit(Opcode.NEW_OBJECT);
        for (Expr.Property p : e.properties()) {
            if (p.computedKey() != null) {
                compile(p.computedKey());
                compile(p.value());
                fn.at(p.span());
                fn.emit(Opcode.OBJ_PUT_DYN, keyMode);
            } else {
                compile(p.value());
                fn.at(p.span());
                fn.emit(Opcode.OBJ_PUT_CONST, fn.constant(p.key()));
            }
        }
    }

    /**
     * The keys of a literal whose keys are all constants and distinct (at most 16), in order: such a literal is
     * built in its final shape by MAKE_OBJECT. Null otherwise (computed or repeated keys keep the general path,
     * whose "later value wins at the earlier position" rule MAKE_OBJECT does not implement).
     */
    private static List<Object> distinctConstantKeys(Expr.ObjectLit e) {
        if (e.properties().isEmpty() || e.properties().size() > 16) return null;
        List<Object> keys = new ArrayList<>();
        Set<Object> seen = new HashSet<>();
        for (Expr.Property p : e.properties()) {
            if (p.computedKey() != null || !seen.add(p.key())) return null;
            keys.add(p.key() instanceof String name ? name.intern() : p.key());
        }
        return keys;
    }

    /**
     * Emits a condition that jumps to {@code whenFalse} unless it holds (condition truthiness). A comparison
     * becomes one compare-and-branch instruction.
     */
    void compileBranchUnless(Expr condition, Label whenFalse) {
        if (condition instanceof Expr.Binary b && comparisonMode(b.op()) >= 0) {
            compile(b.left());
            compile(b.right());
            fn.at(b.span());
            fn.code.emitJump(Opcode.JUMP_UNLESS_CMP, whenFalse, comparisonMode(b.op()), fn.code.newSite());
            return;
        }
        compile(condition);
        fn.code.emitJump(Opcode.JUMP_IF_FALSE, whenFalse);
    }

    private static int comparisonMode(Expr.BinaryOp op) {
        return switch (op) {
            case EQ -> ArithmeticOps.EQ;
            case NE -> ArithmeticOps.NE;
            case LT -> ArithmeticOps.LT;
            case LE -> ArithmeticOps.LE;
            case GT -> ArithmeticOps.GT;
            case GE -> ArithmeticOps.GE;
            default -> -1;
        };
    }

    @Override
    public Void visitArray(Expr.ArrayLit e) {
        for (Expr element : e.elements()) compile(element);
        fn.at(e.span());
        fn.emit(Opcode.MAKE_ARRAY, e.elements().size());
        return null;
    }

    @Override
    public Void visitComprehension(Expr.Comprehension e) {
        compile(e.iterable());
        fn.at(e.span());
        int cursor = fn.temp();
        int out = fn.temp();
        fn.emit(Opcode.FOR_PREP, cursor, ControlOps.COMPREHENSION);
        fn.emit(Opcode.MAKE_ARRAY, 0);
        fn.emit(Opcode.STORE_LOCAL, out);
        fn.beginTemporaryBinding(e.variable());
        Label next = new Label();
        Label exit = new Label();
        fn.code.place(next);
        fn.code.emitJump(Opcode.FOR_NEXT, exit, cursor);
        fn.emitStore(e.variable());
        if (e.condition() != null) compileBranchUnless(e.condition(), next);
        compile(e.element());
        fn.emit(Opcode.APPEND_LOCAL, out);
        fn.code.emitJump(Opcode.JUMP, next);
        fn.code.place(exit);
        fn.endTemporaryBinding();
        fn.emit(Opcode.TAKE_LOCAL, out);
        return null;
    }

    // ---- conditionals ---------------------------------------------------------------------------------------

    @Override
    public Void visitIf(Expr.IfExpr e) {
        compileConditional(e.condition(), e.then(), e.otherwise());
        return null;
    }

    private void compileConditional(Expr condition, Expr then, Expr otherwise) {
        Label elseBranch = new Label();
        Label done = new Label();
        compileBranchUnless(condition, elseBranch);
        compile(then);
        fn.code.emitJump(Opcode.JUMP, done);
        fn.code.place(elseBranch);
        compile(otherwise);
        fn.code.place(done);
    }

    @Override
    public Void visitCase(Expr.Case e) {
        Label done = new Label();
        for (Expr.When when : e.whens()) {
            Label next = new Label();
            compileBranchUnless(when.condition(), next);
            compile(when.result());
            fn.code.emitJump(Opcode.JUMP, done);
            fn.code.place(next);
        }
        compile(e.otherwise());
        fn.code.place(done);
        return null;
    }

    @Override
    public Void visitTry(Expr.TryExpr e) {
        TryRegion region = TryRegion.begin(fn, e.catchClause());
        compile(e.body());
        region.handler();
        compile(e.fallback());
        region.end();
        return null;
    }

    @Override
    public Void visitLambda(Expr.Lambda e) {
        int index = fn.program.compileLambda(e);
        fn.at(e.span());
        fn.emit(Opcode.MAKE_CLOSURE, index);
        return null;
    }

    StatementCompiler statements() {
        return statements;
    }
}
