package dev.turnout.layering;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The layering of Turnout's packages, checked on the compiled main classes of every module (bytecode, so fully
 * qualified references and same-named classes cannot hide a dependency). It lives in the bench module because that
 * is built last: every other module's {@code target/classes} exists by then. The picture is in
 * {@code docs/architecture.md} ("Layers").
 */
class LayeringTest {
    private static final String[] MODULES = {"shared-ir", "interpreter", "jit", "cli", "bench"};
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        Path root = Path.of("").toAbsolutePath().getParent();
        List<Path> dirs = new ArrayList<>();
        for (String module : MODULES) {
            Path dir = root.resolve(module).resolve("target/classes");
            assertTrue(Files.isDirectory(dir), "compiled classes of " + module + " missing: " + dir);
            dirs.add(dir);
        }
        classes = new ClassFileImporter().importPaths(dirs);
        assertTrue(classes.size() > 150, "imported only " + classes.size() + " classes");
    }

    @Test
    void packages_formNoCycles() {
        // "dev.(**)" so that the root API package dev.turnout is a slice too.
        slices().matching("dev.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void layers_dependOnlyDownwards() {
        layeredArchitecture().consideringOnlyDependenciesInLayers()
                .layer("base").definedBy("dev.turnout.source..", "dev.turnout.errors..")
                .layer("values").definedBy("dev.turnout.runtime", "dev.turnout.runtime.json..")
                .layer("library").definedBy("dev.turnout.stdlib..")
                .layer("syntax").definedBy("dev.turnout.syntax..")
                .layer("bytecode").definedBy("dev.turnout.bytecode..")
                .layer("program").definedBy("dev.turnout.program..")
                .layer("resolve").definedBy("dev.turnout.resolve..")
                .layer("semantics").definedBy("dev.turnout.runtime.ops..")
                .layer("compiler").definedBy("dev.turnout.compiler..")
                .layer("engine").definedBy("dev.turnout", "dev.turnout.interpreter..", "dev.turnout.tier..")
                .layer("jit").definedBy("dev.turnout.jit..")
                .layer("tools").definedBy("dev.turnout.cli..", "dev.turnout.bench..")
                .whereLayer("base").mayOnlyAccessLayers("base")
                .whereLayer("values").mayOnlyAccessLayers("base")
                .whereLayer("library").mayOnlyAccessLayers("values", "base")
                .whereLayer("syntax").mayOnlyAccessLayers("base")
                .whereLayer("bytecode").mayOnlyAccessLayers("values", "base")
                .whereLayer("program").mayOnlyAccessLayers("bytecode", "values", "base")
                .whereLayer("resolve").mayOnlyAccessLayers("syntax", "program", "base")
                .whereLayer("semantics").mayOnlyAccessLayers("program", "bytecode", "library", "values", "base")
                .whereLayer("compiler").mayOnlyAccessLayers("semantics", "resolve", "program", "bytecode", "syntax",
                        "library", "values", "base")
                .whereLayer("engine").mayOnlyAccessLayers("compiler", "semantics", "resolve", "program", "bytecode",
                        "syntax", "library", "values", "base")
                .whereLayer("jit").mayOnlyAccessLayers("engine", "semantics", "program", "bytecode", "library",
                        "values", "base")
                .check(classes);
    }
}
