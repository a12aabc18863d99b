package dev.turnout.interpreter;

import dev.turnout.program.CallTarget;
import dev.turnout.program.ExecutionContext;
import dev.turnout.program.FunctionEntry;
import dev.turnout.runtime.RunLimits;
import dev.turnout.runtime.ops.CallOps;
import java.util.List;

/**
 * The run state when the interpreter drives a run: compiled code that calls a function nobody compiled comes back
 * here, and the interpreter runs it in a new loop activation whose entry frame returns to the compiled caller.
 */
public final class InterpreterContext extends ExecutionContext {
    private final Interpreter interpreter;
    /**
     * Argument arrays for calls from the interpreter into library functions and compiled code with up to four
     * arguments, reused call after call: those callees read their arguments during the call (a library function)
     * or copy them into locals first thing (a compiled prologue) and keep no reference to the array, so a small
     * call allocates nothing for its arguments. Indexed by argument count; created on first use.
     */
    private final Object[][] argumentArrays = new Object[MAX_REUSED_ARGUMENTS + 1][];
    private static final int MAX_REUSED_ARGUMENTS = 4;

    public InterpreterContext(Interpreter interpreter, List<Object> outputs, RunLimits limits) {
        super(outputs, limits, interpreter.maxCallDepth());
        this.interpreter = interpreter;
    }

    /**
     * {@code regs[from .. from+argc)} as an argument array: the reused one for {@code argc} when it is small (hand
     * it back with {@link #release}), else a copy.
     */
    Object[] arguments(Object[] regs, int from, int argc) {
        if (argc > MAX_REUSED_ARGUMENTS) return java.util.Arrays.copyOfRange(regs, from, from + argc);
        Object[] args = argumentArrays[argc];
        if (args == null) argumentArrays[argc] = args = new Object[argc];
        System.arraycopy(regs, from, args, 0, argc);
        return args;
    }

    /** Drops the references a reused argument array holds, so it keeps no value alive after its call. */
    static void release(Object[] args) {
        if (args.length <= MAX_REUSED_ARGUMENTS) java.util.Arrays.fill(args, null);
    }

    @Override
    public Object invoke(FunctionEntry function, Object[] args, Object[] captured) {
        CallTarget target = CallOps.compiledEntry(function, depth);
        if (target != null) return target.call(this, args, captured);
        return interpreter.invokeInterpreted(this, function, args, captured);
    }

    /**
     * Runs a function in the interpreter even when compiled code is installed for it: for a tier that wants to
     * hand a call back (and for tests of the tiering machinery).
     */
    public Object interpret(FunctionEntry function, Object[] args, Object[] captured) {
        return interpreter.invokeInterpreted(this, function, args, captured);
    }
}
