package dev.turnout.bytecode;

/**
 * One TRY region: an error raised at a pc in [start, end) is handled at {@code handler}, with the operand stack cut
 * back to {@code depth} values and the error object pushed. Inner regions come before outer ones.
 */
public record ExceptionEntry(int start, int end, int handler, int depth) {
    public boolean covers(int pc) {
        return pc >= start && pc < end;
    }
}
