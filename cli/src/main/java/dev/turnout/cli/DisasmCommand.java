package dev.turnout.cli;

import dev.turnout.Engine;
import picocli.CommandLine.Command;

/** {@code turnout disasm PROGRAM.bl}: prints the compiled bytecode of every function; compile errors as for check. */
@Command(name = "disasm",
        description = "Compile a program and print its bytecode, one function after the other.",
        footerHeading = "%nExamples:%n",
        footer = {"  turnout disasm orders.bl | less"})
final class DisasmCommand extends ProgramCommand {
    @Override
    protected int execute() {
        String listing = ProgramLoader.load(Engine.create(), programFile).disassemble();
        out().print(listing);
        if (!listing.endsWith("\n")) out().print('\n');
        out().flush();
        return ExitCodes.OK;
    }
}
