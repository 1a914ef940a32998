package cn.gov.chengdu.gateway.proxy;

import java.time.Duration;

import cn.gov.chengdu.gateway.routing.Upstream;
import io.vertx.core.Future;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/** The way to one upstream: its own connection pool (so one slow service cannot starve the others) and breaker. */
public final class UpstreamChannel {

    private final Upstream upstream;
    private final HttpClient client;
    private final CircuitBreaker breaker;
    private final long connectTimeoutMillis;

    UpstreamChannel(Upstream upstream, HttpClient client, CircuitBreaker breaker, Duration connectTimeout) {
        this.upstream = upstream;
        this.client = client;
        this.breaker = breaker;
        this.connectTimeoutMillis = connectTimeout.toMillis();
    }

    public Upstream upstream() {
        return upstream;
    }

    public CircuitBreaker breaker() {
        return breaker;
    }

    /**
     * A request on a pooled connection; it fails when no connection can be had within the connect timeout, and
     * once open it fails when the upstream sends nothing for {@code idleTimeout}.
     */
    public Future<HttpClientRequest> open(HttpMethod method, String uri, Duration idleTimeout) {
        return client.request(new RequestOptions()
                .setHost(upstream.host())
                .setPort(upstream.port())
                .setSsl(upstream.ssl())
                .setMethod(method)
                .setURI(uri)
                .setConnectTimeout(connectTimeoutMillis)
                .setIdleTimeout(idleTimeout.toMillis()));
    }

    Future<Void> close() {
        return client.close();
    }
}
