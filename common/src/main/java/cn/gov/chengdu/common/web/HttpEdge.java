package cn.gov.chengdu.common.web;

import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

import cn.gov.chengdu.common.problem.Problem;
import cn.gov.chengdu.common.problem.ProblemCodes;

/**
 * What happens to every HTTP request before and after the REST layer: the request id (kept or made, echoed,
 * put in the MDC), a problem+json 413 for a declared body over the limit, a
 * problem+json 404 for paths nobody serves, and problem+json for failures raised below the
 * REST layer (e.g. 413 from the body size limit).
 */
@ApplicationScoped
public class HttpEdge {

    private static final Logger LOG = Logger.getLogger(HttpEdge.class);

    private final ProblemWriter problems;
    private final long maxBodySize;

    public HttpEdge(
            ProblemWriter problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K")
                    MemorySize maxBodySize) {
        this.problems = problems;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::assignRequestId);
        router.route().order(Integer.MIN_VALUE).failureHandler(this::failure);
        router.route()
                .order(Integer.MAX_VALUE)
                .handler(ctx -> problems.write(
                        ctx, 404, ProblemCodes.NOT_FOUND, Problem.defaultDetailFor(404, ctx.normalizedPath())));
    }

    private void assignRequestId(RoutingContext ctx) {
        String id = RequestIds.keepOrMake(ctx.request().getHeader(RequestIds.HEADER));
        ctx.put(RequestIds.MDC_KEY, id);
        MDC.put(RequestIds.MDC_KEY, id);
        ctx.response().putHeader(RequestIds.HEADER, id);
        if (declaredLength(ctx) > maxBodySize) {
            // Quarkus would refuse it too, with an empty body; say it as a problem.
            problems.write(
                    ctx,
                    413,
                    ProblemCodes.PAYLOAD_TOO_LARGE,
                    "The request body is larger than this service accepts (" + maxBodySize + " bytes)",
                    Map.of(HttpHeaders.CONNECTION.toString(), "close"));
            return;
        }
        ctx.next();
    }

    private static long declaredLength(RoutingContext ctx) {
        String header = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return header == null ? -1 : Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void failure(RoutingContext ctx) {
        if (ctx.response().headWritten()) {
            ctx.next();
            return;
        }
        int status = ctx.statusCode() > 0 ? ctx.statusCode() : 500;
        if (status >= 500) {
            LOG.error("Unexpected failure below the REST layer", ctx.failure());
        }
        problems.write(
                ctx, status, ProblemCodes.forStatus(status), Problem.defaultDetailFor(status, ctx.normalizedPath()));
    }
}
