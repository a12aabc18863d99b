package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * A dropped {@code Program} lets its compiled classes unload (ARCHITECTURE.md, JIT: "no global strong references").
 * {@link UnloadingMain} compiles, runs and drops {@value #PROGRAMS} distinct programs — three hidden classes each —
 * in a child JVM whose metaspace is capped at {@value #METASPACE}: far less than the classes would need if they all
 * stayed loaded, so a leak ends the child with {@code OutOfMemoryError: Metaspace}. A child JVM, because the limit
 * is a JVM option and must not constrain (or be disturbed by) the other tests.
 */
class UnloadingTest {
    static final int PROGRAMS = 20_000;
    static final String METASPACE = "64m";
    private static final Pattern SUMMARY = Pattern.compile(
            "programs=(\\d+) compiled=(\\d+) unloaded=(\\d+) metaspaceKiB=(\\d+) millis=(\\d+)");

    @Test
    void droppedProgramsLetTheirClassesUnload() throws Exception {
        Child child = runChild(String.valueOf(PROGRAMS));
        assertEquals(0, child.exitCode(), child.output());
        Matcher summary = SUMMARY.matcher(child.output());
        assertTrue(summary.find(), child.output());
        assertEquals(PROGRAMS, Integer.parseInt(summary.group(1)), child.output());
        // Every program had its transform and FUNC compiled at least (the lambda too, unless the JIT declines it).
        assertTrue(Long.parseLong(summary.group(2)) >= 2L * PROGRAMS, child.output());
        assertTrue(Long.parseLong(summary.group(3)) > 0, "no class was ever unloaded:\n" + child.output());
        System.out.println("UnloadingTest child: " + summary.group());
    }

    /**
     * The other half of the argument: the same programs, kept reachable, do exhaust this metaspace — so the limit is
     * small enough for the test above to notice a leak.
     */
    @Test
    void keptProgramsExhaustTheSameMetaspace() throws Exception {
        Child child = runChild(String.valueOf(PROGRAMS), "keep");
        // A compile outside a run fails with the JVM's error; one inside a run (the JIT compiles synchronously
        // here) reaches the API as Turnout's LimitExceeded error naming Metaspace. Either way the child fails.
        assertTrue(child.exitCode() != 0 && (child.output().contains("OutOfMemoryError: Metaspace")
                || child.output().contains("out of memory: Metaspace is full")), child.output());
    }

    /** {@code java -XX:MaxMetaspaceSize=64m -cp <this class path> UnloadingMain args}, output merged. */
    static Child runChild(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-XX:MaxMetaspaceSize=" + METASPACE,
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), UnloadingMain.class.getName()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> read(process.getInputStream()));
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the child JVM did not finish in 5 minutes");
        }
        return new Child(process.exitValue(), output.get(1, TimeUnit.MINUTES));
    }

    private static String read(InputStream in) {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "(could not read the child's output: " + e + ")";
        }
    }

    record Child(int exitCode, String output) {}
}
