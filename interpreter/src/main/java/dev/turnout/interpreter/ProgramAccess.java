package dev.turnout.interpreter;

import dev.turnout.program.FunctionEntries;
import dev.turnout.program.FunctionEntry;
import java.util.function.Function;

/**
 * The engine's internal view of a {@code dev.turnout.Program}: its run-time function entries (code, feedback, tier state), for
 * the engine's own tools and tests. The public API shows functions only as {@code FunctionStatus} snapshots; this
 * package is not exported outside the Turnout modules. {@code Program} registers the accessor when it loads (the
 * JDK's "shared secrets" pattern), so no public method of the API class exposes internals. Programs are passed as
 * {@code Object} so that this package does not depend on the API package above it (no package cycle); a caller
 * holding a Program has already caused its class, and so the registration, to initialise.
 */
public final class ProgramAccess {
    private static volatile Function<Object, FunctionEntries> entries;

    private ProgramAccess() {}

    /** Called once by {@code Program}'s static initialiser. */
    public static void register(Function<Object, FunctionEntries> accessor) {
        if (entries != null) throw new IllegalStateException("already registered");
        entries = accessor;
    }

    /** The entries of a {@code Program}. */
    public static FunctionEntries entries(Object program) {
        return entries.apply(program);
    }

    /** The entry of the function with this display name ({@code FUNC f}, {@code transform T}, …). */
    public static FunctionEntry entry(Object program, String name) {
        for (FunctionEntry e : entries(program).all()) {
            if (e.function().name().equals(name)) return e;
        }
        throw new IllegalArgumentException("no function " + name);
    }
}
