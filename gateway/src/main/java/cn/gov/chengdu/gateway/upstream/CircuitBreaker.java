package cn.gov.chengdu.gateway.upstream;

import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * A circuit breaker for one upstream. Closed, it lets every request through. After {@code failureThreshold}
 * consecutive failures it opens: for {@code openFor} the gateway answers 503 without contacting the upstream.
 * Then one trial request may go through; its success closes the circuit, its failure opens it again.
 * <p>
 * Every request let through must be reported exactly once: {@link #onSuccess()}, {@link #onFailure()} or, when its
 * outcome says nothing about the upstream (the client went away, the body was too large), {@link #onAbandoned()}.
 */
public final class CircuitBreaker {

    public enum State {
        CLOSED, OPEN, HALF_OPEN
    }

    private final int failureThreshold;
    private final long openForNanos;
    private final LongSupplier nanoClock;

    private volatile int consecutiveFailures;
    private volatile boolean open;
    private long openUntil;
    private boolean trialInFlight;

    public CircuitBreaker(int failureThreshold, Duration openFor, LongSupplier nanoClock) {
        if (failureThreshold < 1) {
            throw new IllegalArgumentException("gateway.circuit-breaker.failure-threshold must be at least 1");
        }
        this.failureThreshold = failureThreshold;
        this.openForNanos = openFor.toNanos();
        this.nanoClock = nanoClock;
    }

    /** Whether a request may go to the upstream now; when it may, its outcome must be reported. */
    public boolean tryAcquire() {
        // the common case, a closed circuit, takes no lock
        return !open || tryAcquireWhileOpen();
    }

    private synchronized boolean tryAcquireWhileOpen() {
        if (!open) {
            return true;
        }
        if (trialInFlight || nanoClock.getAsLong() - openUntil < 0) {
            return false;
        }
        trialInFlight = true;
        return true;
    }

    public void onSuccess() {
        if (!open && consecutiveFailures == 0) {
            return;
        }
        succeeded();
    }

    private synchronized void succeeded() {
        consecutiveFailures = 0;
        open = false;
        trialInFlight = false;
    }

    public synchronized void onFailure() {
        consecutiveFailures++;
        trialInFlight = false;
        if (open || consecutiveFailures >= failureThreshold) {
            open = true;
            openUntil = nanoClock.getAsLong() + openForNanos;
        }
    }

    public void onAbandoned() {
        if (open) {
            abandoned();
        }
    }

    private synchronized void abandoned() {
        trialInFlight = false;
    }

    public synchronized State state() {
        if (!open) {
            return State.CLOSED;
        }
        return trialInFlight || nanoClock.getAsLong() - openUntil >= 0 ? State.HALF_OPEN : State.OPEN;
    }

    /** Whole seconds until a trial request may go through (at least 1), for {@code Retry-After}. */
    public synchronized long secondsUntilTrial() {
        long remaining = openUntil - nanoClock.getAsLong();
        return Math.max(1, (remaining + 999_999_999L) / 1_000_000_000L);
    }
}
