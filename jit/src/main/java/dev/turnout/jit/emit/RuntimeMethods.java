package dev.turnout.jit.emit;

import dev.turnout.bytecode.ModifyDescriptor;
import dev.turnout.bytecode.PathDescriptor;
import dev.turnout.bytecode.ShapeTemplate;
import dev.turnout.errors.TransformException;
import dev.turnout.jit.runtime.StackPacking;
import dev.turnout.program.CallTarget;
import dev.turnout.program.Closure;
import dev.turnout.program.ExecutionContext;
import dev.turnout.program.FunctionCode;
import dev.turnout.program.FunctionEntry;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Operators;
import dev.turnout.runtime.Properties;
import dev.turnout.runtime.Truthiness;
import dev.turnout.runtime.ops.ArithmeticOps;
import dev.turnout.runtime.ops.CallOps;
import dev.turnout.runtime.ops.ControlOps;
import dev.turnout.runtime.ops.PathOps;
import dev.turnout.runtime.ops.StructureOps;
import dev.turnout.runtime.ops.VariableOps;
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
 *
 * <p>Nearly all are the semantics layer ({@code runtime.ops}, {@code Operators}, {@code Properties},
 * {@code Truthiness}) — the very methods the interpreter's loop calls; the rest are accessors of the run-time
 * types and the stack packers.
 */
public final class RuntimeMethods {
    private RuntimeMethods() {}

    /** One method reference: the JVM instruction that calls it and its owner, name and descriptor. */
    public record Ref(int opcode, String owner, String name, String descriptor, boolean isInterface) {}

    // ---- VariableOps ----
    public static final Ref LOAD = of(VariableOps.class, "load", Object.class);
    public static final Ref LOAD_RAW = of(VariableOps.class, "loadRaw", Object.class);
    public static final Ref APPEND_TEXT = of(VariableOps.class, "appendText", Object.class, Object.class);
    public static final Ref APPEND_TEXT_TAIL =
            of(VariableOps.class, "appendText", Object.class, Object.class, Object.class);
    public static final Ref NEW_CELL = of(VariableOps.class, "newCell", Object.class);
    public static final Ref CHECK_BOUND = of(VariableOps.class, "checkBound", Object.class, String.class);
    public static final Ref CHAIN_READ = of(VariableOps.class, "chainRead", Object[].class);
    public static final Ref CHAIN_STORE_INDEX = of(VariableOps.class, "chainStoreIndex", Object[].class);

    // ---- StructureOps ----
    public static final Ref NEW_OBJECT = of(StructureOps.class, "newObject");
    public static final Ref MAKE_OBJECT = of(StructureOps.class, "makeObject", ShapeTemplate.class, Object[].class);
    public static final Ref MAKE_ARRAY = of(StructureOps.class, "makeArray", Object[].class, int.class, int.class);
    public static final Ref PUT_CONST = of(StructureOps.class, "putConst", Object.class, Object.class, Object.class);
    public static final Ref PUT_DYNAMIC =
            of(StructureOps.class, "putDynamic", Object.class, Object.class, Object.class, int.class);
    public static final Ref PUT_LOCAL = of(StructureOps.class, "putLocal", Object.class, Object.class, Object.class);
    public static final Ref APPEND_LOCAL = of(StructureOps.class, "appendLocal", Object.class, Object.class);
    public static final Ref REQUIRE_LIST = of(StructureOps.class, "requireList", Object.class, String.class);
    public static final Ref REQUIRE_OBJECT = of(StructureOps.class, "requireObject", Object.class, String.class);
    public static final Ref REQUIRE_FUNCTION = of(StructureOps.class, "requireFunction", Object.class, String.class);
    public static final Ref APPEND_VAR_CHECK = of(StructureOps.class, "appendVarCheck", Object.class, String.class);
    public static final Ref CHECK_INIT_LIST = of(StructureOps.class, "checkInitList", Object.class);
    public static final Ref APPEND_VALUE = of(StructureOps.class, "appendValue", Object.class, Object.class);

    // ---- PathOps ----
    public static final Ref PATH_CHECK =
            of(PathOps.class, "check", Object.class, Object[].class, int.class, PathDescriptor.class);
    public static final Ref PATH_SET =
            of(PathOps.class, "set", Object.class, Object[].class, int.class, Object.class, PathDescriptor.class);
    public static final Ref PATH_APPEND = of(PathOps.class, "append", Object.class, Object[].class, int.class,
            Object.class, Object.class, PathDescriptor.class);
    public static final Ref MODIFY = of(PathOps.class, "modify", Object.class, Object.class, ModifyDescriptor.class);

    // ---- CallOps ----
    public static final Ref COMPILED_ENTRY = of(CallOps.class, "compiledEntry", FunctionEntry.class, int.class);
    public static final Ref CALLABLE = of(CallOps.class, "callable", Object.class);
    public static final Ref NAMED_TARGET =
            of(CallOps.class, "namedTarget", Object.class, FunctionEntry.class, String.class);
    public static final Ref NAMED_CAPTURED = of(CallOps.class, "namedCaptured", Object.class);
    public static final Ref CALL_HOST = of(CallOps.class, "callHost", LibraryFunction.class, Object[].class);
    public static final Ref MAKE_CLOSURE = of(CallOps.class, "makeClosure", FunctionEntry.class, Object[].class);
    public static final Ref PARAMETER = of(CallOps.class, "parameter", Object[].class, int.class, int.class, int.class);

    // ---- ControlOps ----
    public static final Ref FOR_PREP = of(ControlOps.class, "forPrep", Object.class, int.class);
    public static final Ref FOR_NEXT = of(ControlOps.class, "forNext", Object.class, ExecutionContext.class);
    public static final Ref FOR_ELEMENT = of(ControlOps.class, "forElement", Object.class);
    public static final Ref CURSOR_KEY = of(ControlOps.class, "cursorKey", Object.class);
    public static final Ref EMIT = of(ControlOps.class, "emit", List.class, Object.class);
    public static final Ref ABORT_CHECK = of(ControlOps.class, "abortCheck", Object.class);
    public static final Ref ERROR = of(ControlOps.class, "error", int.class, String.class);
    public static final Ref RETRY = of(ControlOps.class, "retry", Object.class, int.class);
    public static final Ref CAUGHT = of(ControlOps.class, "caught", Throwable.class);
    public static final Ref ERROR_OBJECT = of(ControlOps.class, "errorObject", TransformException.class);
    public static final Ref LEAVE = of(ControlOps.class, "leave", Throwable.class, int.class, int.class,
            FunctionCode.class);

    // ---- Operators / ArithmeticOps / Truthiness ----
    public static final Ref ADD = of(Operators.class, "add", Object.class, Object.class);
    public static final Ref SUB = of(Operators.class, "sub", Object.class, Object.class);
    public static final Ref MUL = of(Operators.class, "mul", Object.class, Object.class);
    public static final Ref ADD_LONGS = of(Operators.class, "addLongs", long.class, long.class);
    public static final Ref SUB_LONGS = of(Operators.class, "subLongs", long.class, long.class);
    public static final Ref MUL_LONGS = of(Operators.class, "mulLongs", long.class, long.class);
    public static final Ref DIV = of(Operators.class, "div", Object.class, Object.class);
    public static final Ref IDIV = of(Operators.class, "idiv", Object.class, Object.class);
    public static final Ref MOD = of(Operators.class, "mod", Object.class, Object.class);
    public static final Ref CONCAT = of(Operators.class, "concat", Object.class, Object.class);
    public static final Ref NEG = of(Operators.class, "neg", Object.class);
    public static final Ref COMPARE = of(ArithmeticOps.class, "compare", Object.class, Object.class, int.class);
    public static final Ref CONDITION = of(Truthiness.class, "condition", Object.class);
    public static final Ref LIBRARY_TRUTH = of(Truthiness.class, "library", Object.class);

    // ---- Properties ----
    public static final Ref MEMBER = of(Properties.class, "member", Object.class, String.class);
    public static final Ref READ_SLOT = of(Properties.class, "readSlot", ObjectValue.class, int.class);
    public static final Ref INTEGER_KEY = of(Properties.class, "integerKey", Object.class, long.class);
    public static final Ref INDEX = of(Properties.class, "index", Object.class, Object.class);

    /** {@code pack0} … {@code pack6}: the top n stack values as a new {@code Object[n]}. */
    static final Ref[] PACK = {
        of(StackPacking.class, "pack0"),
        of(StackPacking.class, "pack1", Object.class),
        of(StackPacking.class, "pack2", Object.class, Object.class),
        of(StackPacking.class, "pack3", Object.class, Object.class, Object.class),
        of(StackPacking.class, "pack4", Object.class, Object.class, Object.class, Object.class),
        of(StackPacking.class, "pack5", Object.class, Object.class, Object.class, Object.class, Object.class),
        of(StackPacking.class, "pack6", Object.class, Object.class, Object.class, Object.class, Object.class,
                Object.class),
    };

    // ---- instance methods of the run-time types ----
    public static final Ref ENTER = of(ExecutionContext.class, "enter");
    public static final Ref EXIT = of(ExecutionContext.class, "exit");
    public static final Ref STEP = of(ExecutionContext.class, "step");
    public static final Ref OUTPUTS = of(ExecutionContext.class, "outputs");
    public static final Ref INVOKE = of(ExecutionContext.class, "invoke", FunctionEntry.class, Object[].class,
            Object[].class);
    public static final Ref CALL = of(CallTarget.class, "call", ExecutionContext.class, Object[].class, Object[].class);
    public static final Ref CLOSURE_ENTRY = of(Closure.class, "entry");
    public static final Ref CLOSURE_CAPTURED = of(Closure.class, "captured");
    public static final Ref SHAPE = of(ObjectValue.class, "shape");
    public static final Ref LONG_VALUE = of(Long.class, "longValue");
    public static final Ref DOUBLE_VALUE = of(Double.class, "doubleValue");
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
