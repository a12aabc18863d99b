package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The number-size limit (docs/limits.md) in every tier: interpreter, compiled before the first call, and tiering up
 * mid-run give the same LimitExceeded error, at the same place, for big-number runaways; and the same results for
 * numbers just under the limit.
 */
class NumberLimitTierTest {
    private static void assertLimitEverywhere(String expected, List<String> outcomes) {
        for (String outcome : outcomes) {
            assertTrue(outcome.contains("LimitExceeded: number size limit exceeded: " + expected), outcome);
        }
    }

    @Test
    void repeatedSquaringStopsInEveryTier() {
        List<String> outcomes = TierComparison.agree("""
                TRANSFORM T {
                    LET x = 3
                    FOR EACH i IN RANGE(40) { SET x = x * x }
                    OUTPUT { x: x }
                }
                """, TierComparison.times(3, "{}"));
        assertLimitEverywhere("at least 15635 digits (limit 10000)", outcomes);
    }

    @Test
    void squaringInACompiledFunctionStops() {
        // The loop lives in a FUNC so that auto-tiering compiles it while the number grows.
        List<String> outcomes = TierComparison.agree("""
                FUNC grow(x, n) = IF n == 0 THEN x ELSE grow(x * x, n - 1)
                TRANSFORM T { OUTPUT { x: grow(input.base, 40) } }
                """, "{\"base\": 3}", "{\"base\": 3}", "{\"base\": 7}", "{\"base\": 3}");
        assertLimitEverywhere("at least", outcomes);
    }

    @Test
    void parseIntOfAMillionDigitsStopsInEveryTier() {
        List<String> outcomes = TierComparison.agree("""
                TRANSFORM T {
                    LET s = "7"
                    FOR EACH i IN RANGE(20) { SET s = s + s }
                    OUTPUT { n: PARSE_INT(s) }
                }
                """, TierComparison.times(3, "{}"));
        assertLimitEverywhere("1048576 digits (limit 10000)", outcomes);
    }

    @Test
    void numbersJustUnderTheLimitWorkInEveryTier() {
        List<String> outcomes = TierComparison.agree("""
                TRANSFORM T {
                    LET p = POWER(3, input.e)
                    LET q = DEC(STRING(p)) * 1 + 0
                    OUTPUT { n: LENGTH(STRING(q)), same: q == p }
                }
                """, "{\"e\": 20959}", "{\"e\": 20959}", "{\"e\": 20960}", "{\"e\": 20959}");
        assertEquals("{\"n\":10000,\"same\":true}", outcomes.get(0));
        assertLimitEverywhere("10001 digits (limit 10000)", List.of(outcomes.get(2)));
    }

    @Test
    void aBuilderLimitAppliesToCompiledCode() {
        List<String> outcomes = TierComparison.agree(b -> b.maxNumberDigits(50), """
                TRANSFORM T {
                    LET x = 3
                    FOR EACH i IN RANGE(40) { SET x = x * x }
                    OUTPUT { x: x }
                }
                """, TierComparison.times(3, "{}"));
        assertLimitEverywhere("at least 61 digits (limit 50)", outcomes);
    }
}
