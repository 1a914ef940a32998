package cn.gov.chengdu.certificate.demo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyOrNullString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;

import cn.gov.chengdu.certificate.template.FilledTemplate;
import cn.gov.chengdu.certificate.template.TemplateBody;

/** The service started with demo data, in a schema of its own so the other tests keep an empty catalogue. */
@QuarkusTest
@TestProfile(DemoDataLoadTest.WithDemoData.class)
class DemoDataLoadTest {

    public static class WithDemoData implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "suite.demo-data.enabled",
                    "true",
                    "quarkus.flyway.schemas",
                    "certificate_demo",
                    "quarkus.hibernate-orm.database.default-schema",
                    "certificate_demo",
                    "quarkus.datasource.jdbc.additional-jdbc-properties.currentSchema",
                    "certificate_demo,public");
        }
    }

    @Inject
    DemoDataLoader loader;

    @Inject
    DataSource dataSource;

    @Test
    void theCatalogueHas313Types15Retained298Abolished() {
        List<Map<String, Object>> all = walk(null);
        assertEquals(313, all.size());
        assertEquals(15, walk("RETAINED").size());
        assertEquals(298, walk("ABOLISHED").size());
        Set<String> names = new HashSet<>();
        all.forEach(t -> assertTrue(names.add((String) t.get("name")), "distinct: " + t.get("name")));
        given().get("/api/v1/certificate-stats")
                .then()
                .statusCode(200)
                .body("surveyed", equalTo(313))
                .body("retained", equalTo(15))
                .body("abolished", equalTo(298));
        given().queryParam("limit", 100)
                .get("/api/v1/communities")
                .then()
                .statusCode(200)
                .body("items.size()", equalTo(16));
    }

    @Test
    void theTwentyNationalCertificatesAreAbolishedWithAnAlternative() {
        List<Map<String, Object>> national = walk("ABOLISHED").stream()
                .filter(t -> ((String) t.get("code")).startsWith("MCA2020-"))
                .toList();
        assertEquals(
                DemoCatalogueTest.NATIONAL_NAMES,
                national.stream().map(t -> t.get("name")).toList());
        for (Map<String, Object> type : national) {
            @SuppressWarnings("unchecked")
            Map<String, Object> abolition = (Map<String, Object>) type.get("abolition");
            assertFalse(((String) abolition.get("alternative")).isBlank(), type.get("code") + " has an alternative");
            assertEquals(false, type.get("illustrative"));
        }
    }

    @Test
    void everyRetainedTypeHasALegalBasisAndACompleteTemplate() {
        for (Map<String, Object> summary : walk("RETAINED")) {
            JsonPath type = given().get("/api/v1/certificate-types/" + summary.get("code"))
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            assertFalse(type.getList("legalBases").isEmpty(), summary.get("code") + " has a legal basis");
            Set<String> allowed = new HashSet<>(type.getList("template.fields.name", String.class));
            allowed.addAll(FilledTemplate.STANDARD_LABELS.keySet());
            TemplateBody.split(type.getString("template.body")).stream()
                    .filter(TemplateBody.Segment::isPlaceholder)
                    .forEach(p -> assertTrue(allowed.contains(p.placeholder()), summary.get("code") + ": " + p));
        }
    }

    @Test
    void lookupOfKinshipFindsItAbolishedWithItsReason() {
        given().queryParam("q", "亲属关系")
                .get("/api/v1/certificate-types/lookup")
                .then()
                .statusCode(200)
                .body("items[0].code", equalTo("MCA2020-01"))
                .body("items[0].name", equalTo("亲属关系证明"))
                .body("items[0].status", equalTo("ABOLISHED"))
                .body("items[0].abolition.reason", equalTo("NO_LEGAL_BASIS"))
                .body("items[0].abolition.alternative", not(emptyOrNullString()));
    }

    @Test
    void aRetainedTypesHistoryRunsFromThe2016SurveyToThe2017List() {
        JsonPath type = given().get("/api/v1/certificate-types/CD-R01")
                .then()
                .statusCode(200)
                .body("status", equalTo("RETAINED"))
                .extract()
                .jsonPath();
        assertEquals(List.of("DRAFT", "UNDER_REVIEW", "APPROVED", "RETAINED"), type.getList("statusHistory.to"));
        List<String> at = type.getList("statusHistory.at");
        assertTrue(at.get(0).startsWith("2016-") && at.get(0).endsWith("+08:00"), at.get(0));
        assertTrue(at.subList(1, 4).stream().allMatch(a -> a.startsWith("2017-")), at.toString());
        given().get("/api/v1/certificate-types/CD-R01/reviews")
                .then()
                .statusCode(200)
                .body("items", hasSize(3))
                .body("items.decision", not(hasItem("REJECT")));
    }

    @Test
    void theCurrentListIsThe2017OneWithTheFifteen() {
        given().get("/api/v1/retention-lists/current")
                .then()
                .statusCode(200)
                .body("title", equalTo(CatalogueHistory.LIST_TITLE))
                .body("effectiveFrom", equalTo("2017-05-01"))
                .body("status", equalTo("PUBLISHED"))
                .body("items", hasSize(15));
    }

    @Test
    void loadingAgainLoadsNothing() throws SQLException {
        long types = count("SELECT count(*) FROM certificate_type");
        long changes = count("SELECT count(*) FROM certificate_type_status_change");
        assertEquals(List.of(), loader.loadAll());
        assertEquals(types, count("SELECT count(*) FROM certificate_type"));
        assertEquals(changes, count("SELECT count(*) FROM certificate_type_status_change"));
        assertEquals(3, count("SELECT count(*) FROM demo_data_step"));
    }

    @Test
    void aFailingStepLeavesNothingBehind() throws SQLException {
        DemoDataStep failing = new DemoDataStep() {
            @Override
            public String name() {
                return "failing-test-step";
            }

            @Override
            public int order() {
                return 900;
            }

            @Override
            public int load(Connection connection, DemoDataProgress progress) throws SQLException {
                try (PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO community (code, name, district, level) VALUES ('HALF-DONE', '半途村', '郫都区', 'VILLAGE')")) {
                    insert.executeUpdate();
                }
                throw new SQLException("simulated failure");
            }
        };
        DemoDataLoader withFailingStep = new DemoDataLoader(dataSource, List.of(failing), true);
        assertThrows(IllegalStateException.class, withFailingStep::loadAll);
        assertEquals(0, count("SELECT count(*) FROM community WHERE code = 'HALF-DONE'"));
        assertEquals(0, count("SELECT count(*) FROM demo_data_step WHERE step = 'failing-test-step'"));
    }

    private static List<Map<String, Object>> walk(String status) {
        List<Map<String, Object>> all = new ArrayList<>();
        String cursor = null;
        do {
            var request = given().queryParam("limit", 100);
            if (status != null) {
                request.queryParam("status", status);
            }
            if (cursor != null) {
                request.queryParam("cursor", cursor);
            }
            JsonPath page = request.get("/api/v1/certificate-types")
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            all.addAll(page.getList("items"));
            cursor = page.getString("nextCursor");
        } while (cursor != null);
        return all;
    }

    private long count(String sql) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(sql);
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
