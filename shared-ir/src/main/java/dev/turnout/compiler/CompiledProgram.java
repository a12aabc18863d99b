package dev.turnout.compiler;

import dev.turnout.program.FunctionTable;
import dev.turnout.source.Source;
import java.util.Map;

/**
 * The compiler's output: every function of the program, the host functions it calls, and which function is each
 * named transform's body. Immutable.
 *
 * @param transforms     transform name → function index (named transforms only)
 * @param firstTransform function index of the first declared transform
 */
public record CompiledProgram(Source source, FunctionTable functions, HostTable hosts, Map<String, Integer> transforms,
                              int firstTransform) {}
