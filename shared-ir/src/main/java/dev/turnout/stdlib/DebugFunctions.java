package dev.turnout.stdlib;

import dev.turnout.errors.RuntimeErrors;
import dev.turnout.runtime.ObjectValue;
import dev.turnout.runtime.Text;
import dev.turnout.runtime.Truthiness;

/**
 * The Debug module (STDLIB.md §10): CHECKPOINT, ASSERT, EXPLAIN. Turnout has no tracing (LANGUAGE.md §13.7 is
 * EXTENDED), so CHECKPOINT only returns {@code true} and EXPLAIN always answers "no provenance".
 */
public final class DebugFunctions {
    private DebugFunctions() {}

    static void register(StandardLibrary.Builder b) {
        // Any number of arguments; the label would only matter to a tracer.
        b.range("CHECKPOINT", 0, LibraryFunction.VARARGS, "CHECKPOINT([label])", args -> Boolean.TRUE);
        b.range("ASSERT", 1, LibraryFunction.VARARGS, "ASSERT(cond[, msg])", DebugFunctions::assertion);
        b.fixed("EXPLAIN", 1, "EXPLAIN(varName)", DebugFunctions::explain);
    }

    /** True if the condition is library-truthy ({@code ""} fails); otherwise an ISE with the message's text. */
    static Object assertion(Object[] args) {
        if (Truthiness.library(args[0])) return Boolean.TRUE;
        Object message = args.length > 1 ? args[1] : null;
        throw RuntimeErrors.illegalState(message == null ? "ASSERT failed" : Text.of(message));
    }

    static Object explain(Object[] args) {
        if (!(args[0] instanceof String name)) throw RuntimeErrors.illegalArgument("EXPLAIN(varName)");
        ObjectValue result = new ObjectValue();
        result.put("var", name);
        result.put("info", "no provenance");
        return result;
    }
}
