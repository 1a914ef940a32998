package cn.gov.chengdu.suite;

import java.nio.file.Path;

/**
 * Where everything of a suite lives: the checkout ({@code root}) and its state directory {@code .suite/}
 * (database files, secrets, keys, logs, pid files).
 */
public record SuiteHome(Path root) {

    /** The system property the {@code suite} script sets; it also marks every process the suite starts. */
    public static final String PROPERTY = "chengdu.suite.home";

    public SuiteHome {
        root = root.toAbsolutePath().normalize();
    }

    /** The home the {@code suite} script passed, or the working directory. */
    public static SuiteHome fromSystemProperty() {
        return new SuiteHome(Path.of(System.getProperty(PROPERTY, "")));
    }

    public Path state() {
        return root.resolve(".suite");
    }

    public Path pgData() {
        return state().resolve("pgdata");
    }

    public Path dbSecrets() {
        return state().resolve("secrets").resolve("db.properties");
    }

    public Path keys() {
        return state().resolve("keys");
    }

    public Path jwtPrivateKey() {
        return keys().resolve("jwt-private.pem");
    }

    public Path jwtPublicKey() {
        return keys().resolve("jwt-public.pem");
    }

    /** The demo integrator's API key in plain text, so that {@code ./suite apikey} can print it again. */
    public Path demoApiKey() {
        return keys().resolve("demo-integrator.apikey");
    }

    /** What the gateway reads ({@code GATEWAY_API_KEYS_FILE}): the integrators' keys, hashed. */
    public Path gatewayApiKeys() {
        return state().resolve("gateway").resolve("api-keys.json");
    }

    public Path certificateSigningKeys() {
        return keys().resolve("certificate-signing");
    }

    public Path logs() {
        return state().resolve("logs");
    }

    public Path log(String processName) {
        return logs().resolve(processName + ".log");
    }

    public Path run() {
        return state().resolve("run");
    }

    /** Held by the running supervisor: one supervisor per suite. */
    public Path supervisorLock() {
        return run().resolve("suite.lock");
    }

    /** Present while the supervisor's suite is up and ready. */
    public Path readyMarker() {
        return run().resolve("suite.ready");
    }

    public Path pidFile(String processName) {
        return run().resolve(processName + ".pid");
    }

    public Path fastJar(Part part) {
        return root.resolve(part.id()).resolve("target/quarkus-app/quarkus-run.jar");
    }
}
