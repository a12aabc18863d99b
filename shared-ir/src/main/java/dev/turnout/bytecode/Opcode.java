package dev.turnout.bytecode;

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

/**
 * The instructions of Turnout's shared IR. Code is an {@code int[]}: an opcode {@link #id} followed by its int
 * operands. Ids are dense and stable (they are the {@code static final int} constants below, checked against the
 * enum order in tests); the interpreter switches on the ints, never on the enum.
 *
 * <p>Each constant documents its stack effect as {@code before → after} (top of stack on the right). Instructions
 * whose effect depends on an operand ({@code n}) say so; {@link #pops} computes it.
 */
public enum Opcode {
    /** Stack: → . Does nothing. */
    NOP(),
    /** Stack: → null. */
    PUSH_NULL(),
    /** Stack: → true. */
    PUSH_TRUE(),
    /** Stack: → false. */
    PUSH_FALSE(),
    /** Stack: → constants[k]. */
    PUSH_CONST(CONST),
    /** Stack: v → . */
    POP(),
    /** Stack: v → v v. */
    DUP(),

    /** Stack: → v. Loads a plain local; unbound reads as null; a container is frozen (it now has two owners). */
    LOAD_LOCAL(SLOT),
    /** Stack: → v. Like LOAD_LOCAL but does not freeze: only for in-place updates (SET, APPEND TO, MODIFY). */
    LOAD_LOCAL_RAW(SLOT),
    /** Stack: v → . */
    STORE_LOCAL(SLOT),
    /** Stack: → v. Moves a compiler temporary's value out (no freeze; the slot is cleared). */
    TAKE_LOCAL(SLOT),
    /** Stack: → v. Loads through the {@code Cell} in the slot; freezes like LOAD_LOCAL. */
    LOAD_CELL(SLOT),
    /** Stack: → v. Loads through the cell without freezing (in-place updates only). */
    LOAD_CELL_RAW(SLOT),
    /** Stack: v → . Stores into the cell in the slot. */
    STORE_CELL(SLOT),
    /** Stack: → . Wraps the slot's current raw value (an argument or unbound) in a new {@code Cell}. */
    MAKE_CELL(SLOT),
    /** Stack: → v. Reads the first bound variable of a name chain (§6.2), null if none is bound; freezes. */
    LOAD_CHAIN(CHAIN),
    /** Stack: → v. LOAD_CHAIN without freezing. */
    LOAD_CHAIN_RAW(CHAIN),
    /** Stack: v → . Assigns the first bound variable of the chain, or binds the function's own one (LET rule). */
    STORE_CHAIN(CHAIN),
    /** Stack: → . Throws IllegalStateException constants[k] unless the variable is bound. */
    CHECK_BOUND(VAR, CONST),
    /** Stack: → . Copies the variable's raw binding (possibly unbound) into temp slot t. */
    SAVE_VAR(VAR, SLOT),
    /** Stack: → . Puts back the binding SAVE_VAR kept in temp slot t (loop and CATCH variables, §6.2). */
    RESTORE_VAR(VAR, SLOT),

    /** Stack: target → value. {@code target.name} with name = constants[k] (§8.4). */
    GET_MEMBER(CONST, SITE),
    /** Stack: target → value. {@code target.N} with N = constants[k]. */
    GET_INT_KEY(CONST, SITE),
    /** Stack: target key → value. {@code target[key]}. */
    GET_INDEX(SITE),

    /** Stack: a b → a + b (numbers, or concatenation when either is a string). */
    ADD(SITE),
    /** Stack: a b → a - b. */
    SUB(SITE),
    /** Stack: a b → a * b. */
    MUL(SITE),
    /** Stack: a b → a / b. */
    DIV(SITE),
    /** Stack: a b → a // b. */
    IDIV(SITE),
    /** Stack: a b → a % b. */
    MOD(SITE),
    /** Stack: a b → a ++ b. */
    CONCAT(SITE),
    /** Stack: a b → a == b. */
    EQ(SITE),
    /** Stack: a b → a != b. */
    NE(SITE),
    /** Stack: a b → a < b. */
    LT(SITE),
    /** Stack: a b → a <= b. */
    LE(SITE),
    /** Stack: a b → a > b. */
    GT(SITE),
    /** Stack: a b → a >= b. */
    GE(SITE),
    /** Stack: a → -a. */
    NEG(SITE),
    /** Stack: a → !a (condition truthiness). */
    NOT(),
    /** Stack: a → boolean (library truthiness, STDLIB §1.3). */
    TRUTHY_LIB(),

    /** Stack: → . Jumps to t. */
    JUMP(TARGET),
    /** Stack: v → . Jumps to t if v is false by condition truthiness. */
    JUMP_IF_FALSE(TARGET),
    /** Stack: v → . Jumps to t if v is true by condition truthiness. */
    JUMP_IF_TRUE(TARGET),
    /** Stack: v → v. Jumps to t (keeping v) if v is not null; falls through otherwise (for {@code ??}). */
    JUMP_IF_NOT_NULL(TARGET),

    /** Stack: → object. A new, empty, unfrozen object. */
    NEW_OBJECT(),
    /** Stack: object value → object. Puts key constants[k]. */
    OBJ_PUT_CONST(CONST),
    /**
     * Stack: object key value → object. Puts a computed key, checked first. Mode 0 words key errors as object
     * literals do ("Computed key …"), mode 1 as OUTPUT templates and MODIFY do ("Object key …").
     */
    OBJ_PUT_DYN(MODE),
    /** Stack: v1 … vn → array. */
    MAKE_ARRAY(COUNT),
    /** Stack: v → . Appends v to the unfrozen array being built in temp slot s. */
    APPEND_LOCAL(SLOT),

    /**
     * Stack: iterable → . Stores an iteration cursor in temp slot s. Mode 0: FOR (arrays only, "FOR EACH expects
     * list/iterable/sequence"); 1: comprehension ("Array comprehension expects …"); 2: an array already checked;
     * 3: an object already checked (iterates its values; CURSOR_KEY gives keys); 4: FOR over {@code RANGE(…)}: the
     * iterable is the array of RANGE's arguments, and the range is walked without being built (RANGE's checks and
     * errors apply unchanged).
     */
    FOR_PREP(SLOT, MODE),
    /** Stack: → element, or jumps to t (pushing nothing) when the cursor in slot s is exhausted. */
    FOR_NEXT(SLOT, TARGET),
    /** Stack: → key. The index (array) or key (object) of the element FOR_NEXT last produced. */
    CURSOR_KEY(SLOT),
    /** Stack: → . Throws IllegalStateException constants[k] unless slot s holds an array; freezes it. */
    REQUIRE_LIST(SLOT, CONST),
    /** Stack: → . Throws IllegalStateException constants[k] unless slot s holds an object; freezes it. */
    REQUIRE_OBJECT(SLOT, CONST),
    /** Stack: → . Throws IllegalStateException constants[k] unless slot s holds a function value. */
    REQUIRE_FUNCTION(SLOT, CONST),
    /** Stack: key value → . Puts into the unfrozen object being built in temp slot s. */
    OBJ_PUT_LOCAL(SLOT),

    /** Stack: current → current. APPEND TO variable form: current must be null or an array (name = constants[k]). */
    APPEND_VAR_CHECK(CONST),
    /** Stack: init → init. The INIT of APPEND TO's variable form must be an array. */
    CHECK_INIT_LIST(),
    /** Stack: array value → array'. Appends (in place when the array is unfrozen). */
    APPEND_VALUE(),
    /** Stack: root k1 … kn → root k1 … kn. Validates a SET/APPEND TO path (descriptor constants[k], n dynamic keys). */
    PATH_CHECK(CONST),
    /** Stack: root k1 … kn value → root'. SET path form. */
    PATH_SET(CONST),
    /** Stack: root k1 … kn value init → root'. APPEND TO path form; init is null for the default []. */
    PATH_APPEND(CONST),
    /** Stack: delta root → root'. MODIFY (descriptor constants[k]). */
    MODIFY(CONST),

    /** Stack: v → . OUTPUT rules (§7.5): null emits nothing, an object is emitted, an array emits its objects. */
    EMIT(),
    /** Stack: v → v. ABORT's value must be an object (ClassCastException, or NullPointerException for null). */
    ABORT_CHECK(),
    /** Stack: … → (frame gone). Ends the transform normally: RETURN or ABORT at transform level, or the body's end. */
    HALT(),
    /** Stack: v → (frame gone). Returns v to the caller. */
    RETURN(),

    /** Stack: a1 … an → result. Calls FUNC number f with n arguments. */
    CALL_FN(FUNCTION, COUNT, SITE),
    /** Stack: callee a1 … an → result. Invokes a function value (ISE "Value is not callable" otherwise). */
    CALL_VALUE(COUNT, SITE),
    /**
     * Stack: a1 … an callee → result. Named call whose name is also a variable (§8.17): calls the variable's
     * lambda if it holds one, else FUNC f (f = -1 when there is none: ISE "FUNC 'name' undefined", name =
     * constants[k]).
     */
    CALL_NAMED(COUNT, FUNCTION, CONST, SITE),
    /** Stack: a1 … an → result. Calls host (library or user) function h; the arity was checked at compile time. */
    CALL_HOST(HOST, COUNT, SITE),
    /** Stack: → closure. Creates a lambda value for function f, capturing its cells from this frame. */
    MAKE_CLOSURE(FUNCTION),

    /** Stack: → (throws). Raises a runtime error of ErrorKind ordinal m with message constants[k]. */
    THROW(MODE, CONST),
    /**
     * Stack: error → error, or → (jumping). RETRY: while the attempt counter in temp slot s is below n, counts one
     * more attempt, drops the error and jumps to t to evaluate the guarded expression again.
     */
    RETRY_CHECK(SLOT, COUNT, TARGET),

    // ---- specialised and quickened forms (profiling interpreter). Each has the stack effect of its generic form.

    /**
     * Stack: target → value. GET_MEMBER after quickening: if the target's shape is the one the site's cache holds,
     * reads the cached slot; otherwise looks up generically, re-caches, and after repeated misses rewrites itself
     * to GET_MEMBER_MEGA.
     */
    GET_MEMBER_MONO(CONST, SITE),
    /** Stack: target → value. GET_MEMBER at a site that saw too many shapes: always the generic lookup. */
    GET_MEMBER_MEGA(CONST, SITE),
    /**
     * Stack: → value. LOAD_LOCAL s then GET_MEMBER k in one instruction, with the site's shape cache checked
     * inline (a miss looks up generically and re-caches, until the site goes megamorphic).
     */
    GET_LOCAL_MEMBER(SLOT, CONST, SITE),
    /**
     * Stack: v1 … vn → object. An object literal whose n keys are distinct constants (constants[k], a
     * {@code ShapeTemplate}): builds the object directly in its final shape, without n transitions.
     */
    MAKE_OBJECT(CONST, COUNT),
    /** Stack: v → constants[k] + v. {@code "literal" + e}: string concatenation with a constant prefix. */
    CONCAT_PREFIX(CONST, SITE),
    /** Stack: v → v + constants[k]. {@code e + "literal"}. */
    CONCAT_SUFFIX(CONST, SITE),
    /** Stack: → . {@code SET x = x + c} on a plain local slot s with a numeric constant constants[k]. */
    INC_LOCAL(SLOT, CONST, SITE),
    /**
     * Stack: a b → . Compare and branch: jumps to t unless {@code a cmp b}, where the mode picks cmp: 0 {@code ==},
     * 1 {@code !=}, 2 {@code <}, 3 {@code <=}, 4 {@code >}, 5 {@code >=}. Replaces a comparison followed by
     * JUMP_IF_FALSE.
     */
    JUMP_UNLESS_CMP(MODE, TARGET, SITE);

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
            CONCAT_PREFIX_ID = 78, CONCAT_SUFFIX_ID = 79, INC_LOCAL_ID = 80, JUMP_UNLESS_CMP_ID = 81;

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

    Opcode(OperandKind... operands) {
        this.id = ordinal();
        this.operands = operands;
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

    /** Values this instruction pops, given the code and its pc (the effect of some depends on an operand). */
    public int pops(int[] code, int pc, java.util.function.IntFunction<Object> constants) {
        switch (this) {
            case POP: case STORE_LOCAL: case STORE_CELL: case STORE_CHAIN: case JUMP_IF_FALSE: case JUMP_IF_TRUE:
            case APPEND_LOCAL: case FOR_PREP: case EMIT: case RETURN:
            case GET_MEMBER: case GET_INT_KEY: case NEG: case NOT: case TRUTHY_LIB: case DUP: case JUMP_IF_NOT_NULL:
            case GET_MEMBER_MONO: case GET_MEMBER_MEGA: case CONCAT_PREFIX: case CONCAT_SUFFIX:
            case APPEND_VAR_CHECK: case CHECK_INIT_LIST: case ABORT_CHECK: case RETRY_CHECK:
                return 1;
            case GET_INDEX: case ADD: case SUB: case MUL: case DIV: case IDIV: case MOD: case CONCAT: case EQ:
            case NE: case LT: case LE: case GT: case GE: case OBJ_PUT_CONST: case OBJ_PUT_LOCAL: case APPEND_VALUE:
            case MODIFY:
                return 2;
            case OBJ_PUT_DYN:
                return 3;
            case JUMP_UNLESS_CMP:
                return 2;
            case MAKE_OBJECT:
                return code[pc + 2];
            case MAKE_ARRAY:
                return code[pc + 1];
            case CALL_FN:
                return code[pc + 2];
            case CALL_VALUE:
                return code[pc + 1] + 1;
            case CALL_NAMED:
                return code[pc + 1] + 1;
            case CALL_HOST:
                return code[pc + 2];
            case PATH_SET:
                return ((PathDescriptor) constants.apply(code[pc + 1])).dynamicCount() + 2;
            case PATH_APPEND:
                return ((PathDescriptor) constants.apply(code[pc + 1])).dynamicCount() + 3;
            default:
                return 0;
        }
    }

    /** Values this instruction pushes when it falls through . */
    public int pushes() {
        switch (this) {
            case PUSH_NULL: case PUSH_TRUE: case PUSH_FALSE: case PUSH_CONST: case LOAD_LOCAL: case LOAD_LOCAL_RAW:
            case TAKE_LOCAL: case LOAD_CELL: case LOAD_CELL_RAW: case LOAD_CHAIN: case LOAD_CHAIN_RAW:
            case GET_MEMBER: case GET_INT_KEY: case GET_INDEX: case ADD: case SUB: case MUL: case DIV: case IDIV:
            case MOD: case CONCAT: case EQ: case NE: case LT: case LE: case GT: case GE: case NEG: case NOT:
            case TRUTHY_LIB: case JUMP_IF_NOT_NULL: case NEW_OBJECT: case OBJ_PUT_CONST: case OBJ_PUT_DYN:
            case MAKE_ARRAY: case FOR_NEXT: case CURSOR_KEY: case APPEND_VAR_CHECK: case CHECK_INIT_LIST:
            case APPEND_VALUE: case MODIFY: case ABORT_CHECK: case CALL_FN: case CALL_VALUE: case CALL_NAMED:
            case CALL_HOST: case MAKE_CLOSURE: case RETRY_CHECK: case PATH_SET: case PATH_APPEND:
            case GET_MEMBER_MONO: case GET_MEMBER_MEGA: case GET_LOCAL_MEMBER: case MAKE_OBJECT: case CONCAT_PREFIX:
            case CONCAT_SUFFIX:
                return 1;
            case DUP:
                return 2;
            default:
                return 0;
        }
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
        return this == JUMP || this == HALT || this == RETURN || this == THROW;
    }
}
