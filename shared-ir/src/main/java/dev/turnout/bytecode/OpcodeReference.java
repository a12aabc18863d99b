package dev.turnout.bytecode;

/**
 * Generates the opcode reference of {@code docs/bytecode.md} from the {@link Opcode} table: one Markdown row per
 * instruction (id, name, operands, stack effect, control flow, semantics method, description). The document keeps
 * the generated text between {@link #BEGIN} and {@link #END}; a test regenerates it and requires an exact match
 * ({@code -Dturnout.approve=true} rewrites the section instead).
 */
public final class OpcodeReference {
    public static final String BEGIN = "<!-- opcode-table:begin -->";
    public static final String END = "<!-- opcode-table:end -->";

    private OpcodeReference() {}

    /** The Markdown between the markers (without them), ending with a newline. */
    public static String table() {
        StringBuilder out = new StringBuilder();
        out.append("<!-- Generated from dev.turnout.bytecode.Opcode; edit the enum, then regenerate with the command above. -->\n");
        out.append("| id | instruction | operands | stack (pops → pushes) | control flow | semantics | description |\n");
        out.append("| --- | --- | --- | --- | --- | --- | --- |\n");
        for (Opcode op : Opcode.values()) {
            out.append("| ").append(op.id)
                    .append(" | `").append(op.name()).append('`')
                    .append(" | ").append(operands(op))
                    .append(" | ").append(op.stackEffect().describe())
                    .append(" | ").append(op.branch().describe())
                    .append(" | ").append(op.semantics().describe())
                    .append(" | ").append(cell(description(op)))
                    .append(" |\n");
        }
        return out.toString();
    }

    /** {@code document} with the text between the markers replaced by {@link #table()}. */
    public static String replaceSection(String document) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) throw new IllegalArgumentException("document has no " + BEGIN + " … " + END);
        return document.substring(0, begin + BEGIN.length()) + "\n" + table() + document.substring(end);
    }

    /** The text between the markers of {@code document} (the form {@link #table()} produces when up to date). */
    public static String section(String document) {
        int begin = document.indexOf(BEGIN);
        int end = document.indexOf(END);
        if (begin < 0 || end < begin) throw new IllegalArgumentException("document has no " + BEGIN + " … " + END);
        String text = document.substring(begin + BEGIN.length(), end);
        return text.startsWith("\n") ? text.substring(1) : text;
    }

    private static String operands(Opcode op) {
        if (op.operandCount() == 0) return "–";
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < op.operandCount(); i++) {
            if (i > 0) out.append(", ");
            out.append(op.operand(i));
        }
        return out.toString();
    }

    private static String description(Opcode op) {
        return op.jitDecline() == null ? op.description()
                : op.description() + " **JIT declines:** " + op.jitDecline();
    }

    private static String cell(String text) {
        return text.replace("|", "\\|");
    }
}
