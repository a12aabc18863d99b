package dev.turnout.compiler;

import dev.turnout.bytecode.Label;
import dev.turnout.bytecode.Opcode;
import dev.turnout.syntax.ast.Expr;

/**
 * Emits the frame of a TRY (LANGUAGE.md §7.8, §8.13): the guarded region, its exception-table entry, RETRY's
 * attempt counter, and the temporary binding of the CATCH variable around the fallback.
 *
 * <pre>
 *         [PUSH_CONST 0; STORE_LOCAL count]      only with RETRY
 * start:  guarded code …                          errors here go to handler, stack cut to the depth at start
 *         JUMP done
 * handler:                                        stack: … error
 *         [RETRY_CHECK count n start]
 *         SAVE_VAR err saved; STORE err
 *         fallback …
 *         RESTORE_VAR err saved
 * done:
 * </pre>
 */
final class TryRegion {
    private final FunctionContext fn;
    private final Expr.CatchClause clause;
    private final Label start = new Label();
    private final Label handler = new Label();
    private final Label done = new Label();
    private final int startDepth;
    private final int counter;

    private TryRegion(FunctionContext fn, Expr.CatchClause clause) {
        this.fn = fn;
        this.clause = clause;
        this.counter = clause.retries() > 0 ? fn.temp() : -1;
        if (counter >= 0) {
            fn.emit(Opcode.PUSH_CONST, fn.constant(0L));
            fn.emit(Opcode.STORE_LOCAL, counter);
        }
        this.startDepth = fn.code.depth();
        fn.code.place(start);
    }

    static TryRegion begin(FunctionContext fn, Expr.CatchClause clause) {
        return new TryRegion(fn, clause);
    }

    /** Ends the guarded code (its value, if any, already on the stack) and starts the fallback with err bound. */
    void handler() {
        int end = fn.code.pc();
        int afterDepth = fn.code.depth();
        if (fn.code.reachable()) fn.code.emitJump(Opcode.JUMP, done);
        fn.code.placeHandler(handler, startDepth + 1);
        fn.code.addHandler(start.pc(), end, handler, startDepth);
        fn.at(clause.span());
        if (counter >= 0) fn.code.emitJump(Opcode.RETRY_CHECK, start, counter, clause.retries());
        fn.beginTemporaryBinding(clause.variable());
        fn.emitStore(clause.variable());
        expectedDoneDepth = afterDepth;
    }

    private int expectedDoneDepth;

    /** Ends the fallback (its value, if any, on the stack, at the same depth as the guarded code's). */
    void end() {
        fn.endTemporaryBinding();
        fn.code.place(done);
        if (fn.code.depth() != expectedDoneDepth) {
            throw new IllegalStateException("TRY branches leave different stack depths");
        }
    }
}
