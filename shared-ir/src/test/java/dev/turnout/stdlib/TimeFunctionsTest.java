package dev.turnout.stdlib;

import static dev.turnout.stdlib.LibraryCalls.*;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class TimeFunctionsTest {

    @Test
    void nowUsesTheInjectedClock() {
        Clock previous = TimeFunctions.setClock(Clock.fixed(Instant.parse("2025-03-01T10:15:30Z"), ZoneOffset.UTC));
        try {
            assertCall("2025-03-01T10:15:30Z", "NOW");
            TimeFunctions.setClock(Clock.fixed(Instant.parse("2025-03-01T10:15:30.120Z"), ZoneOffset.UTC));
            assertCall("2025-03-01T10:15:30.120Z", "NOW");
            TimeFunctions.setClock(Clock.fixed(Instant.parse("2025-03-01T10:15:30.000123Z"), ZoneOffset.UTC));
            assertCall("2025-03-01T10:15:30.000123Z", "NOW");
        } finally {
            TimeFunctions.setClock(previous);
        }
    }

    @Test
    void nowDefaultsToTheSystemClockInUtc() {
        String now = (String) call("NOW");
        assertTrue(now.endsWith("Z"), now);
        Instant parsed = Instant.parse(now);
        assertTrue(Math.abs(parsed.toEpochMilli() - System.currentTimeMillis()) < 60_000);
    }

    @Test
    void arity() {
        assertIae("NOW()", "NOW", 1L);
    }
}
