package cn.gov.chengdu.gateway.health;

import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import cn.gov.chengdu.gateway.config.GatewayConfig;
import cn.gov.chengdu.gateway.proxy.UpstreamChannel;
import cn.gov.chengdu.gateway.proxy.UpstreamChannels;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Future;
import io.vertx.core.http.HttpMethod;

/**
 * Readiness reports each upstream's own readiness ({@code /q/health/ready}, with a short timeout) and its circuit,
 * but the gateway stays UP when upstreams are down: the gateway is still the right place to send traffic, the
 * other services' routes keep working, and the down one answers a clear 503. Taking the gateway out of the
 * load balancer because one service is down would turn a partial outage into a total one.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements AsyncHealthCheck {

    static final String NAME = "upstreams";
    private static final String HEALTH_PATH = "/q/health/ready";

    private final UpstreamChannels channels;
    private final Duration timeout;

    public UpstreamReadiness(UpstreamChannels channels, GatewayConfig config) {
        this.channels = channels;
        this.timeout = config.healthTimeout();
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        List<UpstreamChannel> all = channels.all();
        List<Future<String>> probes = all.stream().map(this::probe).toList();
        return Uni.createFrom().completionStage(() -> Future.join(probes).toCompletionStage())
                .map(joined -> {
                    HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
                    for (int i = 0; i < all.size(); i++) {
                        UpstreamChannel channel = all.get(i);
                        String name = channel.upstream().name();
                        response.withData(name, probes.get(i).result())
                                .withData(name + ".circuit", channel.breaker().state().name());
                    }
                    return response.build();
                });
    }

    /** "UP" when the upstream answers 200 in time, "DOWN" otherwise; never fails. */
    private Future<String> probe(UpstreamChannel channel) {
        return channel.open(HttpMethod.GET, HEALTH_PATH, timeout)
                .compose(request -> request.send())
                .compose(response -> response.body().map(body -> response.statusCode() == 200 ? "UP" : "DOWN"))
                .otherwise("DOWN");
    }
}
