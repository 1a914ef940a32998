package cn.gov.chengdu.gateway.status;

import java.time.ZoneId;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.RoutingContext;

/** {@code GET /api/v1/status} (public): each upstream up or down, with its answer time and circuit state. */
@Singleton
public class StatusRoute {

    public static final String PATH = "/api/v1/status";

    private final UpstreamProbes probes;
    private final ZoneId zone;

    public StatusRoute(UpstreamProbes probes, @ConfigProperty(name = "suite.zone", defaultValue = "Asia/Shanghai") ZoneId zone) {
        this.probes = probes;
        this.zone = zone;
    }

    public void handle(RoutingContext ctx) {
        probes.report().onComplete(done -> {
            UpstreamProbes.Report report = done.result();
            JsonArray upstreams = new JsonArray();
            for (UpstreamProbes.UpstreamState state : report.upstreams()) {
                upstreams.add(new JsonObject().put("name", state.name()).put("status", state.up() ? "UP" : "DOWN")
                        .put("latencyMs", state.latencyMs()).put("circuit", state.circuit()));
            }
            JsonObject body = new JsonObject().put("status", report.allUp() ? "UP" : "DEGRADED")
                    .put("checkedAt", report.checkedAt().atZoneSameInstant(zone).toOffsetDateTime().toString())
                    .put("upstreams", upstreams);
            ctx.response().putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                    .putHeader(HttpHeaders.CACHE_CONTROL, "no-store")
                    .end(body.toBuffer());
        });
    }
}
