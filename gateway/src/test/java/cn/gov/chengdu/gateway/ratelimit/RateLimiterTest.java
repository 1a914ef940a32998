package cn.gov.chengdu.gateway.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    private final RatePolicy policy = new RatePolicy("anonymous", 1, 3);

    @Test
    void aBucketAllowsItsBurstThenRefusesWithWhenToComeBack() {
        RateLimiter limiter = new RateLimiter(100, Duration.ofMinutes(1));
        for (int i = 0; i < 3; i++) {
            RateLimiter.Decision decision = limiter.take("ip:203.0.113.1", policy);
            assertTrue(decision.allowed());
            assertEquals(2 - i, decision.remaining());
        }
        RateLimiter.Decision refused = limiter.take("ip:203.0.113.1", policy);
        assertFalse(refused.allowed());
        assertEquals(1, refused.retryAfterSeconds());
        assertTrue(refused.rateLimitHeader().matches("\"anonymous\";r=0;t=[1-3]"), refused.rateLimitHeader());
        assertTrue(limiter.take("ip:203.0.113.2", policy).allowed(), "another consumer, another bucket");
        assertEquals("\"anonymous\";q=3;w=3", policy.policyHeader());
    }

    @Test
    void memoryStaysBoundedWhateverTheNumberOfConsumers() {
        RateLimiter limiter = new RateLimiter(100, Duration.ofMinutes(1));
        for (int i = 0; i < 5_000; i++) {
            limiter.take("ip:10.0." + (i / 256) + "." + (i % 256), policy);
        }
        assertTrue(limiter.size() <= 100, "tracked: " + limiter.size());
    }

    @Test
    void policiesAreChecked() {
        assertThrows(IllegalArgumentException.class, () -> new RatePolicy("x", 0, 1));
        assertThrows(IllegalArgumentException.class, () -> new RatePolicy("with space", 1, 1));
    }
}
