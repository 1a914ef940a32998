package cn.gov.chengdu.gateway.security;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * DESIGN §7: the CORS allow-list is never "any origin". The gateway refuses to start when
 * {@code quarkus.http.cors.origins} has {@code *}, the {@code null} origin, a wildcard, or a pattern
 * ({@code /regex/}) that would let in sites that are obviously not the city's: a pattern is tried against origins
 * any attacker can register ({@code https://evil.example}, and look-alikes that end or start with a real-looking
 * name), and one that matches any of them is refused, whatever its spelling ({@code /.*}/, {@code /https?://.*}/,
 * {@code /https://.*chengdu\.gov\.cn/}, ...). Any of them would let every web site call the API with the user's
 * token.
 */
@Singleton
public class CorsOriginsGuard {

    private static final List<String> FOREIGN_ORIGINS = List.of("https://evil.example", "http://evil.example",
            "https://evil.example:8443", "http://localhost.evil.example", "https://a.b", "null",
            "https://app.chengdu.gov.cn.evil.example", "https://evilchengdu.gov.cn", "https://evil-app.chengdu.gov.cn.evil.example",
            "http://127.0.0.1.evil.example", "https://xn--evil-example", "https://evil.example/https://app.chengdu.gov.cn");

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
            if (trimmed.length() > 1 && trimmed.startsWith("/") && trimmed.endsWith("/")) {
                requireNarrow(trimmed);
            } else if (trimmed.contains("*") || trimmed.equalsIgnoreCase("null")) {
                throw refused(trimmed);
            }
        }
    }

    private static void requireNarrow(String pattern) {
        Pattern compiled;
        try {
            compiled = Pattern.compile(pattern.substring(1, pattern.length() - 1));
        } catch (PatternSyntaxException e) {
            throw new IllegalStateException("quarkus.http.cors.origins: '" + pattern + "' is not a valid pattern");
        }
        for (String foreign : FOREIGN_ORIGINS) {
            if (compiled.matcher(foreign).matches()) {
                throw refused(pattern);
            }
        }
    }

    private static IllegalStateException refused(String origin) {
        return new IllegalStateException("quarkus.http.cors.origins must list the allowed origins; '" + origin
                + "' would allow any site to call the API with the user's token");
    }
}
