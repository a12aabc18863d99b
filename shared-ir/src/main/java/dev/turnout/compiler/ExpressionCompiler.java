package dev.turnout.compiler;

import dev.turnout.runtime.ops.StructureOps;
import dev.turnout.runtime.ops.ControlOps;
import dev.turnout.runtime.ops.ArithmeticOps;
import dev.turnout.bytecode.Label;
import dev.turnout.bytecode.Opcode;
import dev.turnout.bytecode.ShapeTemplate;
import dev.turnout.errors.ErrorKind;
import dev.turnout.stdlib.ArgumentOwnership;
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

    /**
     * Compiles {@code e} for a consumer that only reads its value and keeps nothing of it: an operator's operand,
     * a condition, a key, the argument of a read-only library function, an iterable (FOR_PREP snapshots the array
     * itself). Variables and paths are then read without freezing (docs/architecture.md "Values and ownership"),
     * so {@code SET counts[r.k] = (counts[r.k] ?? 0) + r.v} keeps {@code counts} owned and updates it in place.
     * Anything else compiles as usual.
     */
    void compileRead(Expr e) {
        if (e instanceof Expr.Name name) {
            int slot = fn.plainLocalSlot(name.name());
            if (slot >= 0) {
                fn.at(name.span());
                fn.emit(Opcode.LOAD_LOCAL_RAW, slot);
                return;
            }
            compile(e);
        } else if (e instanceof Expr.Member m) {
            member(m, true);
        } else if (e instanceof Expr.IndexConst i) {
            indexConst(i, true);
        } else if (e instanceof Expr.DynPath d) {
            dynPath(d, true);
        } else if (e instanceof Expr.Index i) {
            index(i, true);
        } else if (e instanceof Expr.Binary b && b.op() == Expr.BinaryOp.COALESCE) {
            coalesce(b, true);
        } else if (e instanceof Expr.IfExpr c) {
            compileConditional(c.condition(), c.then(), c.otherwise(), true);
        } else if (e instanceof Expr.Case c) {
            caseExpression(c, true);
        } else {
            compile(e);
        }
    }

    /** Compiles a value: read-only when {@code read}, else for a consumer that may keep it. */
    private void compile(Expr e, boolean read) {
        if (read) compileRead(e);
        else compile(e);
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
        // A single-use parameter's one read moves its value out: nothing can see the parameter afterwards.
        fn.emitLoad(e.name(), fn.isMovable(e.name()));
        return null;
    }

    // ---- operators ------------------------------------------------------------------------------------------

    @Override
    public Void visitBinary(Expr.Binary e) {
        switch (e.op()) {
            case AND -> logical(e, false);
            case OR -> logical(e, true);
            case COALESCE -> coalesce(e, false);
            case ADD -> {
                if (e.left() instanceof Expr.StringLit prefix) {
                    compileRead(e.right());
                    fn.at(e.span());
                    fn.emit(Opcode.CONCAT_PREFIX, fn.constant(prefix.value()), fn.code.newSite());
                } else if (e.right() instanceof Expr.StringLit suffix) {
                    compileRead(e.left());
                    fn.at(e.span());
                    fn.emit(Opcode.CONCAT_SUFFIX, fn.constant(suffix.value()), fn.code.newSite());
                } else {
                    compileRead(e.left());
                    compileRead(e.right());
                    fn.at(e.span());
                    fn.emit(Opcode.ADD, fn.code.newSite());
                }
            }
            default -> {
                // Operators keep nothing of their operands (++ freezes both itself: its result shares elements).
                compileRead(e.left());
                compileRead(e.right());
                fn.at(e.span());
                fn.emit(arithmetic(e.op()), fn.code.newSite());
            }
        }
        return null;
    }

    /** {@code a ?? b}: the value is one of the operands, so they are read as the whole expression is. */
    private void coalesce(Expr.Binary e, boolean read) {
        compile(e.left(), read);
        Label done = new Label();
        fn.code.emitJump(Opcode.JUMP_IF_NOT_NULL, done);
        fn.emit(Opcode.POP);
        compile(e.right(), read);
        fn.code.place(done);
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
        compileRead(e.left());
        fn.code.emitJump(test, shortCircuit);
        compileRead(e.right());
        fn.code.emitJump(test, shortCircuit);
        fn.emit(isOr ? Opcode.PUSH_FALSE : Opcode.PUSH_TRUE);
        fn.code.emitJump(Opcode.JUMP, done);
        fn.code.place(shortCircuit);
        fn.emit(isOr ? Opcode.PUSH_TRUE : Opcode.PUSH_FALSE);
        fn.code.place(done);
    }

    @Override
    public Void visitUnary(Expr.Unary e) {
        compileRead(e.operand());
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
        member(e, false);
        return null;
    }

    /**
     * {@code target.name}. For a consumer that may keep the value, the target is read with a freezing load, so
     * whatever the read returns is frozen already; for a read-only consumer ({@code read}) nothing is frozen.
     */
    private void member(Expr.Member e, boolean read) {
        if (e.target() instanceof Expr.Name name && fn.plainLocalSlot(name.name()) >= 0) {
            boolean peek = read || fn.isMovable(name.name());
            fn.at(e.span());
            fn.emit(peek ? Opcode.PEEK_LOCAL_MEMBER : Opcode.GET_LOCAL_MEMBER, fn.plainLocalSlot(name.name()),
                    fn.constant(e.name()), fn.code.newSite());
            return;
        }
        compile(e.target(), read);
        fn.at(e.span());
        fn.emit(Opcode.GET_MEMBER, fn.constant(e.name()), fn.code.newSite());
    }

    @Override
    public Void visitIndexConst(Expr.IndexConst e) {
        indexConst(e, false);
        return null;
    }

    private void indexConst(Expr.IndexConst e, boolean read) {
        compile(e.target(), read);
        fn.at(e.span());
        fn.emit(Opcode.GET_INT_KEY, fn.constant(e.index()), fn.code.newSite());
    }

    @Override
    public Void visitDynPath(Expr.DynPath e) {
        dynPath(e, false);
        return null;
    }

    private void dynPath(Expr.DynPath e, boolean read) {
        compile(e.target(), read);
        compileRead(PathTarget.dynPathKey(e));
        fn.at(e.span());
        fn.emit(Opcode.GET_INDEX, fn.code.newSite());
    }

    @Override
    public Void visitIndex(Expr.Index e) {
        index(e, false);
        return null;
    }

    /** {@code target[key]}: the key is only used as a key, so it is always read-only. */
    private void index(Expr.Index e, boolean read) {
        compile(e.target(), read);
        compileRead(e.index());
        fn.at(e.span());
        fn.emit(Opcode.GET_INDEX, fn.code.newSite());
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
            if (ArgumentOwnership.readsOnly(function)) {
                for (Expr arg : e.args()) compileRead(arg);
            } else {
                compileArguments(e.args());
            }
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

    /**
     * {@code SET x = F(x, …)} with F one of the library functions that update their first argument in place when
     * it is unfrozen (APPEND, PREPEND, PUT, DELETE) and x a plain local named nowhere else in the call: x's value
     * is moved into the call (no freeze), because the statement overwrites x with the result and the function
     * changes nothing before its checks pass. Returns false, emitting nothing, when the statement has another form.
     */
    boolean compileUpdatingCall(String variable, Expr value) {
        if (!(value instanceof Expr.Call call) || !(call.callee() instanceof Expr.Name callee)) return false;
        int host = fn.program.hosts.indexOf(callee.name());
        if (host < 0 || !ArgumentOwnership.updatesFirstInPlace(fn.program.hosts.get(host))) return false;
        List<Expr> args = call.args();
        if (args.isEmpty() || !(args.get(0) instanceof Expr.Name first) || !first.name().equals(variable)) return false;
        int slot = fn.plainLocalSlot(variable);
        if (slot < 0) return false;
        for (int i = 1; i < args.size(); i++) {
            if (NameUses.mentions(args.get(i), variable)) return false;
        }
        fn.at(first.span());
        fn.emit(Opcode.LOAD_LOCAL_RAW, slot);
        for (int i = 1; i < args.size(); i++) compile(args.get(i));
        fn.at(call.span());
        fn.emit(Opcode.CALL_HOST, host, args.size(), fn.code.newSite());
        return true;
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
                compileRead(p.computedKey());
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
            compileRead(b.left());
            compileRead(b.right());
            fn.at(b.span());
            fn.code.emitJump(Opcode.JUMP_UNLESS_CMP, whenFalse, comparisonMode(b.op()), fn.code.newSite());
            return;
        }
        compileRead(condition);
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
        compileRead(e.iterable()); // FOR_PREP freezes the array it walks: a snapshot, whatever the body does
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
        compileConditional(e.condition(), e.then(), e.otherwise(), false);
        return null;
    }

    private void compileConditional(Expr condition, Expr then, Expr otherwise, boolean read) {
        Label elseBranch = new Label();
        Label done = new Label();
        compileBranchUnless(condition, elseBranch);
        compile(then, read);
        fn.code.emitJump(Opcode.JUMP, done);
        fn.code.place(elseBranch);
        compile(otherwise, read);
        fn.code.place(done);
    }

    @Override
    public Void visitCase(Expr.Case e) {
        caseExpression(e, false);
        return null;
    }

    private void caseExpression(Expr.Case e, boolean read) {
        Label done = new Label();
        for (Expr.When when : e.whens()) {
            Label next = new Label();
            compileBranchUnless(when.condition(), next);
            compile(when.result(), read);
            fn.code.emitJump(Opcode.JUMP, done);
            fn.code.place(next);
        }
        compile(e.otherwise(), read);
        fn.code.place(done);
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
