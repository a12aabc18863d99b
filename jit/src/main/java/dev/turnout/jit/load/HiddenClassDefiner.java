package dev.turnout.jit.load;

import dev.turnout.program.CallTarget;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.List;

/**
 * Defines each compiled function as a hidden class in this package and instantiates it.
 *
 * <p>This class is the anchor: its own {@link MethodHandles#lookup()} is the lookup the classes are defined in, so
 * they share its package (the emitter names them {@link #PACKAGE}{@code Compiled_…}) and class loader but nothing
 * else. They are defined without {@code ClassOption.STRONG}: the loader does not keep them, and since no registry
 * holds them either, a function's class (and its class data) can be unloaded as soon as the function's
 * {@code FunctionEntry} — the only holder of the instance — is unreachable.
 */
public final class HiddenClassDefiner {
    /** The internal-name prefix every generated class must use: this class's package. */
    public static final String PACKAGE = "dev/turnout/jit/load/";

    private static final MethodHandles.Lookup ANCHOR = MethodHandles.lookup();

    private HiddenClassDefiner() {}

    /**
     * Defines the class (verifying it: a {@code VerifyError} propagates as a compiler failure) with its class
     * data, and returns a new instance.
     */
    public static CallTarget define(byte[] bytes, List<Object> classData) {
        try {
            MethodHandles.Lookup hidden = ANCHOR.defineHiddenClassWithClassData(bytes, classData, true);
            MethodHandle constructor = hidden.findConstructor(hidden.lookupClass(), MethodType.methodType(void.class));
            return (CallTarget) constructor.invoke();
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable e) {
            throw new IllegalStateException("cannot instantiate compiled class", e);
        }
    }
}
