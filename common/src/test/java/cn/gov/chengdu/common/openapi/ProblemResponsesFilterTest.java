package cn.gov.chengdu.common.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The filter on a hand-made model shaped like what SmallRye/Quarkus generate for a service. */
class ProblemResponsesFilterTest {

    private OpenAPI openAPI;
    private Operation list;
    private Operation get;
    private Operation create;
    private Operation update;
    private Operation approve;
    private Operation verify;
    private Operation documented;

    @BeforeEach
    void model() {
        list = operation(null);
        create = operation("admin").addParameter(header("Idempotency-Key"));
        // what Quarkus adds for @RolesAllowed: description only
        create.getResponses()
                .addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"));
        get = operation(null).addParameter(path("code"));
        update = operation("admin").addParameter(path("code")).addParameter(header("If-Match"));
        approve = operation("reviewer").addParameter(path("id"));
        verify = operation(null);
        documented = operation(null).addParameter(path("code"));
        documented
                .getResponses()
                .addAPIResponse(
                        "404",
                        OASFactory.createAPIResponse()
                                .description("Gone for good")
                                .content(OASFactory.createContent()
                                        .addMediaType(
                                                "text/plain",
                                                OASFactory.createMediaType()
                                                        .schema(OASFactory.createSchema()
                                                                .addType(Schema.SchemaType.STRING)))));
        openAPI = OASFactory.createOpenAPI()
                .openapi("3.1.0")
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/v1/things",
                                OASFactory.createPathItem().GET(list).POST(create))
                        .addPathItem(
                                "/api/v1/things/{code}",
                                OASFactory.createPathItem().GET(get).PUT(update))
                        .addPathItem(
                                "/api/v1/things/{id}/approve",
                                OASFactory.createPathItem().POST(approve))
                        .addPathItem(
                                "/api/v1/thing-checks",
                                OASFactory.createPathItem().POST(verify))
                        .addPathItem(
                                "/api/v1/others/{code}",
                                OASFactory.createPathItem().GET(documented)));
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
    }

    @Test
    void everyOperationDocuments400And500AsProblems() {
        for (Operation op : List.of(list, get, create, update, approve, verify, documented)) {
            assertProblem(op, "400", "VALIDATION_FAILED");
            assertProblem(op, "500", "INTERNAL_ERROR");
        }
        Map<?, ?> bad = value(list, "400", "VALIDATION_FAILED");
        assertEquals(400, bad.get("status"));
        assertEquals("Bad Request", bad.get("title"));
        assertEquals("urn:chengdu-suite:problem:validation-failed", bad.get("type"));
        assertEquals("/api/v1/things", bad.get("instance"));
        assertEquals(List.of(Map.of("field", "name", "message", "must not be blank")), bad.get("errors"));
    }

    @Test
    void securedOperationsDocument401And403AndKeepQuarkusDescriptions() {
        assertEquals(statuses("200", "400", "401", "403", "409", "422", "500"), statuses(create));
        assertProblem(create, "401", "UNAUTHENTICATED");
        assertProblem(create, "403", "FORBIDDEN");
        assertEquals(
                "Not Authorized", create.getResponses().getAPIResponse("401").getDescription());
        assertProblem(update, "401", "UNAUTHENTICATED");
        assertProblem(approve, "403", "FORBIDDEN");
        for (Operation open : List.of(list, get, verify)) {
            assertFalse(open.getResponses().hasAPIResponse("401"));
            assertFalse(open.getResponses().hasAPIResponse("403"));
        }
    }

    @Test
    void pathParametersDocument404() {
        assertProblem(get, "404", "NOT_FOUND");
        assertEquals("/api/v1/things/EXAMPLE", value(get, "404", "NOT_FOUND").get("instance"));
        assertProblem(update, "404", "NOT_FOUND");
        assertProblem(approve, "404", "NOT_FOUND");
        assertFalse(list.getResponses().hasAPIResponse("404"));
        assertFalse(create.getResponses().hasAPIResponse("404"));
    }

    @Test
    void conflictsPreconditionsAndIdempotency() {
        assertProblem(approve, "409", "ILLEGAL_TRANSITION");
        assertProblem(approve, "409", "CONCURRENT_MODIFICATION");
        assertProblem(update, "409", "CONCURRENT_MODIFICATION");
        assertProblem(create, "409", "IDEMPOTENCY_REQUEST_IN_PROGRESS");
        assertProblem(create, "409", "DUPLICATE");
        assertProblem(update, "412", "PRECONDITION_FAILED");
        assertProblem(create, "422", "IDEMPOTENCY_KEY_REUSED");
        assertFalse(approve.getResponses().hasAPIResponse("412"), "no If-Match, no 412");
        assertFalse(update.getResponses().hasAPIResponse("422"));
        for (Operation reading : List.of(list, get, verify)) {
            assertFalse(reading.getResponses().hasAPIResponse("409"));
            assertFalse(reading.getResponses().hasAPIResponse("412"));
            assertFalse(reading.getResponses().hasAPIResponse("422"));
        }
        assertTrue(param(create, "Idempotency-Key").getDescription().contains("24 h"));
        assertTrue(param(update, "If-Match").getDescription().contains("412"));
    }

    @Test
    void explicitResponsesAreKept() {
        APIResponse notFound = documented.getResponses().getAPIResponse("404");
        assertEquals("Gone for good", notFound.getDescription());
        assertEquals(
                List.of("text/plain"),
                new ArrayList<>(notFound.getContent().getMediaTypes().keySet()));
        assertEquals("OK", documented.getResponses().getAPIResponse("200").getDescription());
    }

    @Test
    void aVersionedBodySaysItsEtagCarriesTheVersion() {
        OpenAPI api = OASFactory.createOpenAPI()
                .components(OASFactory.createComponents()
                        .addSchema(
                                "ThingView",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.OBJECT)
                                        .addProperty(
                                                "version",
                                                OASFactory.createSchema().addType(Schema.SchemaType.INTEGER)))
                        .addSchema(
                                "ThingPage",
                                OASFactory.createSchema()
                                        .addType(Schema.SchemaType.OBJECT)
                                        .addProperty(
                                                "items",
                                                OASFactory.createSchema().addType(Schema.SchemaType.ARRAY))));
        Operation read = success("200", "OK", "ThingView");
        Operation create = success("201", null, "ThingView");
        Operation page = success("200", "OK", "ThingPage");
        Operation own = success("200", "The thing as its owner sees it", "ThingView");
        api.paths(OASFactory.createPaths()
                .addPathItem(
                        "/api/v1/things", OASFactory.createPathItem().GET(page).POST(create))
                .addPathItem("/api/v1/things/{id}", OASFactory.createPathItem().GET(read))
                .addPathItem(
                        "/api/v1/own-things/{id}", OASFactory.createPathItem().GET(own)));
        new ProblemResponsesFilter().filterOpenAPI(api);
        assertEquals(
                ProblemResponsesFilter.VERSIONED_OK,
                read.getResponses().getAPIResponse("200").getDescription());
        assertEquals(
                ProblemResponsesFilter.VERSIONED_CREATED,
                create.getResponses().getAPIResponse("201").getDescription());
        assertEquals("OK", page.getResponses().getAPIResponse("200").getDescription());
        assertEquals(
                "The thing as its owner sees it",
                own.getResponses().getAPIResponse("200").getDescription());
    }

    private static Operation success(String status, String description, String schema) {
        return OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse(
                                status,
                                OASFactory.createAPIResponse()
                                        .description(description)
                                        .content(OASFactory.createContent()
                                                .addMediaType(
                                                        "application/json",
                                                        OASFactory.createMediaType()
                                                                .schema(OASFactory.createSchema()
                                                                        .ref("#/components/schemas/" + schema))))));
    }

    @Test
    void sharedSchemaAndBearerScheme() {
        Schema problem = openAPI.getComponents().getSchemas().get(ProblemResponsesFilter.PROBLEM_SCHEMA);
        assertNotNull(problem);
        assertEquals(
                List.of("type", "title", "status", "detail", "instance", "code", "requestId", "errors"),
                new ArrayList<>(problem.getProperties().keySet()));
        assertEquals(
                "#/components/schemas/ProblemFieldError",
                problem.getProperties().get("errors").getItems().getRef());
        var scheme = openAPI.getComponents().getSecuritySchemes().get(ProblemResponsesFilter.SECURITY_SCHEME);
        assertEquals("bearer", scheme.getScheme());
        assertEquals("JWT", scheme.getBearerFormat());
    }

    @Test
    void publicOnlyDocumentsGetNoSecurityScheme() {
        OpenAPI open = OASFactory.createOpenAPI()
                .paths(OASFactory.createPaths()
                        .addPathItem(
                                "/api/v1/public", OASFactory.createPathItem().GET(operation(null))));
        new ProblemResponsesFilter().filterOpenAPI(open);
        assertNull(open.getComponents().getSecuritySchemes());
        assertNotNull(open.getComponents().getSchemas().get("Problem"));
    }

    @Test
    void filteringTwiceChangesNothing() {
        String before = describe(openAPI);
        new ProblemResponsesFilter().filterOpenAPI(openAPI);
        assertEquals(before, describe(openAPI));
    }

    @Test
    void actionsAreLiteralSegmentsAfterAPathParameter() {
        assertTrue(ProblemResponsesFilter.isAction("/api/v1/certificate-requests/{id}/issue"));
        assertTrue(ProblemResponsesFilter.isAction("/api/v1/certificate-types/{code}/reviews/"));
        assertFalse(ProblemResponsesFilter.isAction("/api/v1/certificate-verifications"));
        assertFalse(ProblemResponsesFilter.isAction("/api/v1/certificate-types/{code}"));
        assertFalse(ProblemResponsesFilter.isAction("/api/v1/retention-lists/current"));
    }

    private static String describe(OpenAPI api) {
        StringBuilder out = new StringBuilder();
        api.getPaths()
                .getPathItems()
                .forEach((path, item) -> item.getOperations().forEach((method, op) -> {
                    out.append(method).append(' ').append(path).append(':');
                    op.getResponses().getAPIResponses().forEach((status, response) -> {
                        out.append(' ').append(status);
                        if (response.getContent() != null) {
                            response.getContent()
                                    .getMediaTypes()
                                    .forEach((type, media) -> out.append('[')
                                            .append(type)
                                            .append(
                                                    media.getExamples() == null
                                                            ? ""
                                                            : media.getExamples()
                                                                    .keySet())
                                            .append(']'));
                        }
                    });
                    out.append('\n');
                }));
        return out.toString();
    }

    private static Operation operation(String role) {
        Operation op = OASFactory.createOperation()
                .responses(OASFactory.createAPIResponses()
                        .addAPIResponse("200", OASFactory.createAPIResponse().description("OK")));
        if (role != null) {
            op.addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", role));
        }
        return op;
    }

    private static Parameter path(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.PATH).required(true);
    }

    private static Parameter header(String name) {
        return OASFactory.createParameter().name(name).in(Parameter.In.HEADER);
    }

    private static Parameter param(Operation op, String name) {
        return op.getParameters().stream()
                .filter(p -> p.getName().equals(name))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> statuses(String... s) {
        return List.of(s);
    }

    private static List<String> statuses(Operation op) {
        return new ArrayList<>(op.getResponses().getAPIResponses().keySet());
    }

    private static void assertProblem(Operation op, String status, String code) {
        assertEquals(code, value(op, status, code).get("code"));
        assertEquals(Integer.parseInt(status), value(op, status, code).get("status"));
    }

    private static Map<?, ?> value(Operation op, String status, String code) {
        APIResponse response = op.getResponses().getAPIResponse(status);
        assertNotNull(response, "no " + status);
        assertNotNull(response.getDescription());
        MediaType media = response.getContent().getMediaType("application/problem+json");
        assertNotNull(media, status + " is not problem+json");
        assertEquals(ProblemResponsesFilter.PROBLEM_REF, media.getSchema().getRef());
        assertNotNull(
                media.getExamples().get(code),
                status + " has no example " + code + ": " + media.getExamples().keySet());
        return (Map<?, ?>) media.getExamples().get(code).getValue();
    }
}
