package dev.turnout.errors;

/** Base of every exception Turnout's public API throws. */
public abstract class TurnoutException extends RuntimeException {
    protected TurnoutException(String message) {
        super(message, null, false, false);
    }

    /** With the Java exception behind it (a host function's), kept for the embedding code's logs. */
    protected TurnoutException(String message, Throwable cause) {
        super(message, cause, false, false);
    }
}
