package dev.turnout.compiler;

import dev.turnout.runtime.ops.StructureOps;
import dev.turnout.runtime.ops.ControlOps;
import dev.turnout.bytecode.Label;
import dev.turnout.bytecode.ModifyDescriptor;
import dev.turnout.bytecode.PathDescriptor;
import dev.turnout.bytecode.Opcode;
import dev.turnout.errors.ErrorKind;
import dev.turnout.resolve.Variable;
import dev.turnout.source.Span;
import dev.turnout.syntax.ast.Expr;
import dev.turnout.syntax.ast.Stmt;
import java.util.List;

/**
 * Compiles statements (LANGUAGE.md §7) and function bodies. Statements leave the operand stack as they found it.
 * At transform level OUTPUT emits and RETURN/ABORT stop the run (HALT); in FUNC and lambda bodies OUTPUT is a
 * runtime error, RETURN returns, and ABORT with a value ends the body with null (§6.5, §7.10).
 */
final class StatementCompiler implements Stmt.Visitor<Void> {
    private final FunctionContext fn;
    private final ExpressionCompiler expressions;

    StatementCompiler(FunctionContext fn) {
        this.fn = fn;
        this.expressions = new ExpressionCompiler(fn, this);
    }

    ExpressionCompiler expressions() {
        return expressions;
    }

    // ---- bodies ------------------------------------------------------------------------------------------------

    private void prologue() {
        for (Variable cell : fn.scope.ownCells()) fn.emit(Opcode.MAKE_CELL, cell.slot());
    }

    void compileTransformBody(Stmt.Block body) {
        fn.at(body.span());
        prologue();
        block(body);
        fn.atEnd(body.span());
        if (fn.code.reachable()) fn.emit(Opcode.HALT);
    }

    void compileFunctionBody(Stmt.Block body, Span span) {
        fn.at(span);
        prologue();
        block(body);
        fn.atEnd(body.span());
        if (fn.code.reachable()) {
            fn.emit(Opcode.PUSH_NULL);
            fn.emit(Opcode.RETURN);
        }
    }

    void compileExpressionBody(Expr body) {
        fn.at(body.span());
        prologue();
        compileReturned(body);
        fn.emit(Opcode.RETURN);
    }

    /**
     * A FUNC's or lambda's result. Returning a plain local moves its value out (no freeze): the frame and its
     * slots end with the RETURN, so the caller becomes the value's only owner.
     */
    private void compileReturned(Expr value) {
        int slot = value instanceof Expr.Name name ? fn.plainLocalSlot(name.name()) : -1;
        if (slot >= 0) {
            fn.at(value.span());
            fn.emit(Opcode.LOAD_LOCAL_RAW, slot);
        } else {
            expressions.compile(value);
        }
    }

    void block(Stmt.Block block) {
        if (block == null) return;
        for (Stmt stmt : block.statements()) {
            fn.at(stmt.span());
            stmt.accept(this);
        }
    }

    // ---- bindings ----------------------------------------------------------------------------------------------

    @Override
    public Void visitLet(Stmt.Let s) {
        expressions.compile(s.value());
        fn.at(s.span());
        fn.emitStore(s.name());
        return null;
    }

    @Override
    public Void visitSet(Stmt.Set s) {
        if (s.target() instanceof Expr.Name name) {
            String message = "SET variable '" + name.name() + "' not found; declare with LET first";
            if (!fn.isBoundSomewhere(name.name())) {
                fn.emitThrow(ErrorKind.ILLEGAL_STATE, message);
                return null;
            }
            fn.emit(Opcode.CHECK_BOUND, fn.varRef(name.name()), fn.constant(message));
            int slot = fn.plainLocalSlot(name.name());
            if (slot >= 0 && s.value() instanceof Expr.Binary add && add.op() == Expr.BinaryOp.ADD
                    && add.left() instanceof Expr.Name same && same.name().equals(name.name())
                    && add.right() instanceof Expr.NumberLit step) {
                // SET x = x + c: one instruction (the operand order and the error position stay those of `+`).
                fn.at(add.span());
                fn.emit(Opcode.INC_LOCAL, slot, fn.constant(step.value()), fn.code.newSite());
                return null;
            }
            if (slot >= 0 && appendText(slot, name.name(), s.value())) return null;
            if (expressions.compileUpdatingCall(name.name(), s.value())) {
                fn.at(s.span());
                fn.emitStore(name.name());
                return null;
            }
            expressions.compile(s.value());
            fn.at(s.span());
            fn.emitStore(name.name());
            return null;
        }
        PathTarget path = PathTarget.of(s.target(), PathDescriptor.Operation.SET, false);
        if (!pathRoot(path, s.value(), null)) return null;
        fn.at(s.span());
        fn.emit(Opcode.PATH_CHECK, fn.constant(path.descriptor()));
        expressions.compile(s.value());
        fn.at(s.span());
        fn.emit(Opcode.PATH_SET, fn.constant(path.descriptor()));
        fn.emitStore(path.rootName());
        return null;
    }

    /**
     * {@code SET s = s + piece} or {@code SET s = s + piece + literal} on a plain local: one APPEND_TEXT_LOCAL, which
     * appends to a text accumulator in the slot while s holds text (amortised O(piece) instead of O(s)). A literal
     * tail is evaluated early without any effect, so the statement behaves exactly like the two {@code +}s.
     * Returns false, emitting nothing, for any other form.
     */
    private boolean appendText(int slot, String variable, Expr value) {
        if (!(value instanceof Expr.Binary outer) || outer.op() != Expr.BinaryOp.ADD) return false;
        Expr piece;
        Expr tail = null;
        Expr.Binary first = outer;
        if (isName(outer.left(), variable)) {
            piece = outer.right();
        } else if (outer.left() instanceof Expr.Binary inner && inner.op() == Expr.BinaryOp.ADD
                && isName(inner.left(), variable) && isLiteral(outer.right())) {
            piece = inner.right();
            tail = outer.right();
            first = inner;
        } else {
            return false;
        }
        expressions.compileRead(piece);
        if (tail != null) expressions.compile(tail);
        // One instruction has one position: the first +, where a type error of the pair is raised
        // (docs/language-notes.md: an error of the second + is reported there too).
        fn.at(first.span());
        fn.emit(Opcode.APPEND_TEXT_LOCAL, slot, tail == null ? 1 : 2);
        return true;
    }

    private static boolean isName(Expr e, String name) {
        return e instanceof Expr.Name n && n.name().equals(name);
    }

    private static boolean isLiteral(Expr e) {
        return e instanceof Expr.StringLit || e instanceof Expr.NumberLit || e instanceof Expr.BooleanLit
                || e instanceof Expr.NullLit;
    }

    @Override
    public Void visitAppendTo(Stmt.AppendTo s) {
        if (s.target() instanceof Expr.Name name) {
            String var = name.name();
            if (!fn.isBoundSomewhere(var)) {
                fn.emitThrow(ErrorKind.ILLEGAL_STATE,
                        "APPEND TO variable '" + var + "' not found; declare with LET first");
                return null;
            }
            fn.emit(Opcode.CHECK_BOUND, fn.varRef(var),
                    fn.constant("APPEND TO variable '" + var + "' not found; declare with LET first"));
            fn.emitLoad(var, !rootMayChangeMeanwhile(var, s.value(), s.init()));
            fn.emit(Opcode.APPEND_VAR_CHECK, fn.constant(var));
            Label haveList = new Label();
            fn.code.emitJump(Opcode.JUMP_IF_NOT_NULL, haveList);
            fn.emit(Opcode.POP);
            if (s.init() != null) {
                expressions.compile(s.init());
                fn.at(s.span());
            } else {
                fn.emit(Opcode.MAKE_ARRAY, 0);
            }
            fn.emit(Opcode.CHECK_INIT_LIST);
            fn.code.place(haveList);
            expressions.compile(s.value());
            fn.at(s.span());
            fn.emit(Opcode.APPEND_VALUE);
            fn.emitStore(var);
            return null;
        }
        PathTarget path = PathTarget.of(s.target(), PathDescriptor.Operation.APPEND, s.init() != null);
        if (!pathRoot(path, s.value(), s.init())) return null;
        fn.at(s.span());
        fn.emit(Opcode.PATH_CHECK, fn.constant(path.descriptor()));
        expressions.compile(s.value());
        if (s.init() != null) {
            expressions.compile(s.init());
        } else {
            fn.emit(Opcode.PUSH_NULL);
        }
        fn.at(s.span());
        fn.emit(Opcode.PATH_APPEND, fn.constant(path.descriptor()));
        fn.emitStore(path.rootName());
        return null;
    }

    /**
     * Pushes a SET/APPEND path's root (raw: it is about to be updated in place) and its dynamic keys. A root bound
     * nowhere cannot be updated: the error is raised right away. {@code value} and {@code init} are the statement's
     * other expressions, evaluated after the root is pushed.
     */
    private boolean pathRoot(PathTarget path, Expr value, Expr init) {
        if (!fn.isBoundSomewhere(path.rootName())) {
            fn.emitThrow(ErrorKind.ILLEGAL_STATE, path.operation().text() + " variable '" + path.rootName() + "' not found");
            return false;
        }
        List<Expr> evaluated = new java.util.ArrayList<>(path.dynamicKeys());
        evaluated.add(value);
        if (init != null) evaluated.add(init);
        fn.emitLoad(path.rootName(), !rootMayChangeMeanwhile(path.rootName(), evaluated.toArray(new Expr[0])));
        for (Expr key : path.dynamicKeys()) {
            expressions.compileRead(key);
        }
        return true;
    }

    /**
     * Whether running the statement's keys, value or INIT may update the root variable itself: it is captured (or
     * a chain) and one of them may run a lambda or FUNC, which could update it through its cell (LANGUAGE.md §7.2:
     * the update still works from the value read first, so such a change is lost). Then the root is read with a
     * freezing load, so the lambda's update and this one each copy it. A plain local cannot be reached from any
     * callee, so it is always updated in place.
     */
    private boolean rootMayChangeMeanwhile(String root, Expr... evaluated) {
        if (fn.plainLocalSlot(root) >= 0) return false;
        for (Expr e : evaluated) {
            if (e != null && UserCodeCalls.mayRun(e, fn.program.hosts)) return true;
        }
        return false;
    }

    @Override
    public Void visitModify(Stmt.Modify s) {
        fn.emit(Opcode.NEW_OBJECT);
        for (Stmt.ModifyEntry entry : s.entries()) {
            if (entry.computedKey() != null) {
                expressions.compileRead(entry.computedKey());
                expressions.compile(entry.value());
                fn.at(entry.span());
                fn.emit(Opcode.OBJ_PUT_DYN, StructureOps.TEMPLATE_KEYS);
            } else {
                expressions.compile(entry.value());
                fn.at(entry.span());
                fn.emit(Opcode.OBJ_PUT_CONST, fn.constant(entry.key()));
            }
        }
        fn.at(s.span());
        if (!fn.isBoundSomewhere(s.root())) {
            fn.emit(Opcode.POP);
            fn.emitThrow(ErrorKind.ILLEGAL_STATE, "MODIFY root '" + s.root() + "' not found");
            return null;
        }
        fn.emitLoad(s.root(), true);
        List<Object> path = new java.util.ArrayList<>();
        for (Object segment : s.path()) path.add(segment instanceof String name ? name.intern() : segment);
        fn.emit(Opcode.MODIFY, fn.constant(new ModifyDescriptor(s.root(), List.copyOf(path))));
        fn.emitStore(s.root());
        return null;
    }

    // ---- output and control ---------------------------------------------------------------------------------

    @Override
    public Void visitOutput(Stmt.Output s) {
        if (!fn.isTransform()) {
            fn.emitThrow(ErrorKind.ILLEGAL_STATE, "OUTPUT is not allowed in this context");
            return null;
        }
        if (s.value() instanceof Expr.ObjectLit template) {
            expressions.compileObject(template, StructureOps.TEMPLATE_KEYS);
        } else {
            expressions.compile(s.value());
        }
        fn.at(s.span());
        fn.emit(Opcode.EMIT);
        return null;
    }

    @Override
    public Void visitIf(Stmt.If s) {
        Label otherwise = new Label();
        Label end = new Label();
        expressions.compileBranchUnless(s.condition(), otherwise);
        block(s.then());
        if (s.otherwise() != null) {
            if (fn.code.reachable()) fn.code.emitJump(Opcode.JUMP, end);
            fn.code.place(otherwise);
            block(s.otherwise());
            fn.code.place(end);
        } else {
            fn.code.place(otherwise);
        }
        return null;
    }

    @Override
    public Void visitFor(Stmt.For s) {
        int cursor = fn.temp();
        if (isRangeCall(s.iterable())) {
            // FOR x IN RANGE(…): walk the range lazily instead of building an array of every integer first.
            Expr.Call range = (Expr.Call) s.iterable();
            expressions.compileArguments(range.args());
            fn.at(range.span());
            fn.emit(Opcode.MAKE_ARRAY, range.args().size());
            fn.emit(Opcode.FOR_PREP, cursor, ControlOps.RANGE);
        } else {
            // FOR_PREP freezes the array it walks (a snapshot the body cannot change), not the variable holding it.
            expressions.compileRead(s.iterable());
            fn.at(s.span());
            fn.emit(Opcode.FOR_PREP, cursor, ControlOps.FOR_EACH);
        }
        fn.beginTemporaryBinding(s.variable());
        Label next = new Label();
        Label exit = new Label();
        fn.code.place(next);
        fn.at(s.span());
        fn.code.emitJump(Opcode.FOR_NEXT, exit, cursor);
        fn.emitStore(s.variable());
        if (s.condition() != null) expressions.compileBranchUnless(s.condition(), next);
        block(s.body());
        if (fn.code.reachable()) fn.code.emitJump(Opcode.JUMP, next);
        fn.code.place(exit);
        fn.endTemporaryBinding();
        return null;
    }

    /** A call of the library's RANGE with an argument count it accepts (the library wins over every other name). */
    private boolean isRangeCall(Expr e) {
        if (!(e instanceof Expr.Call call) || !(call.callee() instanceof Expr.Name name)) return false;
        if (!name.name().equals("RANGE")) return false;
        int host = fn.program.hosts.indexOf("RANGE");
        return host >= 0 && fn.program.hosts.get(host).accepts(call.args().size());
    }

    @Override
    public Void visitTry(Stmt.Try s) {
        TryRegion region = TryRegion.begin(fn, s.catchClause());
        expressions.compile(s.body());
        fn.emit(Opcode.POP);
        region.handler();
        fn.at(s.catchClause().span());
        if (s.abort()) {
            if (s.abortValue() != null) {
                expressions.compile(s.abortValue());
                fn.at(s.span());
                abortWithValue();
            }
        } else {
            expressions.compile(s.fallback());
            fn.at(s.span());
            fn.emit(fn.isTransform() ? Opcode.EMIT : Opcode.POP);
        }
        region.end();
        return null;
    }

    @Override
    public Void visitReturn(Stmt.Return s) {
        if (fn.isTransform()) {
            if (s.value() != null) {
                expressions.compile(s.value());
                fn.emit(Opcode.POP);
            }
            fn.at(s.span());
            fn.emit(Opcode.HALT);
            return null;
        }
        if (s.value() != null) compileReturned(s.value());
        else fn.emit(Opcode.PUSH_NULL);
        fn.at(s.span());
        fn.emitRestoresBeforeExit();
        fn.emit(Opcode.RETURN);
        return null;
    }

    @Override
    public Void visitAbort(Stmt.Abort s) {
        if (s.value() == null) {
            fn.emitThrow(ErrorKind.ILLEGAL_STATE, "ABORT");
            return null;
        }
        expressions.compile(s.value());
        fn.at(s.span());
        abortWithValue();
        return null;
    }

    /** Stack: value → (gone). ABORT with a value: emit and stop at transform level; end the body elsewhere. */
    private void abortWithValue() {
        fn.emit(Opcode.ABORT_CHECK);
        if (fn.isTransform()) {
            fn.emit(Opcode.EMIT);
            fn.emit(Opcode.HALT);
        } else {
            fn.emit(Opcode.POP);
            fn.emitRestoresBeforeExit();
            fn.emit(Opcode.PUSH_NULL);
            fn.emit(Opcode.RETURN);
        }
    }

    @Override
    public Void visitSharedWrite(Stmt.SharedWrite s) {
        // Rejected before code generation (UnsupportedConstructs); nothing to emit.
        return null;
    }

    @Override
    public Void visitExpression(Stmt.Expression s) {
        expressions.compile(s.expression());
        fn.emit(Opcode.POP);
        return null;
    }
}
