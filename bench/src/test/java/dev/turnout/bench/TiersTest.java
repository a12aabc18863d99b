package dev.turnout.bench;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TiersTest {
    @Test
    void interpreterIsTheOnlyTierSoFar() {
        assertNotNull(Tiers.engine("interpreter"));
        assertThrows(IllegalArgumentException.class, () -> Tiers.engine("jit"));
    }
}
