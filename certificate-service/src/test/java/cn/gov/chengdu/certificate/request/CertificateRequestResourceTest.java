package cn.gov.chengdu.certificate.request;

import static cn.gov.chengdu.certificate.request.RequestCalls.REQUESTS;
import static cn.gov.chengdu.certificate.request.RequestCalls.act;
import static cn.gov.chengdu.certificate.request.RequestCalls.body;
import static cn.gov.chengdu.certificate.request.RequestCalls.submit;
import static cn.gov.chengdu.certificate.request.RequestCalls.submitted;
import static cn.gov.chengdu.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.lessThanOrEqualTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.gov.chengdu.certificate.CertificateFixtures;
import cn.gov.chengdu.certificate.access.PersonalData;
import cn.gov.chengdu.certificate.community.CommunityLevel;
import cn.gov.chengdu.certificate.type.IssuingLevel;
import cn.gov.chengdu.testing.TestTokens;

@QuarkusTest
class CertificateRequestResourceTest {

    private static final String FULL_ID = CertificateFixtures.idNumber(123);
    private static final String MASKED_ID = PersonalData.maskIdNumber(FULL_ID);

    @Inject
    CertificateFixtures fixtures;

    private String type;
    private String community;
    private String citizen;
    private String staff;

    @BeforeEach
    void setUp() {
        type = fixtures.retainedType(IssuingLevel.ANY, 90);
        community = fixtures.community(CommunityLevel.COMMUNITY);
        citizen = TestTokens.citizen("citizen-" + community);
        staff = TestTokens.communityStaff("staff-" + community, community);
    }

    @Test
    void aCitizenAsksForARetainedTypeAndSeesTheRequestWithItsTimeline() {
        Map<String, Object> request = body(type, community);
        request.put("note", "急用");
        Response created = submit(citizen, request);
        created.then()
                .statusCode(201)
                .header("Location", matchesPattern(".*/api/v1/certificate-requests/\\d+$"))
                .header("ETag", "\"0\"")
                .body("status", equalTo("SUBMITTED"))
                .body("type.code", equalTo(type))
                .body("type.name", equalTo("居住证明"))
                .body("community.code", equalTo(community))
                .body("purpose", equalTo("银行开户"))
                .body("applicant.name", equalTo("张小三"))
                .body("applicant.idNumber", equalTo(FULL_ID))
                .body("fields.since", equalTo("2015年3月"))
                .body("allowedActions", contains("issue", "reject", "request-info", "withdraw"))
                .body("submittedAt", matchesPattern(".*\\+08:00$"))
                .body("timeline", hasSize(1))
                .body("timeline[0].action", equalTo("SUBMIT"))
                .body("timeline[0].to", equalTo("SUBMITTED"))
                .body("timeline[0].actor", equalTo("citizen-" + community))
                .body("timeline[0].role", equalTo("citizen"))
                .body("timeline[0].note", equalTo("急用"))
                .body("version", equalTo(0));
        given().auth()
                .oauth2(citizen)
                .get(created.header("Location"))
                .then()
                .statusCode(200)
                .header("ETag", "\"0\"")
                .body("id", equalTo(created.path("id")));
    }

    @Test
    void aRetryWithTheSameIdempotencyKeyCreatesOneRequest() {
        Map<String, Object> request = body(type, community);
        String key = java.util.UUID.randomUUID().toString();
        Response first = given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(request)
                .post("/api/v1/certificate-requests");
        first.then().statusCode(201);
        given().auth()
                .oauth2(citizen)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(request)
                .post("/api/v1/certificate-requests")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", "true")
                .header("Location", first.header("Location"))
                .body("id", equalTo(first.path("id")));
        given().auth()
                .oauth2(citizen)
                .queryParam("limit", 100)
                .get("/api/v1/certificate-requests")
                .then()
                .body("items.findAll { it.id == " + first.path("id") + " }", hasSize(1))
                .body("items.size()", equalTo(1));
        String other = TestTokens.citizen("another-" + community);
        given().auth()
                .oauth2(other)
                .contentType(ContentType.JSON)
                .header("Idempotency-Key", key)
                .body(request)
                .post("/api/v1/certificate-requests")
                .then()
                .statusCode(201)
                .header("Idempotent-Replayed", org.hamcrest.Matchers.nullValue());
    }

    @Test
    void anAbolishedTypeIsRefusedWithItsReasonAndAlternative() {
        String abolished = fixtures.abolishedType("无法律法规依据", "由申请人书面承诺");
        assertProblem(submit(citizen, body(abolished, community)).then(), 422, "CERTIFICATE_TYPE_ABOLISHED")
                .body("detail", containsString("NO_LEGAL_BASIS"))
                .body("detail", containsString("无法律法规依据"))
                .body("detail", containsString("由申请人书面承诺"))
                .body("abolition.reason", equalTo("NO_LEGAL_BASIS"))
                .body("abolition.detail", equalTo("无法律法规依据"))
                .body("abolition.alternative", equalTo("由申请人书面承诺"));
    }

    @Test
    void aTypeNotYetRetainedIsRefused() {
        assertProblem(
                        submit(citizen, body(fixtures.typeUnderReview(), community))
                                .then(),
                        422,
                        "CERTIFICATE_TYPE_NOT_RETAINED")
                .body("currentStatus", equalTo("UNDER_REVIEW"));
    }

    @Test
    void theCommunityMustBeOfTheTypesIssuingLevel() {
        String villageType = fixtures.retainedType(IssuingLevel.VILLAGE, 30);
        String village = fixtures.community(CommunityLevel.VILLAGE);
        assertProblem(submit(citizen, body(villageType, community)).then(), 422, "COMMUNITY_LEVEL_MISMATCH")
                .body("issuingLevel", equalTo("VILLAGE"))
                .body("communityLevel", equalTo("COMMUNITY"));
        submit(citizen, body(villageType, village)).then().statusCode(201);
        submit(citizen, body(type, village)).then().statusCode(201);
    }

    @Test
    void unknownTypeOrCommunityIs422NamingTheField() {
        assertProblem(submit(citizen, body("NO-SUCH-TYPE", community)).then(), 422, "UNKNOWN_CERTIFICATE_TYPE")
                .body("errors[0].field", equalTo("typeCode"));
        assertProblem(submit(citizen, body(type, "NO-SUCH-PLACE")).then(), 422, "UNKNOWN_COMMUNITY")
                .body("errors[0].field", equalTo("communityCode"));
    }

    @Test
    void missingRequiredAndUnknownFieldsAreNamed() {
        Map<String, Object> request = body(type, community);
        request.put("fields", Map.of("address", " ", "colour", "红"));
        assertProblem(submit(citizen, request).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", containsInAnyOrder("fields.colour", "fields.since", "fields.address"));
    }

    @Test
    void anInvalidIdNumberIs400() {
        for (String idNumber : List.of("510104199003071230", "51010419900307123", "51010419901307123X")) {
            Map<String, Object> request = body(type, community);
            request.put("applicant", Map.of("name", "张小三", "idNumber", idNumber));
            assertProblem(submit(citizen, request).then(), 400, "VALIDATION_FAILED")
                    .body("errors[0].field", equalTo("applicant.idNumber"));
        }
    }

    @Test
    void badBodiesAre400AndOnlyCitizensSubmit() {
        Map<String, Object> request = body(type, community);
        request.put("status", "ISSUED");
        assertProblem(submit(citizen, request).then(), 400, "UNKNOWN_PROPERTY");
        assertProblem(submit(citizen, Map.of("typeCode", type)).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", hasItem("communityCode"))
                .body("errors.field", hasItem("applicant"));
        assertProblem(submit(staff, body(type, community)).then(), 403, "FORBIDDEN");
        assertProblem(submit(TestTokens.admin(), body(type, community)).then(), 403, "FORBIDDEN");
        assertProblem(
                given().contentType(ContentType.JSON)
                        .body(body(type, community))
                        .post(REQUESTS)
                        .then(),
                401,
                "UNAUTHENTICATED");
    }

    @Test
    void citizensSeeTheirOwnStaffTheirCommunitysAdminsAll() {
        long mine = submitted(citizen, type, community);
        String otherCommunity = fixtures.community(CommunityLevel.COMMUNITY);
        String otherCitizen = TestTokens.citizen("other-" + otherCommunity);
        long theirs = submitted(otherCitizen, type, otherCommunity);

        given().auth()
                .oauth2(citizen)
                .get(REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", contains((int) mine))
                .body("nextCursor", nullValue());
        given().auth().oauth2(staff).get(REQUESTS).then().statusCode(200).body("items.id", contains((int) mine));
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("limit", 100)
                .get(REQUESTS)
                .then()
                .statusCode(200)
                .body("items.id", hasItem((int) mine))
                .body("items.id", hasItem((int) theirs));
        given().auth()
                .oauth2(TestTokens.as("community-staff").subject("nobody").sign())
                .get(REQUESTS)
                .then()
                .statusCode(200)
                .body("items", hasSize(0));

        assertProblem(
                given().auth().oauth2(otherCitizen).get(REQUESTS + "/" + mine).then(), 404, "NOT_FOUND");
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.communityStaff("s-x", otherCommunity))
                        .get(REQUESTS + "/" + mine)
                        .then(),
                404,
                "NOT_FOUND");
        assertProblem(
                given().auth().oauth2(citizen).get(REQUESTS + "/999999999").then(), 404, "NOT_FOUND");
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.reviewer("r", "CIVIL_AFFAIRS"))
                        .get(REQUESTS)
                        .then(),
                403,
                "FORBIDDEN");
    }

    @Test
    void listsArePagedNewestFirstAndFilteredByStatus() {
        List<Long> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(submitted(citizen, type, community));
        }
        act(citizen, ids.get(0), "withdraw", Map.of()).then().statusCode(200);
        List<Integer> seen = new ArrayList<>();
        String cursor = null;
        do {
            var page = given().auth()
                    .oauth2(citizen)
                    .queryParam("limit", 2)
                    .queryParam("cursor", cursor == null ? "" : cursor)
                    .get(REQUESTS)
                    .then()
                    .statusCode(200)
                    .body("items.size()", lessThanOrEqualTo(2))
                    .extract();
            seen.addAll(page.path("items.id"));
            cursor = page.path("nextCursor");
        } while (cursor != null);
        List<Integer> newestFirst =
                new ArrayList<>(ids.stream().map(Long::intValue).toList());
        java.util.Collections.reverse(newestFirst);
        assertEquals(newestFirst, seen);
        given().auth()
                .oauth2(citizen)
                .queryParam("status", "WITHDRAWN")
                .get(REQUESTS)
                .then()
                .body("items.id", contains(ids.get(0).intValue()))
                .body("items.status", everyItem(equalTo("WITHDRAWN")));
        assertProblem(
                given().auth()
                        .oauth2(citizen)
                        .queryParam("status", "LOST")
                        .get(REQUESTS)
                        .then(),
                400,
                "INVALID_VALUE");
    }

    @Test
    void theIdNumberIsMaskedForAnyoneButTheOwnerAndTheResponsibleStaff() {
        long id = submitted(citizen, type, community);
        given().auth()
                .oauth2(citizen)
                .get(REQUESTS + "/" + id)
                .then()
                .body("applicant.idNumber", equalTo(FULL_ID))
                .body("applicant.name", equalTo("张小三"));
        given().auth()
                .oauth2(staff)
                .get(REQUESTS + "/" + id)
                .then()
                .body("applicant.idNumber", equalTo(FULL_ID))
                .body("applicant.name", equalTo("张小三"));
        given().auth()
                .oauth2(TestTokens.admin())
                .get(REQUESTS + "/" + id)
                .then()
                .body("applicant.idNumber", equalTo(MASKED_ID))
                .body("applicant.name", equalTo("张*三"));
        given().auth()
                .oauth2(TestTokens.admin())
                .queryParam("limit", 100)
                .get(REQUESTS)
                .then()
                .body("items.applicant.idNumber", not(hasItem(FULL_ID)));
        given().auth().oauth2(staff).get(REQUESTS).then().body("items[0].applicant.idNumber", equalTo(FULL_ID));
    }

    @Test
    void staffAskForMoreTheOwnerSupplementsAndStaffIssue() {
        long id = submitted(citizen, type, community);
        act(staff, id, "request-info", Map.of("message", "请补充居住起始日期的证明人", "note", "电话已通知"))
                .then()
                .statusCode(200)
                .header("ETag", "\"1\"")
                .body("status", equalTo("INFO_REQUESTED"))
                .body("informationRequested", equalTo("请补充居住起始日期的证明人"))
                .body("allowedActions", contains("reject", "supplement", "withdraw"));
        act(citizen, id, "supplement", Map.of("fields", Map.of("remark", "证明人：李四")))
                .then()
                .statusCode(200)
                .body("status", equalTo("SUBMITTED"))
                .body("fields.remark", equalTo("证明人：李四"))
                .body("fields.since", equalTo("2015年3月"))
                .body("informationRequested", nullValue());
        act(staff, id, "issue", Map.of("note", "核实无误"))
                .then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"))
                .body("certificateNumber", matchesPattern("CD-\\d{4}-\\d{6,}"))
                .body("decidedAt", notNullValue())
                .body("allowedActions", hasSize(0))
                .body("timeline.action", contains("SUBMIT", "REQUEST_INFO", "SUPPLEMENT", "ISSUE"))
                .body("timeline.role", contains("citizen", "community-staff", "citizen", "community-staff"))
                .body("timeline[1].detail", equalTo("请补充居住起始日期的证明人"))
                .body("timeline[1].note", equalTo("电话已通知"))
                .body("timeline[3].actor", equalTo("staff-" + community))
                .body("timeline[3].note", equalTo("核实无误"))
                .body("timeline.at", everyItem(notNullValue()))
                .body("version", equalTo(3));
    }

    @Test
    void aSupplementIsCheckedAgainstTheTemplate() {
        long id = submitted(citizen, type, community);
        act(staff, id, "request-info", Map.of("message", "地址不完整")).then().statusCode(200);
        assertProblem(
                        act(citizen, id, "supplement", Map.of("fields", Map.of("address", "", "shoeSize", "42")))
                                .then(),
                        400,
                        "VALIDATION_FAILED")
                .body("errors.field", containsInAnyOrder("fields.shoeSize", "fields.address"));
        assertProblem(act(citizen, id, "supplement", Map.of()).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", hasItem("fields"));
    }

    @Test
    void staffRejectWithAReasonAndTheOwnerWithdraws() {
        long rejected = submitted(citizen, type, community);
        assertProblem(act(staff, rejected, "reject", Map.of()).then(), 400, "VALIDATION_FAILED")
                .body("errors.field", hasItem("reason"));
        act(staff, rejected, "reject", Map.of("reason", "非本社区居民"))
                .then()
                .statusCode(200)
                .body("status", equalTo("REJECTED"))
                .body("rejectionReason", equalTo("非本社区居民"))
                .body("timeline[1].detail", equalTo("非本社区居民"));
        long withdrawn = submitted(citizen, type, community);
        act(staff, withdrawn, "request-info", Map.of("message", "请补充")).then().statusCode(200);
        act(citizen, withdrawn, "withdraw", Map.of("note", "不需要了"))
                .then()
                .statusCode(200)
                .body("status", equalTo("WITHDRAWN"))
                .body("timeline[2].note", equalTo("不需要了"));
    }

    @Test
    void aStepThatTheStatusDoesNotAllowIs409NamingTheAllowedOnes() {
        long id = submitted(citizen, type, community);
        assertProblem(act(citizen, id, "supplement", Map.of("fields", Map.of())).then(), 409, "ILLEGAL_TRANSITION")
                .body("currentStatus", equalTo("SUBMITTED"))
                .body("allowed", contains("issue", "reject", "request-info", "withdraw"));
        act(citizen, id, "withdraw", Map.of()).then().statusCode(200);
        assertProblem(act(staff, id, "issue", Map.of()).then(), 409, "ILLEGAL_TRANSITION")
                .body("currentStatus", equalTo("WITHDRAWN"))
                .body("allowed", hasSize(0));
        assertProblem(act(citizen, id, "withdraw", Map.of()).then(), 409, "ILLEGAL_TRANSITION");
    }

    @Test
    void onlyTheRightPeopleAct() {
        long id = submitted(citizen, type, community);
        String otherStaff = TestTokens.communityStaff("s-other", fixtures.community(CommunityLevel.COMMUNITY));
        assertProblem(act(citizen, id, "issue", Map.of()).then(), 403, "FORBIDDEN");
        assertProblem(act(TestTokens.admin(), id, "issue", Map.of()).then(), 403, "FORBIDDEN");
        assertProblem(act(otherStaff, id, "issue", Map.of()).then(), 404, "NOT_FOUND");
        assertProblem(act(otherStaff, id, "reject", Map.of("reason", "x")).then(), 404, "NOT_FOUND");
        assertProblem(act(staff, id, "withdraw", Map.of()).then(), 403, "FORBIDDEN");
        assertProblem(
                act(TestTokens.citizen("someone-else"), id, "withdraw", Map.of())
                        .then(),
                404,
                "NOT_FOUND");
        given().auth()
                .oauth2(citizen)
                .get(REQUESTS + "/" + id)
                .then()
                .body("status", equalTo("SUBMITTED"))
                .body("version", equalTo(0));
    }

    @Test
    void aStaleIfMatchIs412() {
        long id = submitted(citizen, type, community);
        act(staff, id, "request-info", Map.of("message", "请补充")).then().statusCode(200);
        assertProblem(
                        given().auth()
                                .oauth2(staff)
                                .contentType(ContentType.JSON)
                                .header("If-Match", "\"0\"")
                                .body(Map.of("reason", "x"))
                                .post(REQUESTS + "/" + id + "/reject")
                                .then(),
                        412,
                        "PRECONDITION_FAILED")
                .body("currentVersion", equalTo(1));
        given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .header("If-Match", "\"1\"")
                .body(Map.of("reason", "材料不全"))
                .post(REQUESTS + "/" + id + "/reject")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"");
    }

    @Test
    void anIssueWithAnEmptyJsonBodyIsAccepted() {
        long id = submitted(citizen, type, community);
        given().auth()
                .oauth2(staff)
                .contentType(ContentType.JSON)
                .post(REQUESTS + "/" + id + "/issue")
                .then()
                .statusCode(200)
                .body("status", equalTo("ISSUED"));
    }

    @Test
    void twoStaffIssuingAtOnceMakeExactlyOneCertificate() throws Exception {
        long id = submitted(citizen, type, community);
        int callers = 6;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                String token = TestTokens.communityStaff("staff-" + i, community);
                calls.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                start.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return act(token, id, "issue", Map.of());
                        },
                        pool));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (CompletableFuture<Response> call : calls) {
                Response response = call.get(60, TimeUnit.SECONDS);
                statuses.add(response.statusCode());
                if (response.statusCode() == 409) {
                    assertTrue(
                            List.of("ILLEGAL_TRANSITION", "CONCURRENT_MODIFICATION")
                                    .contains(response.jsonPath().getString("code")),
                            response.asString());
                }
            }
            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), "exactly one issue succeeds: " + statuses);
            assertEquals(callers - 1, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            assertEquals(1, fixtures.certificatesOfRequest(id));
        } finally {
            pool.shutdownNow();
        }
    }
}
