package dev.turnout.bench.workload;

/**
 * How large a workload's generated input is: {@link #BENCH} for the JMH runs (one Turnout interpreter operation
 * takes roughly 0.1–10 ms), {@link #TEST} for the agreement tests, which must stay fast in {@code mvn verify}.
 */
public enum Scale {
    TEST,
    BENCH
}
