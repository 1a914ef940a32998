package cn.gov.chengdu.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import cn.gov.chengdu.embedded.EmbeddedDatabase;

/**
 * A real PostgreSQL for a module's tests, brought by the build (zonky's binaries: no Docker, no installed
 * server). Started once per module test run: register it with
 * {@code @WithTestResource(value = EmbeddedPostgresResource.class, scope = TestResourceScope.GLOBAL)} on one test
 * class and every {@code @QuarkusTest} shares the same database and the same started application.
 * <p>
 * The cluster is initialised with UTF-8 encoding and a UTF-8 ctype, as the suite's and production's must be,
 * so that {@code pg_trgm} works on Chinese text. The extensions a service uses are created here as superuser,
 * as the operator's bootstrap SQL does in production. It also supplies the JWT verification key of
 * {@link TestTokens}.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedPostgres postgres;

    @Override
    public Map<String, String> start() {
        try {
            postgres = EmbeddedDatabase.builder()
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .setServerConfig("full_page_writes", "off")
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL", e);
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection()) {
            EmbeddedDatabase.createExtensions(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the embedded PostgreSQL", e);
        }
        Map<String, String> config = new HashMap<>();
        config.put("quarkus.datasource.jdbc.url", postgres.getJdbcUrl("postgres", "postgres"));
        config.put("quarkus.datasource.username", "postgres");
        config.put("quarkus.datasource.password", "postgres");
        config.putAll(TestTokens.verificationConfig());
        return config;
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
