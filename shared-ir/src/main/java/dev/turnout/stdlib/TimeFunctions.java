package dev.turnout.stdlib;

import java.time.Clock;
import java.time.Instant;
import java.util.Objects;

/**
 * The Time module (STDLIB.md §9): NOW, the current instant as ISO-8601 UTC text ({@link Instant#toString}: no
 * fraction when zero, else 3, 6 or 9 digits). The clock is injectable so tests and embedders can fix time; like
 * PRINT's stream it is a process-wide setting for now.
 */
public final class TimeFunctions {
    private static volatile Clock clock = Clock.systemUTC();

    private TimeFunctions() {}

    /** Replaces the clock NOW reads (default: the system UTC clock); returns the previous one. */
    public static Clock setClock(Clock newClock) {
        Clock previous = clock;
        clock = Objects.requireNonNull(newClock, "clock");
        return previous;
    }

    public static Clock clock() {
        return clock;
    }

    static void register(StandardLibrary.Builder b) {
        // Each call reads the clock again.
        b.fixed("NOW", 0, "NOW()", args -> Instant.now(clock).toString());
    }
}
