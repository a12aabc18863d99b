package dev.turnout;

import dev.turnout.compiler.BytecodeCompiler;
import dev.turnout.compiler.CompiledProgram;
import dev.turnout.errors.CompileException;
import dev.turnout.errors.Diagnostic;
import dev.turnout.source.Source;
import java.util.List;

/** Turns source into a {@link Program} for an engine: compile, then choose the transform to run (§4.2). */
final class ProgramCompiler {
    private ProgramCompiler() {}

    static Program compile(Engine engine, String name, String text) {
        Source source = new Source(name, text);
        EngineSettings settings = engine.settings();
        CompiledProgram compiled = BytecodeCompiler.compile(source, settings.hosts());
        int transform = compiled.firstTransform();
        if (settings.transformName() != null) {
            Integer named = compiled.transforms().get(settings.transformName());
            if (named == null) {
                throw new CompileException(List.of(new Diagnostic(name, 1, 1,
                        "Transform '" + settings.transformName() + "' not found", source.lineText(1))));
            }
            transform = named;
        }
        return new Program(compiled, settings, transform);
    }
}
