package cn.gov.chengdu.gateway.contract;

import java.util.HashMap;
import java.util.Map;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cn.gov.chengdu.gateway.config.GatewayConfig;
import cn.gov.chengdu.gateway.routing.RouteTable;
import cn.gov.chengdu.gateway.routing.Upstream;

/**
 * The upstreams' contracts and their public operations, read once at start (a contract that is configured but
 * unreadable stops the gateway).
 */
public class ContractProducers {

    @Produces
    @Singleton
    Contracts contracts(GatewayConfig config, RouteTable routes) {
        return Contracts.fromConfig(config, routes);
    }

    @Produces
    @Singleton
    PublicOperationsByUpstream publicOperations(Contracts contracts, RouteTable routes) {
        Map<String, PublicOperations> byUpstream = new HashMap<>();
        for (Upstream upstream : routes.upstreams()) {
            byUpstream.put(upstream.name(), contracts.of(upstream.name()).map(PublicOperations::of)
                    .orElse(PublicOperations.none()));
        }
        return new PublicOperationsByUpstream(byUpstream);
    }

    /** Public operations per upstream name. */
    public record PublicOperationsByUpstream(Map<String, PublicOperations> byUpstream) {

        public PublicOperations of(Upstream upstream) {
            return byUpstream.getOrDefault(upstream.name(), PublicOperations.none());
        }
    }
}
