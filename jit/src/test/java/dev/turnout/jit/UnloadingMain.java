package dev.turnout.jit;

import dev.turnout.Engine;
import dev.turnout.Program;
import dev.turnout.FunctionStatus;
import java.lang.management.ClassLoadingMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The body of {@link UnloadingTest}, run in a child JVM with a small {@code -XX:MaxMetaspaceSize}: compiles, JITs
 * (threshold 0), runs once and drops N programs that differ in a constant, so every one gets its own hidden
 * classes. If the JIT kept a strong reference to any of them (a static cache, a class-data map, a registry of
 * call targets), metaspace would fill and the JVM would die with {@code OutOfMemoryError: Metaspace}.
 *
 * <p>Prints one line {@code programs=N compiled=C unloaded=U metaspaceKiB=M millis=T} on success, and exits 1 with
 * a message on a wrong result. With the argument {@code keep} it keeps every program reachable — the leak the test
 * must be able to see (used to check that the metaspace limit is small enough to catch one).
 */
public final class UnloadingMain {
    private UnloadingMain() {}

    /** Program {@code i}: a FUNC, a lambda and the transform, each with the constant {@code i} in its code. */
    static String source(int i) {
        return "FUNC add(x) = x + " + i + "\n"
                + "TRANSFORM T { OUTPUT { r: add(input.n), m: MAP([1, 2], (y) -> y * " + i + ") } }\n";
    }

    static String expected(int i) {
        return "{\"r\":" + (3 + i) + ",\"m\":[" + i + "," + 2 * i + "]}";
    }

    public static void main(String[] args) {
        int count = Integer.parseInt(args[0]);
        boolean keep = args.length > 1 && args[1].equals("keep");
        long start = System.nanoTime();
        // One engine for all programs, as a server would have: jit.max is per engine, so lift it.
        Engine engine = Engine.builder().jitThreshold(0).jitBackground(false).jitMax(Integer.MAX_VALUE).build();
        List<Program> kept = new ArrayList<>();
        Set<String> declined = new TreeSet<>();
        long compiled = 0;
        for (int i = 0; i < count; i++) {
            Program program = engine.compile("unload" + i + ".bl", source(i));
            String result = program.runJson("{\"n\": 3}");
            if (!result.equals(expected(i))) {
                System.out.println("program " + i + ": expected " + expected(i) + ", got " + result);
                System.exit(1);
            }
            for (FunctionStatus fn : program.functionStatus()) {
                if (fn.tier() == FunctionStatus.Tier.COMPILED) compiled++;
                else declined.add(fn.name() + ": " + fn.tier() + " " + fn.declineReason());
            }
            if (keep) kept.add(program);
        }
        ClassLoadingMXBean classes = ManagementFactory.getClassLoadingMXBean();
        long metaspace = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getName().equals("Metaspace")) metaspace = pool.getUsage().getUsed();
        }
        for (String reason : declined) System.out.println("not compiled: " + reason);
        System.out.println("programs=" + count + " compiled=" + compiled + " unloaded="
                + classes.getUnloadedClassCount() + " metaspaceKiB=" + metaspace / 1024 + " millis="
                + (System.nanoTime() - start) / 1_000_000 + (keep ? " kept=" + kept.size() : ""));
    }
}
