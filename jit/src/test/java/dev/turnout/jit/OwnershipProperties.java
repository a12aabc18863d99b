package dev.turnout.jit;

import static dev.turnout.jit.OwnershipModel.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.turnout.Engine;
import dev.turnout.FunctionStatus;
import dev.turnout.Program;
import dev.turnout.errors.CompileException;
import dev.turnout.errors.TransformException;
import dev.turnout.golden.CanonicalJson;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.statistics.Statistics;

/**
 * No program can observe that a container is updated in place (LANGUAGE.md §5.3: values are immutable; SET,
 * APPEND TO and MODIFY rebind the root variable to an updated copy). Random sequences of updates over a few
 * variables that alias each other ({@code LET e0 = a}, {@code SET b = a}, one variable stored into another's
 * structure, captured by lambdas, passed to functions that update their parameters, iterated while updated,
 * bound to parts of the input) are run by the interpreter, by the JIT with every function compiled before its first
 * call and by auto-tiering, and each result must equal what an <em>always-copy model</em> computes: a small
 * interpreter of the same statement list, written here in plain Java over {@code java.util} lists and maps, in
 * which every read and every store is a deep copy, so nothing can ever be shared.
 *
 * <p>Between the updates the program records observations in {@code log}: escaping ones that store the value
 * itself ({@code APPEND TO log (a)}, {@code [a, b]}, a path into it, a lambda's result) and ones that only look at it
 * ({@code LENGTH(a)}, {@code ("" + a)}, {@code (a == b)}). It ends with one OUTPUT of the log, every variable and
 * {@code input}.
 *
 * <p>The generator draws a list of {@link Choice}s; an {@link OwnershipCaseBuilder} turns each into a statement chosen to fit the
 * model's current state (an existing path to SET into, a list to APPEND TO, …) and keeps it only if the model runs
 * it without an error, so the programs never fail and no error behaviour needs modelling. Shrinking works on the
 * choice list, and the builder is deterministic, so a shrunk list is still a valid program. Lambdas that update
 * variables are only ever called as statements, never from inside another update's keys or value (an update in
 * progress while a lambda rebinds the same root is a separate matter of evaluation order; see
 * {@code golden-pending/README.md} in shared-ir's test resources).
 */
class OwnershipProperties {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final Engine INTERPRETER = Engine.builder().jit(false).timeout(TIMEOUT).build();
    static final Engine FIRST_CALL = Engine.builder().jitThreshold(0).jitBackground(false)
            .jitMax(Integer.MAX_VALUE).timeout(TIMEOUT).build();
    static final Engine AUTO = Engine.builder().jitThreshold(2).jitBackground(false)
            .jitMax(Integer.MAX_VALUE).timeout(TIMEOUT).build();

    @Property(tries = 250)
    void inPlaceUpdatesAreNeverObservable(@ForAll("cases") Case c) {
        String expected = CanonicalJson.of(c.expected());
        Statistics.label("statements").collect(c.kinds().size() < 10 ? "<10" : c.kinds().size() < 20 ? "10-19" : "20+");
        for (String kind : c.kinds()) Statistics.label("statement kinds").collect(kind);

        assertEquals(expected, run(compile(INTERPRETER, c), c, "interpreter"),
                () -> "the interpreter disagrees with the always-copy model" + c);

        Program firstCall = compile(FIRST_CALL, c);
        for (FunctionStatus fn : firstCall.functionStatus()) {
            assertEquals(FunctionStatus.Tier.COMPILED, fn.tier(), () -> fn.name() + ": " + fn.declineReason() + c);
        }
        assertEquals(expected, run(firstCall, c, "jit.threshold=0"),
                () -> "the JIT (threshold 0) disagrees with the always-copy model" + c);

        Program auto = compile(AUTO, c);
        for (int i = 1; i <= 3; i++) {
            int run = i;
            assertEquals(expected, run(auto, c, "auto-tier"),
                    () -> "auto-tiering (threshold 2), run " + run + ", disagrees with the always-copy model" + c);
        }
        for (FunctionStatus fn : auto.functionStatus()) {
            if (fn.tier() == FunctionStatus.Tier.DECLINED) fail(fn.name() + " declined: " + fn.declineReason() + c);
        }
    }

    static Program compile(Engine engine, Case c) {
        try {
            return engine.compile("own.bl", c.program());
        } catch (CompileException e) {
            fail("the generator made a program that does not compile:\n" + e.render() + c);
            return null;
        }
    }

    static String run(Program program, Case c, String tier) {
        try {
            return CanonicalJson.of(program.runJson(c.input()));
        } catch (TransformException e) {
            fail(tier + " failed, but the model ran the program without an error:\n" + e.render() + c);
        } catch (RuntimeException e) {
            fail(tier + " crashed" + c, e);
        }
        return null;
    }

    // ---------------------------------------------------------------- generation

    /** One step of the generator: which kind of statement to try (0–99, weighted in the builder) and a seed. */
    record Choice(int kind, long seed) {}

    /** A generated program, its input, the model's result and the kinds of the statements kept (statistics). */
    record Case(String program, String input, String expected, List<String> kinds) {
        @Override
        public String toString() {
            StringBuilder out = new StringBuilder("\n");
            String[] lines = program.split("\n");
            for (int i = 0; i < lines.length; i++) out.append(String.format("%3d  %s%n", i + 1, lines[i]));
            out.append("input:    ").append(input).append('\n');
            out.append("expected: ").append(expected).append('\n');
            return out.toString();
        }
    }

    @Provide
    Arbitrary<Case> cases() {
        Arbitrary<Integer> kind = Arbitraries.integers().between(0, 99).withDistribution(RandomDistribution.uniform());
        Arbitrary<Choice> choice = Combinators.combine(kind, Arbitraries.longs()).as(Choice::new);
        return Combinators.combine(Arbitraries.integers().between(0, INITIAL.size() - 1),
                Arbitraries.integers().between(0, INITIAL.size() - 1),
                Arbitraries.integers().between(0, INPUT_PARTS.size() - 1),
                choice.list().ofMinSize(5).ofMaxSize(40))
                .as((a, b, c, choices) ->
                        new OwnershipCaseBuilder(INITIAL.get(a), INITIAL.get(b), INPUT_PARTS.get(c)).build(choices));
    }

    /** Object keys used by literals and by SET/APPEND TO/MODIFY/PUT; {@code ka} and {@code kb} hold two of them. */
    static final List<String> KEYS = List.of("x", "y", "z", "w");
    static final List<String> STRINGS = List.of("q", "r", "", "é");
    static final List<Object> INITIAL = List.of(
            obj("x", 1L, "y", list(1L, 2L), "z", obj("w", "s", "y", list())),
            list(list(0L), obj("x", list()), "q"),
            obj("x", obj("y", obj("z", list(0L, obj("w", 1L)))), "w", list()),
            list(),
            obj(),
            list(obj("x", list(list())), obj("y", "t")));
    static final List<Object> INPUT_PARTS = List.of(
            obj("x", list(1L), "y", obj("w", 2L)),
            list(obj("x", 1L), obj("x", list(2L))),
            obj("w", obj("x", obj("y", "deep"))));
    /** Literal values an expression may use (each use builds a fresh one). */
    static final List<Object> LITERALS = List.of(list(), obj(), list(1L, "q"), obj("x", 1L, "y", list()));

}
