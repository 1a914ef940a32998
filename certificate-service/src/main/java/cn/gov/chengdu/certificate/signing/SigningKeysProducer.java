package cn.gov.chengdu.certificate.signing;

import java.nio.file.Path;
import java.util.Optional;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.quarkus.runtime.Startup;

/**
 * Loads the signing keys at startup (a broken key directory stops the service instead of failing the first
 * issue): from {@code certificate.signing.key-dir} (env {@code CERTIFICATE_SIGNING_KEY_DIR}), or an ephemeral key
 * when none is configured.
 */
@Singleton
public class SigningKeysProducer {

    private static final Logger LOG = Logger.getLogger(SigningKeysProducer.class);

    @Produces
    @Singleton
    @Startup
    SigningKeyRing signingKeys(
            @ConfigProperty(name = "certificate.signing.key-dir") Optional<Path> keyDirectory,
            @ConfigProperty(name = "certificate.signing.active-kid") Optional<String> activeKid) {
        if (keyDirectory.isEmpty()) {
            SigningKeyRing ring = SigningKeyRing.ephemeral();
            LOG.warnf(
                    "No certificate.signing.key-dir configured: certificates are signed with the ephemeral key %s,"
                            + " which is lost at shutdown (their tokens will no longer verify)",
                    ring.active().kid());
            return ring;
        }
        SigningKeyRing ring = SigningKeyRing.load(keyDirectory.get(), activeKid);
        LOG.infof(
                "Signing certificates with key %s; %d key(s) published for verification",
                ring.active().kid(), ring.all().size());
        return ring;
    }
}
