package cn.gov.chengdu.gateway.upstream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.gateway.upstream.CircuitBreaker.State;

class CircuitBreakerTest {

    private long now = 1_000_000_000L;
    private final CircuitBreaker breaker = new CircuitBreaker(3, Duration.ofSeconds(10), () -> now);

    @Test
    void staysClosedWhileFailuresAreNotConsecutive() {
        fail(2);
        succeed();
        fail(2);
        assertEquals(State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void opensAfterTheThresholdAndRefusesUntilTheOpenPeriodEnds() {
        fail(3);
        assertEquals(State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        assertEquals(10, breaker.secondsUntilTrial());
        advance(Duration.ofMillis(9_001));
        assertFalse(breaker.tryAcquire());
        assertEquals(1, breaker.secondsUntilTrial());
    }

    @Test
    void letsOneTrialThroughAfterTheOpenPeriodAndClosesWhenItSucceeds() {
        fail(3);
        advance(Duration.ofSeconds(10));
        assertEquals(State.HALF_OPEN, breaker.state());
        assertTrue(breaker.tryAcquire());
        assertFalse(breaker.tryAcquire(), "only one trial at a time");
        breaker.onSuccess();
        assertEquals(State.CLOSED, breaker.state());
        assertTrue(breaker.tryAcquire());
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void opensAgainForAWholePeriodWhenTheTrialFails() {
        fail(3);
        advance(Duration.ofSeconds(11));
        assertTrue(breaker.tryAcquire());
        breaker.onFailure();
        assertEquals(State.OPEN, breaker.state());
        assertFalse(breaker.tryAcquire());
        assertEquals(10, breaker.secondsUntilTrial());
    }

    @Test
    void anAbandonedTrialLetsTheNextRequestTry() {
        fail(3);
        advance(Duration.ofSeconds(10));
        assertTrue(breaker.tryAcquire());
        breaker.onAbandoned();
        assertTrue(breaker.tryAcquire());
    }

    @Test
    void refusesAThresholdBelowOne() {
        assertThrows(IllegalArgumentException.class, () -> new CircuitBreaker(0, Duration.ofSeconds(1), () -> 0));
    }

    private void fail(int times) {
        for (int i = 0; i < times; i++) {
            assertTrue(breaker.tryAcquire());
            breaker.onFailure();
        }
    }

    private void succeed() {
        assertTrue(breaker.tryAcquire());
        breaker.onSuccess();
    }

    private void advance(Duration duration) {
        now += duration.toNanos();
    }
}
