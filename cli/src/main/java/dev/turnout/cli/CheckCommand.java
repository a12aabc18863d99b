package dev.turnout.cli;

import dev.turnout.Engine;
import picocli.CommandLine.Command;

/** {@code turnout check PROGRAM.bl}: compiles only; prints {@code PROGRAM.bl: OK}, or every diagnostic (exit 2). */
@Command(name = "check",
        description = "Compile a program without running it and report every error.",
        footerHeading = "%nExamples:%n",
        footer = {"  turnout check orders.bl"})
final class CheckCommand extends ProgramCommand {
    @Override
    protected int execute() {
        ProgramLoader.load(Engine.create(), programFile);
        out().println(programFile + ": OK");
        out().flush();
        return ExitCodes.OK;
    }
}
