package cn.gov.chengdu.gateway.pipeline;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Singleton;

import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.gateway.clientorigin.ClientOrigin;
import cn.gov.chengdu.gateway.clientorigin.TrustedProxies;
import cn.gov.chengdu.gateway.config.GatewayConfig;
import cn.gov.chengdu.gateway.contract.ContractProducers.PublicOperationsByUpstream;
import cn.gov.chengdu.gateway.metrics.GatewayMetrics;
import cn.gov.chengdu.gateway.proxy.EarlyAnswers;
import cn.gov.chengdu.gateway.proxy.Exchange;
import cn.gov.chengdu.gateway.proxy.Forwarder;
import cn.gov.chengdu.gateway.ratelimit.RateLimiter.Decision;
import cn.gov.chengdu.gateway.ratelimit.RateLimits;
import cn.gov.chengdu.gateway.routing.RouteTable;
import cn.gov.chengdu.gateway.routing.RouteTable.PrefixRoute;
import cn.gov.chengdu.gateway.routing.Upstream;
import cn.gov.chengdu.gateway.security.ApiKeys;
import cn.gov.chengdu.gateway.security.ApiKeys.ApiKey;
import cn.gov.chengdu.gateway.security.BearerTokens;
import cn.gov.chengdu.gateway.security.BearerTokens.VerifiedToken;
import cn.gov.chengdu.gateway.tracing.TraceContext;
import cn.gov.chengdu.gateway.upstream.CircuitBreaker;
import cn.gov.chengdu.gateway.upstream.UpstreamChannel;
import cn.gov.chengdu.gateway.upstream.UpstreamChannels;
import io.vertx.core.AsyncResult;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * The request pipeline, the gateway's main route and the one place that puts the parts in order: it sits above
 * {@code security} (keys, tokens), {@code contract} (public operations), {@code ratelimit}, {@code upstream}
 * (circuits) and {@code proxy} (forwarding), none of which knows of it. A path under a configured prefix goes
 * through, in this order: the body limit (413), the API key (401 when sent and unknown), the bearer token (401 when
 * sent and invalid, also on a public operation), the operation's security (401 without a token unless the contract
 * says {@code security: []}), the consumer's rate limit (429), the upstream's circuit (503), and is then forwarded
 * ({@link Exchange}). Nothing reaches an upstream before all of these passed. Any other path goes on to the rest of
 * the router (docs, status, health, metrics, and the problem+json 404).
 */
@Singleton
public class RequestPipeline implements Handler<RoutingContext> {

    static final String RATE_LIMIT_POLICY = "RateLimit-Policy";
    static final String RATE_LIMIT = "RateLimit";

    private final RouteTable routes;
    private final UpstreamChannels channels;
    private final Forwarder forwarder;
    private final EarlyAnswers answers;
    private final GatewayMetrics metrics;
    private final ApiKeys apiKeys;
    private final BearerTokens tokens;
    private final PublicOperationsByUpstream publicOperations;
    private final RateLimits rateLimits;
    private final TrustedProxies trustedProxies;
    private final long maxBodySize;
    private final long largeBodyMaxSize;
    private final Set<String> largeBodyRoutes = new TreeSet<>();

    public RequestPipeline(RouteTable routes, UpstreamChannels channels, Forwarder forwarder, EarlyAnswers answers,
            GatewayMetrics metrics, ApiKeys apiKeys, BearerTokens tokens, PublicOperationsByUpstream publicOperations,
            RateLimits rateLimits, TrustedProxies trustedProxies, GatewayConfig config) {
        this.routes = routes;
        this.channels = channels;
        this.forwarder = forwarder;
        this.answers = answers;
        this.metrics = metrics;
        this.apiKeys = apiKeys;
        this.tokens = tokens;
        this.publicOperations = publicOperations;
        this.rateLimits = rateLimits;
        this.trustedProxies = trustedProxies;
        this.maxBodySize = config.maxBodySize().asLongValue();
        this.largeBodyMaxSize = config.largeBodyMaxSize().asLongValue();
        for (String route : config.largeBodyRoutes()) {
            String[] parts = route.trim().split("\\s+");
            if (parts.length != 2 || !parts[1].startsWith("/")) {
                throw new IllegalArgumentException("gateway.large-body-routes: '" + route + "' is not 'METHOD /path'");
            }
            largeBodyRoutes.add(parts[0].toUpperCase(java.util.Locale.ROOT) + " " + parts[1]);
        }
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        PrefixRoute route = routes.route(path);
        if (route == null) {
            ctx.next();
            return;
        }
        HttpServerRequest request = ctx.request();
        EarlyAnswers.pause(request);
        Outcome outcome = new Outcome(ctx, route, System.nanoTime());
        ctx.addEndHandler(outcome);
        String traceparent = TraceContext.keepOrMake(request.getHeader(TraceContext.TRACEPARENT));
        ctx.response().putHeader(TraceContext.TRACEPARENT, traceparent);

        long limit = largeBodyRoutes.isEmpty() || !largeBodyRoutes.contains(request.method().name() + " " + path)
                ? maxBodySize : largeBodyMaxSize;
        long declared = EarlyAnswers.declaredLength(request);
        if (declared > limit) {
            answers.problem(ctx, 413, ProblemCodes.PAYLOAD_TOO_LARGE,
                    "The request body is larger than the gateway accepts for this route (" + limit + " bytes)");
            return;
        }
        ApiKey key = null;
        String presentedKey = request.getHeader(ApiKeys.HEADER);
        if (presentedKey != null) {
            key = apiKeys.find(presentedKey);
            if (key == null) {
                answers.problem(ctx, 401, ProblemCodes.UNAUTHENTICATED, "The API key is not valid",
                        Map.of("WWW-Authenticate", "ApiKey header=\"X-API-Key\""));
                return;
            }
        }
        String token = bearerToken(request.getHeader(HttpHeaders.AUTHORIZATION));
        if (token == null) {
            authorised(ctx, route, outcome, path, traceparent, limit, declared, key, null);
            return;
        }
        ApiKey knownKey = key;
        tokens.verify(token).onComplete(verified -> {
            if (verified.failed()) {
                answers.problem(ctx, 401, ProblemCodes.UNAUTHENTICATED, "The bearer token is expired or not valid",
                        Map.of("WWW-Authenticate", "Bearer error=\"invalid_token\""));
            } else {
                authorised(ctx, route, outcome, path, traceparent, limit, declared, knownKey, verified.result());
            }
        });
    }

    private void authorised(RoutingContext ctx, PrefixRoute route, Outcome outcome, String path, String traceparent,
            long limit, long declared, ApiKey key, VerifiedToken token) {
        HttpServerRequest request = ctx.request();
        Upstream upstream = route.upstream();
        if (token == null && !publicOperations.of(upstream).isPublic(request.method(), path)) {
            answers.problem(ctx, 401, ProblemCodes.UNAUTHENTICATED, "This operation needs a bearer token",
                    Map.of("WWW-Authenticate", "Bearer"));
            return;
        }
        ClientOrigin origin = ClientOrigin.of(request, trustedProxies);
        if (!withinRateLimit(ctx, key, token, origin)) {
            return;
        }
        UpstreamChannel channel = channels.of(upstream);
        CircuitBreaker breaker = channel.breaker();
        if (!breaker.tryAcquire()) {
            answers.problem(ctx, 503, ProblemCodes.UPSTREAM_UNAVAILABLE, "The " + upstream.name()
                    + " service is failing; the gateway is not calling it for a while, try again later",
                    Map.of("Retry-After", Long.toString(breaker.secondsUntilTrial())));
            return;
        }
        String query = request.query();
        outcome.exchange = forwarder.forward(ctx, channel, query == null ? path : path + "?" + query, origin,
                traceparent, limit, declared, outcome::cutOff);
    }

    /**
     * {@code GET /api/v1/status} and other answers of the gateway itself that cost upstream work: rate-limited per
     * API key or client IP like the proxied routes.
     */
    public Handler<RoutingContext> rateLimited(Handler<RoutingContext> handler) {
        return ctx -> {
            String presentedKey = ctx.request().getHeader(ApiKeys.HEADER);
            ApiKey key = presentedKey == null ? null : apiKeys.find(presentedKey);
            if (presentedKey != null && key == null) {
                answers.problem(ctx, 401, ProblemCodes.UNAUTHENTICATED, "The API key is not valid",
                        Map.of("WWW-Authenticate", "ApiKey header=\"X-API-Key\""));
                return;
            }
            if (withinRateLimit(ctx, key, null, ClientOrigin.of(ctx.request(), trustedProxies))) {
                handler.handle(ctx);
            }
        };
    }

    private boolean withinRateLimit(RoutingContext ctx, ApiKey key, VerifiedToken token, ClientOrigin origin) {
        if (!rateLimits.enabled()) {
            return true;
        }
        Decision decision = key != null ? rateLimits.forApiKey(key.name(), key.policy())
                : token != null && token.subject() != null ? rateLimits.forSubject(token.subject())
                : rateLimits.forClient(origin.clientIp());
        HttpServerResponse response = ctx.response();
        response.putHeader(RATE_LIMIT_POLICY, decision.policy().policyHeader());
        response.putHeader(RATE_LIMIT, decision.rateLimitHeader());
        if (decision.allowed()) {
            return true;
        }
        metrics.rateLimited(decision.policy().name());
        long retryAfter = decision.retryAfterSeconds();
        answers.problem(ctx, 429, ProblemCodes.RATE_LIMITED, "Too many requests; try again in " + retryAfter + " s",
                Map.of("Retry-After", Long.toString(retryAfter)));
        return false;
    }

    /** The token of {@code Authorization: Bearer <token>} ("" when empty), or {@code null} for none or another scheme. */
    static String bearerToken(String authorization) {
        if (authorization == null || authorization.length() < 6 || !authorization.regionMatches(true, 0, "Bearer", 0, 6)) {
            return null;
        }
        if (authorization.length() > 6 && authorization.charAt(6) != ' ') {
            return null;
        }
        return authorization.substring(6).trim();
    }

    /** When the response ends (or the connection closes first): the metrics, and the exchange learns of it. */
    private final class Outcome implements Handler<AsyncResult<Void>> {

        private final RoutingContext ctx;
        private final PrefixRoute route;
        private final long startNanos;
        private final HttpMethod method;
        private boolean recorded;
        Exchange exchange;

        Outcome(RoutingContext ctx, PrefixRoute route, long startNanos) {
            this.ctx = ctx;
            this.route = route;
            this.startNanos = startNanos;
            this.method = ctx.request().method();
        }

        @Override
        public void handle(AsyncResult<Void> ended) {
            boolean completed = ended.succeeded();
            record(completed ? ctx.response().getStatusCode() : 499);
            if (!completed && exchange != null) {
                exchange.clientGone();
            }
        }

        /** The exchange ended without a complete answer (counted like nginx's 499). */
        void cutOff() {
            record(499);
        }

        private void record(int status) {
            if (!recorded) {
                recorded = true;
                metrics.record(route, method, status, startNanos);
            }
        }
    }
}
