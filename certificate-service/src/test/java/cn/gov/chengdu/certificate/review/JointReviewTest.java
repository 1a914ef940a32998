package cn.gov.chengdu.certificate.review;

import static cn.gov.chengdu.certificate.type.CatalogueFixtures.BODIES;
import static cn.gov.chengdu.certificate.type.CatalogueFixtures.create;
import static cn.gov.chengdu.certificate.type.CatalogueFixtures.draftBody;
import static cn.gov.chengdu.certificate.type.CatalogueFixtures.draftWithoutLegalBasis;
import static cn.gov.chengdu.certificate.type.CatalogueFixtures.submit;
import static cn.gov.chengdu.certificate.type.CatalogueFixtures.uniqueCode;
import static cn.gov.chengdu.certificate.type.CatalogueFixtures.vote;
import static cn.gov.chengdu.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import cn.gov.chengdu.testing.TestTokens;

@QuarkusTest
class JointReviewTest {

    private static String underReview(Map<String, Object> draft) {
        create(draft);
        String code = (String) draft.get("code");
        submit(code);
        return code;
    }

    @Test
    void threeApprovalsApprove() {
        String code = underReview(draftBody(uniqueCode("REV"), "低保申请证明", List.of()));
        vote(code, "GOV_SERVICE_CENTER", "APPROVE").then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        vote(code, "CIVIL_AFFAIRS", "APPROVE").then().statusCode(200).body("status", equalTo("UNDER_REVIEW"));
        vote(code, "LEGAL_AFFAIRS", "APPROVE")
                .then()
                .statusCode(200)
                .body("status", equalTo("APPROVED"))
                .body("statusHistory[-1].to", equalTo("APPROVED"))
                .body("statusHistory[-1].role", equalTo("reviewer"));
        given().get("/api/v1/certificate-types/" + code + "/reviews")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items[0].reviewBody", equalTo("LEGAL_AFFAIRS"))
                .body("items[0].round", equalTo(1))
                .body("items[0].opinion", equalTo("意见：APPROVE"));
    }

    @Test
    void oneRejectionAbolishes() {
        String code = underReview(draftBody(uniqueCode("REJ"), "房屋租赁证明", List.of()));
        vote(code, "GOV_SERVICE_CENTER", "APPROVE").then().statusCode(200);
        vote(code, "CIVIL_AFFAIRS", "REJECT")
                .then()
                .statusCode(200)
                .body("status", equalTo("ABOLISHED"))
                .body("abolition.reason", equalTo("REJECTED_IN_REVIEW"))
                .body("abolition.detail", containsString("CIVIL_AFFAIRS"));
        assertProblem(vote(code, "LEGAL_AFFAIRS", "APPROVE").then(), 409, "ILLEGAL_TRANSITION")
                .body("currentStatus", equalTo("ABOLISHED"));
    }

    @Test
    void withoutLegalBasisApprovalIs422AndRejectionSaysSo() {
        String code = underReview(draftWithoutLegalBasis(uniqueCode("NLB"), "养老保险参保证明"));
        assertProblem(vote(code, "LEGAL_AFFAIRS", "APPROVE").then(), 422, "NO_LEGAL_BASIS");
        vote(code, "LEGAL_AFFAIRS", "REJECT")
                .then()
                .statusCode(200)
                .body("status", equalTo("ABOLISHED"))
                .body("abolition.reason", equalTo("NO_LEGAL_BASIS"));
    }

    @Test
    void oneVotePerBodyPerRound() {
        String code = underReview(draftBody(uniqueCode("ONCE"), "生育证明", List.of()));
        vote(code, "CIVIL_AFFAIRS", "APPROVE").then().statusCode(200);
        assertProblem(vote(code, "CIVIL_AFFAIRS", "APPROVE").then(), 409, "REVIEW_ALREADY_CAST");
        given().get("/api/v1/certificate-types/" + code + "/reviews").then().body("items", hasSize(1));
    }

    @Test
    void aDraftCannotBeVotedOn() {
        String code = uniqueCode("DRAFTV");
        create(draftBody(code, "草稿证明", List.of()));
        assertProblem(vote(code, "CIVIL_AFFAIRS", "APPROVE").then(), 409, "ILLEGAL_TRANSITION");
    }

    @Test
    void onlyReviewersWithAReviewBodyVote() {
        String code = underReview(draftBody(uniqueCode("WHO"), "务工证明", List.of()));
        Map<String, Object> body = Map.of("decision", "APPROVE", "opinion", "同意");
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/certificate-types/" + code + "/reviews")
                        .then(),
                403,
                "FORBIDDEN");
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.as("reviewer").sign())
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/certificate-types/" + code + "/reviews")
                        .then(),
                403,
                "FORBIDDEN");
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.reviewer("r", "PRESS_OFFICE"))
                        .contentType(ContentType.JSON)
                        .body(body)
                        .post("/api/v1/certificate-types/" + code + "/reviews")
                        .then(),
                403,
                "FORBIDDEN");
        assertProblem(
                        given().auth()
                                .oauth2(TestTokens.reviewer("r", "LEGAL_AFFAIRS"))
                                .contentType(ContentType.JSON)
                                .body(Map.of("decision", "MAYBE", "opinion", "x"))
                                .post("/api/v1/certificate-types/" + code + "/reviews")
                                .then(),
                        400,
                        "INVALID_VALUE")
                .body("errors[0].field", equalTo("decision"));
        assertProblem(
                        given().auth()
                                .oauth2(TestTokens.reviewer("r", "LEGAL_AFFAIRS"))
                                .contentType(ContentType.JSON)
                                .body(Map.of("decision", "APPROVE", "opinion", " "))
                                .post("/api/v1/certificate-types/" + code + "/reviews")
                                .then(),
                        400,
                        "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("opinion"));
        given().get("/api/v1/certificate-types/" + code + "/reviews").then().body("items", hasSize(0));
    }

    @Test
    void twoVotesOfOneBodyAtOnceCountOnce() throws Exception {
        String code = underReview(draftBody(uniqueCode("RACE1"), "赡养关系证明", List.of()));
        List<Response> answers = race(8, () -> vote(code, "LEGAL_AFFAIRS", "APPROVE"));
        long accepted = answers.stream().filter(r -> r.statusCode() == 200).count();
        assertEquals(1, accepted, "exactly one vote of the body is counted");
        answers.stream().filter(r -> r.statusCode() != 200).forEach(r -> {
            assertEquals(409, r.statusCode());
            assertEquals("REVIEW_ALREADY_CAST", r.jsonPath().getString("code"));
        });
        given().get("/api/v1/certificate-types/" + code + "/reviews").then().body("items", hasSize(1));
    }

    @Test
    void threeBodiesApprovingAtOnceApproveOnce() throws Exception {
        String code = underReview(draftBody(uniqueCode("RACE3"), "监护关系证明", List.of()));
        List<String> bodies = new ArrayList<>(BODIES);
        List<Response> answers = race(3, () -> {
            String body;
            synchronized (bodies) {
                body = bodies.remove(0);
            }
            return vote(code, body, "APPROVE");
        });
        answers.forEach(r -> assertEquals(200, r.statusCode()));
        given().get("/api/v1/certificate-types/" + code)
                .then()
                .body("status", equalTo("APPROVED"))
                .body("statusHistory.findAll { it.to == 'APPROVED' }", hasSize(1));
    }

    private static List<Response> race(int callers, Supplier<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<CompletableFuture<Response>> calls = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                calls.add(CompletableFuture.supplyAsync(
                        () -> {
                            try {
                                start.await(30, TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                            return call.get();
                        },
                        pool));
            }
            start.countDown();
            List<Response> answers = new ArrayList<>();
            for (CompletableFuture<Response> c : calls) {
                answers.add(c.get(60, TimeUnit.SECONDS));
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }
}
