package cn.gov.chengdu.gateway.metrics;

import java.util.Set;

import jakarta.inject.Singleton;

import cn.gov.chengdu.gateway.routing.Upstream;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.vertx.ext.web.RoutingContext;

/**
 * Per-route metrics: {@code gateway_requests_seconds} (timer, tags {@code upstream}, {@code method}, {@code status}
 * as a class such as {@code 2xx}) for every request routed to an upstream, including those the gateway answers
 * itself (401, 413, 503, 504); {@code gateway_retries_total} per upstream.
 */
@Singleton
public class GatewayMetrics {

    private static final Set<String> KNOWN_METHODS = Set.of("GET", "HEAD", "POST", "PUT", "PATCH", "DELETE",
            "OPTIONS");

    private final MeterRegistry registry;

    public GatewayMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    /** Times the request in {@code ctx} until its response ends. */
    public void time(RoutingContext ctx, Upstream upstream) {
        Timer.Sample sample = Timer.start(registry);
        String method = ctx.request().method().name();
        String methodTag = KNOWN_METHODS.contains(method) ? method : "OTHER";
        ctx.addEndHandler(ended -> sample.stop(Timer.builder("gateway.requests")
                .description("Requests routed to an upstream, until the response ended")
                .tag("upstream", upstream.name())
                .tag("method", methodTag)
                .tag("status", statusClass(ctx.response().getStatusCode()))
                .register(registry)));
    }

    public void retried(Upstream upstream) {
        registry.counter("gateway.retries", "upstream", upstream.name()).increment();
    }

    static String statusClass(int status) {
        return status >= 100 && status < 600 ? status / 100 + "xx" : "other";
    }
}
