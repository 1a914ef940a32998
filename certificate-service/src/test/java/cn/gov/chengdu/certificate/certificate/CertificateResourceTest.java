package cn.gov.chengdu.certificate.certificate;

import static cn.gov.chengdu.certificate.request.RequestCalls.issuedCertificate;
import static cn.gov.chengdu.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.gov.chengdu.certificate.CertificateFixtures;
import cn.gov.chengdu.certificate.access.PersonalData;
import cn.gov.chengdu.certificate.community.CommunityLevel;
import cn.gov.chengdu.certificate.type.IssuingLevel;
import cn.gov.chengdu.testing.TestTokens;

@QuarkusTest
class CertificateResourceTest {

    private static final String CERTIFICATES = "/api/v1/certificates/";
    private static final String FULL_ID = CertificateFixtures.idNumber(123);

    @Inject
    CertificateFixtures fixtures;

    private String community;
    private String citizen;
    private String staff;
    private String number;

    @BeforeEach
    void setUp() {
        String type = fixtures.retainedType(IssuingLevel.ANY, 90);
        community = fixtures.community(CommunityLevel.VILLAGE);
        citizen = TestTokens.citizen("citizen-" + community);
        staff = TestTokens.communityStaff("staff-" + community, community);
        number = issuedCertificate(citizen, type, community);
    }

    @Test
    void theOwnerSeesTheWholeCertificate() {
        var certificate = given().auth()
                .oauth2(citizen)
                .get(CERTIFICATES + number)
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("number", matchesPattern("CD-20\\d\\d-\\d{6,}"))
                .body("type.name", equalTo("居住证明"))
                .body("subject.name", equalTo("张小三"))
                .body("subject.idNumber", equalTo(FULL_ID))
                .body("community.code", equalTo(community))
                .body("fields.address", equalTo("武侯区玉林北路1号"))
                .body("status", equalTo("VALID"))
                .body("verificationCode", matchesPattern("[2-9A-HJ-NP-Z]{8}"))
                .body("token", matchesPattern("[\\w-]+\\.[\\w-]+\\.[\\w-]+"))
                .body("revocation", nullValue())
                .extract();
        OffsetDateTime issuedAt = OffsetDateTime.parse(certificate.path("issuedAt"));
        OffsetDateTime expiresAt = OffsetDateTime.parse(certificate.path("expiresAt"));
        assertEquals(Duration.ofDays(90), Duration.between(issuedAt, expiresAt));
        assertEquals("+08:00", issuedAt.getOffset().getId());
    }

    @Test
    void issuingStaffSeeTheNameAdminsNeitherInFullOthersNothing() {
        String masked = PersonalData.maskIdNumber(FULL_ID);
        given().auth()
                .oauth2(staff)
                .get(CERTIFICATES + number)
                .then()
                .statusCode(200)
                .body("subject.name", equalTo("张小三"))
                .body("subject.idNumber", equalTo(masked));
        given().auth()
                .oauth2(TestTokens.admin())
                .get(CERTIFICATES + number)
                .then()
                .statusCode(200)
                .body("subject.name", equalTo("张*三"))
                .body("subject.idNumber", equalTo(masked))
                .body(not(containsString(FULL_ID)));
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.citizen("another-citizen"))
                        .get(CERTIFICATES + number)
                        .then(),
                404,
                "NOT_FOUND");
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.communityStaff("s", "ELSEWHERE"))
                        .get(CERTIFICATES + number)
                        .then(),
                404,
                "NOT_FOUND");
        assertProblem(given().get(CERTIFICATES + number).then(), 401, "UNAUTHENTICATED");
        assertProblem(
                given().auth()
                        .oauth2(citizen)
                        .get(CERTIFICATES + "CD-2000-000000")
                        .then(),
                404,
                "NOT_FOUND");
    }

    @Test
    void theDocumentIsThePrintableFilledTemplate() {
        String code = given().auth()
                .oauth2(citizen)
                .get(CERTIFICATES + number)
                .then()
                .extract()
                .path("verificationCode");
        given().auth()
                .oauth2(citizen)
                .get(CERTIFICATES + number + "/document")
                .then()
                .statusCode(200)
                .contentType(startsWith("text/html"))
                .body(containsString("<h1>居住证明</h1>"))
                .body(containsString("<span class=\"filled\">张小三</span>"))
                .body(containsString(FULL_ID))
                .body(containsString("<span class=\"filled\">武侯区玉林北路1号</span>"))
                .body(containsString(number))
                .body(containsString(code))
                .body(containsString("@media print"))
                .body(containsString("<span class=\"label\">备注</span>"))
                .body(not(containsString("{{")));
        given().auth()
                .oauth2(staff)
                .get(CERTIFICATES + number + "/document")
                .then()
                .statusCode(200)
                .body(not(containsString(FULL_ID)));
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.citizen("another-citizen"))
                        .get(CERTIFICATES + number + "/document")
                        .then(),
                404,
                "NOT_FOUND");
    }

    @Test
    void issuingStaffOrAdminsRevokeOnce() {
        assertProblem(revoke(citizen, Map.of("reason", "x")).then(), 403, "FORBIDDEN");
        assertProblem(
                revoke(TestTokens.communityStaff("s", "ELSEWHERE"), Map.of("reason", "x"))
                        .then(),
                404,
                "NOT_FOUND");
        assertProblem(revoke(staff, Map.of()).then(), 400, "VALIDATION_FAILED");
        revoke(staff, Map.of("reason", "申请人提供虚假材料", "note", "经复核"))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("REVOKED"))
                .body("revocation.reason", equalTo("申请人提供虚假材料"))
                .body("revocation.note", equalTo("经复核"))
                .body("revocation.revokedBy", equalTo("staff-" + community))
                .body("revocation.revokedAt", matchesPattern(".*\\+08:00$"));
        assertProblem(revoke(TestTokens.admin(), Map.of("reason", "again")).then(), 409, "CERTIFICATE_ALREADY_REVOKED");
        given().auth()
                .oauth2(citizen)
                .get(CERTIFICATES + number + "/document")
                .then()
                .body(containsString("class=\"watermark\">REVOKED"));
    }

    @Test
    void adminsRevokeWithIfMatch() {
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"7\"")
                        .body(Map.of("reason", "x"))
                        .post(CERTIFICATES + number + "/revoke")
                        .then(),
                412,
                "PRECONDITION_FAILED");
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .header("If-Match", "\"0\"")
                .body(Map.of("reason", "数据更正"))
                .post(CERTIFICATES + number + "/revoke")
                .then()
                .statusCode(200)
                .body("status", equalTo("REVOKED"));
    }

    private io.restassured.response.Response revoke(String token, Map<String, Object> body) {
        return given().auth()
                .oauth2(token)
                .contentType(ContentType.JSON)
                .body(body)
                .post(CERTIFICATES + number + "/revoke");
    }
}
