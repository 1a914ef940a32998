package cn.gov.chengdu.gateway.health;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Readiness;

import cn.gov.chengdu.gateway.status.UpstreamProbes;
import io.smallrye.health.api.AsyncHealthCheck;
import io.smallrye.mutiny.Uni;

/**
 * Readiness reports each upstream's own readiness and its circuit, but the gateway stays UP when upstreams are down:
 * the gateway is still the right place to send traffic, the other services' routes keep working, and the down one
 * answers a clear 503. Taking the gateway out of the load balancer because one service is down would turn a
 * partial outage into a total one.
 */
@Readiness
@ApplicationScoped
public class UpstreamReadiness implements AsyncHealthCheck {

    static final String NAME = "upstreams";

    private final UpstreamProbes probes;

    public UpstreamReadiness(UpstreamProbes probes) {
        this.probes = probes;
    }

    @Override
    public Uni<HealthCheckResponse> call() {
        return Uni.createFrom().completionStage(() -> probes.report().toCompletionStage()).map(report -> {
            HealthCheckResponseBuilder response = HealthCheckResponse.named(NAME).up();
            for (UpstreamProbes.UpstreamState state : report.upstreams()) {
                response.withData(state.name(), state.up() ? "UP" : "DOWN")
                        .withData(state.name() + ".latencyMs", state.latencyMs())
                        .withData(state.name() + ".circuit", state.circuit());
            }
            return response.build();
        });
    }
}
