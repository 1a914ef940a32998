package cn.gov.chengdu.gateway.routing;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cn.gov.chengdu.gateway.config.GatewayConfig;

/** The route table, built once from the configuration (a bad table stops the gateway at start). */
public class RouteTableProducer {

    @Produces
    @Singleton
    RouteTable routeTable(GatewayConfig config) {
        return RouteTable.fromConfig(config);
    }
}
