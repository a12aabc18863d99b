package dev.turnout.stdlib;

import static dev.turnout.stdlib.LibraryCalls.*;

import org.junit.jupiter.api.Test;

class DebugFunctionsTest {

    @Test
    void checkpoint() {
        assertCall(true, "CHECKPOINT");
        assertCall(true, "CHECKPOINT", "label");
        assertCall(true, "CHECKPOINT", NULL, 1L, arr());
    }

    @Test
    void assertPasses() {
        assertCall(true, "ASSERT", TRUE);
        assertCall(true, "ASSERT", "no"); // library truthiness: a non-empty string passes
        assertCall(true, "ASSERT", 1L, "msg", "extra ignored");
        assertCall(true, "ASSERT", arr());
    }

    @Test
    void assertFails() {
        assertIse("boom", "ASSERT", FALSE, "boom");
        assertIse("ASSERT failed", "ASSERT", FALSE);
        assertIse("ASSERT failed", "ASSERT", "", NULL);
        assertIse("ASSERT failed", "ASSERT", NULL);
        assertIse("ASSERT failed", "ASSERT", 0L);
        assertIse("ASSERT failed", "ASSERT", bd("0.0"));
        assertIse("[1, a]", "ASSERT", FALSE, arr(1, "a"));
        assertIse("42", "ASSERT", 0.0, 42L);
        assertIae("ASSERT(cond[, msg])", "ASSERT");
    }

    @Test
    void explain() {
        assertCall(obj("var", "total", "info", "no provenance"), "EXPLAIN", "total");
        assertIae("EXPLAIN(varName)", "EXPLAIN", 1L);
        assertIae("EXPLAIN(varName)", "EXPLAIN", NULL);
        assertIae("EXPLAIN(varName)", "EXPLAIN");
        assertIae("EXPLAIN(varName)", "EXPLAIN", "a", "b");
    }
}
