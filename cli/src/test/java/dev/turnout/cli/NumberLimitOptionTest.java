package dev.turnout.cli;

import static dev.turnout.cli.CliRunner.file;
import static dev.turnout.cli.CliRunner.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.cli.CliRunner.Result;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code turnout run --max-number-digits N} and the {@code turnout.maxNumberDigits} property (docs/cli.md). */
class NumberLimitOptionTest {
    @TempDir
    Path dir;

    private String squaring;

    @BeforeEach
    void writeProgram() {
        squaring = file(dir, "sq.bl", """
                TRANSFORM T {
                    LET x = 3
                    FOR EACH i IN RANGE(input.rounds) { SET x = x * x }
                    OUTPUT { digits: LENGTH(STRING(x)) }
                }
                """);
    }

    private String rounds(int n) {
        return file(dir, "in" + n + ".json", "{\"rounds\": " + n + "}");
    }

    @Test
    void theDefaultLimitStopsRepeatedSquaring() {
        Result r = run("run", squaring, "--input", rounds(40));
        assertEquals(1, r.exitCode(), r.err());
        assertTrue(r.err().contains("LimitExceeded: number size limit exceeded: at least 15635 digits (limit 10000)"),
                r.err());
        assertEquals("", r.out());
    }

    @Test
    void theOptionSetsTheLimit() {
        Result small = run("run", squaring, "--input", rounds(40), "--max-number-digits", "50");
        assertEquals(1, small.exitCode(), small.err());
        assertTrue(small.err().contains("number size limit exceeded: at least 61 digits (limit 50)"), small.err());
        // 3^(2^14) has 7,818 digits: within 10,000, not within 50 (and 2^15 would be 15,635).
        Result big = run("run", squaring, "--input", rounds(14), "--max-number-digits", "20000");
        assertEquals(0, big.exitCode(), big.err());
        assertEquals("{\"digits\":7818}\n", big.out());
    }

    @Test
    void theOptionWinsOverTheSystemProperty() {
        String old = System.getProperty("turnout.maxNumberDigits");
        try {
            System.setProperty("turnout.maxNumberDigits", "50");
            Result property = run("run", squaring, "--input", rounds(14));
            assertEquals(1, property.exitCode(), property.err());
            assertTrue(property.err().contains("(limit 50)"), property.err());
            Result option = run("run", squaring, "--input", rounds(14), "--max-number-digits", "10000");
            assertEquals(0, option.exitCode(), option.err());
            assertEquals("{\"digits\":7818}\n", option.out());
            System.setProperty("turnout.maxNumberDigits", "many");
            Result malformed = run("run", squaring, "--input", rounds(1));
            assertEquals(64, malformed.exitCode(), malformed.err());
            assertTrue(malformed.err().contains("turnout.maxNumberDigits must be an integer, got 'many'"),
                    malformed.err());
        } finally {
            if (old == null) System.clearProperty("turnout.maxNumberDigits");
            else System.setProperty("turnout.maxNumberDigits", old);
        }
    }

    @Test
    void aLimitBelowTwentyIsAUsageError() {
        Result r = run("run", squaring, "--input", rounds(1), "--max-number-digits", "19");
        assertEquals(64, r.exitCode(), r.err());
        assertTrue(r.err().contains("maxNumberDigits must be at least 20"), r.err());
    }
}
