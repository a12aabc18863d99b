package dev.turnout.golden;

/**
 * One golden test: a program, its input and either the expected JSON output or the expected error line
 * ({@code line L: Type: message} for a runtime error, {@code compile L:C: message} for a compile error).
 *
 * @param name           path under {@code golden/} without extension, e.g. {@code numbers/division_basic}
 * @param expectedOutput the expected JSON, or null when an error is expected
 * @param expectedError  the expected error line, or null
 */
public record GoldenCase(String name, String source, String input, String expectedOutput, String expectedError) {
    @Override
    public String toString() {
        return name;
    }
}
