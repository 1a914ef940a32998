package cn.gov.chengdu.gateway.security;

import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import cn.gov.chengdu.gateway.config.GatewayConfig;
import io.quarkus.runtime.StartupEvent;
import io.vertx.core.Vertx;

/**
 * The API keys of {@code gateway.api-keys-file} (a file that cannot be read stops the gateway at start), and the
 * watch that reads the file again when it changes.
 */
@Singleton
public class ApiKeysProducer {

    private static final Logger LOG = Logger.getLogger(ApiKeysProducer.class);

    @Produces
    @Singleton
    ApiKeys apiKeys(GatewayConfig config) {
        ApiKeys keys = config.apiKeysFile().map(ApiKeys::load).orElseGet(ApiKeys::none);
        LOG.infof("API keys: %s", config.apiKeysFile().map(file -> keys.size() + " from " + file)
                .orElse("none (no gateway.api-keys-file / GATEWAY_API_KEYS_FILE)"));
        return keys;
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
