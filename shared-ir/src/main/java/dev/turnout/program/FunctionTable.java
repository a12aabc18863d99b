package dev.turnout.program;

import java.util.List;

/**
 * Every function of a compiled program, indexed by the operands of CALL_FN and MAKE_CLOSURE: transform bodies,
 * FUNCs and lambdas, each compiled once.
 */
public final class FunctionTable {
    private final FunctionCode[] functions;

    public FunctionTable(List<FunctionCode> functions) {
        this.functions = functions.toArray(new FunctionCode[0]);
    }

    public FunctionCode get(int index) {
        return functions[index];
    }

    public int size() {
        return functions.length;
    }

    public List<FunctionCode> all() {
        return List.of(functions);
    }
}
