package cn.gov.chengdu.gateway.proxy;

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

/** One {@link UpstreamChannel} per configured upstream, made at start and closed at shutdown. */
@Singleton
public class UpstreamChannels {

    private final Map<String, UpstreamChannel> byName = new LinkedHashMap<>();

    public UpstreamChannels(Vertx vertx, GatewayConfig config, RouteTable routes) {
        for (Upstream upstream : routes.upstreams()) {
            HttpClientOptions options = new HttpClientOptions()
                    .setName("gateway-" + upstream.name())
                    .setDefaultHost(upstream.host())
                    .setDefaultPort(upstream.port())
                    .setSsl(upstream.ssl())
                    .setConnectTimeout((int) config.connectTimeout().toMillis());
            PoolOptions pool = new PoolOptions().setHttp1MaxSize(config.maxConnections());
            CircuitBreaker breaker = new CircuitBreaker(config.circuitBreaker().failureThreshold(),
                    config.circuitBreaker().openFor(), System::nanoTime);
            byName.put(upstream.name(), new UpstreamChannel(upstream, vertx.createHttpClient(options, pool), breaker,
                    config.connectTimeout()));
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
