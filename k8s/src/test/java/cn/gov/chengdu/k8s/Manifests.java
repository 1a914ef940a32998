package cn.gov.chengdu.k8s;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/** Where the manifests and the applications are, and how to read them. */
final class Manifests {

    /** The applications, each with the module whose application.properties sets its port. */
    static final List<String> APPLICATIONS = List.of("gateway", "certificate-service", "petition-service",
            "schedule-service");

    static final List<String> OVERLAYS = List.of("dev", "prod");

    private static final YAMLMapper YAML = new YAMLMapper();

    private Manifests() {
    }

    /** The k8s module's directory (set by the build; the working directory when run from it). */
    static Path k8sDir() {
        return Path.of(System.getProperty("k8s.dir", ".")).toAbsolutePath().normalize();
    }

    static Path repositoryRoot() {
        return Path.of(System.getProperty("suite.root", "..")).toAbsolutePath().normalize();
    }

    static String projectVersion() {
        String version = System.getProperty("project.version");
        if (version == null || version.isBlank()) {
            throw new IllegalStateException("the build sets project.version (run through Maven)");
        }
        return version;
    }

    /** Every YAML file of the base and the overlays (kustomizations, resources and patches). */
    static List<Path> yamlFiles() {
        List<Path> files = new ArrayList<>();
        for (String root : List.of("base", "overlays")) {
            try (Stream<Path> walk = Files.walk(k8sDir().resolve(root))) {
                walk.filter(Files::isRegularFile)
                        .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                        .sorted()
                        .forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return files;
    }

    /** The documents of a (multi-document) YAML file or text; empty documents are skipped. */
    static List<JsonNode> documents(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return documents(YAML.readValues(YAML.createParser(reader), JsonNode.class).readAll());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<JsonNode> documents(String yaml) {
        return documents(YAML.readValues(YAML.createParser(yaml), JsonNode.class).readAll());
    }

    private static List<JsonNode> documents(List<JsonNode> read) {
        return read.stream().filter(node -> node != null && node.isObject() && !node.isEmpty()).toList();
    }

    /** A Kubernetes object (or a patch of one), as opposed to a kustomization. */
    static boolean isKubernetesObject(JsonNode document) {
        return document.hasNonNull("apiVersion") && document.hasNonNull("kind")
                && !document.path("apiVersion").asString().startsWith("kustomize.config.k8s.io/");
    }

    /** {@code quarkus.http.port} of an application, from its application.properties. */
    static int configuredPort(String application) {
        Path properties = repositoryRoot().resolve(application).resolve("src/main/resources/application.properties");
        Properties loaded = new Properties();
        try (Reader reader = Files.newBufferedReader(properties, StandardCharsets.UTF_8)) {
            loaded.load(reader);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String port = loaded.getProperty("quarkus.http.port");
        if (port == null) {
            throw new IllegalStateException(properties + " sets no quarkus.http.port");
        }
        return Integer.parseInt(port.trim());
    }

    static Map<String, Integer> configuredPorts() {
        Map<String, Integer> ports = new TreeMap<>();
        APPLICATIONS.forEach(application -> ports.put(application, configuredPort(application)));
        return ports;
    }

    static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
