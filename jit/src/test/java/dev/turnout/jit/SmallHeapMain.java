package dev.turnout.jit;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.errors.TransformException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Child JVM of {@link SmallHeapTest}: runs programs that need far more heap than the child has, with default
 * limits only, in the three tiers, and prints one line per run: {@code case | tier | outcome}. A raw Java error
 * escaping the API ends the child with a stack trace and a non-zero exit code.
 */
public final class SmallHeapMain {
    /** Programs whose values stay under the default value-size limit each but exhaust a small heap together. */
    static final Map<String, String> PROGRAMS = new LinkedHashMap<>();

    static {
        PROGRAMS.put("many long strings", """
                TRANSFORM T {
                    LET xs = []
                    FOR EACH i IN RANGE(200) { APPEND TO xs PAD("", 10000000, "a") + i }
                    OUTPUT { n: LENGTH(xs) }
                }""");
        PROGRAMS.put("a long array of numbers", """
                TRANSFORM T {
                    LET xs = RANGE(40000000)
                    OUTPUT { n: LENGTH(xs) }
                }""");
        PROGRAMS.put("nested arrays", """
                TRANSFORM T {
                    LET xs = []
                    FOR EACH i IN RANGE(3000000) { SET xs = APPEND(xs, [i, i + 1, [i]]) }
                    OUTPUT { n: LENGTH(xs) }
                }""");
        PROGRAMS.put("objects by key", """
                TRANSFORM T {
                    LET o = {}
                    FOR EACH i IN RANGE(5000000) { SET o["k" + i] = { v: i, w: "x" + i } }
                    OUTPUT { n: LENGTH(KEYS(o)) }
                }""");
    }

    private SmallHeapMain() {}

    public static void main(String[] args) {
        Map<String, Engine> tiers = new LinkedHashMap<>();
        tiers.put("interpreter", Engine.builder().jit(false).build());
        tiers.put("jit", Engine.builder().jitThreshold(0).jitBackground(false).tierCompiler(new JitCompiler()).build());
        tiers.put("auto", Engine.builder().jitThreshold(2).jitBackground(false).tierCompiler(new JitCompiler())
                .build());
        for (Map.Entry<String, String> program : PROGRAMS.entrySet()) {
            for (Map.Entry<String, Engine> tier : tiers.entrySet()) {
                Program p = tier.getValue().compile("heap.bl", program.getValue());
                String outcome;
                try {
                    outcome = "ok " + p.runJson("{}");
                } catch (TransformException e) {
                    outcome = e.typeName() + ": " + e.getMessage();
                }
                System.out.println(program.getKey() + " | " + tier.getKey() + " | " + outcome);
            }
        }
        System.out.println("done");
    }
}
