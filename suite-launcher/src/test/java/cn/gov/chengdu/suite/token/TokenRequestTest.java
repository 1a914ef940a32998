package cn.gov.chengdu.suite.token;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.suite.UsageException;

class TokenRequestTest {

    @Test
    void roleAloneGetsTheDefaults() throws UsageException {
        TokenRequest request = TokenRequest.parse(List.of("citizen"));
        assertEquals("citizen", request.role());
        assertEquals("demo-citizen", request.subject());
        assertEquals(Optional.empty(), request.department());
        assertEquals(Duration.ofHours(1), request.ttl());
    }

    @Test
    void everyOption() throws UsageException {
        TokenRequest request = TokenRequest.parse(List.of("--ttl", "60", "reviewer", "--sub", "u-1",
                "--review-body", "LEGAL_AFFAIRS", "--department", "CD-MZJ", "--community", "510104-001"));
        assertEquals(new TokenRequest("reviewer", "u-1", Optional.of("CD-MZJ"), Optional.of("510104-001"),
                Optional.of("LEGAL_AFFAIRS"), Duration.ofSeconds(60)), request);
    }

    @Test
    void everyRoleOfTheDesignIsAccepted() throws UsageException {
        for (String role : List.of("citizen", "community-staff", "department-staff", "dispatcher", "reviewer", "admin",
                "integrator")) {
            assertEquals(role, TokenRequest.parse(List.of(role)).role());
        }
    }

    @Test
    void usageNamesEveryRole() {
        assertTrue(TokenRequest.USAGE.contains("ROLE is one of: " + String.join(", ", TokenRequest.ROLES) + "\n"));
    }

    @Test
    void wrongArgumentsAreUsageErrors() {
        for (List<String> args : List.of(List.<String>of(), List.of("mayor"), List.of("Citizen"), List.of("citizen", "admin"),
                List.of("citizen", "--sub"), List.of("citizen", "--sub", "--ttl", "5"), List.of("citizen", "--ttl", "0"),
                List.of("citizen", "--ttl", "1h"), List.of("citizen", "--scope", "x"), List.of("citizen", "--sub", " "))) {
            assertThrows(UsageException.class, () -> TokenRequest.parse(args), args.toString());
        }
    }
}
