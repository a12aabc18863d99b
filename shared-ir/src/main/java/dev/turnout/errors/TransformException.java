package dev.turnout.errors;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A runtime error of a Branchline program: kind, message, and (once it leaves the running tier) the location and
 * the Branchline stack, innermost frame first.
 *
 * <p>Created by {@link RuntimeErrors} without a location; the tier that runs the code adds the line and column of
 * the failing instruction and one {@link StackFrame} per Branchline frame it unwinds. It has no Java stack trace:
 * TRY catches these often, and the Java frames say nothing to a Branchline user.
 */
public final class TransformException extends TurnoutException {
    /** One Branchline frame: the function's display name and the line/column executing in it. */
    public record StackFrame(String function, int line, int column) {
        @Override
        public String toString() {
            return "at " + function + " (line " + line + ", column " + column + ")";
        }
    }

    private final ErrorKind kind;
    private final String typeName;
    private int line;
    private int column;
    private String file;
    private final List<StackFrame> stack = new ArrayList<>();

    public TransformException(ErrorKind kind, String message) {
        this(kind, kind.typeName(), message);
    }

    public TransformException(ErrorKind kind, String typeName, String message) {
        super(message);
        this.kind = kind;
        this.typeName = typeName;
    }

    /**
     * An error raised by Java code the program called (a host function): {@link #getCause()} is the Java exception,
     * for the embedding code; programs see only the type name and message.
     */
    public TransformException(ErrorKind kind, String typeName, String message, Throwable cause) {
        super(message, cause);
        this.kind = kind;
        this.typeName = typeName;
    }

    public ErrorKind kind() { return kind; }

    /** The {@code type} a CATCH sees, e.g. {@code IllegalStateException}. */
    public String typeName() { return typeName; }

    /** 1-based line of the failing instruction, or 0 when unknown. */
    public int line() { return line; }

    public int column() { return column; }

    /** The program name, when known. */
    public String file() { return file; }

    public List<StackFrame> branchlineStack() { return Collections.unmodifiableList(stack); }

    /** Records the innermost location once; later calls (outer frames) only add stack entries. */
    public TransformException addFrame(String file, String function, int line, int column) {
        if (stack.isEmpty()) {
            this.file = file;
            this.line = line;
            this.column = column;
        }
        stack.add(new StackFrame(function, line, column));
        return this;
    }

    /** {@code file:line:col: Type: message}, then one line per Branchline frame. */
    public String render() {
        StringBuilder out = new StringBuilder();
        if (file != null) out.append(file).append(':').append(line).append(':').append(column).append(": ");
        out.append(typeName).append(": ").append(getMessage());
        // Runs of identical frames (deep recursion) are collapsed to one line and a count.
        for (int i = 0; i < stack.size(); ) {
            StackFrame frame = stack.get(i);
            int run = 1;
            while (i + run < stack.size() && stack.get(i + run).equals(frame)) run++;
            out.append("\n    ").append(frame);
            if (run > 1) out.append("\n    ... ").append(run - 1).append(" more identical frame").append(run > 2 ? "s" : "");
            i += run;
        }
        return out.toString();
    }
}
