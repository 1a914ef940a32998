package cn.gov.chengdu.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.is;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Instant;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import cn.gov.chengdu.common.security.Roles;
import cn.gov.chengdu.gateway.testing.FakeUpstreams;
import cn.gov.chengdu.gateway.testing.UpstreamsResource;
import cn.gov.chengdu.testing.TestTokens;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@WithTestResource(UpstreamsResource.class)
class TokenCheckTest {

    static Stream<Arguments> badTokens() {
        return Stream.of(
                Arguments.of("signed by an unknown key", TestTokens.as(Roles.CITIZEN).signWithUnknownKey()),
                Arguments.of("expired", TestTokens.as(Roles.CITIZEN).expiresAt(Instant.now().minusSeconds(3600)).sign()),
                Arguments.of("alg none", TestTokens.as(Roles.ADMIN).unsigned()),
                Arguments.of("for another audience", TestTokens.as(Roles.CITIZEN).audience("another-suite").sign()),
                Arguments.of("from another issuer", TestTokens.as(Roles.CITIZEN).issuer("urn:somebody-else").sign()),
                Arguments.of("not a JWT", "not-a-jwt"));
    }

    @ParameterizedTest(name = "a token {0} is 401 and never reaches the upstream")
    @MethodSource("badTokens")
    void aBadTokenIsRefusedAtTheGateway(String why, String token) {
        String id = "bad-token-" + UUID.randomUUID();
        given().header("X-Request-Id", id).auth().oauth2(token).contentType("application/json").body("{}")
                .post("/api/v1/certificate-requests")
                .then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", "Bearer error=\"invalid_token\"")
                .body("status", is(401)).body("code", is("UNAUTHENTICATED"))
                .body("type", is("urn:chengdu-suite:problem:unauthenticated"))
                .body("instance", is("/api/v1/certificate-requests")).body("requestId", is(id));
        assertFalse(FakeUpstreams.received("certificate", id), why);
    }

    @Test
    void anEmptyBearerTokenIsRefused() {
        given().header("Authorization", "Bearer ").get("/api/v1/petition-categories")
                .then().statusCode(401).body("code", is("UNAUTHENTICATED"));
    }

    @Test
    void aValidTokenIsForwardedWithTheAuthorizationHeaderIntact() {
        String token = TestTokens.citizen("citizen-510104");
        given().auth().oauth2(token).get("/api/v1/appointments")
                .then().statusCode(200).body("headers.authorization", is("Bearer " + token));
    }

    @Test
    void anonymousRequestsAndOtherSchemesPassForTheServiceToJudge() {
        given().get("/api/v1/certificate-types").then().statusCode(200).body("headers.authorization", is((String) null));
        given().header("Authorization", "Basic Y2l0aXplbjpzZWNyZXQ=").get("/api/v1/certificate-types")
                .then().statusCode(200).body("headers.authorization", is("Basic Y2l0aXplbjpzZWNyZXQ="));
    }
}
