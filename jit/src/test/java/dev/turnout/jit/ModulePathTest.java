package dev.turnout.jit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.turnout.Engine;
import dev.turnout.errors.CompileException;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.objectweb.asm.ClassWriter;
import org.objectweb.asm.tree.MethodNode;

/**
 * The module descriptors, end to end: the unit tests run on the class path (root pom), so this test builds a
 * {@link ModuleLayer} from the real modules (dev.turnout.ir, dev.turnout.engine, dev.turnout.jit, jackson-core and
 * ASM: their target/classes directories or jars, wherever this test's copies of them were loaded from), loads
 * {@code dev.turnout.Engine} from it and runs a transform with the JIT compiling everything. It fails if the engine
 * does not find the JIT through {@code provides}/{@code uses}, if a package generated code links against is not
 * exported to dev.turnout.jit (the compile is then declined and the function stays interpreted), or if hidden
 * classes cannot be defined in the named module.
 */
class ModulePathTest {
    private static final String SOURCE = """
            FUNC scale(item, k) = item.price * k + PROBE()
            TRANSFORM Total {
              LET total = 0
              FOR EACH item IN input.items { SET total = total + scale(item, input.factor) }
              OUTPUT { total: total, label: "items: " + STRING(LENGTH(input.items)) }
            }""";

    private static final Set<String> ROOTS = Set.of("dev.turnout.engine", "dev.turnout.jit");

    @Test
    void transformRunsCompiledInNamedModules() throws Exception {
        ModuleLayer layer = turnoutLayer();
        ClassLoader loader = layer.findLoader("dev.turnout.engine");
        Class<?> engineClass = loader.loadClass("dev.turnout.Engine");
        assertTrue(engineClass.getModule().isNamed());
        assertEquals("dev.turnout.engine", engineClass.getModule().getName());
        assertSame(layer, engineClass.getModule().getLayer());
        assertNotSame(Engine.class, engineClass, "Engine must come from the layer, not from the class path");

        // PROBE is a host function that records the hidden classes on the stack: scale's compiled code calls it.
        List<Class<?>> hiddenCallers = new ArrayList<>();
        Class<?> userFunction = loader.loadClass("dev.turnout.UserFunction");
        InvocationHandler probe = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) return objectMethod(proxy, method, args);
            StackWalker.getInstance(Set.of(StackWalker.Option.RETAIN_CLASS_REFERENCE,
                    StackWalker.Option.SHOW_HIDDEN_FRAMES)).forEach(frame -> {
                        Class<?> c = frame.getDeclaringClass();
                        // Compiled functions (lambdas are hidden classes too: not those).
                        if (c.isHidden() && c.getName().startsWith("dev.turnout.jit.load.")) hiddenCallers.add(c);
                    });
            return 0L;
        };
        Object function = Proxy.newProxyInstance(loader, new Class<?>[] {userFunction}, probe);

        Object builder = call(engineClass, null, "builder");
        builder = call(builder.getClass(), builder, "jit", true);
        builder = call(builder.getClass(), builder, "jitThreshold", 0);
        builder = call(builder.getClass(), builder, "jitBackground", false);
        Method register = builder.getClass().getMethod("function", String.class, int.class, userFunction);
        builder = register.invoke(builder, "PROBE", 0, function);
        Object engine = call(builder.getClass(), builder, "build");
        Object program = call(engine.getClass(), engine, "compile", "total.bl", SOURCE);

        String output = (String) call(program.getClass(), program, "runJson",
                "{\"factor\": 10, \"items\": [{\"price\": 1}, {\"price\": 2}, {\"price\": 3}]}");
        assertEquals("{\"total\":60,\"label\":\"items: 3\"}", output);

        String statistics = (String) call(program.getClass(), program, "statistics");
        List<String> tiers = tiers(statistics);
        assertEquals(2, tiers.size(), statistics);
        assertEquals(List.of("compiled"), tiers.stream().distinct().toList(), statistics);

        // PROBE ran under compiled scale, called from the compiled transform: both hidden classes of dev.turnout.jit.
        Set<String> compiled = new LinkedHashSet<>();
        for (Class<?> hidden : hiddenCallers) {
            assertSame(layer.findModule("dev.turnout.jit").orElseThrow(), hidden.getModule(), hidden.getName());
            compiled.add(hidden.getName().replaceFirst("_\\d+/.*$", ""));
        }
        assertEquals(Set.of("dev.turnout.jit.load.Compiled_total_bl_FUNC_scale",
                "dev.turnout.jit.load.Compiled_total_bl_transform_Total"), compiled);
    }

    /** A layer over the platform class loader holding the Turnout modules and their dependencies, nothing else. */
    private static ModuleLayer turnoutLayer() throws URISyntaxException {
        // The classes this test sees on the class path tell where each module's classes or jar is.
        Set<Path> entries = new LinkedHashSet<>();
        for (Class<?> c : List.of(CompileException.class, Engine.class, JitCompiler.class,
                com.fasterxml.jackson.core.JsonFactory.class, ClassWriter.class, MethodNode.class)) {
            entries.add(Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()));
        }
        ModuleFinder finder = ModuleFinder.of(entries.toArray(Path[]::new));
        Set<String> found = new LinkedHashSet<>();
        finder.findAll().forEach(m -> found.add(m.descriptor().name()));
        assertEquals(Set.of("dev.turnout.ir", "dev.turnout.engine", "dev.turnout.jit", "com.fasterxml.jackson.core",
                "org.objectweb.asm", "org.objectweb.asm.tree"), found, "modules in " + entries);
        for (String name : found) {
            assertFalse(finder.find(name).orElseThrow().descriptor().isAutomatic(), name + " has no module-info");
        }

        ModuleLayer boot = ModuleLayer.boot();
        // resolveAndBind: the engine gets the JIT through `uses`/`provides`, as `java -m` would bind it.
        Configuration configuration = boot.configuration().resolveAndBind(finder, ModuleFinder.of(), ROOTS);
        return boot.defineModulesWithOneLoader(configuration, ClassLoader.getPlatformClassLoader());
    }

    /** The tier column of each row of the functions table of {@code Program.statistics()}. */
    private static List<String> tiers(String statistics) {
        // "  FUNC scale    <invocations>  <back-edges>  compiled    3238 us" (a name may contain a space)
        Pattern row = Pattern.compile("^ {2}.+?\\s+\\d+\\s+\\d+\\s+([a-z]+)\\b.*$");
        List<String> tiers = new ArrayList<>();
        for (String line : statistics.split("\n")) {
            Matcher m = row.matcher(line);
            if (m.matches()) tiers.add(m.group(1));
        }
        return tiers;
    }

    private static Object call(Class<?> type, Object target, String name, Object... args) throws Exception {
        for (Method m : type.getMethods()) {
            if (m.getName().equals(name) && m.getParameterCount() == args.length && accepts(m, args)) {
                try {
                    return m.invoke(target, args);
                } catch (InvocationTargetException e) {
                    if (e.getCause() instanceof Exception cause) throw cause;
                    throw e;
                }
            }
        }
        throw new NoSuchMethodException(type.getName() + "." + name);
    }

    private static boolean accepts(Method m, Object[] args) {
        Class<?>[] types = m.getParameterTypes();
        for (int i = 0; i < args.length; i++) {
            Class<?> t = types[i];
            if (t == int.class) t = Integer.class;
            if (t == boolean.class) t = Boolean.class;
            if (!t.isInstance(args[i])) return false;
        }
        return true;
    }

    private static Object objectMethod(Object proxy, Method method, Object[] args) {
        return switch (method.getName()) {
            case "equals" -> proxy == args[0];
            case "hashCode" -> System.identityHashCode(proxy);
            default -> "PROBE";
        };
    }
}
