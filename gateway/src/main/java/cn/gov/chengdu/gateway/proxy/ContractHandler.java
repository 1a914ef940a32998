package cn.gov.chengdu.gateway.proxy;

import java.util.Optional;

import jakarta.inject.Singleton;

import cn.gov.chengdu.gateway.metrics.GatewayMetrics;
import cn.gov.chengdu.gateway.routing.RouteTable;
import cn.gov.chengdu.gateway.routing.Upstream;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code GET /openapi/{service}}: that upstream's {@code /q/openapi}, proxied with the query and {@code Accept}
 * header (YAML by default, JSON with {@code ?format=json} or {@code Accept: application/json}).
 */
@Singleton
public class ContractHandler implements Handler<RoutingContext> {

    static final String PATH = "/openapi/:service";
    private static final String UPSTREAM_CONTRACT = "/q/openapi";

    private final RouteTable routes;
    private final UpstreamChannels channels;
    private final Forwarder forwarder;
    private final GatewayMetrics metrics;

    public ContractHandler(RouteTable routes, UpstreamChannels channels, Forwarder forwarder, GatewayMetrics metrics) {
        this.routes = routes;
        this.channels = channels;
        this.forwarder = forwarder;
        this.metrics = metrics;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Optional<Upstream> upstream = routes.byName(ctx.pathParam("service"));
        if (upstream.isEmpty()) {
            ctx.next();
            return;
        }
        metrics.time(ctx, upstream.get());
        String query = ctx.request().query();
        forwarder.forward(ctx, channels.of(upstream.get()),
                query == null ? UPSTREAM_CONTRACT : UPSTREAM_CONTRACT + "?" + query);
    }
}
