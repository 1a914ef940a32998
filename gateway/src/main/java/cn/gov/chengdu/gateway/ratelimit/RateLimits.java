package cn.gov.chengdu.gateway.ratelimit;

import java.time.Duration;

import jakarta.inject.Singleton;

import cn.gov.chengdu.gateway.config.GatewayConfig;

/**
 * The gateway's rate limits: one token bucket per consumer, the consumer being the API key when one is sent, else
 * the bearer token's subject, else the client's IP address (README "Rate limits").
 */
@Singleton
public class RateLimits {

    private final boolean enabled;
    private final RatePolicy anonymous;
    private final RatePolicy subject;
    private final RateLimiter limiter;

    public RateLimits(GatewayConfig config) {
        GatewayConfig.RateLimit settings = config.rateLimit();
        this.enabled = settings.enabled();
        this.anonymous = new RatePolicy("anonymous", settings.anonymousRate(), settings.anonymousBurst());
        this.subject = new RatePolicy("subject", settings.subjectRate(), settings.subjectBurst());
        // An idle bucket is full again after burst/rate seconds; forgetting it then loses nothing.
        long slowestRefill = Math.max(anonymous.windowSeconds(), subject.windowSeconds());
        this.limiter = new RateLimiter(settings.maxConsumers(), Duration.ofSeconds(Math.max(60, slowestRefill)));
    }

    public boolean enabled() {
        return enabled;
    }

    /** An integrator's request, under the policy its API key carries (a changed policy starts a new bucket). */
    public RateLimiter.Decision forApiKey(String keyName, RatePolicy policy) {
        return limiter.take("key:" + keyName + ":" + policy.ratePerSecond() + ":" + policy.burst(), policy);
    }

    public RateLimiter.Decision forSubject(String sub) {
        return limiter.take("sub:" + sub, subject);
    }

    public RateLimiter.Decision forClient(String clientIp) {
        return limiter.take("ip:" + clientIp, anonymous);
    }
}
