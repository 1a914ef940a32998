package cn.gov.chengdu.k8s;

import static cn.gov.chengdu.k8s.RenderedOverlaysTest.assertNothingBroken;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;

/**
 * No secret value is committed in k8s/: no Secret object with data, no kustomize secretGenerator, no key
 * material, and no secret-looking setting given as a plain value (passwords, tokens and keys come from Secrets
 * the operator creates, or that CloudNativePG creates).
 */
class NoSecretValuesTest {

    /** Names of settings whose value is a secret. */
    private static final Pattern SECRET_NAME = Pattern.compile(
            "(?i).*(PASSWORD|PASSWD|SECRET|TOKEN|CREDENTIAL|PRIVATE|API_?KEY|_KEY)$");

    private static final Pattern KEY_MATERIAL = Pattern.compile(
            "-----BEGIN [A-Z ]*(PRIVATE KEY|CERTIFICATE)-----");

    @Test
    void noSecretValueIsCommitted() throws IOException {
        Path k8s = Manifests.k8sDir();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(k8s)) {
            files = walk.filter(Files::isRegularFile)
                    .filter(f -> !k8s.relativize(f).startsWith("target"))
                    .filter(f -> !k8s.relativize(f).startsWith(Path.of("src", "test", "resources", "crds")))
                    .toList();
        }
        List<String> broken = new ArrayList<>();
        for (Path file : files) {
            String name = k8s.relativize(file).toString();
            String text = Manifests.read(file);
            if (KEY_MATERIAL.matcher(text).find() && !name.endsWith(".java")) {
                broken.add(name + ": contains a PEM key or certificate");
            }
            if (name.endsWith(".env")) {
                for (String line : text.split("\n")) {
                    String setting = line.contains("=") ? line.substring(0, line.indexOf('=')).trim() : "";
                    if (!line.startsWith("#") && SECRET_NAME.matcher(setting).matches()) {
                        broken.add(name + ": sets " + setting + " as plain configuration (use a Secret)");
                    }
                }
            }
            if (name.endsWith(".yaml") && !name.startsWith("src")) {
                for (JsonNode document : Manifests.documents(file)) {
                    checkDocument(name, document, broken);
                }
            }
        }
        assertNothingBroken(broken);
    }

    private static void checkDocument(String file, JsonNode document, List<String> broken) {
        if (document.path("kind").asString("").equals("Secret")
                && (document.has("data") || document.has("stringData"))) {
            broken.add(file + ": Secret " + document.path("metadata").path("name").asString() + " carries data");
        }
        if (document.has("secretGenerator")) {
            broken.add(file + ": a secretGenerator (its values would be committed)");
        }
        if (document.path("kind").asString("").equals("ConfigMap")) {
            document.path("data").propertyNames().forEach(key -> {
                if (SECRET_NAME.matcher(key).matches()) {
                    broken.add(file + ": ConfigMap key " + key + " looks like a secret");
                }
            });
        }
        plainSecretEnv(file, document, broken);
    }

    /** An {@code env} entry with a secret-looking name and a literal {@code value}, anywhere in the document. */
    private static void plainSecretEnv(String file, JsonNode node, List<String> broken) {
        if (node.isObject()) {
            JsonNode env = node.path("env");
            if (env.isArray()) {
                for (JsonNode variable : env) {
                    String name = variable.path("name").asString("");
                    if (variable.has("value") && SECRET_NAME.matcher(name).matches()) {
                        broken.add(file + ": " + name + " is given as a plain value (use valueFrom.secretKeyRef)");
                    }
                }
            }
            node.values().forEach(child -> plainSecretEnv(file, child, broken));
        } else if (node.isArray()) {
            node.forEach(child -> plainSecretEnv(file, child, broken));
        }
    }
}
