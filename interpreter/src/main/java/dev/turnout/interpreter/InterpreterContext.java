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

    public InterpreterContext(Interpreter interpreter, List<Object> outputs, RunLimits limits) {
        super(outputs, limits, interpreter.maxCallDepth());
        this.interpreter = interpreter;
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
