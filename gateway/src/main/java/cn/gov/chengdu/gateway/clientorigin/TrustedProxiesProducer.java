package cn.gov.chengdu.gateway.clientorigin;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import cn.gov.chengdu.gateway.config.GatewayConfig;

/** The trusted proxies from {@code gateway.trusted-proxies} (a bad entry stops the gateway at start). */
public class TrustedProxiesProducer {

    @Produces
    @Singleton
    TrustedProxies trustedProxies(GatewayConfig config) {
        return config.trustedProxies().map(TrustedProxies::of).orElse(TrustedProxies.none());
    }
}
