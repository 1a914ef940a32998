package cn.gov.chengdu.certificate.type;

import static io.restassured.RestAssured.given;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import io.restassured.http.ContentType;

import cn.gov.chengdu.testing.TestTokens;

/**
 * Builds catalogue states through the API, as an admin and the three reviewers would (slower than
 * {@link cn.gov.chengdu.certificate.CertificateFixtures}, which writes through the entities).
 */
public final class CatalogueFixtures {

    private static final AtomicInteger SEQUENCE = new AtomicInteger();
    public static final List<String> BODIES = List.of("GOV_SERVICE_CENTER", "CIVIL_AFFAIRS", "LEGAL_AFFAIRS");

    private CatalogueFixtures() {}

    public static String uniqueCode(String prefix) {
        return prefix + "-" + SEQUENCE.incrementAndGet() + "-" + (System.nanoTime() % 100000);
    }

    /** A complete draft body with a legal basis and a template. */
    public static Map<String, Object> draftBody(String code, String name, List<String> aliases) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("code", code);
        body.put("name", name);
        body.put("aliases", aliases);
        body.put("description", "用于测试的证明事项");
        body.put("category", "社会救助");
        body.put("issuingLevel", "ANY");
        body.put("responsibleDepartment", "市民政局");
        body.put("legalBases", List.of(Map.of("law", "《社会救助暂行办法》", "article", "第十一条", "authority", "国务院")));
        body.put("requiredMaterials", List.of("居民身份证"));
        body.put("processingLimitDays", 3);
        body.put("validityDays", 90);
        body.put(
                "template",
                Map.of(
                        "title",
                        name,
                        "body",
                        "兹证明{{applicantName}}（身份证号{{idNumber}}）{{reason}}。",
                        "fields",
                        List.of(Map.of("name", "reason", "label", "事由", "required", true))));
        return body;
    }

    public static Map<String, Object> draftWithoutLegalBasis(String code, String name) {
        Map<String, Object> body = draftBody(code, name, List.of());
        body.put("legalBases", new ArrayList<>());
        return body;
    }

    public static void create(Map<String, Object> body) {
        given().auth()
                .oauth2(TestTokens.admin())
                .contentType(ContentType.JSON)
                .body(body)
                .post("/api/v1/certificate-types")
                .then()
                .statusCode(201);
    }

    public static void submit(String code) {
        given().auth()
                .oauth2(TestTokens.admin())
                .post("/api/v1/certificate-types/" + code + "/submit-review")
                .then()
                .statusCode(200);
    }

    public static String reviewer(String body) {
        return TestTokens.reviewer("reviewer-" + body.toLowerCase(), body);
    }

    public static io.restassured.response.Response vote(String code, String body, String decision) {
        return given().auth()
                .oauth2(reviewer(body))
                .contentType(ContentType.JSON)
                .body(Map.of("decision", decision, "opinion", "意见：" + decision))
                .post("/api/v1/certificate-types/" + code + "/reviews");
    }

    /** Drafted, submitted and approved by all three bodies. */
    public static String approvedType(String name, List<String> aliases) {
        String code = uniqueCode("APR");
        create(draftBody(code, name, aliases));
        submit(code);
        BODIES.forEach(body -> vote(code, body, "APPROVE").then().statusCode(200));
        return code;
    }

    /** Drafted, submitted and rejected by the legal affairs office: abolished as REJECTED_IN_REVIEW. */
    public static String rejectedInReview(String name, List<String> aliases) {
        String code = uniqueCode("ABO");
        create(draftBody(code, name, aliases));
        submit(code);
        vote(code, "LEGAL_AFFAIRS", "REJECT").then().statusCode(200);
        return code;
    }
}
