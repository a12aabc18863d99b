package dev.turnout.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * What every subcommand shares: the {@code PROGRAM.bl} argument, {@code -h/--help}, the streams (picocli's
 * configured {@code out}/{@code err}, and the top command's standard input, so tests can run commands in-process),
 * and the last line of defence against the JVM's own errors.
 */
abstract class ProgramCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @ParentCommand
    TurnoutCommand parent;

    @Parameters(index = "0", paramLabel = "PROGRAM.bl",
            description = "The Branchline program. Its path, as given, names it in diagnostics.")
    String programFile;

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
    boolean helpRequested;

    /** The command's work; returns an exit code or throws {@link CliFailure}. */
    protected abstract int execute();

    @Override
    public final Integer call() {
        try {
            return execute();
        } catch (StackOverflowError | OutOfMemoryError e) {
            // picocli lets Errors through; they must not reach the terminal as a stack trace either.
            out().flush();
            InternalErrorReport.print(e, err());
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }

    InputStream stdin() {
        return parent.stdin();
    }
}
