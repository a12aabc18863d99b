package dev.turnout.interpreter;

import dev.turnout.Program;
import dev.turnout.program.FunctionEntries;
import dev.turnout.program.FunctionEntry;
import java.util.function.Function;

/**
 * The engine's internal view of a {@link Program}: its run-time function entries (code, feedback, tier state), for
 * the engine's own tools and tests. The public API shows functions only as {@code FunctionStatus} snapshots; this
 * package is not exported outside the Turnout modules. {@code Program} registers the accessor when it loads (the
 * JDK's "shared secrets" pattern), so no public method of the API class exposes internals.
 */
public final class ProgramAccess {
    private static volatile Function<Program, FunctionEntries> entries;

    private ProgramAccess() {}

    /** Called once by {@code Program}'s static initialiser. */
    public static void register(Function<Program, FunctionEntries> accessor) {
        if (entries != null) throw new IllegalStateException("already registered");
        entries = accessor;
    }

    public static FunctionEntries entries(Program program) {
        if (entries == null) {
            try {
                Class.forName(Program.class.getName(), true, Program.class.getClassLoader());
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return entries.apply(program);
    }

    /** The entry of the function with this display name ({@code FUNC f}, {@code transform T}, …). */
    public static FunctionEntry entry(Program program, String name) {
        for (FunctionEntry e : entries(program).all()) {
            if (e.function().name().equals(name)) return e;
        }
        throw new IllegalArgumentException("no function " + name + " in " + program.name());
    }
}
