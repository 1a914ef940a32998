package cn.gov.chengdu.gateway.status;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Singleton;

import cn.gov.chengdu.gateway.config.GatewayConfig;
import cn.gov.chengdu.gateway.upstream.CircuitBreaker;
import cn.gov.chengdu.gateway.upstream.UpstreamChannel;
import cn.gov.chengdu.gateway.upstream.UpstreamChannels;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.RequestOptions;

/**
 * Each upstream's readiness ({@code GET /q/health/ready} within {@code gateway.health-timeout}) with the time it
 * took. One probe round serves every caller for {@code gateway.status-cache-for}, so the public
 * {@code /api/v1/status} cannot be used to flood the services. Probes use a small client of their own: a busy
 * proxy pool does not make a service look down, and a probe never counts against a circuit.
 */
@Singleton
public class UpstreamProbes {

    private static final String HEALTH_PATH = "/q/health/ready";

    private final UpstreamChannels channels;
    private final HttpClient client;
    private final long timeoutMillis;
    private final long cacheForNanos;
    private Future<Report> current;
    private long currentAt;

    public UpstreamProbes(Vertx vertx, UpstreamChannels channels, GatewayConfig config) {
        this.channels = channels;
        this.timeoutMillis = config.healthTimeout().toMillis();
        this.cacheForNanos = config.statusCacheFor().toNanos();
        this.client = vertx.createHttpClient(new HttpClientOptions().setName("gateway-probes").setKeepAlive(true)
                .setConnectTimeout((int) timeoutMillis));
    }

    /** The latest round, or a new one when it is older than {@code status-cache-for}; never fails. */
    public synchronized Future<Report> report() {
        long now = System.nanoTime();
        if (current == null || now - currentAt > cacheForNanos) {
            current = probeAll();
            currentAt = now;
        }
        return current;
    }

    private Future<Report> probeAll() {
        List<UpstreamChannel> all = channels.all();
        List<Future<UpstreamState>> probes = new ArrayList<>();
        for (UpstreamChannel channel : all) {
            probes.add(probe(channel));
        }
        return Future.join(probes).transform(done -> {
            List<UpstreamState> states = new ArrayList<>();
            probes.forEach(probe -> states.add(probe.result()));
            return Future.succeededFuture(new Report(OffsetDateTime.now(), List.copyOf(states)));
        });
    }

    private Future<UpstreamState> probe(UpstreamChannel channel) {
        long started = System.nanoTime();
        Promise<UpstreamState> result = Promise.promise();
        client.request(new RequestOptions().setMethod(HttpMethod.GET).setHost(channel.upstream().host())
                .setPort(channel.upstream().port()).setSsl(channel.upstream().ssl()).setURI(HEALTH_PATH)
                .setTimeout(timeoutMillis))
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode() == 200))
                .onComplete(answered -> result.complete(new UpstreamState(channel.upstream().name(),
                        answered.succeeded() && answered.result(), (System.nanoTime() - started) / 1_000_000,
                        channel.breaker())));
        return result.future();
    }

    /** One probe round. */
    public record Report(OffsetDateTime checkedAt, List<UpstreamState> upstreams) {

        public boolean allUp() {
            return upstreams.stream().allMatch(UpstreamState::up);
        }
    }

    /** One upstream: up or not, how long its answer (or the failure) took, and its circuit (as it is now). */
    public record UpstreamState(String name, boolean up, long latencyMs, CircuitBreaker breaker) {

        public String circuit() {
            return breaker.state().name();
        }
    }
}
