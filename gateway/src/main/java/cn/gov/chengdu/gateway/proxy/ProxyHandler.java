package cn.gov.chengdu.gateway.proxy;

import java.util.Map;
import java.util.Optional;

import jakarta.inject.Singleton;

import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.gateway.metrics.GatewayMetrics;
import cn.gov.chengdu.common.web.ProblemWriter;
import cn.gov.chengdu.gateway.routing.RouteTable;
import cn.gov.chengdu.gateway.routing.Upstream;
import cn.gov.chengdu.gateway.security.BearerTokenCheck;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's main route: a path under one of the configured prefixes goes to its upstream, after the token
 * check; any other path goes on to the rest of the router (docs, health, metrics, and the problem+json 404).
 */
@Singleton
public class ProxyHandler implements Handler<RoutingContext> {

    private final RouteTable routes;
    private final UpstreamChannels channels;
    private final BearerTokenCheck tokens;
    private final Forwarder forwarder;
    private final GatewayMetrics metrics;
    private final ProblemWriter problems;

    public ProxyHandler(RouteTable routes, UpstreamChannels channels, BearerTokenCheck tokens, Forwarder forwarder,
            GatewayMetrics metrics, ProblemWriter problems) {
        this.routes = routes;
        this.channels = channels;
        this.tokens = tokens;
        this.forwarder = forwarder;
        this.metrics = metrics;
        this.problems = problems;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        Optional<Upstream> match = routes.match(path);
        if (match.isEmpty()) {
            ctx.next();
            return;
        }
        Upstream upstream = match.get();
        metrics.time(ctx, upstream);
        if (tokens.refuses(ctx.request())) {
            problems.write(ctx, 401, ProblemCodes.UNAUTHENTICATED, "The bearer token is expired or not valid",
                    Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
            return;
        }
        String query = ctx.request().query();
        forwarder.forward(ctx, channels.of(upstream), query == null ? path : path + "?" + query);
    }
}
