package dev.turnout.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code turnout} command: entry point of {@code turnout.jar}, owner of the subcommands, and the one place the
 * command line is wired — exit codes ({@link ExitCodes}), error handlers, UTF-8 streams.
 */
@Command(name = "turnout",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Run, check, disassemble and benchmark Branchline JSON transformations.",
        subcommands = {RunCommand.class, CheckCommand.class, DisasmCommand.class, BenchCommand.class,
            HelpCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {
            "  turnout run orders.bl --input orders.json",
            "  turnout run orders.bl --jsonl --input - < events.jsonl",
            "  turnout check orders.bl",
            "  turnout bench orders.bl --input orders.json --seconds 10",
            "%nSee docs/cli.md for details."})
public final class TurnoutCommand implements Callable<Integer> {
    /** Output buffer: large, because --jsonl writes many short lines. */
    private static final int OUT_BUFFER_CHARS = 1 << 16;

    @Spec
    CommandSpec spec;

    private final InputStream stdin;

    TurnoutCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    /** The standard input the subcommands read for {@code --input -}. */
    InputStream stdin() {
        return stdin;
    }

    /** {@code turnout} without a command: the usage, on stderr since it is a usage error. */
    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("turnout: missing command");
        spec.commandLine().usage(err);
        err.flush();
        return ExitCodes.USAGE;
    }

    /**
     * A fully configured command line over the given streams; {@code main} passes the process's, tests their own.
     */
    public static CommandLine newCommandLine(InputStream stdin, PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new TurnoutCommand(stdin));
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(new UsageErrorHandler());
        commandLine.setExecutionExceptionHandler(new ExecutionFailureHandler());
        commandLine.setExitCodeExceptionMapper(ExitCodes::forException);
        describeExitCodes(commandLine);
        return commandLine;
    }

    /** The exit-code table in the help of every command, and 64 for usage errors wherever picocli decides. */
    private static void describeExitCodes(CommandLine commandLine) {
        CommandSpec command = commandLine.getCommandSpec();
        command.exitCodeOnInvalidInput(ExitCodes.USAGE);
        command.exitCodeOnExecutionException(ExitCodes.INTERNAL_ERROR);
        if (!(command.userObject() instanceof HelpCommand)) {
            command.usageMessage().exitCodeListHeading("%nExit codes:%n");
            command.usageMessage().exitCodeList(ExitCodes.table());
        }
        for (CommandLine sub : commandLine.getSubcommands().values()) describeExitCodes(sub);
    }

    public static void main(String[] args) {
        // UTF-8 whatever the platform default; stdout buffered (flushed by the commands), stderr flushed per line.
        PrintWriter out = new PrintWriter(new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                OUT_BUFFER_CHARS));
        PrintWriter err = new PrintWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int exitCode = newCommandLine(System.in, out, err).execute(args);
        out.flush();
        err.flush();
        System.exit(exitCode);
    }
}
