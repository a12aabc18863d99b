package dev.turnout.runtime.ops;

/**
 * Keeps this package non-empty until its operation classes land: javac rejects a module-info {@code exports} of a
 * package with no type in it (a {@code package-info.java} alone does not count). Delete it then.
 */
final class OpsPlaceholder {
    private OpsPlaceholder() {}
}
