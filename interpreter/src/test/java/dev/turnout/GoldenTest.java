package dev.turnout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.Diagnostic;
import dev.turnout.errors.TransformException;
import dev.turnout.golden.CanonicalJson;
import dev.turnout.golden.GoldenCase;
import dev.turnout.golden.GoldenCorpus;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every golden case of the corpus (shared-ir test resources) through the interpreter and compares the output
 * JSON (number text and key order included) or the error line.
 */
class GoldenTest {
    private static final Engine ENGINE = Engine.create();

    @TestFactory
    Stream<DynamicTest> interpreter() {
        List<GoldenCase> cases = GoldenCorpus.load();
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.name(), () -> check(c)));
    }

    static void check(GoldenCase c) {
        String actual = outcome(c);
        String expected = c.expectedOutput() != null ? CanonicalJson.of(c.expectedOutput()) : c.expectedError();
        assertEquals(expected, actual, c.name());
    }

    /** The case's result as the golden files write it: canonical JSON, or the error line. */
    static String outcome(GoldenCase c) {
        Program program;
        try {
            program = ENGINE.compile(c.name() + ".bl", c.source());
        } catch (CompileException e) {
            Diagnostic d = e.diagnostics().get(0);
            return "compile " + d.line() + ":" + d.column() + ": " + withoutNear(d.message());
        }
        try {
            return CanonicalJson.of(program.runJson(c.input()));
        } catch (TransformException e) {
            return "line " + e.line() + ": " + e.typeName() + ": " + e.getMessage();
        } catch (RuntimeException e) {
            fail(c.name() + ": raw Java exception escaped", e);
            return null;
        }
    }

    /** Parse errors carry the reference's {@code near 'lexeme'} suffix; golden files leave it out. */
    private static String withoutNear(String message) {
        int near = message.lastIndexOf(" near ");
        return near >= 0 ? message.substring(0, near) : message;
    }
}
