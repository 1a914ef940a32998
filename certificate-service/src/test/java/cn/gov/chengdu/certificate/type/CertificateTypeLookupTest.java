package cn.gov.chengdu.certificate.type;

import static cn.gov.chengdu.certificate.type.CatalogueFixtures.approvedType;
import static cn.gov.chengdu.certificate.type.CatalogueFixtures.rejectedInReview;
import static cn.gov.chengdu.testing.ProblemAssertions.assertProblem;
import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class CertificateTypeLookupTest {

    private static String kinship;
    private static String residence;

    @BeforeEach
    void catalogue() {
        if (kinship != null) {
            return;
        }
        kinship = rejectedInReview("亲属关系证明（查询测试）", List.of("直系亲属证明（查询测试）"));
        residence = approvedType("实际居住证明（查询测试）", List.of("居住情况证明（查询测试）"));
    }

    @Test
    void partialChineseInputFindsTheAbolishedTypeWithWhy() {
        given().queryParam("q", "亲属关系")
                .get("/api/v1/certificate-types/lookup")
                .then()
                .statusCode(200)
                .body("nextCursor", nullValue())
                .body("items.code", hasItem(kinship))
                .body("items.find { it.code == '" + kinship + "' }.status", equalTo("ABOLISHED"))
                .body("items.find { it.code == '" + kinship + "' }.stillIssued", equalTo(false))
                .body("items.find { it.code == '" + kinship + "' }.abolition.reason", equalTo("REJECTED_IN_REVIEW"));
    }

    @Test
    void aliasesAreSearchedToo() {
        given().queryParam("q", "直系亲属")
                .get("/api/v1/certificate-types/lookup")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(kinship));
        given().queryParam("q", "居住情况")
                .get("/api/v1/certificate-types/lookup")
                .then()
                .statusCode(200)
                .body("items.code", hasItem(residence))
                .body("items.find { it.code == '" + residence + "' }.abolition", nullValue());
    }

    @Test
    void anExactNameRanksFirst() {
        given().queryParam("q", "实际居住证明（查询测试）")
                .get("/api/v1/certificate-types/lookup")
                .then()
                .statusCode(200)
                .body("items[0].code", equalTo(residence))
                .body("items[0].score", equalTo(1.0f));
    }

    @Test
    void aSlightlyDifferentWordingStillFindsIt() {
        for (String wording : List.of("亲属关系的证明", "亲属关证明")) {
            given().queryParam("q", wording)
                    .get("/api/v1/certificate-types/lookup")
                    .then()
                    .statusCode(200)
                    .body("items.code", hasItem(kinship));
        }
    }

    @Test
    void wildcardsAreJustCharacters() {
        given().queryParam("q", "%")
                .get("/api/v1/certificate-types/lookup")
                .then()
                .statusCode(200)
                .body("items.code", not(hasItem(kinship)));
    }

    @Test
    void blankOrHugeInputIs400() {
        assertProblem(
                        given().queryParam("q", " ")
                                .get("/api/v1/certificate-types/lookup")
                                .then(),
                        400,
                        "VALIDATION_FAILED")
                .body("errors[0].field", equalTo("q"));
        assertProblem(given().get("/api/v1/certificate-types/lookup").then(), 400, "VALIDATION_FAILED");
        assertProblem(
                given().queryParam("q", "证".repeat(51))
                        .get("/api/v1/certificate-types/lookup")
                        .then(),
                400,
                "VALIDATION_FAILED");
    }
}
