/**
 * The shared IR: front end, compiler, bytecode, runtime values, JSON I/O and the standard library, used by both
 * tiers. Only {@code dev.turnout.errors} is public API (the exceptions and diagnostics an embedder catches); every
 * other package is exported only to the Turnout modules that import it. {@code syntax}, {@code syntax.ast} and
 * {@code resolve} are used by the compiler alone and are not exported at all.
 */
module dev.turnout.ir {
    requires com.fasterxml.jackson.core;

    exports dev.turnout.errors;

    exports dev.turnout.source to dev.turnout.engine;
    exports dev.turnout.compiler to dev.turnout.engine;
    exports dev.turnout.bytecode to dev.turnout.engine, dev.turnout.jit;
    exports dev.turnout.stdlib to dev.turnout.engine, dev.turnout.jit;
    exports dev.turnout.runtime.ops to dev.turnout.engine, dev.turnout.jit;
    // cli (bench command) and bench read inputs as ObjectValue and look at FunctionCode/TierState; bench's tests too.
    exports dev.turnout.program to dev.turnout.engine, dev.turnout.jit, dev.turnout.cli, dev.turnout.bench;
    exports dev.turnout.runtime to dev.turnout.engine, dev.turnout.jit, dev.turnout.cli, dev.turnout.bench;
    exports dev.turnout.runtime.json to dev.turnout.engine, dev.turnout.cli, dev.turnout.bench;
}
