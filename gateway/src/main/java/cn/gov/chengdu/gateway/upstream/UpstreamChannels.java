package cn.gov.chengdu.gateway.upstream;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;

import cn.gov.chengdu.gateway.config.GatewayConfig;
import cn.gov.chengdu.gateway.routing.RouteTable;
import cn.gov.chengdu.gateway.routing.Upstream;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.PoolOptions;

/** One {@link UpstreamChannel} per upstream, made at start from the route table. */
@Singleton
public class UpstreamChannels {

    private final Map<String, UpstreamChannel> byName = new LinkedHashMap<>();

    public UpstreamChannels(Vertx vertx, GatewayConfig config, RouteTable routes) {
        long connectMillis = config.connectTimeout().toMillis();
        // A pool wait shorter than a connection attempt would make a slow connect look like a busy pool.
        long acquireMillis = Math.max(config.poolWaitTimeout().toMillis(), connectMillis + 500);
        for (Upstream upstream : routes.upstreams()) {
            HttpClientOptions options = new HttpClientOptions()
                    .setName("gateway-" + upstream.name())
                    .setDefaultHost(upstream.host())
                    .setDefaultPort(upstream.port())
                    .setSsl(upstream.ssl())
                    .setKeepAlive(true)
                    .setTcpNoDelay(true)
                    .setDecompressionSupported(false)
                    .setConnectTimeout((int) connectMillis);
            GatewayConfig.Route route = config.route().get(upstream.name());
            int maxConnections = route == null ? config.maxConnections()
                    : route.maxConnections().orElse(config.maxConnections());
            PoolOptions pool = new PoolOptions()
                    .setHttp1MaxSize(maxConnections)
                    .setMaxWaitQueueSize(config.maxWaiting());
            CircuitBreaker breaker = new CircuitBreaker(config.circuitBreaker().failureThreshold(),
                    config.circuitBreaker().openFor(), System::nanoTime);
            byName.put(upstream.name(), new UpstreamChannel(upstream, vertx.createHttpClient(options, pool), breaker,
                    acquireMillis));
        }
    }

    public UpstreamChannel of(Upstream upstream) {
        return byName.get(upstream.name());
    }

    public List<UpstreamChannel> all() {
        return List.copyOf(byName.values());
    }

    @PreDestroy
    void close() {
        byName.values().forEach(UpstreamChannel::close);
    }
}
