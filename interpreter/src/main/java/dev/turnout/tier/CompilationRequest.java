package dev.turnout.tier;

import dev.turnout.program.FunctionEntries;
import dev.turnout.program.FunctionEntry;
import dev.turnout.stdlib.LibraryFunction;

/**
 * What a {@link TierCompiler} gets: the function (with its profile), the program's other functions (for direct
 * calls), the host-function table the program was compiled against, and the tier settings.
 */
// "exports": the SPI speaks in dev.turnout.program/stdlib types, which dev.turnout.ir exports only to the
// Turnout modules (a tier is written against the internals; module-info.java of dev.turnout.ir).
@SuppressWarnings("exports")
public record CompilationRequest(FunctionEntry function, FunctionEntries functions, LibraryFunction[] hosts,
                                 TierSettings settings) {}
