package dev.turnout.compiler;

import dev.turnout.runtime.ops.ControlOps;
import dev.turnout.bytecode.Label;
import dev.turnout.bytecode.Opcode;
import dev.turnout.stdlib.LibraryFunction;
import dev.turnout.syntax.ast.Expr;
import java.util.List;

/**
 * Emits the higher-order library functions (STDLIB.md §6, SIFT) as bytecode loops, so that their callbacks are
 * ordinary CALL_VALUE calls in the same interpreter loop (and later the same compiled code) as user calls: no
 * nested interpreter, no Java callback. Arguments are evaluated first, left to right, then checked in order.
 *
 * <p>MAP, for example, is:
 * <pre>
 *   list; fn; STORE fn; STORE list; REQUIRE_LIST list; REQUIRE_FUNCTION fn
 *   LOAD list; FOR_PREP cursor 2; MAKE_ARRAY 0; STORE out
 * next:
 *   FOR_NEXT cursor exit; STORE element
 *   LOAD fn; LOAD element; CURSOR_KEY cursor; LOAD list; CALL_VALUE 3; APPEND_LOCAL out; JUMP next
 * exit:
 *   TAKE_LOCAL out
 * </pre>
 */
final class IntrinsicCompiler {
    private final FunctionContext fn;
    private final ExpressionCompiler expressions;
    /**
     * How many of the callback's standard arguments (element, index, collection; REDUCE: accumulator first) the
     * current call passes: all of them, unless the callback is a lambda literal declaring fewer parameters, whose
     * extra arguments would be ignored anyway (§8.17) — so they are neither computed (the index is a boxed Long)
     * nor copied.
     */
    private int callbackArguments;

    IntrinsicCompiler(FunctionContext fn, ExpressionCompiler expressions) {
        this.fn = fn;
        this.expressions = expressions;
    }

    void compile(LibraryFunction function, Expr.Call call) {
        List<Expr> args = call.args();
        expressions.compileArguments(args);
        fn.at(call.span());
        int[] slots = new int[args.size()];
        for (int i = 0; i < slots.length; i++) slots[i] = fn.temp();
        for (int i = slots.length - 1; i >= 0; i--) fn.emit(Opcode.STORE_LOCAL, slots[i]);
        String name = function.name();
        int callbackPosition = name.equals("REDUCE") ? 2 : 1;
        int standard = name.equals("REDUCE") ? 4 : 3;
        callbackArguments = standard;
        if (!name.equals("APPLY") && args.size() > callbackPosition
                && args.get(callbackPosition) instanceof Expr.Lambda lambda) {
            callbackArguments = Math.min(standard, lambda.params().size());
        }
        switch (name) {
            case "MAP", "FILTER", "SOME", "EVERY", "FIND" -> listLoop(name, slots[0], slots[1]);
            case "REDUCE" -> reduce(slots[0], slots[1], slots[2]);
            case "SIFT" -> sift(slots[0], slots[1]);
            case "APPLY" -> apply(slots);
            default -> throw new IllegalStateException("no bytecode expansion for " + name);
        }
    }

    private void requireList(int slot, String name) {
        fn.emit(Opcode.REQUIRE_LIST, slot, fn.constant(name + ": arg 1 must be list"));
    }

    private void requireFunction(int slot, String name, int position) {
        fn.emit(Opcode.REQUIRE_FUNCTION, slot, fn.constant(name + ": arg " + position + " must be function"));
    }

    /** Pushes {@code fn(element, index, list)}'s result; the cursor's current element is in {@code element}. */
    private void callback(int function, int element, int cursor, int collection) {
        int n = callbackArguments;
        fn.emit(Opcode.LOAD_LOCAL, function);
        if (n > 0) fn.emit(Opcode.LOAD_LOCAL, element);
        if (n > 1) fn.emit(Opcode.CURSOR_KEY, cursor);
        if (n > 2) fn.emit(Opcode.LOAD_LOCAL, collection);
        fn.emit(Opcode.CALL_VALUE, n, fn.code.newSite());
    }

    private void listLoop(String name, int list, int function) {
        requireList(list, name);
        requireFunction(function, name, 2);
        int cursor = fn.temp();
        int element = fn.temp();
        int out = fn.temp();
        fn.emit(Opcode.LOAD_LOCAL, list);
        fn.emit(Opcode.FOR_PREP, cursor, ControlOps.CHECKED_ARRAY);
        boolean collects = name.equals("MAP") || name.equals("FILTER");
        if (collects) {
            fn.emit(Opcode.MAKE_ARRAY, 0);
            fn.emit(Opcode.STORE_LOCAL, out);
        }
        Label next = new Label();
        Label exit = new Label();
        Label done = new Label();
        fn.code.place(next);
        fn.code.emitJump(Opcode.FOR_NEXT, exit, cursor);
        fn.emit(Opcode.STORE_LOCAL, element);
        callback(function, element, cursor, list);
        switch (name) {
            case "MAP" -> fn.emit(Opcode.APPEND_LOCAL, out);
            case "FILTER" -> {
                fn.emit(Opcode.TRUTHY_LIB);
                fn.code.emitJump(Opcode.JUMP_IF_FALSE, next);
                fn.emit(Opcode.LOAD_LOCAL, element);
                fn.emit(Opcode.APPEND_LOCAL, out);
            }
            case "SOME" -> {
                fn.emit(Opcode.TRUTHY_LIB);
                fn.code.emitJump(Opcode.JUMP_IF_FALSE, next);
                fn.emit(Opcode.PUSH_TRUE);
                fn.code.emitJump(Opcode.JUMP, done);
            }
            case "EVERY" -> {
                fn.emit(Opcode.TRUTHY_LIB);
                fn.code.emitJump(Opcode.JUMP_IF_TRUE, next);
                fn.emit(Opcode.PUSH_FALSE);
                fn.code.emitJump(Opcode.JUMP, done);
            }
            case "FIND" -> {
                fn.emit(Opcode.TRUTHY_LIB);
                fn.code.emitJump(Opcode.JUMP_IF_FALSE, next);
                fn.emit(Opcode.LOAD_LOCAL, element);
                fn.code.emitJump(Opcode.JUMP, done);
            }
            default -> throw new IllegalStateException(name);
        }
        if (fn.code.reachable()) fn.code.emitJump(Opcode.JUMP, next);
        fn.code.place(exit);
        switch (name) {
            case "MAP", "FILTER" -> fn.emit(Opcode.TAKE_LOCAL, out);
            case "SOME" -> fn.emit(Opcode.PUSH_FALSE);
            case "EVERY" -> fn.emit(Opcode.PUSH_TRUE);
            default -> fn.emit(Opcode.PUSH_NULL);
        }
        fn.code.place(done);
    }

    /** REDUCE(list, init, fn): acc = fn(acc, value, index, list) for each element (STDLIB §6). */
    private void reduce(int list, int accumulator, int function) {
        requireList(list, "REDUCE");
        requireFunction(function, "REDUCE", 3);
        int cursor = fn.temp();
        int element = fn.temp();
        fn.emit(Opcode.LOAD_LOCAL, list);
        fn.emit(Opcode.FOR_PREP, cursor, ControlOps.CHECKED_ARRAY);
        Label next = new Label();
        Label exit = new Label();
        fn.code.place(next);
        fn.code.emitJump(Opcode.FOR_NEXT, exit, cursor);
        fn.emit(Opcode.STORE_LOCAL, element);
        int n = callbackArguments;
        fn.emit(Opcode.LOAD_LOCAL, function);
        // The accumulator is moved into the call (its temp is overwritten with the result), even when the lambda
        // ignores it: the temp must not keep a second reference.
        fn.emit(Opcode.TAKE_LOCAL, accumulator);
        if (n < 1) fn.emit(Opcode.POP);
        if (n > 1) fn.emit(Opcode.LOAD_LOCAL, element);
        if (n > 2) fn.emit(Opcode.CURSOR_KEY, cursor);
        if (n > 3) fn.emit(Opcode.LOAD_LOCAL, list);
        fn.emit(Opcode.CALL_VALUE, n, fn.code.newSite());
        fn.emit(Opcode.STORE_LOCAL, accumulator);
        fn.code.emitJump(Opcode.JUMP, next);
        fn.code.place(exit);
        fn.emit(Opcode.TAKE_LOCAL, accumulator);
    }

    /** SIFT(obj, fn): the entries whose fn(value, key, obj) is library-truthy (STDLIB §2). */
    private void sift(int object, int function) {
        fn.emit(Opcode.REQUIRE_OBJECT, object, fn.constant("SIFT: arg 1 must be object"));
        requireFunction(function, "SIFT", 2);
        int cursor = fn.temp();
        int element = fn.temp();
        int out = fn.temp();
        fn.emit(Opcode.LOAD_LOCAL, object);
        fn.emit(Opcode.FOR_PREP, cursor, ControlOps.OBJECT_VALUES);
        fn.emit(Opcode.NEW_OBJECT);
        fn.emit(Opcode.STORE_LOCAL, out);
        Label next = new Label();
        Label exit = new Label();
        fn.code.place(next);
        fn.code.emitJump(Opcode.FOR_NEXT, exit, cursor);
        fn.emit(Opcode.STORE_LOCAL, element);
        callback(function, element, cursor, object);
        fn.emit(Opcode.TRUTHY_LIB);
        fn.code.emitJump(Opcode.JUMP_IF_FALSE, next);
        fn.emit(Opcode.CURSOR_KEY, cursor);
        fn.emit(Opcode.LOAD_LOCAL, element);
        fn.emit(Opcode.OBJ_PUT_LOCAL, out);
        fn.code.emitJump(Opcode.JUMP, next);
        fn.code.place(exit);
        fn.emit(Opcode.TAKE_LOCAL, out);
    }

    /** APPLY(fn, args…): calls fn with the remaining arguments. */
    private void apply(int[] slots) {
        requireFunction(slots[0], "APPLY", 1);
        for (int slot : slots) fn.emit(Opcode.TAKE_LOCAL, slot);
        fn.emit(Opcode.CALL_VALUE, slots.length - 1, fn.code.newSite());
    }
}
