package dev.turnout.cli;

import dev.turnout.Engine;
import dev.turnout.Program;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code turnout run PROGRAM.bl [--input FILE|-] [--jsonl] [--pretty] [--transform NAME]}: checks the options,
 * compiles, then hands over to {@link SingleDocumentRun} or {@link JsonLinesRun}.
 */
@Command(name = "run",
        description = {
            "Compile a program and run it on a JSON input object; print the result as JSON.",
            "Without --input the input is {}. With --jsonl, each non-blank line of the input is a document: "
                + "one output line per successful document, errors on stderr with their line numbers."},
        sortOptions = false,
        footerHeading = "%nExamples:%n",
        footer = {
            "  turnout run orders.bl --input orders.json --pretty",
            "  curl -s https://example.com/order | turnout run orders.bl --input -",
            "  turnout run orders.bl --jsonl --input events.jsonl > results.jsonl"})
final class RunCommand extends ProgramCommand {
    @Option(names = "--input", paramLabel = "FILE|-",
            description = "Read the input JSON object from FILE, or from standard input for '-'. Default: {}.")
    String input;

    @Option(names = "--jsonl",
            description = "JSON Lines: run once per input line, write one compact output line per document. "
                    + "Needs --input.")
    boolean jsonLines;

    @Option(names = "--pretty", description = "Indent the output by two spaces (default: compact).")
    boolean pretty;

    @Option(names = "--transform", paramLabel = "NAME",
            description = "Run the TRANSFORM called NAME (exact match). Default: the first one declared.")
    String transform;

    @Mixin
    LimitOptions limits = new LimitOptions();

    @Mixin
    TierOptions tiers = new TierOptions();

    @Override
    protected int execute() {
        validateOptions();
        Engine.Builder engine = Engine.builder();
        if (transform != null) engine.transform(transform);
        Engine built;
        try {
            limits.applyTo(engine);
            tiers.applyTo(engine);
            built = engine.build(); // reads turnout.maxNumberDigits, which can be malformed too
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        Program program = ProgramLoader.load(built, programFile);
        InputSource source = input == null ? null : InputSource.of(input, stdin());
        try {
            if (jsonLines) return new JsonLinesRun(program, source, out(), err()).run();
            return SingleDocumentRun.run(program, source, pretty, out());
        } finally {
            if (tiers.stats) {
                out().flush();
                err().print(program.statistics());
                err().flush();
            }
        }
    }

    /** Option combinations picocli cannot express; each is a usage error (exit 64). */
    private void validateOptions() {
        if (jsonLines && pretty) {
            throw new ParameterException(spec.commandLine(),
                    "--pretty cannot be combined with --jsonl: JSON Lines output is one compact document per line");
        }
        if (jsonLines && input == null) {
            throw new ParameterException(spec.commandLine(),
                    "--jsonl needs --input FILE, or --input - for standard input");
        }
    }
}
