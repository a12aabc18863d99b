package dev.turnout;

import dev.turnout.tier.TierCompiler;
import java.util.ServiceLoader;

/** Finds the tier compiler on the class path once ({@link ServiceLoader}); none means interpreter only. */
final class TierCompilers {
    private static final TierCompiler DISCOVERED =
            ServiceLoader.load(TierCompiler.class, Engine.class.getClassLoader()).findFirst().orElse(null);

    private TierCompilers() {}

    static TierCompiler discovered() {
        return DISCOVERED;
    }
}
