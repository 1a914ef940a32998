package cn.gov.chengdu.gateway.proxy;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.common.web.RequestIds;
import cn.gov.chengdu.gateway.metrics.GatewayMetrics;
import cn.gov.chengdu.common.web.ProblemWriter;
import cn.gov.chengdu.gateway.routing.Upstream;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import io.vertx.httpproxy.Body;
import io.vertx.httpproxy.ProxyRequest;
import io.vertx.httpproxy.ProxyResponse;

/**
 * Forwards one request to an upstream and streams the answer back, with vertx-http-proxy's {@link ProxyRequest}
 * and {@link ProxyResponse} (header copying, streaming both ways with back-pressure). The gateway drives the
 * exchange itself rather than through {@code HttpProxy}, whose failures are bare 502s: here a circuit breaker is
 * consulted first, a GET or HEAD that cannot connect is tried once more, and failures become problem+json
 * (503 no connection or broken exchange, 504 no answer in time, 413 body too large).
 */
@Singleton
public class Forwarder {

    private static final Logger LOG = Logger.getLogger(Forwarder.class);
    private static final Set<HttpMethod> RETRIED_ON_CONNECT_FAILURE = Set.of(HttpMethod.GET, HttpMethod.HEAD);

    private final ProblemWriter problems;
    private final GatewayMetrics metrics;
    private final PayloadLimit payloadLimit;

    public Forwarder(ProblemWriter problems, GatewayMetrics metrics, PayloadLimit payloadLimit) {
        this.problems = problems;
        this.metrics = metrics;
        this.payloadLimit = payloadLimit;
    }

    /** Sends the request in {@code ctx} to {@code channel}'s upstream as {@code uri} (path and query). */
    public void forward(RoutingContext ctx, UpstreamChannel channel, String uri) {
        Upstream upstream = channel.upstream();
        CircuitBreaker breaker = channel.breaker();
        if (!breaker.tryAcquire()) {
            problems.write(ctx, 503, ProblemCodes.UPSTREAM_UNAVAILABLE, "The " + upstream.name()
                    + " service is failing; the gateway is not calling it for a while, try again later",
                    Map.of("Retry-After", Long.toString(breaker.secondsUntilTrial())));
            return;
        }
        HttpServerRequest request = ctx.request();
        ProxyRequest proxyRequest = ProxyRequest.reverseProxy(request);
        proxyRequest.setURI(uri);
        ForwardedHeaders.apply(proxyRequest.headers(), request, ctx.get(RequestIds.MDC_KEY));
        LimitedReadStream limitedBody = null;
        if (proxyRequest.getBody().length() < 0) {
            limitedBody = new LimitedReadStream(proxyRequest.getBody().stream(), payloadLimit.maxBodySize());
            proxyRequest.setBody(Body.body(limitedBody));
        }
        Exchange exchange = new Exchange(ctx, channel, proxyRequest, limitedBody);
        connect(channel, request.method(), uri).onComplete(connected -> {
            if (connected.failed()) {
                unreachable(exchange, connected.cause());
            } else {
                HttpClientRequest upstreamRequest = connected.result();
                // Failures arrive through the response future below; without a handler Vert.x logs them as errors.
                upstreamRequest.exceptionHandler(failure -> LOG.debugf("Request to %s failed: %s", upstream.name(),
                        failure.toString()));
                proxyRequest.send(upstreamRequest).onComplete(answered -> {
                    if (answered.succeeded()) {
                        relay(exchange, answered.result());
                    } else {
                        broken(exchange, answered.cause());
                    }
                });
            }
        });
    }

    private Future<HttpClientRequest> connect(UpstreamChannel channel, HttpMethod method, String uri) {
        Upstream upstream = channel.upstream();
        Future<HttpClientRequest> first = channel.open(method, uri, upstream.timeout());
        if (!RETRIED_ON_CONNECT_FAILURE.contains(method)) {
            return first;
        }
        return first.recover(failure -> {
            metrics.retried(upstream);
            return channel.open(method, uri, upstream.timeout());
        });
    }

    private void relay(Exchange exchange, ProxyResponse response) {
        exchange.channel().breaker().onSuccess();
        HttpServerRequest request = exchange.ctx().request();
        ResponseHeaders.adjust(response.headers(), exchange.channel().upstream(),
                () -> ForwardedHeaders.publicOrigin(request));
        response.send().onFailure(failure -> LOG.debugf("Response from %s not fully relayed: %s",
                exchange.channel().upstream().name(), failure.toString()));
    }

    private void unreachable(Exchange exchange, Throwable cause) {
        String name = exchange.channel().upstream().name();
        exchange.channel().breaker().onFailure();
        exchange.proxyRequest().release();
        LOG.warnf("Upstream %s unreachable: %s", name, cause.toString());
        problems.write(exchange.ctx(), 503, ProblemCodes.UPSTREAM_UNAVAILABLE,
                "The " + name + " service cannot be reached; try again later");
    }

    private void broken(Exchange exchange, Throwable cause) {
        RoutingContext ctx = exchange.ctx();
        Upstream upstream = exchange.channel().upstream();
        CircuitBreaker breaker = exchange.channel().breaker();
        if (exchange.limitedBody() != null && exchange.limitedBody().exceeded()) {
            breaker.onAbandoned();
            payloadLimit.refuse(ctx);
            return;
        }
        if (ctx.response().closed()) {
            breaker.onAbandoned();
            LOG.debugf("Client left before %s answered", upstream.name());
            return;
        }
        breaker.onFailure();
        exchange.proxyRequest().release();
        if (cause instanceof TimeoutException) {
            LOG.warnf("Upstream %s sent nothing for %s", upstream.name(), upstream.timeout());
            problems.write(ctx, 504, ProblemCodes.UPSTREAM_TIMEOUT, "The " + upstream.name()
                    + " service did not answer in time; it may still complete the request");
        } else {
            LOG.warnf("Upstream %s broke off the exchange: %s", upstream.name(), cause.toString());
            problems.write(ctx, 503, ProblemCodes.UPSTREAM_UNAVAILABLE, "The " + upstream.name()
                    + " service broke off the exchange; it may or may not have completed the request");
        }
    }

    private record Exchange(RoutingContext ctx, UpstreamChannel channel, ProxyRequest proxyRequest,
            LimitedReadStream limitedBody) {
    }
}
