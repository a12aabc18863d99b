package dev.turnout.cli;

import dev.turnout.errors.CompileException;
import dev.turnout.errors.MalformedInputException;
import dev.turnout.errors.TransformException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.ParameterException;

/**
 * The one table of {@code turnout}'s exit codes. Every command returns one of these; the help text of every command
 * shows {@link #table()}, and {@code docs/cli.md} repeats it.
 *
 * <p>0–3 are Turnout's own outcomes; 64, 70 and 74 follow the BSD {@code sysexits.h} convention (EX_USAGE,
 * EX_SOFTWARE, EX_IOERR) so that scripts can tell "you called me wrongly" and "I could not read a file" apart from
 * "your program or data is wrong".
 */
public final class ExitCodes {
    /** The program ran (or compiled, for {@code check}/{@code disasm}) and the result was printed. */
    public static final int OK = 0;
    /** The program failed at run time (an uncaught Branchline runtime error); with --jsonl: some document did. */
    public static final int RUNTIME_ERROR = 1;
    /** The program did not compile (lexical, syntax or static-check errors, or an unknown --transform). */
    public static final int COMPILE_ERROR = 2;
    /** The input is not valid JSON or not a JSON object; with --jsonl: some line was. */
    public static final int MALFORMED_INPUT = 3;
    /** The command line is wrong: unknown option or command, missing argument, conflicting options. */
    public static final int USAGE = 64;
    /** A bug in Turnout itself: an unexpected Java exception (reported as {@code internal error: ...}). */
    public static final int INTERNAL_ERROR = 70;
    /**
     * The program file or the input file could not be read (missing, a directory, no permission, I/O error); also
     * used when standard output is closed part-way.
     */
    public static final int UNREADABLE_FILE = 74;

    /** Code, description; the order of the help text. */
    private static final Object[][] ROWS = {
        {OK, "success"},
        {RUNTIME_ERROR, "runtime error in the program (--jsonl: some document failed)"},
        {COMPILE_ERROR, "compile error in the program"},
        {MALFORMED_INPUT, "malformed input: not JSON, or not an object (--jsonl: some line)"},
        {USAGE, "usage error: bad options or arguments"},
        {INTERNAL_ERROR, "internal error in Turnout (a bug; please report it)"},
        {UNREADABLE_FILE, "unreadable program or input file"},
    };

    private ExitCodes() {}

    /** The table as picocli's exit-code list wants it: right-aligned code → description, in a stable order. */
    public static Map<String, String> table() {
        Map<String, String> table = new LinkedHashMap<>();
        for (Object[] row : ROWS) table.put(String.format("%3d", (Integer) row[0]), (String) row[1]);
        return Collections.unmodifiableMap(table);
    }

    /**
     * The exit code for an exception that ends a command; used as picocli's exit-code exception mapper, so an
     * exception that escapes a command's own handling still gets the documented code.
     */
    public static int forException(Throwable e) {
        if (e instanceof CliFailure failure) return failure.exitCode();
        if (e instanceof ParameterException) return USAGE;
        if (e instanceof CompileException) return COMPILE_ERROR;
        if (e instanceof TransformException) return RUNTIME_ERROR;
        if (e instanceof MalformedInputException) return MALFORMED_INPUT;
        return INTERNAL_ERROR;
    }
}
