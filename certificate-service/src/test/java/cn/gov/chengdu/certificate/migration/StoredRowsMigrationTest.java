package cn.gov.chengdu.certificate.migration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import cn.gov.chengdu.certificate.certificate.CertificateContent;
import cn.gov.chengdu.embedded.EmbeddedDatabase;

/**
 * A suite database that was created before V22 (certificates with their template and fields in two columns) still
 * reads after the migrations: each certificate's content becomes a {@link CertificateContent} document of format 1.
 */
class StoredRowsMigrationTest {

    private static final String SCHEMA = "certificate";

    @Test
    void certificatesIssuedBeforeV22ReadAsContentDocuments() throws Exception {
        try (EmbeddedPostgres postgres = EmbeddedDatabase.builder().start()) {
            DataSource db = postgres.getPostgresDatabase();
            try (Connection connection = db.getConnection()) {
                EmbeddedDatabase.createExtensions(connection);
            }
            flyway(db, "21").migrate();
            try (Connection connection = db.getConnection();
                    Statement sql = connection.createStatement()) {
                sql.execute("SET search_path TO certificate, public");
                sql.execute(
                        "INSERT INTO community (code, name, district, level) VALUES ('C-1', '玉林社区', '武侯区', 'COMMUNITY')");
                sql.execute("INSERT INTO certificate_type (code, name, issuing_level, status, search_text) VALUES"
                        + " ('T-1', '居住证明', 'ANY', 'RETAINED', '居住证明')");
                for (String[] row : new String[][] {
                    {
                        "CD-2025-000001",
                        "'{\"title\": \"居住证明\", \"body\": \"{{address}}\", \"fields\": [{\"name\":"
                                + " \"address\", \"label\": \"居住地址\", \"required\": true}]}'"
                    },
                    {"CD-2025-000002", "NULL"}
                }) {
                    sql.execute("INSERT INTO certificate_request (type_code, community_code, owner_subject,"
                            + " applicant_name, applicant_id_number, purpose, status, certificate_number, submitted_at)"
                            + " VALUES ('T-1', 'C-1', 'citizen-1', '张小三', '510104199003071234', '银行开户', 'ISSUED', '"
                            + row[0] + "', now())");
                    sql.execute("INSERT INTO certificate (number, request_id, type_code, type_name, template,"
                            + " community_code, community_name, owner_subject, subject_name, subject_id_number, purpose,"
                            + " fields, verification_code, issued_by, issued_at, signing_kid, token) VALUES ('" + row[0]
                            + "', (SELECT max(id) FROM certificate_request), 'T-1', '居住证明', " + row[1]
                            + ", 'C-1', '玉林社区',"
                            + " 'citizen-1', '张小三', '510104199003071234', '银行开户', '{\"address\": \"玉林北路1号\"}',"
                            + " 'ABCD2345', 'staff-1', now(), 'k1', 'token')");
                }
            }
            flyway(db, "latest").migrate();
            ObjectMapper json = new ObjectMapper();
            try (Connection connection = db.getConnection();
                    Statement sql = connection.createStatement();
                    ResultSet rows = sql.executeQuery(
                            "SELECT number, content::text FROM certificate.certificate ORDER BY number")) {
                rows.next();
                CertificateContent withTemplate = json.readValue(rows.getString(2), CertificateContent.class);
                assertEquals(1, withTemplate.format());
                assertEquals("居住证明", withTemplate.template().title());
                assertEquals(Map.of("address", "居住地址"), withTemplate.template().fieldLabels());
                assertEquals(Map.of("address", "玉林北路1号"), withTemplate.fields());
                rows.next();
                CertificateContent withoutTemplate = json.readValue(rows.getString(2), CertificateContent.class);
                assertNull(withoutTemplate.template());
                assertEquals("玉林北路1号", withoutTemplate.fields().get("address"));
            }
        }
    }

    private static Flyway flyway(DataSource db, String target) {
        return Flyway.configure()
                .dataSource(db)
                .schemas(SCHEMA)
                .defaultSchema(SCHEMA)
                .locations("classpath:db/migration", "classpath:db/common")
                .target(target)
                .load();
    }
}
