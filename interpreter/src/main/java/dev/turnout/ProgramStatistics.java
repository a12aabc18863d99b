package dev.turnout;

import dev.turnout.bytecode.Opcode;
import dev.turnout.interpreter.OpcodeStats;
import dev.turnout.program.FunctionEntries;
import dev.turnout.program.FunctionEntry;
import java.util.ArrayList;
import java.util.List;

/** Renders {@link Program#statistics()}: the opcode histogram and the per-function counters. */
final class ProgramStatistics {
    private ProgramStatistics() {}

    static String render(FunctionEntries functions, OpcodeStats stats) {
        StringBuilder out = new StringBuilder();
        if (stats != null) {
            long total = stats.total();
            out.append("opcode histogram (").append(total).append(" instructions executed)\n");
            List<Opcode> ops = new ArrayList<>(List.of(Opcode.values()));
            ops.removeIf(op -> stats.count(op) == 0);
            ops.sort((a, b) -> Long.compare(stats.count(b), stats.count(a)));
            for (Opcode op : ops) {
                long n = stats.count(op);
                out.append(String.format("  %-18s %12d  %5.1f%%%n", op.name(), n, total == 0 ? 0.0 : 100.0 * n / total));
            }
        }
        out.append("functions\n");
        out.append(String.format("  %-28s %12s %12s  %-11s %s%n", "function", "invocations", "back-edges", "tier",
                "compile"));
        for (FunctionEntry fn : functions.all()) {
            String compile = fn.compileMicros() >= 0 ? fn.compileMicros() + " us" : "-";
            if (fn.declineReason() != null) compile += " (" + fn.declineReason() + ")";
            out.append(String.format("  %-28s %12d %12d  %-11s %s%n", fn.function().name(), fn.invocations(),
                    fn.backEdges(), fn.state().name().toLowerCase(), compile));
        }
        return out.toString();
    }
}
