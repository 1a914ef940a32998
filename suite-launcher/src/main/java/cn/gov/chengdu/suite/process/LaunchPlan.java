package cn.gov.chengdu.suite.process;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import cn.gov.chengdu.suite.DatabaseTarget;
import cn.gov.chengdu.suite.Part;
import cn.gov.chengdu.suite.Settings;
import cn.gov.chengdu.suite.SuiteHome;
import cn.gov.chengdu.suite.db.DbSecrets;

/** The command line and environment of each process the suite starts. */
public final class LaunchPlan {

    /** The postgres part holds zonky, which reads the binaries archive into memory once. */
    private static final List<String> POSTGRES_JVM = List.of("-Xmx128m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");
    private static final List<String> SUPERVISOR_JVM = List.of("-Xmx64m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1");

    private final SuiteHome home;
    private final Settings settings;
    private final SuiteProcesses processes;
    private final Supplier<DbSecrets> secrets;
    private final String java;
    private final String launcherClasspath;
    private final Optional<String> setsid;

    public LaunchPlan(SuiteHome home, Settings settings, SuiteProcesses processes, Supplier<DbSecrets> secrets,
                      String java, String launcherClasspath, Optional<String> setsid) {
        this.home = home;
        this.settings = settings;
        this.processes = processes;
        this.secrets = secrets;
        this.java = java;
        this.launcherClasspath = launcherClasspath;
        this.setsid = setsid;
    }

    /** Children run on this JVM's java and classpath, each in its own session where {@code setsid} exists. */
    public static LaunchPlan forThisJvm(SuiteHome home, Settings settings, SuiteProcesses processes,
                                        Supplier<DbSecrets> secrets) {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new LaunchPlan(home, settings, processes, secrets, java, System.getProperty("java.class.path"),
                onPath("setsid"));
    }

    public List<String> command(Part part) {
        List<String> command = start();
        if (part == Part.POSTGRES) {
            command.addAll(POSTGRES_JVM);
            command.addAll(processes.markers(part.id()));
            command.addAll(List.of("-cp", launcherClasspath, "cn.gov.chengdu.suite.db.PostgresMain",
                    home.pgData().toString(), Integer.toString(settings.port(part)), home.dbSecrets().toString()));
        } else {
            command.addAll(settings.serviceJvmOptions());
            command.add("-Dfile.encoding=UTF-8");
            command.addAll(processes.markers(part.id()));
            command.addAll(List.of("-jar", home.fastJar(part).toString()));
        }
        return command;
    }

    public List<String> supervisorCommand() {
        List<String> command = start();
        command.addAll(SUPERVISOR_JVM);
        command.addAll(processes.markers(SuiteProcesses.SUPERVISOR));
        command.addAll(List.of("-cp", launcherClasspath, "cn.gov.chengdu.suite.command.SuiteMain",
                "supervise", "--timeout", Long.toString(settings.readyTimeout().toSeconds())));
        return command;
    }

    /** Added to the inherited environment; the names are MicroProfile Config's mapping of the Quarkus properties. */
    public Map<String, String> environment(Part part) {
        Map<String, String> env = new LinkedHashMap<>();
        if (!part.isQuarkusApp()) {
            return env;
        }
        env.put("QUARKUS_HTTP_HOST", settings.listenAddress(part));
        env.put("QUARKUS_HTTP_PORT", Integer.toString(settings.port(part)));
        // should a part move /q/health and /q/metrics to Quarkus's management interface, it stays local too
        env.put("QUARKUS_MANAGEMENT_HOST", Part.LOOPBACK);
        env.put("MP_JWT_VERIFY_PUBLICKEY_LOCATION", home.jwtPublicKey().toString());
        env.put("SUITE_LOG_JSON", "false");
        if (part.isService()) {
            putDatasource(env, part);
            env.put("SUITE_DEMO_DATA_ENABLED", "true");
        }
        switch (part) {
            case CERTIFICATE_SERVICE -> env.put("CERTIFICATE_SIGNING_KEY_DIR", home.certificateSigningKeys().toString());
            case PETITION_SERVICE -> env.put("SCHEDULE_SERVICE_URL", settings.localUrl(Part.SCHEDULE_SERVICE));
            case GATEWAY -> {
                env.put("GATEWAY_UPSTREAM_CERTIFICATE", settings.localUrl(Part.CERTIFICATE_SERVICE));
                env.put("GATEWAY_UPSTREAM_PETITION", settings.localUrl(Part.PETITION_SERVICE));
                env.put("GATEWAY_UPSTREAM_SCHEDULE", settings.localUrl(Part.SCHEDULE_SERVICE));
                env.put("GATEWAY_API_KEYS_FILE", home.gatewayApiKeys().toString());
            }
            default -> {
                // the other services need nothing of their own
            }
        }
        return env;
    }

    public int port(Part part) {
        return settings.port(part);
    }

    private void putDatasource(Map<String, String> env, Part service) {
        if (settings.database() instanceof DatabaseTarget.External external) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", external.jdbcUrl());
            env.put("QUARKUS_DATASOURCE_USERNAME", external.user());
            env.put("QUARKUS_DATASOURCE_PASSWORD", external.password());
        } else if (settings.database() instanceof DatabaseTarget.Embedded embedded) {
            env.put("QUARKUS_DATASOURCE_JDBC_URL", embedded.jdbcUrl(DatabaseTarget.EMBEDDED_DATABASE));
            env.put("QUARKUS_DATASOURCE_USERNAME", service.role());
            env.put("QUARKUS_DATASOURCE_PASSWORD", secrets.get().password(service.role()));
        }
    }

    private List<String> start() {
        List<String> command = new ArrayList<>();
        setsid.ifPresent(command::add);
        command.add(java);
        return command;
    }

    private static Optional<String> onPath(String program) {
        return Arrays.stream(System.getenv().getOrDefault("PATH", "").split(File.pathSeparator))
                .filter(directory -> !directory.isEmpty())
                .map(directory -> Path.of(directory, program))
                .filter(Files::isExecutable)
                .map(Path::toString)
                .findFirst();
    }
}
