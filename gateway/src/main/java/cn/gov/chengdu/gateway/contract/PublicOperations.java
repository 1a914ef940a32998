package cn.gov.chengdu.gateway.contract;

import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.vertx.core.http.HttpMethod;

/**
 * Which operations of an upstream anyone may call without a token, from its contract: an operation is public when
 * its effective security (its own {@code security}, else the document's) is absent, empty ({@code security: []}) or
 * lists an empty requirement ({@code - {}}: authentication optional). Everything else, including any path or method
 * the contract does not describe, needs a bearer token at the gateway.
 * <p>
 * Paths are matched segment by segment; a concrete segment wins over a template ({@code /certificate-types/lookup}
 * over {@code /certificate-types/{code}}), as OpenAPI prescribes. {@code HEAD} is answered like {@code GET}.
 */
public final class PublicOperations {

    private static final PublicOperations NONE = new PublicOperations(new Node());
    private static final String[] METHODS = { "get", "put", "post", "delete", "options", "head", "patch", "trace" };

    private final Node root;

    private PublicOperations(Node root) {
        this.root = root;
    }

    public static PublicOperations none() {
        return NONE;
    }

    public static PublicOperations of(ObjectNode contract) {
        Node root = new Node();
        boolean publicByDefault = isPublic(contract.get("security"));
        Iterator<Map.Entry<String, JsonNode>> paths = contract.path("paths").fields();
        while (paths.hasNext()) {
            Map.Entry<String, JsonNode> path = paths.next();
            Node node = root;
            for (String segment : segments(path.getKey())) {
                node = segment.startsWith("{") && segment.endsWith("}")
                        ? node.template == null ? (node.template = new Node()) : node.template
                        : node.literals.computeIfAbsent(segment, key -> new Node());
            }
            for (String method : METHODS) {
                JsonNode operation = path.getValue().get(method);
                if (operation != null && (operation.has("security") ? isPublic(operation.get("security")) : publicByDefault)) {
                    node.publicMethods.put(method.toUpperCase(Locale.ROOT), Boolean.TRUE);
                }
            }
        }
        return new PublicOperations(root);
    }

    /** Whether {@code method} on {@code path} (normalised, no query) may be called without a token. */
    public boolean isPublic(HttpMethod method, String path) {
        String name = method == HttpMethod.HEAD ? "GET" : method.name();
        int end = path.length();
        if (end > 1 && path.charAt(end - 1) == '/') {
            end--;
        }
        return match(root, path, 1, end, name);
    }

    private static boolean match(Node node, String path, int from, int end, String method) {
        if (from > end) {
            return node.publicMethods.containsKey(method);
        }
        int slash = path.indexOf('/', from);
        int segmentEnd = slash < 0 || slash > end ? end : slash;
        String segment = path.substring(from, segmentEnd);
        Node literal = node.literals.get(segment);
        if (literal != null && match(literal, path, segmentEnd + 1, end, method)) {
            return true;
        }
        return node.template != null && !segment.isEmpty() && match(node.template, path, segmentEnd + 1, end, method);
    }

    private static boolean isPublic(JsonNode security) {
        if (security == null || security.isNull()) {
            return true;
        }
        if (!security.isArray() || security.isEmpty()) {
            return security.isArray();
        }
        for (JsonNode requirement : security) {
            if (requirement.isObject() && requirement.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static String[] segments(String template) {
        String trimmed = template.startsWith("/") ? template.substring(1) : template;
        if (trimmed.endsWith("/")) {
            trimmed = trimmed.substring(0, trimmed.length() - 1);
        }
        return trimmed.isEmpty() ? new String[0] : trimmed.split("/");
    }

    private static final class Node {
        final Map<String, Node> literals = new HashMap<>();
        final Map<String, Boolean> publicMethods = new HashMap<>();
        Node template;
    }
}
