package cn.gov.chengdu.gateway.proxy;

import java.time.Duration;

import jakarta.inject.Singleton;

import cn.gov.chengdu.common.web.ProblemWriter;
import cn.gov.chengdu.common.web.RequestIds;
import cn.gov.chengdu.gateway.clientorigin.ClientOrigin;
import cn.gov.chengdu.gateway.config.GatewayConfig;
import cn.gov.chengdu.gateway.metrics.GatewayMetrics;
import cn.gov.chengdu.gateway.upstream.UpstreamChannel;
import io.vertx.core.Vertx;
import io.vertx.ext.web.RoutingContext;

/**
 * Forwards requests to upstreams (one {@link Exchange} each) and holds what every exchange shares: the timeouts,
 * the buffering threshold and the ways to answer and measure.
 */
@Singleton
public class Forwarder {

    private final Vertx vertx;
    private final EarlyAnswers answers;
    private final ProblemWriter problems;
    private final GatewayMetrics metrics;
    private final int requestBuffer;
    private final Duration clientTimeout;
    private final long clientTimeoutNanos;

    public Forwarder(Vertx vertx, EarlyAnswers answers, ProblemWriter problems, GatewayMetrics metrics,
            GatewayConfig config) {
        this.vertx = vertx;
        this.answers = answers;
        this.problems = problems;
        this.metrics = metrics;
        this.requestBuffer = (int) Math.min(Integer.MAX_VALUE / 2, config.requestBuffer().asLongValue());
        this.clientTimeout = config.clientTimeout();
        this.clientTimeoutNanos = config.clientTimeout().toNanos();
    }

    /**
     * Sends the (paused) request in {@code ctx} to {@code channel}'s upstream as {@code uri}; the channel's breaker
     * has let it through. Returns the exchange so that the caller can tell it when the client's connection closes.
     */
    public Exchange forward(RoutingContext ctx, UpstreamChannel channel, String uri, ClientOrigin origin,
            String traceparent, long bodyLimit, long declaredLength, Runnable cutOff) {
        Exchange exchange = new Exchange(this, ctx, channel, uri, origin, traceparent, bodyLimit, declaredLength,
                cutOff);
        exchange.start();
        return exchange;
    }

    Vertx vertx() {
        return vertx;
    }

    EarlyAnswers answers() {
        return answers;
    }

    ProblemWriter problems() {
        return problems;
    }

    GatewayMetrics metrics() {
        return metrics;
    }

    int requestBuffer() {
        return requestBuffer;
    }

    Duration clientTimeout() {
        return clientTimeout;
    }

    long clientTimeoutNanos() {
        return clientTimeoutNanos;
    }

    String requestId(RoutingContext ctx) {
        Object id = ctx.get(RequestIds.MDC_KEY);
        return id == null ? null : id.toString();
    }
}
