package dev.turnout.jit;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * {@code jit.dump=DIR}: writes every generated class file to DIR (named after the class, e.g.
 * {@code Compiled_orders_bl_FUNC_total_3.class}) for {@code javap -c -l}. A failure to write is reported and
 * otherwise ignored: dumping is a diagnostic aid and must not change whether a function compiles.
 */
final class ClassDumper {
    private ClassDumper() {}

    static void dump(Path directory, String className, byte[] bytes, PrintStream log) {
        String simpleName = className.substring(className.lastIndexOf('/') + 1);
        try {
            Files.createDirectories(directory);
            Files.write(directory.resolve(simpleName + ".class"), bytes);
        } catch (IOException e) {
            log.println("jit: cannot dump " + simpleName + " to " + directory + ": " + e);
        }
    }
}
