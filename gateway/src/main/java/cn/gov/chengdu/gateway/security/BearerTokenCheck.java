package cn.gov.chengdu.gateway.security;

import jakarta.inject.Singleton;

import org.jboss.logging.Logger;

import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;

/**
 * The gateway's token check: a request that carries {@code Authorization: Bearer ...} is forwarded only when the
 * token verifies against the same settings as the services' (signature, {@code exp}, {@code iss}, {@code aud};
 * {@code mp.jwt.verify.*}). Requests without a bearer token pass: each service decides per endpoint.
 * <p>
 * Verification runs on the event loop, as Quarkus' own JWT mechanism does by default: with a key from a file or
 * from config it is CPU work only (one RS256 signature check).
 */
@Singleton
public class BearerTokenCheck {

    private static final Logger LOG = Logger.getLogger(BearerTokenCheck.class);
    private static final String SCHEME = "Bearer";

    private final JWTParser parser;

    public BearerTokenCheck(JWTParser parser) {
        this.parser = parser;
    }

    /** Whether the request carries a bearer token that does not verify. */
    public boolean refuses(HttpServerRequest request) {
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization == null || !hasBearerScheme(authorization)) {
            return false;
        }
        String token = authorization.substring(SCHEME.length()).trim();
        if (token.isEmpty()) {
            return true;
        }
        try {
            parser.parse(token);
            return false;
        } catch (ParseException e) {
            // The message may quote claims; only the kind of failure is logged.
            LOG.debugf("Bearer token refused (%s)", e.getCause() == null ? "invalid" : e.getCause().getClass().getSimpleName());
            return true;
        }
    }

    private static boolean hasBearerScheme(String authorization) {
        return authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())
                && (authorization.length() == SCHEME.length() || authorization.charAt(SCHEME.length()) == ' ');
    }
}
