package dev.turnout.cli;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception that ends a command into its message on standard error and its exit code: a
 * {@link CliFailure} prints its prepared message; anything else is a Turnout bug, reported in one line by
 * {@link InternalErrorReport} (exit 70). Either way no Java stack trace is printed.
 */
final class ExecutionFailureHandler implements IExecutionExceptionHandler {
    @Override
    public int handleExecutionException(Exception failure, CommandLine command, ParseResult parseResult) {
        // Whatever the command already wrote to stdout stays there, ahead of the error.
        command.getOut().flush();
        if (failure instanceof CliFailure cli) {
            command.getErr().println(cli.getMessage());
            // A failure that wraps a bug (an internal error on one --jsonl line) keeps its trace for TURNOUT_DEBUG.
            if (cli.getCause() != null) InternalErrorReport.printTraceIfDebugging(cli.getCause(), command.getErr());
            command.getErr().flush();
        } else {
            InternalErrorReport.print(failure, command.getErr());
        }
        return ExitCodes.forException(failure);
    }
}
