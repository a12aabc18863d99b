package dev.turnout.tier;

import dev.turnout.interpreter.InterpreterContext;
import dev.turnout.program.CallTarget;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A test-only tier: its "compiled code" runs the function in the interpreter and counts the calls, so tests can
 * watch the tiering machinery (threshold, queue, entry swap) without a real code generator.
 */
final class CountingTierCompiler implements TierCompiler {
    final Map<String, AtomicInteger> calls = new ConcurrentHashMap<>();
    final AtomicInteger compilations = new AtomicInteger();
    volatile String declineFor;
    volatile boolean fail;

    @Override
    public String name() {
        return "counting";
    }

    @Override
    public CompilationResult compile(CompilationRequest request) {
        String name = request.function().name();
        if (fail) throw new IllegalStateException("boom in the compiler");
        if (name.equals(declineFor)) return CompilationResult.declined("told to decline " + name);
        compilations.incrementAndGet();
        AtomicInteger counter = calls.computeIfAbsent(name, n -> new AtomicInteger());
        CallTarget target = (context, args, captured) -> {
            counter.incrementAndGet();
            return ((InterpreterContext) context).interpret(request.function(), args, captured);
        };
        return CompilationResult.compiled(target, 0);
    }

    int callsOf(String function) {
        AtomicInteger n = calls.get(function);
        return n == null ? 0 : n.get();
    }
}
