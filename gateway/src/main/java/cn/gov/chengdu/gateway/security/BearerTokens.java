package cn.gov.chengdu.gateway.security;

import java.util.Optional;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.logging.Logger;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;

import cn.gov.chengdu.gateway.config.GatewayConfig;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/**
 * Bearer tokens verified as the services verify them ({@code mp.jwt.verify.*}: signature, {@code exp} with the
 * configured skew, {@code iss}, {@code aud}; {@code alg: none} and unknown keys refused), and remembered until they
 * expire: a client sends the same token with every request, so each token is checked once (a bounded cache of
 * {@code gateway.token-cache-size} entries; failures are not cached).
 * <p>
 * With the key in a file or in the configuration, verification is CPU work and runs on the event loop. With a JWKS
 * URL ({@code mp.jwt.verify.publickey.location=https://...}) smallrye-jwt may fetch keys while verifying, so a token
 * not yet in the cache is verified on a worker thread.
 */
@Singleton
public class BearerTokens {

    private static final Logger LOG = Logger.getLogger(BearerTokens.class);

    private final JWTParser parser;
    private final Vertx vertx;
    private final boolean remoteKeys;
    private final Cache<String, VerifiedToken> verified;

    public BearerTokens(JWTParser parser, Vertx vertx, GatewayConfig config,
            @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> keyLocation) {
        this.parser = parser;
        this.vertx = vertx;
        this.remoteKeys = keyLocation.map(location -> location.startsWith("http:") || location.startsWith("https:"))
                .orElse(false);
        this.verified = Caffeine.newBuilder()
                .maximumSize(config.tokenCacheSize())
                .expireAfter(new Expiry<String, VerifiedToken>() {
                    @Override
                    public long expireAfterCreate(String token, VerifiedToken value, long currentTime) {
                        long millis = value.expiresAtMillis() - System.currentTimeMillis();
                        return TimeUnit.MILLISECONDS.toNanos(Math.max(0, millis));
                    }

                    @Override
                    public long expireAfterUpdate(String token, VerifiedToken value, long currentTime,
                            long currentDuration) {
                        return currentDuration;
                    }

                    @Override
                    public long expireAfterRead(String token, VerifiedToken value, long currentTime,
                            long currentDuration) {
                        return currentDuration;
                    }
                })
                .build();
    }

    /** The token's verified identity, or a failed future ({@link InvalidTokenException}) when it does not verify. */
    public Future<VerifiedToken> verify(String token) {
        VerifiedToken known = verified.getIfPresent(token);
        if (known != null && known.expiresAtMillis() > System.currentTimeMillis()) {
            return Future.succeededFuture(known);
        }
        if (remoteKeys) {
            return vertx.executeBlocking(() -> parse(token), false);
        }
        try {
            return Future.succeededFuture(parse(token));
        } catch (InvalidTokenException e) {
            return Future.failedFuture(e);
        }
    }

    private VerifiedToken parse(String token) throws InvalidTokenException {
        JsonWebToken jwt;
        try {
            jwt = parser.parse(token);
        } catch (ParseException e) {
            // The message may quote claims; only the kind of failure is logged.
            LOG.debugf("Bearer token refused (%s)", e.getCause() == null ? "invalid" : e.getCause().getClass().getSimpleName());
            throw new InvalidTokenException();
        }
        String subject = jwt.getSubject() != null ? jwt.getSubject() : jwt.getName();
        long expiresAt = jwt.getExpirationTime() > 0 ? jwt.getExpirationTime() * 1000 : System.currentTimeMillis();
        VerifiedToken result = new VerifiedToken(subject, expiresAt);
        verified.put(token, result);
        return result;
    }

    /** What the gateway needs of a verified token: whose it is (the rate-limit key) and until when it is good. */
    public record VerifiedToken(String subject, long expiresAtMillis) {
    }

    /** The token did not verify; carries nothing from the token. */
    public static final class InvalidTokenException extends Exception {
        public InvalidTokenException() {
            super("invalid bearer token", null, false, false);
        }
    }
}
