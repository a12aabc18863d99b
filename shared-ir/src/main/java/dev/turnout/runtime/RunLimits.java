package dev.turnout.runtime;

import dev.turnout.errors.ErrorKind;
import dev.turnout.errors.TransformException;

/**
 * The resource limits of one run, for untrusted programs (DECISIONS.md D11): steps (loop iterations and calls),
 * wall-clock time, and the size of any single value (characters of a string, elements of an array). Exceeding
 * one ends the run with a {@link ErrorKind#LIMIT_EXCEEDED} error, which TRY cannot catch.
 *
 * <p>Steps are counted by the running tier in chunks: it counts down a local int and calls {@link #refill()} when
 * the chunk is used up, so the common path is one decrement; the clock is read once per chunk. Value sizes are
 * checked where values can grow fast (string concatenation, {@code ++}, RANGE, PAD, JOIN, …) through
 * {@link #checkSize}, which only looks at the running limits (a thread-local) for sizes above the smallest limit
 * any engine configured, so small values cost one comparison.
 *
 * <p>Runtime code that does work proportional to something other than loop iterations (walking a value for
 * equality, ordering, hashing, text or JSON; SORT, DISTINCT, FLATTEN, WALK; RETRY) charges it with
 * {@link #charge(long)}, a static method both tiers reach through the same library code. It reads one static
 * flag, set once any engine has configured a step or time limit; only then does it look up the running limits (a
 * thread-local) and spend the steps, reading the clock once per 1,024 steps charged.
 */
public final class RunLimits {
    /** Default limit on a single value's size: 50 million characters or elements. */
    public static final long DEFAULT_MAX_VALUE_SIZE = 50_000_000L;
    /** Default limit on a big number's size: 10,000 decimal digits (see {@link NumberSize}, docs/limits.md). */
    public static final long DEFAULT_MAX_NUMBER_DIGITS = 10_000L;
    private static final int CHUNK = 1024;
    private static final ThreadLocal<RunLimits> CURRENT = new ThreadLocal<>();
    private static volatile long sizeCheckThreshold = DEFAULT_MAX_VALUE_SIZE;
    /** Whether any run may count steps or time: false until some engine configures a step or time limit. */
    private static volatile boolean charging;
    private static final RunLimits DEFAULTS = new RunLimits(Long.MAX_VALUE, 0, DEFAULT_MAX_VALUE_SIZE);

    private final long maxSteps;
    private final long timeoutNanos;
    private final long maxValueSize;
    private final long maxNumberDigits;
    private final boolean counts;
    private long stepsLeft;
    private int chunk;
    private long deadline;
    /** Steps {@link #charge} may spend before it next reads the clock. */
    private long clockCountdown;

    /**
     * @param maxSteps     loop iterations plus calls allowed in one run ({@code Long.MAX_VALUE}: unlimited)
     * @param timeoutNanos wall-clock time allowed for one run (0: unlimited)
     * @param maxValueSize largest string (characters) or array/object (elements) a run may build
     */
    public RunLimits(long maxSteps, long timeoutNanos, long maxValueSize) {
        this(maxSteps, timeoutNanos, maxValueSize, DEFAULT_MAX_NUMBER_DIGITS);
    }

    /** @param maxNumberDigits most decimal digits of a big integer or decimal a run may build ({@link NumberSize}) */
    public RunLimits(long maxSteps, long timeoutNanos, long maxValueSize, long maxNumberDigits) {
        this.maxSteps = maxSteps;
        this.timeoutNanos = timeoutNanos;
        this.maxValueSize = maxValueSize;
        this.maxNumberDigits = maxNumberDigits;
        this.counts = maxSteps != Long.MAX_VALUE || timeoutNanos > 0;
        if (maxValueSize < sizeCheckThreshold) lowerThreshold(maxValueSize);
        NumberSize.lowerThreshold(maxNumberDigits);
        if (counts && !charging) charging = true;
    }

    private static synchronized void lowerThreshold(long size) {
        if (size < sizeCheckThreshold) sizeCheckThreshold = size;
    }

    public long maxSteps() { return maxSteps; }

    public long timeoutNanos() { return timeoutNanos; }

    public long maxValueSize() { return maxValueSize; }

    public long maxNumberDigits() { return maxNumberDigits; }

    /** The limits of the run on this thread (defaults when none is running). */
    public static RunLimits current() {
        RunLimits limits = CURRENT.get();
        return limits != null ? limits : DEFAULTS;
    }

    /**
     * Starts a run under these limits on this thread; returns the limits to restore with {@link #exit} (runs can
     * nest when a host function runs another program).
     */
    public RunLimits enter() {
        RunLimits previous = CURRENT.get();
        stepsLeft = maxSteps;
        deadline = timeoutNanos > 0 ? System.nanoTime() + timeoutNanos : 0;
        chunk = (int) Math.min(CHUNK, stepsLeft);
        clockCountdown = CHUNK;
        CURRENT.set(this);
        return previous;
    }

    public static void exit(RunLimits previous) {
        if (previous == null) CURRENT.remove();
        else CURRENT.set(previous);
    }

    /** The first countdown of a run: the tier decrements it once per step and calls {@link #refill()} below 0. */
    public int firstChunk() {
        return chunk;
    }

    /** Accounts for a used-up chunk; throws when the step or time limit is exceeded; returns the next countdown. */
    public int refill() {
        // Kept as one method with its messages built inline, not split into small helpers: small, it gets inlined
        // into every compiled loop's back-edge (ExecutionContext.step), which measured 35% slower on
        // NestedLoopJoin with the JIT. Big, it stays an out-of-line call taken once per 1,024 steps.
        stepsLeft -= chunk;
        if (stepsLeft <= 0) {
            stepsLeft = 0; // stays exceeded however the error is handled
            throw exceeded("step limit exceeded (limit " + maxSteps + " loop iterations and calls)");
        }
        if (deadline != 0 && System.nanoTime() - deadline > 0) {
            throw exceeded("time limit exceeded (limit " + timeoutNanos / 1_000_000 + " ms)");
        }
        chunk = (int) Math.min(CHUNK, stepsLeft);
        return chunk - 1;
    }

    /**
     * Charges {@code steps} units of work to the run on this thread: the step limit and, every 1,024
     * units, the time limit apply as they do to loop iterations. Costs one read of a static flag while no engine
     * in this JVM has configured a step or time limit, and nothing is counted for runs without one.
     */
    public static void charge(long steps) {
        if (charging) chargeSlow(steps);
    }

    private static void chargeSlow(long steps) {
        RunLimits limits = CURRENT.get();
        if (limits != null && limits.counts) limits.spend(steps);
    }

    private void spend(long steps) {
        // The tier's chunk in progress is already reserved in stepsLeft, so a run may overrun by one chunk.
        stepsLeft -= steps;
        if (stepsLeft <= 0) throw stepLimitExceeded();
        if (deadline != 0 && (clockCountdown -= steps) < 0) {
            clockCountdown = CHUNK;
            checkClock();
        }
    }

    private TransformException stepLimitExceeded() {
        stepsLeft = 0; // stays exceeded however the error is handled
        return exceeded("step limit exceeded (limit " + maxSteps + " loop iterations and calls)");
    }

    private void checkClock() {
        if (deadline != 0 && System.nanoTime() - deadline > 0) {
            throw exceeded("time limit exceeded (limit " + timeoutNanos / 1_000_000 + " ms)");
        }
    }

    /** Checks the size of a value about to be built (characters or elements). */
    public static void checkSize(long size) {
        if (size > sizeCheckThreshold) checkSizeSlow(size);
    }

    private static void checkSizeSlow(long size) {
        long max = current().maxValueSize;
        if (size > max) {
            throw exceeded("value size limit exceeded: " + size + " characters or elements (limit " + max + ")");
        }
    }

    public static TransformException exceeded(String message) {
        return new TransformException(ErrorKind.LIMIT_EXCEEDED, message);
    }
}
