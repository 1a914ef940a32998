package cn.gov.chengdu.common.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.examples.Example;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import cn.gov.chengdu.common.problem.Problem;
import cn.gov.chengdu.common.problem.ProblemCodes;

/**
 * Documents, on every operation of a service's OpenAPI document, the RFC 9457 problems it can answer with
 * (DESIGN §3), so that each operation's errors are part of the committed contract.
 * <p>
 * Registered for every service through {@code mp.openapi.filter} in common's {@code microprofile-config.properties};
 * the gateway has no OpenAPI extension and ignores the property. What an operation derives from the model:
 * <ul>
 * <li>every operation: 400 {@code VALIDATION_FAILED} and 500 {@code INTERNAL_ERROR};</li>
 * <li>secured (a non-empty security requirement on the operation or the document, which SmallRye/Quarkus adds for
 * {@code @RolesAllowed}/{@code @Authenticated}, or an already documented 401/403): 401 {@code UNAUTHENTICATED} and
 * 403 {@code FORBIDDEN};</li>
 * <li>a path parameter: 404 {@code NOT_FOUND};</li>
 * <li>PUT/PATCH/DELETE and POST actions ({@code POST .../{id}/<action>}) and creates with an {@code Idempotency-Key}:
 * 409 ({@code ILLEGAL_TRANSITION}, {@code CONCURRENT_MODIFICATION}, {@code DUPLICATE},
 * {@code IDEMPOTENCY_REQUEST_IN_PROGRESS} as they apply);</li>
 * <li>an {@code If-Match} header parameter: 412 {@code PRECONDITION_FAILED};</li>
 * <li>an {@code Idempotency-Key} header parameter (creates): 422 {@code IDEMPOTENCY_KEY_REUSED}.</li>
 * </ul>
 * A response the operation already declares with content (an explicit {@code @APIResponse}) is kept as it is; a
 * declared one without content (e.g. Quarkus' generated "Not Authorized") keeps its description and gains the
 * problem content. The shared schema is {@code #/components/schemas/Problem}; the bearer JWT scheme is
 * {@value #SECURITY_SCHEME} (the name Quarkus' automatic security requirements refer to).
 * <p>
 * It also says, once for all operations, what the success of a versioned resource carries: a 200 or 201 whose body
 * is a schema with a {@code version} (a {@code Versioned} view, whose {@code ETag} the response filter sets) is
 * described as such, unless the operation describes it itself.
 */
public class ProblemResponsesFilter implements OASFilter {

    public static final String PROBLEM_SCHEMA = "Problem";
    public static final String FIELD_ERROR_SCHEMA = "ProblemFieldError";
    public static final String PROBLEM_REF = "#/components/schemas/" + PROBLEM_SCHEMA;
    /** Quarkus' default {@code quarkus.smallrye-openapi.security-scheme-name}. */
    public static final String SECURITY_SCHEME = "SecurityScheme";

    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    public static final String IF_MATCH = "If-Match";

    static final String SECURITY_DESCRIPTION = "JWT bearer token (RS256; signature, exp, iss and aud are checked) "
            + "carrying sub, groups (roles: citizen, community-staff, department-staff, dispatcher, reviewer, admin, "
            + "integrator) and the department/community/reviewBody scope claims.";
    static final String IDEMPOTENCY_DESCRIPTION = "Optional idempotency key (draft-ietf-httpapi-idempotency-key-header;"
            + " opaque, with or without the structured-field quotes). The same key with the same body from the same "
            + "caller within 24 h returns the first response and creates nothing; with another body it is 422 "
            + "IDEMPOTENCY_KEY_REUSED; while the first request still runs, 409 IDEMPOTENCY_REQUEST_IN_PROGRESS.";
    static final String IF_MATCH_DESCRIPTION = "Optional ETag of the version the change is based on (as sent in the "
            + "ETag header); a stale one is answered 412 PRECONDITION_FAILED. Without it the change is still "
            + "protected by optimistic locking (409 CONCURRENT_MODIFICATION).";

    private static final String SAMPLE_REQUEST_ID = "4f1c2b9e-7d3a-4c55-9a0e-2b6f8d1e0c7a";
    static final String VERSIONED_OK = "The resource; ETag carries its version";
    static final String VERSIONED_CREATED = "Created; Location names it, ETag carries its version";

    private Components components;

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        Components components = openAPI.getComponents();
        if (components == null) {
            components = OASFactory.createComponents();
            openAPI.setComponents(components);
        }
        addProblemSchemas(components);
        this.components = components;
        boolean documentSecured = hasRequirement(openAPI.getSecurity());
        boolean anySecured = false;
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (Map.Entry<String, PathItem> path :
                    openAPI.getPaths().getPathItems().entrySet()) {
                PathItem item = path.getValue();
                if (item == null || item.getOperations() == null) {
                    continue;
                }
                for (Map.Entry<PathItem.HttpMethod, Operation> op :
                        item.getOperations().entrySet()) {
                    anySecured |= document(path.getKey(), item, op.getKey(), op.getValue(), documentSecured);
                }
            }
        }
        if (anySecured || documentSecured) {
            addSecurityScheme(components);
        }
    }

    /** Adds the problem responses to one operation; answers whether it is secured. */
    boolean document(
            String path, PathItem item, PathItem.HttpMethod method, Operation operation, boolean documentSecured) {
        if (operation == null) {
            return false;
        }
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        List<Parameter> parameters = parameters(item, operation);
        boolean hasPathParameter =
                parameters.stream().anyMatch(p -> p.getIn() == Parameter.In.PATH) || path.contains("{");
        Parameter ifMatch = header(parameters, IF_MATCH);
        Parameter idempotencyKey = header(parameters, IDEMPOTENCY_KEY);
        boolean secured = operation.getSecurity() != null ? hasRequirement(operation.getSecurity()) : documentSecured;
        secured |= responses.hasAPIResponse("401") || responses.hasAPIResponse("403");
        boolean changes = method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE;
        boolean create = method == PathItem.HttpMethod.POST && idempotencyKey != null;
        boolean action = method == PathItem.HttpMethod.POST && !create && isAction(path);

        Map<String, List<Example>> problems = new LinkedHashMap<>();
        problems.put(
                "400",
                List.of(example(
                        "VALIDATION_FAILED",
                        "A field is missing or invalid",
                        400,
                        ProblemCodes.VALIDATION_FAILED,
                        "The request is not valid: name must not be blank",
                        path,
                        List.of(Map.of("field", "name", "message", "must not be blank")))));
        if (secured) {
            problems.put(
                    "401",
                    List.of(example(
                            "UNAUTHENTICATED",
                            "No token, or an invalid or expired one",
                            401,
                            ProblemCodes.UNAUTHENTICATED,
                            "A valid bearer token is required",
                            path,
                            null)));
            problems.put(
                    "403",
                    List.of(example(
                            "FORBIDDEN",
                            "The token's roles or scope do not allow this",
                            403,
                            ProblemCodes.FORBIDDEN,
                            "Your role does not allow this operation",
                            path,
                            null)));
        }
        if (hasPathParameter) {
            problems.put(
                    "404",
                    List.of(example(
                            "NOT_FOUND",
                            "No such resource, or not one the caller may see",
                            404,
                            ProblemCodes.NOT_FOUND,
                            "The resource was not found",
                            path,
                            null)));
        }
        List<Example> conflicts = new ArrayList<>();
        if (action) {
            conflicts.add(example(
                    "ILLEGAL_TRANSITION",
                    "The resource's state does not allow this action",
                    409,
                    ProblemCodes.ILLEGAL_TRANSITION,
                    "This action is not allowed in the current state",
                    path,
                    null));
        }
        if (create) {
            conflicts.add(example(
                    "DUPLICATE",
                    "A resource with the same identity exists",
                    409,
                    ProblemCodes.DUPLICATE,
                    "A resource with this code already exists",
                    path,
                    null));
            conflicts.add(example(
                    "IDEMPOTENCY_REQUEST_IN_PROGRESS",
                    "The first request with this Idempotency-Key is still running",
                    409,
                    ProblemCodes.IDEMPOTENCY_REQUEST_IN_PROGRESS,
                    "The first request with this Idempotency-Key is still being processed; retry shortly",
                    path,
                    null));
        }
        if (action || changes) {
            conflicts.add(example(
                    "CONCURRENT_MODIFICATION",
                    "Someone else changed the resource at the same time",
                    409,
                    ProblemCodes.CONCURRENT_MODIFICATION,
                    "The resource was changed concurrently; read it again",
                    path,
                    null));
        }
        if (!conflicts.isEmpty()) {
            problems.put("409", conflicts);
        }
        if (ifMatch != null) {
            problems.put(
                    "412",
                    List.of(example(
                            "PRECONDITION_FAILED",
                            "The If-Match version is stale",
                            412,
                            ProblemCodes.PRECONDITION_FAILED,
                            "The resource has changed since you read it; its current version is 3",
                            path,
                            null)));
            if (ifMatch.getDescription() == null) {
                ifMatch.setDescription(IF_MATCH_DESCRIPTION);
            }
        }
        if (idempotencyKey != null) {
            problems.put(
                    "422",
                    List.of(example(
                            "IDEMPOTENCY_KEY_REUSED",
                            "The Idempotency-Key was used with another body",
                            422,
                            ProblemCodes.IDEMPOTENCY_KEY_REUSED,
                            "This Idempotency-Key was already used for a different request",
                            path,
                            null)));
            if (idempotencyKey.getDescription() == null) {
                idempotencyKey.setDescription(IDEMPOTENCY_DESCRIPTION);
            }
        }
        problems.put(
                "500",
                List.of(example(
                        "INTERNAL_ERROR",
                        "An unexpected failure (never with internals)",
                        500,
                        ProblemCodes.INTERNAL_ERROR,
                        "An unexpected error occurred; quote the request id when reporting it",
                        path,
                        null)));

        for (Map.Entry<String, List<Example>> problem : problems.entrySet()) {
            addProblem(responses, problem.getKey(), problem.getValue());
        }
        describeVersionedSuccess(responses, "200", "OK", VERSIONED_OK);
        describeVersionedSuccess(responses, "201", "Created", VERSIONED_CREATED);
        sortByStatus(responses);
        return secured;
    }

    /** A success with a versioned body and the generic description gets one saying where its version goes. */
    private void describeVersionedSuccess(APIResponses responses, String status, String generic, String description) {
        APIResponse response = responses.getAPIResponse(status);
        if (response == null
                || response.getContent() == null
                || response.getContent().getMediaTypes() == null
                || (response.getDescription() != null
                        && !response.getDescription().isBlank()
                        && !response.getDescription().equals(generic))) {
            return;
        }
        MediaType json = response.getContent().getMediaType("application/json");
        if (json != null
                && json.getSchema() != null
                && isVersioned(json.getSchema().getRef())) {
            response.setDescription(description);
        }
    }

    private boolean isVersioned(String ref) {
        if (ref == null
                || !ref.startsWith("#/components/schemas/")
                || components == null
                || components.getSchemas() == null) {
            return false;
        }
        Schema schema = components.getSchemas().get(ref.substring("#/components/schemas/".length()));
        return schema != null
                && schema.getProperties() != null
                && schema.getProperties().containsKey("version");
    }

    private static void addProblem(APIResponses responses, String status, List<Example> examples) {
        APIResponse existing = responses.getAPIResponse(status);
        if (existing != null && existing.getRef() != null) {
            return;
        }
        if (existing != null
                && existing.getContent() != null
                && existing.getContent().getMediaTypes() != null
                && !existing.getContent().getMediaTypes().isEmpty()) {
            return; // declared explicitly (@APIResponse with content): the author's word stands
        }
        APIResponse response = existing != null ? existing : OASFactory.createAPIResponse();
        if (response.getDescription() == null || response.getDescription().isBlank()) {
            response.setDescription(Problem.titleFor(Integer.parseInt(status)));
        }
        MediaType mediaType =
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM_REF));
        for (Example example : examples) {
            mediaType.addExample(key(example), example);
        }
        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType));
        if (existing == null) {
            responses.addAPIResponse(status, response);
        }
    }

    private static String key(Example example) {
        Object value = example.getValue();
        if (value instanceof Map<?, ?> map && map.get("code") instanceof String code) {
            return code;
        }
        return "problem";
    }

    private static void sortByStatus(APIResponses responses) {
        Map<String, APIResponse> all = responses.getAPIResponses();
        if (all == null || all.size() < 2) {
            return;
        }
        List<Map.Entry<String, APIResponse>> entries = new ArrayList<>(all.entrySet());
        entries.sort(Comparator.comparing(Map.Entry::getKey, ProblemResponsesFilter::compareStatus));
        for (Map.Entry<String, APIResponse> e : entries) {
            responses.removeAPIResponse(e.getKey());
        }
        for (Map.Entry<String, APIResponse> e : entries) {
            responses.addAPIResponse(e.getKey(), e.getValue());
        }
    }

    private static int compareStatus(String a, String b) {
        return statusRank(a).compareTo(statusRank(b));
    }

    private static String statusRank(String status) {
        // "default" after every code; "4XX" ranges next to their codes
        return "default".equals(status) ? "9zz" : status.toLowerCase(Locale.ROOT);
    }

    private static Example example(
            String name,
            String summary,
            int status,
            String code,
            String detail,
            String path,
            List<Map<String, String>> errors) {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("type", Problem.typeFor(code));
        value.put("title", Problem.titleFor(status));
        value.put("status", status);
        value.put("detail", detail);
        value.put("instance", samplePath(path));
        value.put("code", code);
        value.put("requestId", SAMPLE_REQUEST_ID);
        if (errors != null) {
            List<Map<String, String>> list = new ArrayList<>();
            for (Map<String, String> e : errors) {
                Map<String, String> ordered = new LinkedHashMap<>();
                ordered.put("field", e.get("field"));
                ordered.put("message", e.get("message"));
                list.add(ordered);
            }
            value.put("errors", list);
        }
        return OASFactory.createExample().summary(summary).value(value);
    }

    /** {@code /api/v1/departments/{code}} → {@code /api/v1/departments/EXAMPLE}: a concrete {@code instance}. */
    static String samplePath(String path) {
        return path == null ? "/" : path.replaceAll("\\{[^}/]+}", "EXAMPLE");
    }

    /** {@code POST /things/{id}/approve}: the last segment is a literal following a path parameter. */
    static boolean isAction(String path) {
        if (path == null) {
            return false;
        }
        String[] segments = path.replaceAll("/+$", "").split("/");
        int n = segments.length;
        return n >= 2 && !segments[n - 1].startsWith("{") && segments[n - 2].startsWith("{");
    }

    private static List<Parameter> parameters(PathItem item, Operation operation) {
        List<Parameter> all = new ArrayList<>();
        if (item.getParameters() != null) {
            all.addAll(item.getParameters());
        }
        if (operation.getParameters() != null) {
            all.addAll(operation.getParameters());
        }
        return all;
    }

    private static Parameter header(List<Parameter> parameters, String name) {
        return parameters.stream()
                .filter(p -> p.getIn() == Parameter.In.HEADER && name.equalsIgnoreCase(p.getName()))
                .findFirst()
                .orElse(null);
    }

    private static boolean hasRequirement(List<SecurityRequirement> requirements) {
        return requirements != null
                && requirements.stream()
                        .anyMatch(r -> r != null
                                && r.getSchemes() != null
                                && !r.getSchemes().isEmpty());
    }

    private static void addSecurityScheme(Components components) {
        Map<String, SecurityScheme> schemes = components.getSecuritySchemes();
        SecurityScheme scheme = schemes == null ? null : schemes.get(SECURITY_SCHEME);
        if (scheme == null) {
            components.addSecurityScheme(
                    SECURITY_SCHEME,
                    OASFactory.createSecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .bearerFormat("JWT")
                            .description(SECURITY_DESCRIPTION));
        } else if (scheme.getDescription() == null || "Authentication".equals(scheme.getDescription())) {
            scheme.setDescription(SECURITY_DESCRIPTION);
        }
    }

    private static void addProblemSchemas(Components components) {
        if (components.getSchemas() == null || !components.getSchemas().containsKey(FIELD_ERROR_SCHEMA)) {
            components.addSchema(
                    FIELD_ERROR_SCHEMA,
                    object("One offending field of a 400 problem")
                            .addProperty("field", string("The field, query parameter or header at fault", "name"))
                            .addProperty("message", string("What is wrong with it", "must not be blank"))
                            .required(List.of("field", "message")));
        }
        if (components.getSchemas() != null && components.getSchemas().containsKey(PROBLEM_SCHEMA)) {
            return;
        }
        Schema problem = object("An RFC 9457 problem detail, sent as application/problem+json for every error. "
                        + "Never contains a stack trace, SQL text or class name. Some problems carry extra members "
                        + "(e.g. currentVersion on 412, allowed on ILLEGAL_TRANSITION).")
                .addProperty(
                        "type",
                        string("A URN identifying the problem type", Problem.typeFor("NOT_FOUND"))
                                .format("uri"))
                .addProperty("title", string("The HTTP reason phrase", "Not Found"))
                .addProperty(
                        "status",
                        OASFactory.createSchema()
                                .addType(SchemaType.INTEGER)
                                .format("int32")
                                .description("The HTTP status code")
                                .examples(List.of(404)))
                .addProperty(
                        "detail",
                        string("A human-readable explanation of this occurrence", "The resource was not found"))
                .addProperty("instance", string("The request path", "/api/v1/departments/EXAMPLE"))
                .addProperty(
                        "code",
                        string(
                                "A stable machine code, e.g. VALIDATION_FAILED, NOT_FOUND, "
                                        + "ILLEGAL_TRANSITION, SLOT_FULL",
                                "NOT_FOUND"))
                .addProperty("requestId", string("The request id (X-Request-Id), also in the logs", SAMPLE_REQUEST_ID))
                .addProperty(
                        "errors",
                        OASFactory.createSchema()
                                .addType(SchemaType.ARRAY)
                                .description("For 400: the offending fields")
                                .items(OASFactory.createSchema().ref("#/components/schemas/" + FIELD_ERROR_SCHEMA)))
                .required(List.of("type", "title", "status", "code"));
        components.addSchema(PROBLEM_SCHEMA, problem);
    }

    private static Schema object(String description) {
        return OASFactory.createSchema().addType(SchemaType.OBJECT).description(description);
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema()
                .addType(SchemaType.STRING)
                .description(description)
                .examples(List.of(example));
    }
}
