package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Programs that exhaust the heap end with a Branchline error, never a raw {@code OutOfMemoryError}, in every tier
 * (issue 12, docs/limits.md "Memory and stack exhaustion"). They run in a child JVM with a 64 MB heap
 * ({@link SmallHeapMain}): a heap limit is a JVM option, and exhausting this JVM's heap would disturb the other
 * tests.
 */
class SmallHeapTest {
    @Test
    void heapExhaustionIsALimitErrorInEveryTier() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process process = new ProcessBuilder(List.of(java, "-Xmx64m", "-cp", System.getProperty("java.class.path"),
                SmallHeapMain.class.getName())).redirectErrorStream(true).start();
        CompletableFuture<String> output = CompletableFuture.supplyAsync(() -> {
            try {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                process.getInputStream().transferTo(out);
                return out.toString(StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        if (!process.waitFor(4, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            fail("the child JVM did not finish in 4 minutes");
        }
        String text = output.get(1, TimeUnit.MINUTES);
        assertEquals(0, process.exitValue(), text);
        assertTrue(text.endsWith("done\n") || text.endsWith("done\r\n"), text);
        List<String> runs = text.lines().filter(l -> l.contains(" | ")).toList();
        assertEquals(SmallHeapMain.PROGRAMS.size() * 3, runs.size(), text);
        for (String run : runs) {
            assertTrue(run.endsWith("LimitExceeded: out of memory: the run needed more heap than the JVM could give"
                    + " it (lower maxValueSize, or set maxSteps or a timeout)"), run);
        }
    }
}
