package cn.gov.chengdu.gateway.security;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

class CorsOriginsGuardTest {

    @Test
    void explicitOriginsAndNarrowPatternsAreAccepted() {
        assertDoesNotThrow(() -> CorsOriginsGuard.requireExplicit(List.of()));
        assertDoesNotThrow(() -> CorsOriginsGuard.requireExplicit(
                List.of("https://app.chengdu.gov.cn", "/https://[a-z]+\\.chengdu\\.gov\\.cn/")));
    }

    @Test
    void anyOriginIsRefused() {
        assertThrows(IllegalStateException.class, () -> CorsOriginsGuard.requireExplicit(List.of("https://a.cn", "*")));
        assertThrows(IllegalStateException.class, () -> CorsOriginsGuard.requireExplicit(List.of(" /.*/ ")));
    }
}
