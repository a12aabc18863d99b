package dev.turnout.errors;

/** Base of every exception Turnout's public API throws. */
public abstract class TurnoutException extends RuntimeException {
    protected TurnoutException(String message) {
        super(message, null, false, false);
    }
}
