package cn.gov.chengdu.gateway.security;

import java.util.List;
import java.util.Optional;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * DESIGN §7: the CORS allow-list is never {@code *}. The gateway refuses to start when
 * {@code quarkus.http.cors.origins} allows any origin ({@code *}, or a pattern such as {@code /.*}/).
 */
@Singleton
public class CorsOriginsGuard {

    private final List<String> origins;

    public CorsOriginsGuard(@ConfigProperty(name = "quarkus.http.cors.origins") Optional<List<String>> origins) {
        this.origins = origins.orElse(List.of());
    }

    void onStart(@Observes StartupEvent event) {
        requireExplicit(origins);
    }

    static void requireExplicit(List<String> origins) {
        for (String origin : origins) {
            String trimmed = origin.trim();
            if (trimmed.equals("*") || trimmed.equals("/.*/") || trimmed.equals("/.+/")) {
                throw new IllegalStateException("quarkus.http.cors.origins must list the allowed origins; '"
                        + trimmed + "' would allow any site to call the API with the user's token");
            }
        }
    }
}
