package cn.gov.chengdu.gateway.pipeline;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import cn.gov.chengdu.gateway.docs.DocsRoutes;
import cn.gov.chengdu.gateway.status.StatusRoute;
import io.vertx.ext.web.Router;

/**
 * Puts the gateway's handlers on the HTTP router. Order matters: after Quarkus' CORS filter (-300) and
 * authentication filter (-200), before Quarkus' body handling and the REST layer; common's {@code HttpEdge}
 * (request id first, 404 last) frames them all.
 */
@Singleton
public class GatewayRouter {

    static final int ORDER = -3;

    private final RequestPipeline pipeline;
    private final DocsRoutes docs;
    private final StatusRoute status;

    public GatewayRouter(RequestPipeline pipeline, DocsRoutes docs, StatusRoute status) {
        this.pipeline = pipeline;
        this.docs = docs;
        this.status = status;
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(pipeline);
        router.get(StatusRoute.PATH).order(ORDER).handler(pipeline.rateLimited(status::handle));
        router.get("/openapi").order(ORDER).handler(docs::mergedContract);
        router.get("/openapi/:service").order(ORDER).handler(docs::serviceContract);
        router.get("/docs").order(ORDER).handler(docs::page);
        router.get("/docs/assets/:file").order(ORDER).handler(docs::asset);
    }
}
