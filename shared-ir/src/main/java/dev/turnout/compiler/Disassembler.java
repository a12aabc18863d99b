package dev.turnout.compiler;

import dev.turnout.bytecode.ExceptionEntry;
import dev.turnout.bytecode.Opcode;
import dev.turnout.bytecode.OperandKind;
import dev.turnout.errors.ErrorKind;
import dev.turnout.program.FunctionCode;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Renders a function's bytecode as stable, readable text: one instruction per line with its pc, mnemonic and
 * operands (one formatting helper per operand kind; jumps as {@code -> target}), the source line where it changes,
 * then the exception table. Used by {@code turnout disasm}, the trace log and snapshot tests.
 */
public final class Disassembler {
    private Disassembler() {}

    public static String disassemble(FunctionCode fn, HostTable hosts) {
        StringBuilder out = new StringBuilder();
        out.append("function ").append(fn.index()).append(": ").append(fn.name())
                .append("  (params ").append(fn.paramCount())
                .append(", slots ").append(fn.slotCount())
                .append(", stack ").append(fn.maxStack()).append(")\n");
        if (fn.namedSlotCount() > 0) {
            out.append("  slots:");
            String[] names = fn.slotNames();
            for (int i = 0; i < names.length; i++) out.append(' ').append(i).append('=').append(names[i]);
            out.append('\n');
        }
        int[] code = fn.code();
        int lastLine = -1;
        for (int pc = 0; pc < code.length; ) {
            Opcode op = Opcode.byId(code[pc]);
            StringBuilder line = new StringBuilder();
            line.append(String.format("  %4d  %-17s", pc, op.name()));
            for (int i = 0; i < op.operandCount(); i++) {
                if (i > 0) line.append(", ");
                else line.append(' ');
                line.append(operand(fn, hosts, op, op.operand(i), code[pc + 1 + i]));
            }
            int sourceLine = fn.lines().lineAt(pc);
            if (sourceLine != lastLine && sourceLine > 0) {
                do {
                    line.append(' ');
                } while (line.length() < 56);
                line.append("; line ").append(sourceLine);
                lastLine = sourceLine;
            }
            out.append(stripTrailing(line)).append('\n');
            pc += op.length();
        }
        for (ExceptionEntry h : fn.handlers()) {
            out.append("  try [").append(h.start()).append(", ").append(h.end()).append(") -> ").append(h.handler())
                    .append(" (stack ").append(h.depth()).append(")\n");
        }
        return out.toString();
    }

    private static String stripTrailing(StringBuilder line) {
        int end = line.length();
        while (end > 0 && line.charAt(end - 1) == ' ') end--;
        return line.substring(0, end);
    }

    private static String operand(FunctionCode fn, HostTable hosts, Opcode op, OperandKind kind, int value) {
        return switch (kind) {
            case CONST -> constant(fn.constants()[value]);
            case SLOT -> slot(fn, value);
            case CHAIN -> "chain" + value + variables(fn, fn.chains()[value]);
            case VAR -> value >= 0 ? variable(fn, value) : "chain" + (-value - 1) + variables(fn, fn.chains()[-value - 1]);
            case TARGET -> "-> " + value;
            case COUNT -> String.valueOf(value);
            case FUNCTION -> value < 0 ? "none" : "fn" + value;
            case HOST -> hosts != null && value < hosts.size() ? hosts.get(value).name() : "host" + value;
            case SITE -> "@" + value;
            case MODE -> op == Opcode.THROW ? ErrorKind.values()[value].typeName() : "mode " + value;
        };
    }

    private static String slot(FunctionCode fn, int slot) {
        return slot < fn.namedSlotCount() ? slot + " (" + fn.slotNames()[slot] + ")" : slot + " (tmp)";
    }

    private static String variable(FunctionCode fn, int encoded) {
        String s = slot(fn, encoded >> 1);
        return (encoded & 1) == 1 ? "cell " + s : s;
    }

    private static String variables(FunctionCode fn, int[] chain) {
        StringBuilder out = new StringBuilder("[");
        for (int i = 0; i < chain.length; i++) {
            if (i > 0) out.append(", ");
            out.append(variable(fn, chain[i]));
        }
        return out.append(']').toString();
    }

    private static String constant(Object value) {
        if (value instanceof String s) return quote(s);
        if (value instanceof Long || value instanceof Double || value instanceof BigInteger) return value.toString();
        if (value instanceof BigDecimal d) return d.toPlainString();
        return value == null ? "null" : "{" + value + "}";
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\t' -> out.append("\\t");
                case '\r' -> out.append("\\r");
                default -> {
                    if (c < 0x20) out.append(String.format("\\u%04x", (int) c));
                    else out.append(c);
                }
            }
        }
        return out.append('"').toString();
    }
}
