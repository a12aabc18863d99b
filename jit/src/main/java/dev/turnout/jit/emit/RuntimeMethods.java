package dev.turnout.jit.emit;

import dev.turnout.bytecode.ModifyDescriptor;
import dev.turnout.bytecode.PathDescriptor;
import dev.turnout.errors.TransformException;
import dev.turnout.jit.runtime.JitRuntime;
import dev.turnout.program.CallTarget;
import dev.turnout.program.ExecutionContext;
import dev.turnout.program.FunctionCode;
import dev.turnout.runtime.ArrayValue;
import dev.turnout.program.Closure;
import dev.turnout.runtime.Instructions;
import dev.turnout.runtime.IterationCursor;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Operators;
import dev.turnout.runtime.Properties;
import dev.turnout.runtime.Shape;
import dev.turnout.runtime.Truthiness;
import dev.turnout.stdlib.HostFunction;
import dev.turnout.stdlib.LibraryFunction;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.objectweb.asm.Opcodes;
import org.objectweb.asm.Type;

/**
 * Every Java method generated code calls, resolved by reflection when this class initialises: a renamed or
 * re-typed runtime helper fails the JIT's first use (and its tests) loudly instead of producing a class that
 * fails to link at run time. Emitters refer to these constants, never to owner/name/descriptor strings.
 */
public final class RuntimeMethods {
    private RuntimeMethods() {}

    /** One method reference: the JVM instruction that calls it and its owner, name and descriptor. */
    public record Ref(int opcode, String owner, String name, String descriptor, boolean isInterface) {}

    // ---- Instructions ----
    public static final Ref LOAD = of(Instructions.class, "load", Object.class);
    public static final Ref LOAD_RAW = of(Instructions.class, "loadRaw", Object.class);
    public static final Ref RAW_CHAIN = of(Instructions.class, "rawChain", Object[].class, int[].class);
    public static final Ref STORE_CHAIN = of(Instructions.class, "storeChain", Object[].class, int[].class, Object.class);
    public static final Ref RAW_REF = of(Instructions.class, "rawRef", Object[].class, int.class, int[][].class);
    public static final Ref SAVE_VAR = of(Instructions.class, "saveVar", Object[].class, int.class, int[][].class);
    public static final Ref RESTORE_VAR =
            of(Instructions.class, "restoreVar", Object[].class, int.class, int[][].class, Object.class);
    public static final Ref FOR_PREP = of(Instructions.class, "forPrep", Object.class, int.class);
    public static final Ref APPEND_VAR_CHECK = of(Instructions.class, "appendVarCheck", Object.class, String.class);
    public static final Ref CHECK_INIT_LIST = of(Instructions.class, "checkInitList", Object.class);
    public static final Ref EMIT = of(Instructions.class, "emit", List.class, Object.class);
    public static final Ref ABORT_CHECK = of(Instructions.class, "abortCheck", Object.class);
    public static final Ref ERROR_OBJECT = of(Instructions.class, "errorObject", TransformException.class);
    public static final Ref ERROR = of(Instructions.class, "error", int.class, String.class);

    // ---- Operators / Truthiness ----
    public static final Ref ADD = of(Operators.class, "add", Object.class, Object.class);
    public static final Ref SUB = of(Operators.class, "sub", Object.class, Object.class);
    public static final Ref MUL = of(Operators.class, "mul", Object.class, Object.class);
    public static final Ref DIV = of(Operators.class, "div", Object.class, Object.class);
    public static final Ref IDIV = of(Operators.class, "idiv", Object.class, Object.class);
    public static final Ref MOD = of(Operators.class, "mod", Object.class, Object.class);
    public static final Ref CONCAT = of(Operators.class, "concat", Object.class, Object.class);
    public static final Ref NEG = of(Operators.class, "neg", Object.class);
    public static final Ref EQUAL = of(Operators.class, "equal", Object.class, Object.class);
    public static final Ref LESS = of(Operators.class, "less", Object.class, Object.class);
    public static final Ref LESS_EQUAL = of(Operators.class, "lessEqual", Object.class, Object.class);
    public static final Ref GREATER = of(Operators.class, "greater", Object.class, Object.class);
    public static final Ref GREATER_EQUAL = of(Operators.class, "greaterEqual", Object.class, Object.class);
    public static final Ref CONDITION = of(Truthiness.class, "condition", Object.class);
    public static final Ref LIBRARY_TRUTH = of(Truthiness.class, "library", Object.class);

    // ---- Properties ----
    public static final Ref MEMBER = of(Properties.class, "member", Object.class, String.class);
    public static final Ref READ_SLOT = of(Properties.class, "readSlot", ObjectValue.class, int.class);
    public static final Ref INTEGER_KEY = of(Properties.class, "integerKey", Object.class, long.class);
    public static final Ref INDEX = of(Properties.class, "index", Object.class, Object.class);

    // ---- JitRuntime ----
    public static final Ref ARGUMENT = of(JitRuntime.class, "argument", Object[].class, int.class);
    public static final Ref MAKE_ARRAY = of(JitRuntime.class, "makeArray", Object[].class);
    public static final Ref OBJ_PUT_CONST = of(JitRuntime.class, "objPutConst", Object.class, Object.class, Object.class);
    public static final Ref OBJ_PUT_DYN =
            of(JitRuntime.class, "objPutDyn", Object.class, Object.class, Object.class, int.class);
    public static final Ref OBJ_PUT_LOCAL = of(JitRuntime.class, "objPutLocal", Object.class, Object.class, Object.class);
    public static final Ref APPEND_LOCAL = of(JitRuntime.class, "appendLocal", Object.class, Object.class);
    public static final Ref APPEND_VALUE = of(JitRuntime.class, "appendValue", Object.class, Object.class);
    public static final Ref REQUIRE_LIST = of(JitRuntime.class, "requireList", Object.class, String.class);
    public static final Ref REQUIRE_OBJECT = of(JitRuntime.class, "requireObject", Object.class, String.class);
    public static final Ref REQUIRE_FUNCTION = of(JitRuntime.class, "requireFunction", Object.class, String.class);
    public static final Ref CHECK_BOUND = of(JitRuntime.class, "checkBound", Object.class, String.class);
    public static final Ref PATH_CHECK =
            of(JitRuntime.class, "pathCheck", PathDescriptor.class, Object.class, Object[].class);
    public static final Ref PATH_SET =
            of(JitRuntime.class, "pathSet", Object.class, Object[].class, Object.class, PathDescriptor.class);
    public static final Ref PATH_APPEND = of(JitRuntime.class, "pathAppend", Object.class, Object[].class,
            Object.class, Object.class, PathDescriptor.class);
    public static final Ref MODIFY = of(JitRuntime.class, "modify", Object.class, Object.class, ModifyDescriptor.class);
    public static final Ref ADD_LONGS = of(JitRuntime.class, "addLongs", long.class, long.class);
    public static final Ref SUB_LONGS = of(JitRuntime.class, "subLongs", long.class, long.class);
    public static final Ref MUL_LONGS = of(JitRuntime.class, "mulLongs", long.class, long.class);
    public static final Ref INVOKE = of(JitRuntime.class, "invoke", ExecutionContext.class, FunctionCode.class,
            Object[].class, Object[].class);
    public static final Ref CLOSURE = of(JitRuntime.class, "closure", Object.class);
    public static final Ref CALL_NAMED = of(JitRuntime.class, "callNamed", ExecutionContext.class, Object.class,
            Object[].class, FunctionCode.class, String.class);
    public static final Ref MAKE_CLOSURE = of(JitRuntime.class, "makeClosure", FunctionCode.class, Object[].class);
    public static final Ref RETRY = of(JitRuntime.class, "retry", Object.class, int.class);
    public static final Ref CATCHABLE = of(JitRuntime.class, "catchable", Throwable.class);
    public static final Ref LEAVE = of(JitRuntime.class, "leave", Throwable.class, int.class, int.class,
            FunctionCode.class);
    /** {@code pack0} … {@code pack6}: the top n stack values as a new {@code Object[n]}. */
    static final Ref[] PACK = {
        of(JitRuntime.class, "pack0"),
        of(JitRuntime.class, "pack1", Object.class),
        of(JitRuntime.class, "pack2", Object.class, Object.class),
        of(JitRuntime.class, "pack3", Object.class, Object.class, Object.class),
        of(JitRuntime.class, "pack4", Object.class, Object.class, Object.class, Object.class),
        of(JitRuntime.class, "pack5", Object.class, Object.class, Object.class, Object.class, Object.class),
        of(JitRuntime.class, "pack6", Object.class, Object.class, Object.class, Object.class, Object.class,
                Object.class),
    };

    // ---- instance methods of the runtime types ----
    public static final Ref ENTER = of(ExecutionContext.class, "enter");
    public static final Ref EXIT = of(ExecutionContext.class, "exit");
    public static final Ref STEP = of(ExecutionContext.class, "step");
    public static final Ref OUTPUTS = of(ExecutionContext.class, "outputs");
    public static final Ref MAY_CALL_COMPILED = of(ExecutionContext.class, "mayCallCompiled");
    public static final Ref TARGET = of(FunctionCode.class, "target");
    public static final Ref CALL = of(CallTarget.class, "call", ExecutionContext.class, Object[].class, Object[].class);
    public static final Ref CLOSURE_CODE = of(Closure.class, "code");
    public static final Ref CLOSURE_CAPTURED = of(Closure.class, "captured");
    public static final Ref HOST_IMPL = of(LibraryFunction.class, "impl");
    public static final Ref HOST_CALL = of(HostFunction.class, "call", Object[].class);
    public static final Ref HAS_NEXT = of(IterationCursor.class, "hasNext");
    public static final Ref NEXT = of(IterationCursor.class, "next");
    public static final Ref CURSOR_KEY = of(IterationCursor.class, "key");
    public static final Ref SHAPE = of(ObjectValue.class, "shape");
    public static final Ref OF_SHAPE = of(ObjectValue.class, "ofShape", Shape.class, Object[].class);
    public static final Ref ARRAY_WRAP = of(ArrayValue.class, "wrap", Object[].class, int.class);
    public static final Ref LONG_VALUE = of(Long.class, "longValue");
    public static final Ref DOUBLE_VALUE = of(Double.class, "doubleValue");
    public static final Ref BOX_LONG = of(Long.class, "valueOf", long.class);
    public static final Ref BOX_DOUBLE = of(Double.class, "valueOf", double.class);
    public static final Ref BOX_BOOLEAN = of(Boolean.class, "valueOf", boolean.class);
    public static final Ref DOUBLE_COMPARE = of(Double.class, "compare", double.class, double.class);

    /** Resolves a public method; static or virtual/interface is taken from the method itself. */
    private static Ref of(Class<?> owner, String name, Class<?>... parameters) {
        Method method;
        try {
            method = owner.getMethod(name, parameters);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("runtime method missing: " + owner.getName() + "." + name, e);
        }
        boolean isStatic = Modifier.isStatic(method.getModifiers());
        boolean isInterface = owner.isInterface();
        int opcode = isStatic ? Opcodes.INVOKESTATIC : isInterface ? Opcodes.INVOKEINTERFACE : Opcodes.INVOKEVIRTUAL;
        return new Ref(opcode, Type.getInternalName(owner), name, Type.getMethodDescriptor(method), isInterface);
    }
}
