package cn.gov.chengdu.gateway.upstream;

import cn.gov.chengdu.gateway.routing.Upstream;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * The way to one upstream: its own pool of keep-alive connections (so one slow service cannot starve the others),
 * its circuit breaker and its timeout.
 */
public final class UpstreamChannel {

    private final Upstream upstream;
    private final HttpClient client;
    private final CircuitBreaker breaker;
    private final long acquireTimeoutMillis;
    private final long timeoutNanos;

    UpstreamChannel(Upstream upstream, HttpClient client, CircuitBreaker breaker, long acquireTimeoutMillis) {
        this.upstream = upstream;
        this.client = client;
        this.breaker = breaker;
        this.acquireTimeoutMillis = acquireTimeoutMillis;
        this.timeoutNanos = upstream.timeout().toNanos();
    }

    public Upstream upstream() {
        return upstream;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    /** How long the gateway waits for this upstream (answer, next piece of it, taking more of a body). */
    public long timeoutNanos() {
        return timeoutNanos;
    }

    /**
     * A request on a pooled connection. It fails with a {@link java.util.concurrent.TimeoutException} when no pooled
     * connection became free in time (the pool was busy: not the upstream's fault), with another exception when no
     * connection could be made (the upstream's fault). The gateway times the exchange itself; the client has no
     * idle timeout of its own.
     */
    public Future<HttpClientRequest> open(HttpMethod method, String uri) {
        return client.request(new RequestOptions()
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setMethod(method)
                .setURI(uri)
                .setConnectTimeout(acquireTimeoutMillis));
    }

    Future<Void> close() {
        return client.close();
    }
}
