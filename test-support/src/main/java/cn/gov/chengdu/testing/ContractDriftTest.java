package cn.gov.chengdu.testing;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The served OpenAPI contract ({@code /q/openapi}) must equal the committed one (DESIGN §3), compared as trees
 * (key order and YAML formatting do not matter). A service's {@code ContractTest} extends this and is a
 * {@code @QuarkusTest}.
 * <p>
 * To accept an intended change, refresh the file and commit it with the change:
 * <pre>./mvnw -pl &lt;service&gt; -am verify -Dtest=ContractTest -Dsurefire.failIfNoSpecifiedTests=false -Dcontract.update=true</pre>
 * ({@value #UPDATE_PROPERTY}{@code =true} writes the served contract to the file instead of comparing). See
 * {@code docs/api-contracts.md}.
 */
public abstract class ContractDriftTest {

    public static final String UPDATE_PROPERTY = "contract.update";
    /** Top-level parts of the document that depend on where the service runs, not on its contract. */
    private static final Set<String> IGNORED_TOP_LEVEL = Set.of("servers");

    private static final int MAX_REPORTED = 40;
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /** The committed contract, relative to the module directory (surefire's working directory). */
    protected Path contractFile() {
        return Path.of("src", "main", "openapi", "openapi.yaml");
    }

    /** The Maven module, for the refresh command in failure messages. */
    protected abstract String module();

    @Test
    void servedContractMatchesTheCommittedFile() throws IOException {
        String served = given().accept("application/yaml")
                .get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        Path file = contractFile();
        if (Boolean.getBoolean(UPDATE_PROPERTY)) {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(file, served, StandardCharsets.UTF_8);
            System.out.println("[contract] wrote the served contract to " + file.toAbsolutePath());
            return;
        }
        if (!Files.exists(file)) {
            fail("No committed contract at " + file.toAbsolutePath() + ". Create it with: " + refreshCommand());
        }
        List<String> differences = differences(parse(Files.readString(file, StandardCharsets.UTF_8)), parse(served));
        if (!differences.isEmpty()) {
            StringBuilder message = new StringBuilder("The served OpenAPI contract of ")
                    .append(module())
                    .append(" drifted from ")
                    .append(file)
                    .append(" (")
                    .append(differences.size())
                    .append(" difference(s); committed → served):\n");
            differences.stream()
                    .limit(MAX_REPORTED)
                    .forEach(d -> message.append("  ").append(d).append('\n'));
            if (differences.size() > MAX_REPORTED) {
                message.append("  … and ")
                        .append(differences.size() - MAX_REPORTED)
                        .append(" more\n");
            }
            message.append("If the change is intended, refresh the contract and commit it with the change:\n  ")
                    .append(refreshCommand());
            fail(message.toString());
        }
    }

    /** DESIGN §3: every operation documents its errors as problem+json, with examples. */
    @Test
    void everyOperationDocumentsItsProblemsWithExamples() {
        JsonNode served = parse(given().get("/q/openapi?format=yaml")
                .then()
                .statusCode(200)
                .extract()
                .asString());
        assertTrue(served.path("components").path("schemas").has("Problem"), "no Problem schema");
        JsonNode paths = served.path("paths");
        assertTrue(paths.size() > 0, "no paths served");
        List<String> missing = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> p = paths.fields(); p.hasNext(); ) {
            Map.Entry<String, JsonNode> path = p.next();
            for (Iterator<Map.Entry<String, JsonNode>> o = path.getValue().fields(); o.hasNext(); ) {
                Map.Entry<String, JsonNode> operation = o.next();
                if (!Set.of("get", "put", "post", "delete", "patch").contains(operation.getKey())) {
                    continue;
                }
                JsonNode responses = operation.getValue().path("responses");
                for (String status : List.of("400", "500")) {
                    JsonNode problem = responses.path(status).path("content").path("application/problem+json");
                    if (problem.path("examples").isEmpty()
                            && problem.path("example").isMissingNode()) {
                        missing.add(operation.getKey().toUpperCase() + " " + path.getKey() + " " + status);
                    }
                }
                if (operation.getValue().has("security")
                        && !responses.path("401").path("content").has("application/problem+json")) {
                    missing.add(operation.getKey().toUpperCase() + " " + path.getKey() + " 401");
                }
            }
        }
        assertEquals(List.of(), missing, "operations without documented problems");
    }

    @Test
    void servedContractHasTitleDescriptionAndVersion() {
        JsonNode info = parse(given().get("/q/openapi?format=yaml")
                        .then()
                        .statusCode(200)
                        .extract()
                        .asString())
                .path("info");
        for (String field : List.of("title", "description", "version")) {
            assertFalse(info.path(field).asText().isBlank(), "info." + field + " is missing");
        }
    }

    protected String refreshCommand() {
        return "./mvnw -pl " + module() + " -am verify -Dtest=ContractTest -Dsurefire.failIfNoSpecifiedTests=false"
                + " -D" + UPDATE_PROPERTY + "=true";
    }

    static JsonNode parse(String yaml) {
        try {
            return YAML.readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException("not a YAML/JSON document", e);
        }
    }

    /**
     * Differences, each as a readable location ({@code paths > /api/v1/things/{id} > put > responses > 412}) and
     * what changed; key order is ignored, arrays compare element by element.
     */
    public static List<String> differences(JsonNode committed, JsonNode served) {
        List<String> out = new ArrayList<>();
        compare("", committed, served, out);
        return out;
    }

    private static String child(String location, String segment) {
        return location.isEmpty() ? segment : location + " > " + segment;
    }

    private static void compare(String location, JsonNode committed, JsonNode served, List<String> out) {
        if (committed.isObject() && served.isObject()) {
            Set<String> keys = new TreeSet<>();
            committed.fieldNames().forEachRemaining(keys::add);
            served.fieldNames().forEachRemaining(keys::add);
            for (String key : keys) {
                if (location.isEmpty() && IGNORED_TOP_LEVEL.contains(key)) {
                    continue;
                }
                String at = child(location, key);
                if (!served.has(key)) {
                    out.add(at + ": removed (was " + brief(committed.get(key)) + ")");
                } else if (!committed.has(key)) {
                    out.add(at + ": added " + brief(served.get(key)));
                } else {
                    compare(at, committed.get(key), served.get(key), out);
                }
            }
        } else if (committed.isArray() && served.isArray()) {
            int common = Math.min(committed.size(), served.size());
            for (int i = 0; i < common; i++) {
                compare(location + "[" + i + "]", committed.get(i), served.get(i), out);
            }
            for (int i = common; i < committed.size(); i++) {
                out.add(location + "[" + i + "]: removed (was " + brief(committed.get(i)) + ")");
            }
            for (int i = common; i < served.size(); i++) {
                out.add(location + "[" + i + "]: added " + brief(served.get(i)));
            }
        } else if (!sameScalar(committed, served)) {
            out.add((location.isEmpty() ? "(document)" : location) + ": changed from " + brief(committed) + " to "
                    + brief(served));
        }
    }

    private static boolean sameScalar(JsonNode a, JsonNode b) {
        if (a.isNumber() && b.isNumber()) {
            return a.decimalValue().compareTo(b.decimalValue()) == 0;
        }
        return a.equals(b);
    }

    private static String brief(JsonNode node) {
        String text = node.toString();
        return text.length() > 120 ? text.substring(0, 117) + "..." : text;
    }
}
