package dev.turnout.interpreter;

import dev.turnout.bytecode.Opcode;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Per-opcode execution counts for {@code --stats} / {@code Engine.builder().profile(true)}: a {@code long[]}
 * indexed by opcode id that each run fills locally and adds here when it ends (so counting costs no contention).
 */
public final class OpcodeStats {
    private final AtomicLongArray totals = new AtomicLongArray(Opcode.count());

    /** A per-run counter array to pass to the interpreter. */
    long[] newRunCounts() {
        return new long[Opcode.count()];
    }

    void add(long[] runCounts) {
        for (int i = 0; i < runCounts.length; i++) {
            if (runCounts[i] != 0) totals.addAndGet(i, runCounts[i]);
        }
    }

    public long count(Opcode op) {
        return totals.get(op.id);
    }

    public long total() {
        long sum = 0;
        for (int i = 0; i < totals.length(); i++) sum += totals.get(i);
        return sum;
    }
}
