package cn.gov.chengdu.suite.process;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.Settings;
import cn.gov.chengdu.suite.SuiteHome;
import cn.gov.chengdu.suite.db.DbSecrets;

class LaunchPlanTest {

    private static final SuiteHome HOME = new SuiteHome(Path.of("/opt/chengdu"));

    @TempDir
    Path state;
    private DbSecrets secrets;

    @BeforeEach
    void makeSecrets() {
        secrets = DbSecrets.forEmbeddedDatabase(state.resolve("db.properties"));
    }

    @Test
    void everyQuarkusPartGetsPortKeyAndReadableLogs() {
        LaunchPlan plan = plan(Map.of());
        for (Part part : List.of(Part.CERTIFICATE_SERVICE, Part.PETITION_SERVICE, Part.SCHEDULE_SERVICE, Part.GATEWAY)) {
            Map<String, String> env = plan.environment(part);
            assertEquals(Integer.toString(part.defaultPort()), env.get("QUARKUS_HTTP_PORT"), part.id());
            assertEquals("/opt/chengdu/.suite/keys/jwt-public.pem", env.get("MP_JWT_VERIFY_PUBLICKEY_LOCATION"));
            assertEquals("false", env.get("SUITE_LOG_JSON"));
            assertEquals("127.0.0.1", env.get("QUARKUS_MANAGEMENT_HOST"), part.id());
        }
        assertEquals(Map.of(), plan.environment(Part.POSTGRES));
    }

    @Test
    void onlyTheGatewayListensBeyondTheLoopbackAddress() {
        LaunchPlan plan = plan(Map.of());
        for (Part service : Part.SERVICES) {
            assertEquals("127.0.0.1", plan.environment(service).get("QUARKUS_HTTP_HOST"), service.id());
        }
        assertEquals("0.0.0.0", plan.environment(Part.GATEWAY).get("QUARKUS_HTTP_HOST"));
        assertEquals("192.168.1.20",
                plan(Map.of("SUITE_GATEWAY_HOST", "192.168.1.20")).environment(Part.GATEWAY).get("QUARKUS_HTTP_HOST"));
    }

    @Test
    void servicesUseTheirOwnRoleOnTheEmbeddedDatabaseAndLoadDemoData() {
        Map<String, String> env = plan(Map.of("SUITE_PG_PORT", "5544")).environment(Part.PETITION_SERVICE);
        assertEquals("jdbc:postgresql://127.0.0.1:5544/chengdu", env.get("QUARKUS_DATASOURCE_JDBC_URL"));
        assertEquals("petition_service", env.get("QUARKUS_DATASOURCE_USERNAME"));
        assertEquals(secrets.password("petition_service"), env.get("QUARKUS_DATASOURCE_PASSWORD"));
        assertEquals("true", env.get("SUITE_DEMO_DATA_ENABLED"));
        assertEquals("http://127.0.0.1:8083", env.get("SCHEDULE_SERVICE_URL"));
    }

    @Test
    void certificateServiceFindsItsSigningKeys() {
        assertEquals("/opt/chengdu/.suite/keys/certificate-signing",
                plan(Map.of()).environment(Part.CERTIFICATE_SERVICE).get("CERTIFICATE_SIGNING_KEY_DIR"));
    }

    @Test
    void gatewayKnowsTheServicesPortsTheApiKeysAndNoDatabase() {
        Map<String, String> env = plan(Map.of("SUITE_CERTIFICATE_SERVICE_PORT", "9081", "SUITE_GATEWAY_PORT", "9080"))
                .environment(Part.GATEWAY);
        assertEquals("9080", env.get("QUARKUS_HTTP_PORT"));
        assertEquals("http://127.0.0.1:9081", env.get("GATEWAY_UPSTREAM_CERTIFICATE"));
        assertEquals("http://127.0.0.1:8082", env.get("GATEWAY_UPSTREAM_PETITION"));
        assertEquals("http://127.0.0.1:8083", env.get("GATEWAY_UPSTREAM_SCHEDULE"));
        assertEquals("/opt/chengdu/.suite/gateway/api-keys.json", env.get("GATEWAY_API_KEYS_FILE"));
        assertTrue(env.keySet().stream().noneMatch(name -> name.startsWith("QUARKUS_DATASOURCE")));
    }

    @Test
    void anExternalDatabaseIsSharedByAllServices() {
        LaunchPlan plan = plan(Map.of("SUITE_DB_URL", "jdbc:postgresql://db.example:5432/suite", "SUITE_DB_USER", "suite",
                "SUITE_DB_PASSWORD", "s3cret"));
        for (Part service : Part.SERVICES) {
            Map<String, String> env = plan.environment(service);
            assertEquals("jdbc:postgresql://db.example:5432/suite", env.get("QUARKUS_DATASOURCE_JDBC_URL"));
            assertEquals("suite", env.get("QUARKUS_DATASOURCE_USERNAME"));
            assertEquals("s3cret", env.get("QUARKUS_DATASOURCE_PASSWORD"));
        }
    }

    @Test
    void servicesRunAsFastJarsInTheirOwnSessionMarkedAsThisSuites() {
        assertEquals(List.of("/usr/bin/setsid", "/jdk/bin/java", "-Xmx256m", "-XX:+UseSerialGC", "-Dfile.encoding=UTF-8",
                        "-Dchengdu.suite.home=/opt/chengdu", "-Dchengdu.suite.part=gateway",
                        "-jar", "/opt/chengdu/gateway/target/quarkus-app/quarkus-run.jar"),
                plan(Map.of("SUITE_JAVA_OPTS", "-Xmx256m -XX:+UseSerialGC")).command(Part.GATEWAY));
    }

    @Test
    void postgresRunsInASmallLauncherJvm() {
        List<String> command = plan(Map.of()).command(Part.POSTGRES);
        assertEquals(List.of("-cp", "launcher.jar:lib/*", "cn.gov.chengdu.suite.db.PostgresMain",
                "/opt/chengdu/.suite/pgdata", "55432", "/opt/chengdu/.suite/secrets/db.properties"),
                command.subList(command.size() - 6, command.size()));
        assertTrue(command.contains("-Dchengdu.suite.part=postgres"));
    }

    @Test
    void theDetachedSupervisorKeepsTheTimeout() {
        List<String> command = plan(Map.of("SUITE_READY_TIMEOUT", "240")).supervisorCommand();
        assertEquals(List.of("cn.gov.chengdu.suite.command.SuiteMain", "supervise", "--timeout", "240"),
                command.subList(command.size() - 4, command.size()));
        assertTrue(command.contains("-Dchengdu.suite.part=suite"));
    }

    private LaunchPlan plan(Map<String, String> env) {
        return new LaunchPlan(HOME, Settings.fromEnvironment(env), new SuiteProcesses(HOME), () -> secrets,
                "/jdk/bin/java", "launcher.jar:lib/*", Optional.of("/usr/bin/setsid"));
    }
}
