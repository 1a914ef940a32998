package cn.gov.chengdu.gateway.proxy;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import io.vertx.ext.web.Router;

/**
 * Puts the gateway's handlers on the HTTP router. Order matters: after Quarkus' CORS filter (-300) and
 * authentication filter (-200), before Quarkus' body-size check (-2, which would answer an empty 413) and before
 * the REST layer; common's {@code HttpEdge} (request id first, 404 last) frames them all.
 */
@Singleton
public class GatewayRouter {

    static final int PAYLOAD_LIMIT_ORDER = -4;
    static final int PROXY_ORDER = -3;

    private final PayloadLimit payloadLimit;
    private final ProxyHandler proxy;
    private final ContractHandler contracts;

    public GatewayRouter(PayloadLimit payloadLimit, ProxyHandler proxy, ContractHandler contracts) {
        this.payloadLimit = payloadLimit;
        this.proxy = proxy;
        this.contracts = contracts;
    }

    void install(@Observes Router router) {
        router.route().order(PAYLOAD_LIMIT_ORDER).handler(payloadLimit);
        router.route().order(PROXY_ORDER).handler(proxy);
        router.get(ContractHandler.PATH).order(PROXY_ORDER).handler(contracts);
    }
}
