package dev.turnout.bytecode;

import static dev.turnout.bytecode.Branch.ENDS;
import static dev.turnout.bytecode.Branch.FALLS_THROUGH;
import static dev.turnout.bytecode.Branch.branches;
import static dev.turnout.bytecode.Branch.jumps;
import static dev.turnout.bytecode.OperandKind.CHAIN;
import static dev.turnout.bytecode.OperandKind.CONST;
import static dev.turnout.bytecode.OperandKind.COUNT;
import static dev.turnout.bytecode.OperandKind.FUNCTION;
import static dev.turnout.bytecode.OperandKind.HOST;
import static dev.turnout.bytecode.OperandKind.TARGET;
import static dev.turnout.bytecode.OperandKind.MODE;
import static dev.turnout.bytecode.OperandKind.SITE;
import static dev.turnout.bytecode.OperandKind.SLOT;
import static dev.turnout.bytecode.OperandKind.VAR;
import static dev.turnout.bytecode.Semantics.none;
import static dev.turnout.bytecode.Semantics.of;
import static dev.turnout.bytecode.StackEffect.fixed;
import static dev.turnout.bytecode.StackEffect.pathKeysPlus;
import static dev.turnout.bytecode.StackEffect.popsCountOperand;
import static dev.turnout.bytecode.StackEffect.popsCountPlusOne;

import java.util.function.IntFunction;

/**
 * The instructions of Turnout's shared IR, as a declarative table. Code is an {@code int[]}: an opcode {@link #id}
 * followed by its int operands. Ids are dense and stable (they are the {@code static final int} constants below,
 * checked against the enum order in tests); the interpreter switches on the ints, never on the enum.
 *
 * <p>Each constant declares, as data: its {@linkplain #operand operand kinds}; its {@linkplain #stackEffect stack
 * effect} when it falls through (fixed pops and pushes, or a named {@link StackEffect.PopRule} for variable arity);
 * its {@linkplain #branch control flow} (falls through, jumps, branches with the stack effect of the taken edge, or
 * ends the frame); the {@linkplain #semantics semantics-layer method} that implements it; optionally a documented
 * {@linkplain #jitDecline JIT decline}; and its {@linkplain #description description}. {@link StackVerifier},
 * {@link CodeWriter} and the opcode reference in {@code docs/bytecode.md} ({@link OpcodeReference}) all read this one
 * declaration. Each constant's Javadoc repeats its description, with the stack effect written
 * {@code before → after} (top of stack on the right); {@code OpcodeTest} keeps the two equal.
 */
public enum Opcode {
    /** Stack: → . Does nothing. */
    NOP(ops(), fixed(0, 0), FALLS_THROUGH, none("no-op"),
            "Stack: → . Does nothing."),
    /** Stack: → null. */
    PUSH_NULL(ops(), fixed(0, 1), FALLS_THROUGH, none("stack"),
            "Stack: → null."),
    /** Stack: → true. */
    PUSH_TRUE(ops(), fixed(0, 1), FALLS_THROUGH, none("stack"),
            "Stack: → true."),
    /** Stack: → false. */
    PUSH_FALSE(ops(), fixed(0, 1), FALLS_THROUGH, none("stack"),
            "Stack: → false."),
    /** Stack: → constants[k]. */
    PUSH_CONST(ops(CONST), fixed(0, 1), FALLS_THROUGH, none("stack"),
            "Stack: → constants[k]."),
    /** Stack: v → . */
    POP(ops(), fixed(1, 0), FALLS_THROUGH, none("stack"),
            "Stack: v → ."),
    /** Stack: v → v v. */
    DUP(ops(), fixed(1, 2), FALLS_THROUGH, none("stack"),
            "Stack: v → v v."),

    /** Stack: → v. Loads a plain local; unbound reads as null; a container is frozen (it now has two owners). */
    LOAD_LOCAL(ops(SLOT), fixed(0, 1), FALLS_THROUGH, of("VariableOps.load"),
            "Stack: → v. Loads a plain local; unbound reads as null; a container is frozen (it now has two " +
            "owners)."),
    /**
     * Stack: → v. Like LOAD_LOCAL but does not freeze: for in-place updates (SET, APPEND TO, MODIFY), for consumers
     * that only read the value, and for moving the value of a variable that is dead afterwards.
     */
    LOAD_LOCAL_RAW(ops(SLOT), fixed(0, 1), FALLS_THROUGH, of("VariableOps.loadRaw"),
            "Stack: → v. Like LOAD_LOCAL but does not freeze: for in-place updates (SET, APPEND TO, MODIFY), for " +
            "consumers that only read the value, and for moving the value of a variable that is dead afterwards."),
    /** Stack: v → . */
    STORE_LOCAL(ops(SLOT), fixed(1, 0), FALLS_THROUGH, none("slot store"),
            "Stack: v → ."),
    /** Stack: → v. Moves a compiler temporary's value out (no freeze; the slot is cleared). */
    TAKE_LOCAL(ops(SLOT), fixed(0, 1), FALLS_THROUGH, of("VariableOps.loadRaw"),
            "Stack: → v. Moves a compiler temporary's value out (no freeze; the slot is cleared)."),
    /** Stack: → v. Loads through the {@code Cell} in the slot; freezes like LOAD_LOCAL. */
    LOAD_CELL(ops(SLOT), fixed(0, 1), FALLS_THROUGH, of("VariableOps.load"),
            "Stack: → v. Loads through the `Cell` in the slot; freezes like LOAD_LOCAL."),
    /** Stack: → v. Loads through the cell without freezing (in-place updates only). */
    LOAD_CELL_RAW(ops(SLOT), fixed(0, 1), FALLS_THROUGH, of("VariableOps.loadRaw"),
            "Stack: → v. Loads through the cell without freezing (in-place updates only)."),
    /** Stack: v → . Stores into the cell in the slot. */
    STORE_CELL(ops(SLOT), fixed(1, 0), FALLS_THROUGH, none("slot store"),
            "Stack: v → . Stores into the cell in the slot."),
    /** Stack: → . Wraps the slot's current raw value (an argument or unbound) in a new {@code Cell}. */
    MAKE_CELL(ops(SLOT), fixed(0, 0), FALLS_THROUGH, of("VariableOps.newCell"),
            "Stack: → . Wraps the slot's current raw value (an argument or unbound) in a new `Cell`."),
    /** Stack: → v. Reads the first bound variable of a name chain (§6.2), null if none is bound; freezes. */
    LOAD_CHAIN(ops(CHAIN), fixed(0, 1), FALLS_THROUGH, of("VariableOps.chainRead"),
            "Stack: → v. Reads the first bound variable of a name chain (§6.2), null if none is bound; freezes."),
    /** Stack: → v. LOAD_CHAIN without freezing. */
    LOAD_CHAIN_RAW(ops(CHAIN), fixed(0, 1), FALLS_THROUGH, of("VariableOps.chainRead"),
            "Stack: → v. LOAD_CHAIN without freezing."),
    /** Stack: v → . Assigns the first bound variable of the chain, or binds the function's own one (LET rule). */
    STORE_CHAIN(ops(CHAIN), fixed(1, 0), FALLS_THROUGH, of("VariableOps.chainStoreIndex"),
            "Stack: v → . Assigns the first bound variable of the chain, or binds the function's own one (LET " +
            "rule)."),
    /** Stack: → . Throws IllegalStateException constants[k] unless the variable is bound. */
    CHECK_BOUND(ops(VAR, CONST), fixed(0, 0), FALLS_THROUGH, of("VariableOps.checkBound"),
            "Stack: → . Throws IllegalStateException constants[k] unless the variable is bound."),
    /** Stack: → . Copies the variable's raw binding (possibly unbound) into temp slot t. */
    SAVE_VAR(ops(VAR, SLOT), fixed(0, 0), FALLS_THROUGH, none("slot copy"),
            "Stack: → . Copies the variable's raw binding (possibly unbound) into temp slot t."),
    /** Stack: → . Puts back the binding SAVE_VAR kept in temp slot t (loop and CATCH variables, §6.2). */
    RESTORE_VAR(ops(VAR, SLOT), fixed(0, 0), FALLS_THROUGH, none("slot copy"),
            "Stack: → . Puts back the binding SAVE_VAR kept in temp slot t (loop and CATCH variables, §6.2)."),

    /** Stack: target → value. {@code target.name} with name = constants[k] (§8.4). */
    GET_MEMBER(ops(CONST, SITE), fixed(1, 1), FALLS_THROUGH, of("Properties.member"),
            "Stack: target → value. `target.name` with name = constants[k] (§8.4)."),
    /** Stack: target → value. {@code target.N} with N = constants[k]. */
    GET_INT_KEY(ops(CONST, SITE), fixed(1, 1), FALLS_THROUGH, of("Properties.integerKey"),
            "Stack: target → value. `target.N` with N = constants[k]."),
    /** Stack: target key → value. {@code target[key]}. */
    GET_INDEX(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("Properties.index"),
            "Stack: target key → value. `target[key]`."),

    /** Stack: a b → a + b (numbers, or concatenation when either is a string). */
    ADD(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("Operators.add"),
            "Stack: a b → a + b (numbers, or concatenation when either is a string)."),
    /** Stack: a b → a - b. */
    SUB(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("Operators.sub"),
            "Stack: a b → a - b."),
    /** Stack: a b → a * b. */
    MUL(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("Operators.mul"),
            "Stack: a b → a * b."),
    /** Stack: a b → a / b. */
    DIV(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("Operators.div"),
            "Stack: a b → a / b."),
    /** Stack: a b → a // b. */
    IDIV(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("Operators.idiv"),
            "Stack: a b → a // b."),
    /** Stack: a b → a % b. */
    MOD(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("Operators.mod"),
            "Stack: a b → a % b."),
    /** Stack: a b → a ++ b. */
    CONCAT(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("Operators.concat"),
            "Stack: a b → a ++ b."),
    /** Stack: a b → a == b. */
    EQ(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("ArithmeticOps.compare"),
            "Stack: a b → a == b."),
    /** Stack: a b → a != b. */
    NE(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("ArithmeticOps.compare"),
            "Stack: a b → a != b."),
    /** Stack: a b → a < b. */
    LT(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("ArithmeticOps.compare"),
            "Stack: a b → a < b."),
    /** Stack: a b → a <= b. */
    LE(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("ArithmeticOps.compare"),
            "Stack: a b → a <= b."),
    /** Stack: a b → a > b. */
    GT(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("ArithmeticOps.compare"),
            "Stack: a b → a > b."),
    /** Stack: a b → a >= b. */
    GE(ops(SITE), fixed(2, 1), FALLS_THROUGH, of("ArithmeticOps.compare"),
            "Stack: a b → a >= b."),
    /** Stack: a → -a. */
    NEG(ops(SITE), fixed(1, 1), FALLS_THROUGH, of("Operators.neg"),
            "Stack: a → -a."),
    /** Stack: a → !a (condition truthiness). */
    NOT(ops(), fixed(1, 1), FALLS_THROUGH, of("Truthiness.condition"),
            "Stack: a → !a (condition truthiness)."),
    /** Stack: a → boolean (library truthiness, STDLIB §1.3). */
    TRUTHY_LIB(ops(), fixed(1, 1), FALLS_THROUGH, of("Truthiness.library"),
            "Stack: a → boolean (library truthiness, STDLIB §1.3)."),

    /** Stack: → . Jumps to t. */
    JUMP(ops(TARGET), fixed(0, 0), jumps(0), none("control"),
            "Stack: → . Jumps to t."),
    /** Stack: v → . Jumps to t if v is false by condition truthiness. */
    JUMP_IF_FALSE(ops(TARGET), fixed(1, 0), branches(0, 0), of("Truthiness.condition"),
            "Stack: v → . Jumps to t if v is false by condition truthiness."),
    /** Stack: v → . Jumps to t if v is true by condition truthiness. */
    JUMP_IF_TRUE(ops(TARGET), fixed(1, 0), branches(0, 0), of("Truthiness.condition"),
            "Stack: v → . Jumps to t if v is true by condition truthiness."),
    /** Stack: v → v. Jumps to t (keeping v) if v is not null; falls through otherwise (for {@code ??}). */
    JUMP_IF_NOT_NULL(ops(TARGET), fixed(1, 1), branches(0, 1), none("control"),
            "Stack: v → v. Jumps to t (keeping v) if v is not null; falls through otherwise (for `??`)."),

    /** Stack: → object. A new, empty, unfrozen object. */
    NEW_OBJECT(ops(), fixed(0, 1), FALLS_THROUGH, of("StructureOps.newObject"),
            "Stack: → object. A new, empty, unfrozen object."),
    /** Stack: object value → object. Puts key constants[k]. */
    OBJ_PUT_CONST(ops(CONST), fixed(2, 1), FALLS_THROUGH, of("StructureOps.putConst"),
            "Stack: object value → object. Puts key constants[k]."),
    /**
     * Stack: object key value → object. Puts a computed key, checked first. Mode 0 words key errors as object
     * literals do ("Computed key …"), mode 1 as OUTPUT templates and MODIFY do ("Object key …").
     */
    OBJ_PUT_DYN(ops(MODE), fixed(3, 1), FALLS_THROUGH, of("StructureOps.putDynamic"),
            "Stack: object key value → object. Puts a computed key, checked first. Mode 0 words key errors as " +
            "object literals do (\"Computed key …\"), mode 1 as OUTPUT templates and MODIFY do (\"Object key …\")."),
    /** Stack: v1 … vn → array. */
    MAKE_ARRAY(ops(COUNT), popsCountOperand(0, 1), FALLS_THROUGH, of("StructureOps.makeArray"),
            "Stack: v1 … vn → array."),
    /** Stack: v → . Appends v to the unfrozen array being built in temp slot s. */
    APPEND_LOCAL(ops(SLOT), fixed(1, 0), FALLS_THROUGH, of("StructureOps.appendLocal"),
            "Stack: v → . Appends v to the unfrozen array being built in temp slot s."),

    /**
     * Stack: iterable → . Stores an iteration cursor in temp slot s. Mode 0: FOR (arrays only, "FOR EACH expects
     * list/iterable/sequence"); 1: comprehension ("Array comprehension expects …"); 2: an array already checked;
     * 3: an object already checked (iterates its values; CURSOR_KEY gives keys); 4: FOR over {@code RANGE(…)}: the
     * iterable is the array of RANGE's arguments, and the range is walked without being built (RANGE's checks and
     * errors apply unchanged).
     */
    FOR_PREP(ops(SLOT, MODE), fixed(1, 0), FALLS_THROUGH, of("ControlOps.forPrep"),
            "Stack: iterable → . Stores an iteration cursor in temp slot s. Mode 0: FOR (arrays only, \"FOR EACH " +
            "expects list/iterable/sequence\"); 1: comprehension (\"Array comprehension expects …\"); 2: an array " +
            "already checked; 3: an object already checked (iterates its values; CURSOR_KEY gives keys); 4: FOR " +
            "over `RANGE(…)`: the iterable is the array of RANGE's arguments, and the range is walked without " +
            "being built (RANGE's checks and errors apply unchanged)."),
    /** Stack: → element, or jumps to t (pushing nothing) when the cursor in slot s is exhausted. */
    FOR_NEXT(ops(SLOT, TARGET), fixed(0, 1), branches(1, 0), of("ControlOps.forNext"),
            "Stack: → element, or jumps to t (pushing nothing) when the cursor in slot s is exhausted."),
    /** Stack: → key. The index (array) or key (object) of the element FOR_NEXT last produced. */
    CURSOR_KEY(ops(SLOT), fixed(0, 1), FALLS_THROUGH, none("loop cursor read"),
            "Stack: → key. The index (array) or key (object) of the element FOR_NEXT last produced."),
    /** Stack: → . Throws IllegalStateException constants[k] unless slot s holds an array; freezes it. */
    REQUIRE_LIST(ops(SLOT, CONST), fixed(0, 0), FALLS_THROUGH, of("StructureOps.requireList"),
            "Stack: → . Throws IllegalStateException constants[k] unless slot s holds an array; freezes it."),
    /** Stack: → . Throws IllegalStateException constants[k] unless slot s holds an object; freezes it. */
    REQUIRE_OBJECT(ops(SLOT, CONST), fixed(0, 0), FALLS_THROUGH, of("StructureOps.requireObject"),
            "Stack: → . Throws IllegalStateException constants[k] unless slot s holds an object; freezes it."),
    /** Stack: → . Throws IllegalStateException constants[k] unless slot s holds a function value. */
    REQUIRE_FUNCTION(ops(SLOT, CONST), fixed(0, 0), FALLS_THROUGH, of("StructureOps.requireFunction"),
            "Stack: → . Throws IllegalStateException constants[k] unless slot s holds a function value."),
    /** Stack: key value → . Puts into the unfrozen object being built in temp slot s. */
    OBJ_PUT_LOCAL(ops(SLOT), fixed(2, 0), FALLS_THROUGH, of("StructureOps.putLocal"),
            "Stack: key value → . Puts into the unfrozen object being built in temp slot s."),

    /** Stack: current → current. APPEND TO variable form: current must be null or an array (name = constants[k]). */
    APPEND_VAR_CHECK(ops(CONST), fixed(1, 1), FALLS_THROUGH, of("StructureOps.appendVarCheck"),
            "Stack: current → current. APPEND TO variable form: current must be null or an array (name = " +
            "constants[k])."),
    /** Stack: init → init. The INIT of APPEND TO's variable form must be an array. */
    CHECK_INIT_LIST(ops(), fixed(1, 1), FALLS_THROUGH, of("StructureOps.checkInitList"),
            "Stack: init → init. The INIT of APPEND TO's variable form must be an array."),
    /** Stack: array value → array'. Appends (in place when the array is unfrozen). */
    APPEND_VALUE(ops(), fixed(2, 1), FALLS_THROUGH, of("StructureOps.appendValue"),
            "Stack: array value → array'. Appends (in place when the array is unfrozen)."),
    /** Stack: root k1 … kn → root k1 … kn. Validates a SET/APPEND TO path (descriptor constants[k], n dynamic keys). */
    PATH_CHECK(ops(CONST), fixed(0, 0), FALLS_THROUGH, of("PathOps.check"),
            "Stack: root k1 … kn → root k1 … kn. Validates a SET/APPEND TO path (descriptor constants[k], n " +
            "dynamic keys)."),
    /** Stack: root k1 … kn value → root'. SET path form. */
    PATH_SET(ops(CONST), pathKeysPlus(0, 2, 1), FALLS_THROUGH, of("PathOps.set"),
            "Stack: root k1 … kn value → root'. SET path form."),
    /** Stack: root k1 … kn value init → root'. APPEND TO path form; init is null for the default []. */
    PATH_APPEND(ops(CONST), pathKeysPlus(0, 3, 1), FALLS_THROUGH, of("PathOps.append"),
            "Stack: root k1 … kn value init → root'. APPEND TO path form; init is null for the default []."),
    /** Stack: delta root → root'. MODIFY (descriptor constants[k]). */
    MODIFY(ops(CONST), fixed(2, 1), FALLS_THROUGH, of("PathOps.modify"),
            "Stack: delta root → root'. MODIFY (descriptor constants[k])."),

    /** Stack: v → . OUTPUT rules (§7.5): null emits nothing, an object is emitted, an array emits its objects. */
    EMIT(ops(), fixed(1, 0), FALLS_THROUGH, of("ControlOps.emit"),
            "Stack: v → . OUTPUT rules (§7.5): null emits nothing, an object is emitted, an array emits its " +
            "objects."),
    /** Stack: v → v. ABORT's value must be an object (ClassCastException, or NullPointerException for null). */
    ABORT_CHECK(ops(), fixed(1, 1), FALLS_THROUGH, of("ControlOps.abortCheck"),
            "Stack: v → v. ABORT's value must be an object (ClassCastException, or NullPointerException for null)."),
    /** Stack: … → (frame gone). Ends the transform normally: RETURN or ABORT at transform level, or the body's end. */
    HALT(ops(), fixed(0, 0), ENDS, none("control"),
            "Stack: … → (frame gone). Ends the transform normally: RETURN or ABORT at transform level, or the " +
            "body's end."),
    /** Stack: v → (frame gone). Returns v to the caller. */
    RETURN(ops(), fixed(1, 0), ENDS, none("control"),
            "Stack: v → (frame gone). Returns v to the caller."),

    /** Stack: a1 … an → result. Calls FUNC number f with n arguments. */
    CALL_FN(ops(FUNCTION, COUNT, SITE), popsCountOperand(1, 1), FALLS_THROUGH, of("CallOps.compiledEntry"),
            "Stack: a1 … an → result. Calls FUNC number f with n arguments."),
    /** Stack: callee a1 … an → result. Invokes a function value (ISE "Value is not callable" otherwise). */
    CALL_VALUE(ops(COUNT, SITE), popsCountPlusOne(0, 1), FALLS_THROUGH, of("CallOps.callable"),
            "Stack: callee a1 … an → result. Invokes a function value (ISE \"Value is not callable\" otherwise)."),
    /**
     * Stack: a1 … an callee → result. Named call whose name is also a variable (§8.17): calls the variable's
     * lambda if it holds one, else FUNC f (f = -1 when there is none: ISE "FUNC 'name' undefined", name =
     * constants[k]).
     */
    CALL_NAMED(ops(COUNT, FUNCTION, CONST, SITE), popsCountPlusOne(0, 1), FALLS_THROUGH, of("CallOps.namedTarget"),
            "Stack: a1 … an callee → result. Named call whose name is also a variable (§8.17): calls the " +
            "variable's lambda if it holds one, else FUNC f (f = -1 when there is none: ISE \"FUNC 'name' " +
            "undefined\", name = constants[k])."),
    /** Stack: a1 … an → result. Calls host (library or user) function h; the arity was checked at compile time. */
    CALL_HOST(ops(HOST, COUNT, SITE), popsCountOperand(1, 1), FALLS_THROUGH, of("CallOps.callHost"),
            "Stack: a1 … an → result. Calls host (library or user) function h; the arity was checked at compile " +
            "time."),
    /** Stack: → closure. Creates a lambda value for function f, capturing its cells from this frame. */
    MAKE_CLOSURE(ops(FUNCTION), fixed(0, 1), FALLS_THROUGH, of("CallOps.makeClosure"),
            "Stack: → closure. Creates a lambda value for function f, capturing its cells from this frame."),

    /** Stack: → (throws). Raises a runtime error of ErrorKind ordinal m with message constants[k]. */
    THROW(ops(MODE, CONST), fixed(0, 0), ENDS, of("ControlOps.error"),
            "Stack: → (throws). Raises a runtime error of ErrorKind ordinal m with message constants[k]."),
    /**
     * Stack: error → error, or → (jumping). RETRY: while the attempt counter in temp slot s is below n, counts one
     * more attempt, drops the error and jumps to t to evaluate the guarded expression again. Each retry counts one
     * step against the run's step budget, in every tier.
     */
    RETRY_CHECK(ops(SLOT, COUNT, TARGET), fixed(1, 1), branches(2, 0), of("ControlOps.retry"),
            "Stack: error → error, or → (jumping). RETRY: while the attempt counter in temp slot s is below n, " +
            "counts one more attempt, drops the error and jumps to t to evaluate the guarded expression again. " +
            "Each retry counts one step against the run's step budget, in every tier."),

    // ---- specialised and quickened forms (profiling interpreter). Each has the stack effect of its generic form.

    /**
     * Stack: target → value. GET_MEMBER after quickening: if the target's shape is the one the site's cache holds,
     * reads the cached slot; otherwise looks up generically, re-caches, and after repeated misses rewrites itself
     * to GET_MEMBER_MEGA.
     */
    GET_MEMBER_MONO(ops(CONST, SITE), fixed(1, 1), FALLS_THROUGH, of("Properties.member"),
            "Stack: target → value. GET_MEMBER after quickening: if the target's shape is the one the site's cache " +
            "holds, reads the cached slot; otherwise looks up generically, re-caches, and after repeated misses " +
            "rewrites itself to GET_MEMBER_MEGA."),
    /** Stack: target → value. GET_MEMBER at a site that saw too many shapes: always the generic lookup. */
    GET_MEMBER_MEGA(ops(CONST, SITE), fixed(1, 1), FALLS_THROUGH, of("Properties.member"),
            "Stack: target → value. GET_MEMBER at a site that saw too many shapes: always the generic lookup."),
    /**
     * Stack: → value. LOAD_LOCAL s then GET_MEMBER k in one instruction, with the site's shape cache checked
     * inline (a miss looks up generically and re-caches, until the site goes megamorphic).
     */
    GET_LOCAL_MEMBER(ops(SLOT, CONST, SITE), fixed(0, 1), FALLS_THROUGH, of("Properties.member"),
            "Stack: → value. LOAD_LOCAL s then GET_MEMBER k in one instruction, with the site's shape cache " +
            "checked inline (a miss looks up generically and re-caches, until the site goes megamorphic)."),
    /**
     * Stack: v1 … vn → object. An object literal whose n keys are distinct constants (constants[k], a
     * {@code ShapeTemplate}): builds the object directly in its final shape, without n transitions.
     */
    MAKE_OBJECT(ops(CONST, COUNT), popsCountOperand(1, 1), FALLS_THROUGH, of("StructureOps.makeObject"),
            "Stack: v1 … vn → object. An object literal whose n keys are distinct constants (constants[k], a " +
            "`ShapeTemplate`): builds the object directly in its final shape, without n transitions."),
    /** Stack: v → constants[k] + v. {@code "literal" + e}: string concatenation with a constant prefix. */
    CONCAT_PREFIX(ops(CONST, SITE), fixed(1, 1), FALLS_THROUGH, of("Operators.add"),
            "Stack: v → constants[k] + v. `\"literal\" + e`: string concatenation with a constant prefix."),
    /** Stack: v → v + constants[k]. {@code e + "literal"}. */
    CONCAT_SUFFIX(ops(CONST, SITE), fixed(1, 1), FALLS_THROUGH, of("Operators.add"),
            "Stack: v → v + constants[k]. `e + \"literal\"`."),
    /** Stack: → . {@code SET x = x + c} on a plain local slot s with a numeric constant constants[k]. */
    INC_LOCAL(ops(SLOT, CONST, SITE), fixed(0, 0), FALLS_THROUGH, of("Operators.add"),
            "Stack: → . `SET x = x + c` on a plain local slot s with a numeric constant constants[k]."),
    /**
     * Stack: a b → . Compare and branch: jumps to t unless {@code a cmp b}, where the mode picks cmp: 0 {@code ==},
     * 1 {@code !=}, 2 {@code <}, 3 {@code <=}, 4 {@code >}, 5 {@code >=}. Replaces a comparison followed by
     * JUMP_IF_FALSE.
     */
    JUMP_UNLESS_CMP(ops(MODE, TARGET, SITE), fixed(2, 0), branches(1, 0), of("ArithmeticOps.compare"),
            "Stack: a b → . Compare and branch: jumps to t unless `a cmp b`, where the mode picks cmp: 0 `==`, 1 " +
            "`!=`, 2 `<`, 3 `<=`, 4 `>`, 5 `>=`. Replaces a comparison followed by JUMP_IF_FALSE."),
    /**
     * Stack: → value. GET_LOCAL_MEMBER for a consumer that only reads the value (an operator, a condition, a key,
     * a read-only library function): the local is not frozen, so a variable being updated in place stays owned.
     */
    PEEK_LOCAL_MEMBER(ops(SLOT, CONST, SITE), fixed(0, 1), FALLS_THROUGH, of("Properties.member"),
            "Stack: → value. GET_LOCAL_MEMBER for a consumer that only reads the value (an operator, a condition, " +
            "a key, a read-only library function): the local is not frozen, so a variable being updated in place " +
            "stays owned."),
    /**
     * Stack: p1 … pn → . {@code SET s = s + p1 (+ p2)} on a plain local slot s, n = 1 or 2 (p2 a literal): while
     * s holds text, appends to a text accumulator in the slot in place; otherwise {@code +} as usual.
     */
    APPEND_TEXT_LOCAL(ops(SLOT, COUNT), popsCountOperand(1, 0), FALLS_THROUGH, of("VariableOps.appendText"),
            "Stack: p1 … pn → . `SET s = s + p1 (+ p2)` on a plain local slot s, n = 1 or 2 (p2 a literal): while " +
            "s holds text, appends to a text accumulator in the slot in place; otherwise `+` as usual.");

    // ---- stable ids: the interpreter's switch labels. OpcodeTest checks them against ordinal(). ----
    public static final int NOP_ID = 0, PUSH_NULL_ID = 1, PUSH_TRUE_ID = 2, PUSH_FALSE_ID = 3, PUSH_CONST_ID = 4,
            POP_ID = 5, DUP_ID = 6, LOAD_LOCAL_ID = 7, LOAD_LOCAL_RAW_ID = 8, STORE_LOCAL_ID = 9, TAKE_LOCAL_ID = 10,
            LOAD_CELL_ID = 11, LOAD_CELL_RAW_ID = 12, STORE_CELL_ID = 13, MAKE_CELL_ID = 14, LOAD_CHAIN_ID = 15,
            LOAD_CHAIN_RAW_ID = 16, STORE_CHAIN_ID = 17, CHECK_BOUND_ID = 18, SAVE_VAR_ID = 19, RESTORE_VAR_ID = 20,
            GET_MEMBER_ID = 21, GET_INT_KEY_ID = 22, GET_INDEX_ID = 23, ADD_ID = 24, SUB_ID = 25, MUL_ID = 26,
            DIV_ID = 27, IDIV_ID = 28, MOD_ID = 29, CONCAT_ID = 30, EQ_ID = 31, NE_ID = 32, LT_ID = 33, LE_ID = 34,
            GT_ID = 35, GE_ID = 36, NEG_ID = 37, NOT_ID = 38, TRUTHY_LIB_ID = 39, JUMP_ID = 40,
            JUMP_IF_FALSE_ID = 41, JUMP_IF_TRUE_ID = 42, JUMP_IF_NOT_NULL_ID = 43, NEW_OBJECT_ID = 44,
            OBJ_PUT_CONST_ID = 45, OBJ_PUT_DYN_ID = 46, MAKE_ARRAY_ID = 47, APPEND_LOCAL_ID = 48, FOR_PREP_ID = 49,
            FOR_NEXT_ID = 50, CURSOR_KEY_ID = 51, REQUIRE_LIST_ID = 52, REQUIRE_OBJECT_ID = 53,
            REQUIRE_FUNCTION_ID = 54, OBJ_PUT_LOCAL_ID = 55, APPEND_VAR_CHECK_ID = 56, CHECK_INIT_LIST_ID = 57,
            APPEND_VALUE_ID = 58, PATH_CHECK_ID = 59, PATH_SET_ID = 60, PATH_APPEND_ID = 61, MODIFY_ID = 62,
            EMIT_ID = 63, ABORT_CHECK_ID = 64, HALT_ID = 65, RETURN_ID = 66, CALL_FN_ID = 67, CALL_VALUE_ID = 68,
            CALL_NAMED_ID = 69, CALL_HOST_ID = 70, MAKE_CLOSURE_ID = 71, THROW_ID = 72, RETRY_CHECK_ID = 73,
            GET_MEMBER_MONO_ID = 74, GET_MEMBER_MEGA_ID = 75, GET_LOCAL_MEMBER_ID = 76, MAKE_OBJECT_ID = 77,
            CONCAT_PREFIX_ID = 78, CONCAT_SUFFIX_ID = 79, INC_LOCAL_ID = 80, JUMP_UNLESS_CMP_ID = 81,
            PEEK_LOCAL_MEMBER_ID = 82, APPEND_TEXT_LOCAL_ID = 83;

    private static final Opcode[] BY_ID = values();
    private static final int[] LENGTHS = new int[BY_ID.length];

    static {
        for (Opcode op : BY_ID) LENGTHS[op.id] = op.length();
    }

    /** Instruction length in ints for an opcode id (for the interpreter's fall-through path; no enum lookup). */
    public static int length(int id) {
        return LENGTHS[id];
    }

    /** The dense, stable id (equal to {@link #ordinal()}). */
    public final int id;
    private final OperandKind[] operands;
    private final StackEffect stackEffect;
    private final Branch branch;
    private final Semantics semantics;
    private final String jitDecline;
    private final String description;

    Opcode(OperandKind[] operands, StackEffect stackEffect, Branch branch, Semantics semantics, String description) {
        this(operands, stackEffect, branch, semantics, null, description);
    }

    Opcode(OperandKind[] operands, StackEffect stackEffect, Branch branch, Semantics semantics, String jitDecline,
           String description) {
        this.id = ordinal();
        this.operands = operands;
        this.stackEffect = stackEffect;
        this.branch = branch;
        this.semantics = semantics;
        this.jitDecline = jitDecline;
        this.description = description;
    }

    private static OperandKind[] ops(OperandKind... kinds) {
        return kinds;
    }

    public static Opcode byId(int id) {
        return BY_ID[id];
    }

    public static int count() {
        return BY_ID.length;
    }

    /** Instruction length in ints: the opcode plus its operands. */
    public int length() {
        return 1 + operands.length;
    }

    public OperandKind operand(int i) {
        return operands[i];
    }

    public int operandCount() {
        return operands.length;
    }

    /** The stack effect when the instruction falls through (or, for {@link Branch.Kind#JUMPS}, jumps). */
    public StackEffect stackEffect() {
        return stackEffect;
    }

    /** Where control goes after the instruction. */
    public Branch branch() {
        return branch;
    }

    /** The semantics-layer method that implements the instruction, or why there is none. */
    public Semantics semantics() {
        return semantics;
    }

    /** Why the JIT declines functions containing this instruction, or null when it has an emitter. */
    public String jitDecline() {
        return jitDecline;
    }

    /** What the instruction does, with its stack effect written {@code before → after} (Markdown code spans). */
    public String description() {
        return description;
    }

    /** Values this instruction pops, given the code and its pc (the effect of some depends on an operand). */
    public int pops(int[] code, int pc, IntFunction<Object> constants) {
        return stackEffect.pops(code, pc, constants);
    }

    /** Values this instruction pushes when it falls through. */
    public int pushes() {
        return stackEffect.pushes();
    }

    /**
     * Values this instruction pushes on the edge to its jump target (after popping {@link #pops}): the taken edge's
     * count for a conditional branch, the ordinary effect for an unconditional jump. Only for instructions whose
     * {@link #branch()} has a target.
     */
    public int targetPushes() {
        if (!branch.hasTarget()) throw new IllegalStateException(this + " has no jump target");
        return branch.kind() == Branch.Kind.BRANCHES ? branch.takenPushes() : stackEffect.pushes();
    }

    /**
     * The generic instruction a quickened form stands for (same operands, same semantics); the instruction itself
     * for all others. Tools that do not care about interpreter caches (the JIT, the verifier) can reason about
     * the generic form.
     */
    public Opcode generic() {
        return this == GET_MEMBER_MONO || this == GET_MEMBER_MEGA ? GET_MEMBER : this;
    }

    /** True for instructions after which control never falls through to the next pc. */
    public boolean endsBlock() {
        return !branch.fallsThrough();
    }
}
