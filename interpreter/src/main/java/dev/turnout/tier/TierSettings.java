package dev.turnout.tier;

import java.nio.file.Path;

/**
 * The {@code jit.*} settings (docs/tuning.md). Each comes from {@code Engine.builder()} if set there, else from the
 * system property of the same name, else the default.
 *
 * @param enabled      {@code jit.enabled}: use a tier compiler if one is on the class path (default true)
 * @param threshold    {@code jit.threshold}: invocations + weighted back-edges before compiling; 0 compiles every
 *                     function before its first call, in the foreground (default 1000)
 * @param background   {@code jit.background}: compile on a background thread (default true)
 * @param log          {@code jit.log}: one line per compilation on stderr (default false)
 * @param dumpDirectory {@code jit.dump}: write generated classes there (default none)
 * @param maxCompiled  {@code jit.max}: most functions compiled per engine (default 1000)
 * @param maxCodeSize  {@code jit.maxsize}: largest function (ints of bytecode) the tier compiler is given
 *                     (default 8000)
 */
public record TierSettings(boolean enabled, int threshold, boolean background, boolean log, Path dumpDirectory,
                           int maxCompiled, int maxCodeSize) {
    /** Back-edges count this much more than invocations towards the threshold (a loop iteration is less work). */
    public static final int BACK_EDGE_WEIGHT_SHIFT = 3;

    public static TierSettings fromSystemProperties() {
        String dump = System.getProperty("jit.dump");
        return new TierSettings(
                bool("jit.enabled", true),
                integer("jit.threshold", 1000),
                bool("jit.background", true),
                bool("jit.log", false),
                dump == null || dump.isBlank() ? null : Path.of(dump),
                integer("jit.max", 1000),
                integer("jit.maxsize", 8000));
    }

    private static boolean bool(String name, boolean fallback) {
        String v = System.getProperty(name);
        return v == null || v.isBlank() ? fallback : Boolean.parseBoolean(v.trim());
    }

    private static int integer(String name, int fallback) {
        String v = System.getProperty(name);
        if (v == null || v.isBlank()) return fallback;
        try {
            return Integer.parseInt(v.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("system property " + name + " must be an integer, got '" + v + "'");
        }
    }
}
