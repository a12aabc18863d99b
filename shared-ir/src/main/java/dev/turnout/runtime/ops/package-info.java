/**
 * The runtime semantics layer: one static method per IR operation, over plain Java values and constants, called by
 * the interpreter's loop and by the JIT's generated code alike. Nothing that decides a result or an error message
 * of an instruction is written anywhere else; a tier only moves values between its storage (registers, JVM locals)
 * and these methods, and compiled code may inline a fast path only where its slow path calls the same method.
 *
 * <p>By subject: {@link dev.turnout.runtime.ops.VariableOps} (bindings, cells, name chains),
 * {@link dev.turnout.runtime.ops.StructureOps} (objects and arrays), {@link dev.turnout.runtime.ops.PathOps}
 * (SET / APPEND TO / MODIFY), {@link dev.turnout.runtime.ops.ArithmeticOps} (comparisons by mode),
 * {@link dev.turnout.runtime.ops.CallOps} (calls, closures, function entry, the compiled-call gate) and
 * {@link dev.turnout.runtime.ops.ControlOps} (loops, output, RETRY, errors and TRY). Operators, property reads
 * and truthiness stay in {@code Operators}, {@code Properties} and {@code Truthiness}, which the library uses too.
 */
package dev.turnout.runtime.ops;
