package dev.turnout.syntax.ast;

import dev.turnout.source.Source;
import java.util.List;

/** The parsed program: its source and its declarations in order. */
public record ProgramNode(Source source, List<Decl> declarations) {}
