package cn.gov.chengdu.gateway.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import cn.gov.chengdu.gateway.config.GatewayConfig;
import cn.gov.chengdu.gateway.proxy.TrustedProxies;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/** API keys and trusted proxies from the configuration; a bad value stops the gateway at start. */
@Singleton
public class SecurityProducers {

    private static final Logger LOG = Logger.getLogger(SecurityProducers.class);

    @Produces
    @Singleton
    ApiKeys apiKeys(GatewayConfig config) {
        ApiKeys keys = config.apiKeysFile().map(ApiKeys::load).orElseGet(ApiKeys::none);
        LOG.infof("API keys: %s", config.apiKeysFile().map(file -> keys.size() + " from " + file)
                .orElse("none (no gateway.api-keys-file / GATEWAY_API_KEYS_FILE)"));
        return keys;
    }

    @Produces
    @Singleton
    TrustedProxies trustedProxies(GatewayConfig config) {
        return config.trustedProxies().map(TrustedProxies::of).orElse(TrustedProxies.none());
    }

    /** Checks the keys file for changes every {@code gateway.api-keys-reload-interval}, off the event loop. */
    void watchKeys(@Observes StartupEvent started, ApiKeys keys, GatewayConfig config, Vertx vertx) {
        long every = config.apiKeysReloadInterval().toMillis();
        if (config.apiKeysFile().isPresent() && every > 0) {
            vertx.setPeriodic(every, tick -> vertx.executeBlocking(() -> {
                keys.reloadIfChanged();
                return null;
            }, false));
        }
    }
}
