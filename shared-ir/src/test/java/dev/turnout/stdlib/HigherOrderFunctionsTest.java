package dev.turnout.stdlib;

import static dev.turnout.stdlib.LibraryCalls.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class HigherOrderFunctionsTest {

    @Test
    void compilerExpandedFunctionsHaveNoImplementation() {
        for (String name : new String[] {"MAP", "FILTER", "REDUCE", "SOME", "EVERY", "FIND", "SIFT", "APPLY"}) {
            LibraryFunction f = StandardLibrary.lookup(name);
            assertNull(f.impl(), name);
            assertEquals(true, f.isHigherOrder(), name);
        }
    }

    @Test
    void aritiesAndUsages() {
        assertArity("MAP", 2, 2, "MAP(list, fn)");
        assertArity("FILTER", 2, 2, "FILTER(list, fn)");
        assertArity("REDUCE", 3, 3, "REDUCE(list, init, fn)");
        assertArity("SOME", 2, 2, "SOME(list, fn)");
        assertArity("EVERY", 2, 2, "EVERY(list, fn)");
        assertArity("FIND", 2, 2, "FIND(list, fn)");
        assertArity("SIFT", 2, 2, "SIFT(obj, fn)");
        assertArity("APPLY", 1, -1, "APPLY(fn, ...)");
        assertArity("IS_FUNCTION", 1, 1, "IS_FUNCTION(x)");
    }

    private static void assertArity(String name, int min, int max, String usage) {
        LibraryFunction f = StandardLibrary.lookup(name);
        assertEquals(min, f.minArity(), name);
        assertEquals(max, f.maxArity(), name);
        assertEquals(usage, f.usage(), name);
    }

    @Test
    void isFunction() {
        assertCall(true, "IS_FUNCTION", closure());
        assertCall(false, "IS_FUNCTION", "x");
        assertCall(false, "IS_FUNCTION", NULL);
        assertCall(false, "IS_FUNCTION", obj());
        assertIae("IS_FUNCTION(x)", "IS_FUNCTION");
        assertIae("IS_FUNCTION(x)", "IS_FUNCTION", 1L, 2L);
    }
}
