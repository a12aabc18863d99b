package dev.turnout.bytecode;

import java.util.List;

/** The static target of a MODIFY (LANGUAGE.md §7.4): root name and {@code String}/{@code Long} path segments. */
public record ModifyDescriptor(String rootName, List<Object> path) {
    @Override
    public String toString() {
        StringBuilder out = new StringBuilder("MODIFY ").append(rootName);
        for (Object key : path) out.append('.').append(key);
        return out.toString();
    }
}
