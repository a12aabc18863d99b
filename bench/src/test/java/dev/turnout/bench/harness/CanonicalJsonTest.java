package dev.turnout.bench.harness;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class CanonicalJsonTest {
    @Test
    void sortsKeysAndComparesNumbersByValue() {
        assertEquals(CanonicalJson.of("{\"a\":3,\"b\":[1.50,2]}"), CanonicalJson.of("{\"b\":[1.5,2.0],\"a\":3.0}"));
        assertEquals("{\"a\":10000000,\"b\":0}", CanonicalJson.of("{\"b\":-0.0,\"a\":1.0E7}"));
    }

    @Test
    void keepsArrayOrderAndDistinguishesTypes() {
        assertNotEquals(CanonicalJson.of("[1,2]"), CanonicalJson.of("[2,1]"));
        assertNotEquals(CanonicalJson.of("[1]"), CanonicalJson.of("[\"1\"]"));
        assertNotEquals(CanonicalJson.of("[0.30000000000000004]"), CanonicalJson.of("[0.3]"));
    }

    @Test
    void reportsTheFirstDifference() {
        String message = Agreement.firstDifference("{\"a\":1}", "{\"a\":2}");
        assertEquals(true, message.contains("offset 5"), message);
    }
}
