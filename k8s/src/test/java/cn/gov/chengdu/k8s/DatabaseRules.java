package cn.gov.chengdu.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.StatefulSet;
import tools.jackson.databind.JsonNode;

/**
 * Each service's database: its own, reached with its own role's credentials, created UTF-8 with a UTF-8 ctype
 * (pg_trgm finds no trigrams in Chinese under "C") and with the extensions the services need, created by a
 * privileged role. Prod: one CloudNativePG cluster of at least three instances per service. Dev: one PostgreSQL
 * StatefulSet holding the three databases.
 */
final class DatabaseRules {

    static final List<String> SERVICES = List.of("certificate", "petition", "schedule");
    static final List<String> EXTENSIONS = List.of("pg_trgm", "btree_gist");

    private DatabaseRules() {
    }

    static List<String> checkProduction(ObjectSet set) {
        List<String> broken = new ArrayList<>();
        if (set.clusters().size() != SERVICES.size()) {
            broken.add(set + ": " + set.clusters().size() + " CloudNativePG Clusters, expected one per service");
        }
        if (!set.all(StatefulSet.class).isEmpty()) {
            broken.add(set + ": a StatefulSet in prod (the databases are CloudNativePG's)");
        }
        for (String service : SERVICES) {
            String name = service + "-db";
            String id = set + " Cluster/" + name;
            Optional<JsonNode> found = set.clusters().stream()
                    .filter(c -> name.equals(c.path("metadata").path("name").asString())).findFirst();
            if (found.isEmpty()) {
                broken.add(id + ": missing");
                continue;
            }
            JsonNode spec = found.get().path("spec");
            JsonNode initdb = spec.path("bootstrap").path("initdb");
            if (spec.path("instances").asInt(0) < 3) {
                broken.add(id + ": fewer than 3 instances (no HA)");
            }
            if (!service.equals(initdb.path("database").asString()) || !service.equals(initdb.path("owner").asString())) {
                broken.add(id + ": does not create the database " + service + " owned by the role " + service);
            }
            if (!"UTF8".equals(initdb.path("encoding").asString())) {
                broken.add(id + ": encoding is not UTF8");
            }
            if (!isUtf8Locale(initdb.path("localeCType").asString(""))) {
                broken.add(id + ": localeCType is not a UTF-8 locale (the default C breaks Chinese trigram search)");
            }
            String sql = String.join("\n", initdb.path("postInitApplicationSQL").valueStream()
                    .map(JsonNode::asString).toList());
            for (String extension : EXTENSIONS) {
                if (!sql.matches("(?is).*CREATE EXTENSION (IF NOT EXISTS )?" + extension + "\\b.*")) {
                    broken.add(id + ": postInitApplicationSQL does not create the extension " + extension);
                }
            }
            if (!spec.path("enableSuperuserAccess").isBoolean() || spec.path("enableSuperuserAccess").asBoolean()) {
                broken.add(id + ": enableSuperuserAccess is not false");
            }
            WorkloadRules.checkImage(id, spec.path("imageName").asString(null), broken);
            checkConnections(set, id, service, spec, broken);
            checkServiceUsesIts(set, service, name + "-app", broken);
        }
        return broken;
    }

    /** Every pod of the service at its autoscaler's maximum can open its whole connection pool. */
    private static void checkConnections(ObjectSet set, String id, String service, JsonNode spec,
            List<String> broken) {
        int maxConnections = spec.path("postgresql").path("parameters").path("max_connections").asInt(100);
        int pool = poolSize(service + "-service");
        int replicas = set.autoscalers().stream()
                .filter(h -> (service + "-service").equals(h.getSpec().getScaleTargetRef().getName()))
                .mapToInt(h -> h.getSpec().getMaxReplicas()).max().orElse(1);
        // a few connections stay for the operator, replication and an administrator
        if (pool * replicas + 10 > maxConnections) {
            broken.add(id + ": max_connections " + maxConnections + " < " + replicas + " pods x " + pool
                    + " connections + 10 for the operator and replicas");
        }
    }

    private static int poolSize(String application) {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(Manifests.repositoryRoot().resolve(application)
                .resolve("src/main/resources/application.properties"), StandardCharsets.UTF_8)) {
            properties.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Integer.parseInt(properties.getProperty("quarkus.datasource.jdbc.max-size", "20").trim());
    }

    static List<String> checkDevelopment(ObjectSet set) {
        List<String> broken = new ArrayList<>();
        if (!set.clusters().isEmpty()) {
            broken.add(set + ": CloudNativePG Clusters in dev (it uses one PostgreSQL StatefulSet)");
        }
        Optional<StatefulSet> postgres = set.named(StatefulSet.class, "postgres");
        if (postgres.isEmpty()) {
            broken.add(set + ": no StatefulSet postgres");
            return broken;
        }
        String id = set + " StatefulSet/postgres";
        if (postgres.get().getSpec().getReplicas() == null || postgres.get().getSpec().getReplicas() != 1) {
            broken.add(id + ": expected a single instance");
        }
        Container container = postgres.get().getSpec().getTemplate().getSpec().getContainers().get(0);
        String initdbArgs = container.getEnv().stream().filter(e -> "POSTGRES_INITDB_ARGS".equals(e.getName()))
                .map(EnvVar::getValue).findFirst().orElse("");
        if (!initdbArgs.contains("--encoding=UTF8")
                || !(isUtf8Locale(option(initdbArgs, "--locale")) || isUtf8Locale(option(initdbArgs, "--lc-ctype")))) {
            broken.add(id + ": POSTGRES_INITDB_ARGS (" + initdbArgs + ") are not UTF-8 with a UTF-8 ctype");
        }
        String script = set.named(ConfigMap.class, WiringRules.configMapName(set, "postgres-initdb"))
                .map(c -> String.join("\n", c.getData().values())).orElse("");
        if (script.isEmpty()) {
            broken.add(id + ": no initdb script (ConfigMap postgres-initdb)");
        }
        for (String extension : EXTENSIONS) {
            if (!script.contains("CREATE EXTENSION IF NOT EXISTS " + extension)) {
                broken.add(id + ": the initdb script does not create the extension " + extension);
            }
        }
        for (String service : SERVICES) {
            String secret = service + "-db-app";
            boolean postgresReadsIt = container.getEnv().stream().anyMatch(e -> e.getValueFrom() != null
                    && e.getValueFrom().getSecretKeyRef() != null
                    && secret.equals(e.getValueFrom().getSecretKeyRef().getName()));
            if (!postgresReadsIt) {
                broken.add(id + ": does not create the role of Secret " + secret);
            }
            if (!script.contains(service)) {
                broken.add(id + ": the initdb script does not create the database " + service);
            }
            checkServiceUsesIts(set, service, secret, broken);
        }
        return broken;
    }

    /** The service logs in with the credentials of its own database, nobody else's. */
    private static void checkServiceUsesIts(ObjectSet set, String service, String secret, List<String> broken) {
        Optional<Deployment> deployment = set.named(Deployment.class, service + "-service");
        if (deployment.isEmpty()) {
            return;
        }
        for (String variable : List.of("QUARKUS_DATASOURCE_USERNAME", "QUARKUS_DATASOURCE_PASSWORD")) {
            Optional<String> from = deployment.get().getSpec().getTemplate().getSpec().getContainers().get(0)
                    .getEnv().stream()
                    .filter(e -> variable.equals(e.getName()) && e.getValueFrom() != null
                            && e.getValueFrom().getSecretKeyRef() != null)
                    .map(e -> e.getValueFrom().getSecretKeyRef().getName()).findFirst();
            if (!from.equals(Optional.of(secret))) {
                broken.add(set + " Deployment/" + service + "-service: " + variable + " comes from "
                        + from.orElse("no Secret") + ", not " + secret);
            }
        }
    }

    private static String option(String arguments, String name) {
        for (String argument : arguments.split("\\s+")) {
            if (argument.startsWith(name + "=")) {
                return argument.substring(name.length() + 1);
            }
        }
        return "";
    }

    private static boolean isUtf8Locale(String locale) {
        return locale.toUpperCase(Locale.ROOT).replace("-", "").endsWith(".UTF8");
    }
}
