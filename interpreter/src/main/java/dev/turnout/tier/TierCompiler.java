package dev.turnout.tier;

/**
 * The service interface of a compiling tier, found with {@link java.util.ServiceLoader}: a module that provides
 * one (the {@code jit} module) gives every engine auto-tiering without code changes.
 *
 * <p>Implementations must be thread-safe: the compile queue may call them from a background thread while the
 * function runs in the interpreter. They must never change a program's results: declining is always allowed.
 */
public interface TierCompiler {
    /** A short name for logs, e.g. {@code asm-jit}. */
    String name();

    /** Compiles one function, or declines with a reason (the function then stays interpreted). */
    CompilationResult compile(CompilationRequest request);
}
