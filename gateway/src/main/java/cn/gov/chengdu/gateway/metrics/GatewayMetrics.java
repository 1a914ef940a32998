package cn.gov.chengdu.gateway.metrics;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import cn.gov.chengdu.gateway.routing.RouteTable.PrefixRoute;
import cn.gov.chengdu.gateway.routing.Upstream;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.core.http.HttpMethod;

/**
 * Per-route metrics: {@code gateway_requests_seconds} (timer; tags {@code upstream}, {@code route} (the matched
 * prefix), {@code method}, {@code status} as a class such as {@code 2xx}) for every request routed to an upstream,
 * including those the gateway answers itself (401, 413, 429, 503, 504) and those whose client left ({@code 499},
 * so {@code 4xx}); {@code gateway_rate_limited_total{policy}}; {@code gateway_retries_total{upstream}}. Meters are
 * looked up once per tag combination, not per request.
 */
@Singleton
public class GatewayMetrics {

    private static final String[] STATUS_CLASSES = { "1xx", "2xx", "3xx", "4xx", "5xx" };

    private final MeterRegistry registry;
    private final ConcurrentMap<TimerKey, Timer[]> timers = new ConcurrentHashMap<>();

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Records one request from {@code startNanos} ({@link System#nanoTime()}) until now. */
    public void record(PrefixRoute route, HttpMethod method, int status, long startNanos) {
        String methodTag = methodTag(method);
        Timer[] byClass = timers.computeIfAbsent(new TimerKey(route.prefix(), methodTag), key -> new Timer[STATUS_CLASSES.length + 1]);
        int index = status >= 100 && status < 600 ? status / 100 - 1 : STATUS_CLASSES.length;
        Timer timer = byClass[index];
        if (timer == null) {
            timer = Timer.builder("gateway.requests")
                    .description("Requests routed to an upstream, until the response ended")
                    .tag("upstream", route.upstream().name())
                    .tag("route", route.prefix())
                    .tag("method", methodTag)
                    .tag("status", index < STATUS_CLASSES.length ? STATUS_CLASSES[index] : "other")
                    .register(registry);
            byClass[index] = timer;
        }
        timer.record(System.nanoTime() - startNanos, TimeUnit.NANOSECONDS);
    }

    public void retried(Upstream upstream) {
        registry.counter("gateway.retries", "upstream", upstream.name()).increment();
    }

    public void rateLimited(String policy) {
        Counter.builder("gateway.rate.limited").description("Requests refused with 429, by policy")
                .tag("policy", policy.startsWith("key-") ? "key" : policy).register(registry).increment();
    }

    static String methodTag(HttpMethod method) {
        String name = method.name();
        return switch (name) {
            case "GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS" -> name;
            default -> "OTHER";
        };
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? status / 100 + "xx" : "other";
    }

    private record TimerKey(String prefix, String method) {
    }
}
