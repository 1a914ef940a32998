package cn.gov.chengdu.gateway.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CorsOriginsGuardTest {

    @ParameterizedTest
    @ValueSource(strings = { "https://app.chengdu.gov.cn", "http://localhost:3000",
            "/https://[a-z]+\\.chengdu\\.gov\\.cn/", "/https://(app|admin)\\.chengdu\\.gov\\.cn(:443)?/" })
    void explicitOriginsAndNarrowPatternsAreAccepted(String origin) {
        assertDoesNotThrow(() -> CorsOriginsGuard.requireExplicit(List.of("https://a.cn", origin)));
    }

    @ParameterizedTest
    @ValueSource(strings = { "*", " /.*/ ", "/.+/", "/https?://.*/", "/https://.*/", "/http.*/", "/.*chengdu.*/",
            "/https://.*chengdu\\.gov\\.cn/", "/https://[^/]+/", "https://*.chengdu.gov.cn", "null", "/[a-z:/.]+/" })
    void anyOriginWhateverItsSpellingIsRefused(String origin) {
        assertThrows(IllegalStateException.class, () -> CorsOriginsGuard.requireExplicit(List.of("https://a.cn", origin)));
    }
}
