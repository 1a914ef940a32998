package cn.gov.chengdu.certificate.type;

import static cn.gov.chengdu.certificate.type.CatalogueFixtures.create;
import static cn.gov.chengdu.certificate.type.CatalogueFixtures.draftBody;
import static cn.gov.chengdu.certificate.type.CatalogueFixtures.uniqueCode;
import static cn.gov.chengdu.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import cn.gov.chengdu.testing.TestTokens;

@QuarkusTest
class CertificateTypeResourceTest {

    @Test
    void draftKeepsEverythingAnAdminWrote() {
        String code = uniqueCode("FULL");
        create(draftBody(code, "居住证明", List.of("居住情况证明", "住址证明")));
        given().get("/api/v1/certificate-types/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("居住证明"))
                .body("aliases", contains("居住情况证明", "住址证明"))
                .body("issuingLevel", equalTo("ANY"))
                .body("legalBases[0].law", equalTo("《社会救助暂行办法》"))
                .body("legalBases[0].article", equalTo("第十一条"))
                .body("requiredMaterials", contains("居民身份证"))
                .body("processingLimitDays", equalTo(3))
                .body("validityDays", equalTo(90))
                .body("template.fields[0].name", equalTo("reason"))
                .body("status", equalTo("DRAFT"))
                .body("abolition", nullValue())
                .body("statusHistory", hasSize(1))
                .body("statusHistory[0].to", equalTo("DRAFT"))
                .body("statusHistory[0].actor", equalTo("admin-1"))
                .body("statusHistory[0].role", equalTo("admin"));
    }

    @Test
    void onlyADraftCanBeEditedAndSubmittedOnce() {
        String code = uniqueCode("EDIT");
        create(draftBody(code, "收入证明", List.of()));
        Map<String, Object> edit = draftBody(code, "家庭收入证明", List.of("收入情况证明"));
        edit.remove("code");
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .body(edit)
                .put("/api/v1/certificate-types/" + code)
                .then()
                .statusCode(200)
                .body("name", equalTo("家庭收入证明"))
                .body("version", equalTo(1));
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .body(Map.of("note", "送三堂会审"))
                .post("/api/v1/certificate-types/" + code + "/submit-review")
                .then()
                .statusCode(200)
                .header("ETag", "\"2\"")
                .body("status", equalTo("UNDER_REVIEW"))
                .body("reviewRound", equalTo(1))
                .body("statusHistory[1].note", equalTo("送三堂会审"));
        assertProblem(
                        given().auth()
                                .oauth2(TestTokens.admin())
                                .contentType(ContentType.JSON)
                                .body(edit)
                                .put("/api/v1/certificate-types/" + code)
                                .then(),
                        409,
                        "CERTIFICATE_TYPE_NOT_EDITABLE")
                .body("currentStatus", equalTo("UNDER_REVIEW"));
        assertProblem(
                        given().auth()
                                .oauth2(TestTokens.admin())
                                .contentType(ContentType.JSON)
                                .body("{}")
                                .post("/api/v1/certificate-types/" + code + "/submit-review")
                                .then(),
                        409,
                        "ILLEGAL_TRANSITION")
                .body("allowed", contains("ABOLISHED", "APPROVED"));
    }

    @Test
    void submitWithAStaleIfMatchIs412() {
        String code = uniqueCode("STALE");
        create(draftBody(code, "独生子女证明", List.of()));
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.admin())
                        .contentType(ContentType.JSON)
                        .header("If-Match", "\"7\"")
                        .body("{}")
                        .post("/api/v1/certificate-types/" + code + "/submit-review")
                        .then(),
                412,
                "PRECONDITION_FAILED");
        given().get("/api/v1/certificate-types/" + code).then().body("status", equalTo("DRAFT"));
    }

    @Test
    void onlyAdminsDraftAndSubmit() {
        String code = uniqueCode("ROLE");
        for (String token : List.of(
                TestTokens.citizen("c-1"),
                TestTokens.reviewer("r-1", "LEGAL_AFFAIRS"),
                TestTokens.communityStaff("s-1", "ANY"))) {
            assertProblem(
                    given().auth()
                            .oauth2(token)
                            .contentType(ContentType.JSON)
                            .body(draftBody(code, "测试证明", List.of()))
                            .post("/api/v1/certificate-types")
                            .then(),
                    403,
                    "FORBIDDEN");
        }
        create(draftBody(code, "测试证明", List.of()));
        assertProblem(
                given().auth()
                        .oauth2(TestTokens.citizen("c-1"))
                        .contentType(ContentType.JSON)
                        .body("{}")
                        .post("/api/v1/certificate-types/" + code + "/submit-review")
                        .then(),
                403,
                "FORBIDDEN");
    }

    @Test
    void listFiltersByStatusAndText() {
        String code = uniqueCode("LIST");
        create(draftBody(code, "宅基地使用情况证明", List.of("宅基地证明")));
        given().queryParam("status", "DRAFT")
                .queryParam("q", "宅基地")
                .queryParam("limit", 100)
                .get("/api/v1/certificate-types")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(code))
                .body("items.status", everyItem(equalTo("DRAFT")))
                .body("items[0].statusHistory", nullValue());
        given().queryParam("status", "RETAINED")
                .queryParam("q", "宅基地使用情况")
                .get("/api/v1/certificate-types")
                .then()
                .statusCode(200)
                .body("items", hasSize(0))
                .body("nextCursor", nullValue());
        assertProblem(
                given().queryParam("status", "GONE")
                        .get("/api/v1/certificate-types")
                        .then(),
                400,
                "INVALID_VALUE");
    }

    @Test
    void invalidNestedContentNamesTheField() {
        Map<String, Object> body = draftBody(uniqueCode("NEST"), "测试证明", List.of());
        body.put("legalBases", List.of(Map.of("article", "第一条")));
        body.put(
                "template",
                Map.of(
                        "title",
                        "t",
                        "body",
                        "b",
                        "fields",
                        List.of(Map.of("name", "Bad Name", "label", "x", "required", true))));
        assertProblem(
                        given().auth()
                                .oauth2(TestTokens.admin())
                                .contentType(ContentType.JSON)
                                .body(body)
                                .post("/api/v1/certificate-types")
                                .then(),
                        400,
                        "VALIDATION_FAILED")
                .body("errors.field", hasItem("legalBases[0].law"))
                .body("errors.field", hasItem("template.fields[0].name"));
    }

    @Test
    void unknownTypeIs404() {
        assertProblem(given().get("/api/v1/certificate-types/NO-SUCH").then(), 404, "NOT_FOUND");
    }
}
