package dev.turnout.cli;

import java.io.FilterInputStream;
import java.io.InputStream;

/**
 * Standard input seen through a reader that the command closes when it is done: closing the reader must not close
 * the process's standard input (or a test's stream), so {@link #close()} does nothing.
 */
final class UnclosableInputStream extends FilterInputStream {
    UnclosableInputStream(InputStream in) {
        super(in);
    }

    @Override
    public void close() {
        // Deliberately empty: the stream belongs to the caller.
    }
}
