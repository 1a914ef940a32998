package cn.gov.chengdu.certificate.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.jose4j.jwa.AlgorithmConstraints.ConstraintType;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

import cn.gov.chengdu.testing.TestTokens;

/** The demo requests and certificates ({@link RequestsStep}), in the demo-data app of {@link DemoDataLoadTest}. */
@QuarkusTest
@TestProfile(DemoDataLoadTest.WithDemoData.class)
class DemoRequestsTest {

    private static final String REQUESTS = "/api/v1/certificate-requests";
    private static final String VERIFICATIONS = "/api/v1/certificate-verifications";

    @Inject
    DemoDataLoader loader;

    @Inject
    DataSource dataSource;

    @Test
    void everyRequestStateIsThere() {
        String admin = TestTokens.admin();
        Map<String, Integer> expected =
                Map.of("SUBMITTED", 3, "INFO_REQUESTED", 2, "ISSUED", 7, "REJECTED", 3, "WITHDRAWN", 2);
        expected.forEach(
                (status, count) -> assertEquals(count, listed(admin, status).size(), status));
        assertEquals(17, listed(admin, null).size());
        for (Map<String, Object> rejected : listed(admin, "REJECTED")) {
            given().auth()
                    .oauth2(admin)
                    .get(REQUESTS + "/" + rejected.get("id"))
                    .then()
                    .statusCode(200)
                    .body("rejectionReason", not(emptyOrNullString()))
                    .body("timeline[-1].action", equalTo("REJECT"))
                    .body("timeline[-1].actor", equalTo(RequestsStep.staffOf((String)
                            ((Map<?, ?>) rejected.get("community")).get("code"))));
        }
    }

    @Test
    void demoCitizenHasASubmittedRequestAndAValidCertificate() throws Exception {
        String citizen = TestTokens.citizen("demo-citizen");
        List<Map<String, Object>> own = listed(citizen, null);
        assertEquals(6, own.size());
        assertTrue(own.stream()
                .map(r -> r.get("status"))
                .toList()
                .containsAll(List.of("SUBMITTED", "INFO_REQUESTED", "ISSUED", "REJECTED", "WITHDRAWN")));
        String number =
                one("SELECT number FROM certificate WHERE owner_subject = 'demo-citizen' AND type_code = 'CD-R12'");
        JsonPath certificate = given().auth()
                .oauth2(citizen)
                .get("/api/v1/certificates/" + number)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("type.code", equalTo("CD-R12"))
                .body("community.code", equalTo("WUHOU-YULIN"))
                .body("subject.name", equalTo("王小明"))
                .extract()
                .jsonPath();

        given().contentType(ContentType.JSON)
                .body(Map.of("token", certificate.getString("token")))
                .post(VERIFICATIONS)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"))
                .body("certificate.number", equalTo(number))
                .body("certificate.subject.name", equalTo("王*明"));
        given().contentType(ContentType.JSON)
                .body(Map.of("number", number, "verificationCode", certificate.getString("verificationCode")))
                .post(VERIFICATIONS)
                .then()
                .statusCode(200)
                .body("status", equalTo("VALID"));

        // offline, as a bank would: the JWKS and a standard JOSE library
        String jwks = given().get("/api/v1/certificate-keys")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JwtClaims claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(new JsonWebKeySet(jwks).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(ConstraintType.PERMIT, AlgorithmIdentifiers.EDDSA)
                .setExpectedType(true, "vc+jwt")
                .setExpectedIssuer("urn:chengdu-suite:certificate-service")
                .setRequireExpirationTime()
                .build()
                .processToClaims(certificate.getString("token"));
        assertEquals(number, claims.getJwtId());
    }

    @Test
    void wuhouYulinStaffHaveSubmittedRequestsToActOn() {
        String staff = TestTokens.communityStaff("demo-staff-wuhou-yulin", "WUHOU-YULIN");
        List<Map<String, Object>> submitted = listed(staff, "SUBMITTED");
        assertEquals(2, submitted.size());
        // one came back to SUBMITTED after an information request and the citizen's supplement
        long supplemented = submitted.stream()
                .map(r -> given().auth()
                        .oauth2(staff)
                        .get(REQUESTS + "/" + r.get("id"))
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("timeline.action", String.class))
                .filter(actions -> actions.equals(List.of("SUBMIT", "REQUEST_INFO", "SUPPLEMENT")))
                .count();
        assertEquals(1, supplemented);
        given().auth()
                .oauth2(staff)
                .get(REQUESTS + "/" + submitted.get(0).get("id"))
                .then()
                .statusCode(200)
                .body("allowedActions", hasItems("issue", "reject", "request-info"));
    }

    @Test
    void theRevokedOneIsRevokedAndTheOldOnesExpired() throws SQLException {
        assertEquals(7, count("SELECT count(*) FROM certificate"));
        assertEquals("REVOKED", verifyByToken(one("SELECT token FROM certificate WHERE revoked_at IS NOT NULL")));
        assertEquals(1, count("SELECT count(*) FROM certificate WHERE revoked_at IS NOT NULL"));
        List<String> expired = all("SELECT token FROM certificate WHERE expires_at < now() ORDER BY issued_at");
        assertEquals(2, expired.size());
        for (String token : expired) {
            assertEquals("EXPIRED", verifyByToken(token));
        }
        assertEquals(
                List.of("CD-2017-000001", "CD-2018-000002"),
                all("SELECT number FROM certificate WHERE expires_at < now() ORDER BY issued_at"));
        assertEquals(4, count("SELECT count(*) FROM certificate WHERE revoked_at IS NULL AND expires_at > now()"));
    }

    @Test
    void loadingAgainCreatesNothing() throws SQLException {
        long requests = count("SELECT count(*) FROM certificate_request");
        long steps = count("SELECT count(*) FROM certificate_request_step");
        long certificates = count("SELECT count(*) FROM certificate");
        assertEquals(List.of(), loader.loadAll());
        assertEquals(17, requests);
        assertEquals(requests, count("SELECT count(*) FROM certificate_request"));
        assertEquals(steps, count("SELECT count(*) FROM certificate_request_step"));
        assertEquals(certificates, count("SELECT count(*) FROM certificate"));
        assertEquals(17, count("SELECT items FROM demo_data_step WHERE step = 'requests'"));
    }

    private static String verifyByToken(String token) {
        return given().contentType(ContentType.JSON)
                .body(Map.of("token", token))
                .post(VERIFICATIONS)
                .then()
                .statusCode(200)
                .extract()
                .path("status");
    }

    private static List<Map<String, Object>> listed(String token, String status) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().auth().oauth2(token).queryParam("limit", 100);
            if (status != null) {
                request.queryParam("status", status);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page =
                    request.get(REQUESTS).then().statusCode(200).extract().jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    private long count(String sql) throws SQLException {
        return Long.parseLong(one(sql));
    }

    private String one(String sql) throws SQLException {
        List<String> rows = all(sql);
        assertEquals(1, rows.size(), sql);
        return rows.get(0);
    }

    private List<String> all(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet rows = query.executeQuery()) {
            List<String> values = new ArrayList<>();
            while (rows.next()) {
                values.add(rows.getString(1));
            }
            return values;
        }
    }
}
