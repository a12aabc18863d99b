package dev.turnout.tier;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The background compile thread shared by all engines (one daemon thread: compilation competes with the program
 * for the cores, and one is enough to keep up). It holds only pending tasks, never compiled code, so it keeps no
 * program alive after its tasks ran.
 */
final class CompilationQueue {
    private static final ExecutorService EXECUTOR = new ThreadPoolExecutor(1, 1, 30, TimeUnit.SECONDS,
            new LinkedBlockingQueue<>(), task -> {
                Thread thread = new Thread(task, "turnout-jit");
                thread.setDaemon(true);
                return thread;
            });

    static {
        ((ThreadPoolExecutor) EXECUTOR).allowCoreThreadTimeOut(true);
    }

    private CompilationQueue() {}

    static void submit(Runnable compilation) {
        EXECUTOR.execute(compilation);
    }
}
