package cn.gov.chengdu.gateway.docs;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cn.gov.chengdu.gateway.contract.Contracts;
import cn.gov.chengdu.gateway.routing.RouteTable;

/** The documents {@code /openapi} and {@code /docs} serve, rendered once at start from the contracts. */
public class ContractDocumentsProducer {

    @Produces
    @Singleton
    ContractDocuments documents(Contracts contracts, RouteTable routes) {
        return new ContractDocuments(Contracts.gatewayContract(), contracts, routes);
    }
}
