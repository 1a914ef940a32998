package cn.gov.chengdu.gateway.ratelimit;

import java.time.Duration;
import java.util.concurrent.ConcurrentMap;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;

/**
 * Token buckets per consumer (Bucket4j's lock-free local buckets) in a bounded map (Caffeine): a bucket nobody used
 * for longer than it takes to fill up is full anyway and is forgotten; past {@code maxConsumers} the least recently
 * used go first, so memory stays bounded whatever the number of client addresses. The buckets live in this replica:
 * with N gateway replicas behind a load balancer a consumer gets up to N times the configured rate.
 */
public final class RateLimiter {

    private final Cache<String, Bucket> buckets;
    private final ConcurrentMap<String, Bucket> map;

    public RateLimiter(int maxConsumers, Duration forgetIdleAfter) {
        this.buckets = Caffeine.newBuilder().maximumSize(maxConsumers).expireAfterAccess(forgetIdleAfter).build();
        this.map = buckets.asMap();
    }

    /** Takes one token from {@code consumer}'s bucket under {@code policy}. */
    public Decision take(String consumer, RatePolicy policy) {
        Bucket bucket = map.get(consumer);
        if (bucket == null) {
            bucket = map.computeIfAbsent(consumer, key -> newBucket(policy));
        }
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Decision(policy, probe.isConsumed(), probe.getRemainingTokens(),
                probe.isConsumed() ? 0 : probe.getNanosToWaitForRefill(), probe.getNanosToWaitForReset());
    }

    /** How many consumers are tracked now (for tests and metrics). */
    public long size() {
        buckets.cleanUp();
        return buckets.estimatedSize();
    }

    private static Bucket newBucket(RatePolicy policy) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(policy.burst())
                        .refillGreedy(policy.ratePerSecond(), Duration.ofSeconds(1)).build())
                .build();
    }

    /**
     * The outcome of one request: allowed or not, tokens left, and when a token (retry) and the whole bucket
     * (reset) come back.
     */
    public record Decision(RatePolicy policy, boolean allowed, long remaining, long nanosUntilRetry,
            long nanosUntilFull) {

        /** {@code Retry-After} for a refused request: whole seconds, at least 1. */
        public long retryAfterSeconds() {
            return Math.max(1, (nanosUntilRetry + 999_999_999L) / 1_000_000_000L);
        }

        /** The {@code RateLimit} header value: remaining quota {@code r} and seconds until it is whole {@code t}. */
        public String rateLimitHeader() {
            long reset = (nanosUntilFull + 999_999_999L) / 1_000_000_000L;
            return "\"" + policy.name() + "\";r=" + remaining + ";t=" + reset;
        }
    }
}
