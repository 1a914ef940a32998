package cn.gov.chengdu.common.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.inject.Instance;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import cn.gov.chengdu.common.problem.Problem;
import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.common.problem.ProblemException;
import cn.gov.chengdu.common.problem.ProblemTranslator;

/**
 * The one place where exceptions become RFC 9457 problems, for every service's REST layer. Nothing internal
 * (stack trace, SQL, class names) ever reaches the client; unexpected failures are logged with the request id.
 * Failures other modules understand (e.g. the persistence module's optimistic-lock and constraint failures) are
 * translated by their {@link ProblemTranslator} beans before anything is answered with 500.
 */
public class ProblemExceptionMappers {

    private static final Logger LOG = Logger.getLogger(ProblemExceptionMappers.class);

    private final Instance<ProblemTranslator> translators;

    public ProblemExceptionMappers(Instance<ProblemTranslator> translators) {
        this.translators = translators;
    }

    @ServerExceptionMapper
    public Response problem(ProblemException e, UriInfo uri) {
        return respond(e.status(), e.code(), e.getMessage(), uri, e.errors(), e.extensions());
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response original = e.getResponse();
        int status = original.getStatus();
        Throwable cause = e.getCause();
        if (status == 400 && cause instanceof JsonProcessingException json) {
            return jsonProblem(json, uri);
        }
        if (status == 404
                && (cause instanceof NumberFormatException
                        || cause instanceof IllegalArgumentException
                        || cause instanceof java.time.DateTimeException)) {
            // JAX-RS answers 404 when a query or path parameter does not convert; it is bad input: 400.
            return respond(
                    400,
                    ProblemCodes.INVALID_VALUE,
                    "A query or path parameter has a value of the wrong type",
                    uri,
                    List.of(),
                    Map.of());
        }
        String detail = switch (status) {
            case 404, 405, 406, 415 -> Problem.defaultDetailFor(status, uri.getPath());
            default -> status >= 500 ? Problem.defaultDetailFor(status, uri.getPath()) : safeMessage(e);
        };
        if (status >= 500) {
            LOG.error("Unexpected server error", e);
        }
        Response.ResponseBuilder builder = Response.fromResponse(
                respond(status, ProblemCodes.forStatus(status), detail, uri, List.of(), Map.of()));
        original.getHeaders().forEach((name, values) -> {
            if (name.equalsIgnoreCase(HttpHeaders.ALLOW)
                    || name.equalsIgnoreCase(HttpHeaders.WWW_AUTHENTICATE)
                    || name.equalsIgnoreCase("Retry-After")) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.FieldError> errors = new ArrayList<>();
        for (ConstraintViolation<?> violation : e.getConstraintViolations()) {
            if (isReturnValue(violation.getPropertyPath())) {
                LOG.errorf("Response failed validation: %s", violation);
                return respond(
                        500,
                        ProblemCodes.INTERNAL_ERROR,
                        Problem.defaultDetailFor(500, uri.getPath()),
                        uri,
                        List.of(),
                        Map.of());
            }
            errors.add(new Problem.FieldError(fieldName(violation.getPropertyPath()), violation.getMessage()));
        }
        errors.sort(Comparator.comparing(Problem.FieldError::field).thenComparing(Problem.FieldError::message));
        return respond(
                400, ProblemCodes.VALIDATION_FAILED, "The request is not valid: see errors", uri, errors, Map.of());
    }

    private Response jsonProblem(JsonProcessingException e, UriInfo uri) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return unknownProperty(unknown, uri);
        }
        if (e instanceof InvalidFormatException invalid) {
            return invalidFormat(invalid, uri);
        }
        if (e instanceof MismatchedInputException mismatched) {
            return mismatchedInput(mismatched, uri);
        }
        if (e instanceof JsonMappingException mapping) {
            return otherJsonMapping(mapping, uri);
        }
        return malformedJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unknownProperty(UnrecognizedPropertyException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(
                400,
                ProblemCodes.UNKNOWN_PROPERTY,
                "Unknown property '" + field + "' in the request body",
                uri,
                List.of(new Problem.FieldError(field, "is not a known property")),
                Map.of());
    }

    @ServerExceptionMapper
    public Response invalidFormat(InvalidFormatException e, UriInfo uri) {
        String field = jsonPath(e);
        String expected = e.getTargetType() == null ? "value" : describe(e.getTargetType());
        return respond(
                400,
                ProblemCodes.INVALID_VALUE,
                "Invalid value for '" + field + "'",
                uri,
                List.of(new Problem.FieldError(field, "must be " + expected)),
                Map.of());
    }

    @ServerExceptionMapper
    public Response mismatchedInput(MismatchedInputException e, UriInfo uri) {
        String field = jsonPath(e);
        if (field.isEmpty()) {
            return respond(
                    400,
                    ProblemCodes.MALFORMED_JSON,
                    "The request body is not the expected JSON object",
                    uri,
                    List.of(),
                    Map.of());
        }
        String expected = e.getTargetType() == null ? "value" : describe(e.getTargetType());
        return respond(
                400,
                ProblemCodes.INVALID_VALUE,
                "Invalid value for '" + field + "'",
                uri,
                List.of(new Problem.FieldError(field, "must be " + expected)),
                Map.of());
    }

    @ServerExceptionMapper
    public Response otherJsonMapping(JsonMappingException e, UriInfo uri) {
        String field = jsonPath(e);
        return respond(
                400,
                ProblemCodes.INVALID_VALUE,
                "The request body could not be read",
                uri,
                field.isEmpty() ? List.of() : List.of(new Problem.FieldError(field, "is not valid")),
                Map.of());
    }

    @ServerExceptionMapper({JsonParseException.class, JsonProcessingException.class})
    public Response malformedJson(JsonProcessingException e, UriInfo uri) {
        return respond(
                400, ProblemCodes.MALFORMED_JSON, "The request body is not well-formed JSON", uri, List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return Response.fromResponse(respond(
                        401,
                        ProblemCodes.UNAUTHENTICATED,
                        "The bearer token is missing, expired or not valid",
                        uri,
                        List.of(),
                        Map.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer error=\"invalid_token\"")
                .build();
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return Response.fromResponse(respond(
                        401,
                        ProblemCodes.UNAUTHENTICATED,
                        "This operation needs a bearer token",
                        uri,
                        List.of(),
                        Map.of()))
                .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer")
                .build();
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return respond(
                403, ProblemCodes.FORBIDDEN, "Your role does not allow this operation", uri, List.of(), Map.of());
    }

    @ServerExceptionMapper
    public Response unexpected(Throwable e, UriInfo uri) {
        for (ProblemTranslator translator : translators) {
            var translated = translator.translate(e);
            if (translated.isPresent()) {
                return problem(translated.get(), uri);
            }
        }
        LOG.error("Unexpected server error", e);
        return respond(
                500,
                ProblemCodes.INTERNAL_ERROR,
                Problem.defaultDetailFor(500, uri.getPath()),
                uri,
                List.of(),
                Map.of());
    }

    private static Response respond(
            int status,
            String code,
            String detail,
            UriInfo uri,
            List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        return ProblemResponses.response(
                ProblemResponses.problem(status, code, detail, uri == null ? null : uri.getPath(), errors, extensions));
    }

    private static String safeMessage(WebApplicationException e) {
        // JAX-RS messages are our own ("HTTP 400 Bad Request" by default); never a cause's message.
        String message = e.getMessage();
        return message == null || message.startsWith("HTTP ")
                ? Problem.titleFor(e.getResponse().getStatus())
                : message;
    }

    private static boolean isReturnValue(Path path) {
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.RETURN_VALUE) {
                return true;
            }
        }
        return false;
    }

    /** {@code create.request.applicant.name} → {@code applicant.name}; a query parameter keeps its own name. */
    static String fieldName(Path path) {
        StringBuilder field = new StringBuilder();
        String parameter = null;
        for (Path.Node node : path) {
            switch (node.getKind()) {
                case METHOD, CONSTRUCTOR, CROSS_PARAMETER, RETURN_VALUE -> {}
                case PARAMETER -> parameter = node.getName();
                default -> {
                    // Hibernate Validator puts an element's index on the node that follows its container.
                    if (node.isInIterable() && field.length() > 0) {
                        field.append('[')
                                .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                                .append(']');
                    }
                    String name = node.getName();
                    if (name != null && !name.startsWith("<")) {
                        if (field.length() > 0) {
                            field.append('.');
                        }
                        field.append(name);
                    }
                }
            }
        }
        if (field.length() > 0) {
            return field.toString();
        }
        return parameter == null ? "request" : parameter;
    }

    static String jsonPath(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                path.append('[').append(ref.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    private static String describe(Class<?> type) {
        if (type.isEnum()) {
            StringBuilder values = new StringBuilder("one of ");
            Object[] constants = type.getEnumConstants();
            for (int i = 0; i < constants.length; i++) {
                values.append(i == 0 ? "" : ", ").append(constants[i]);
            }
            return values.toString();
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive() && type != boolean.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "a boolean";
        }
        if (java.time.temporal.Temporal.class.isAssignableFrom(type)) {
            return "an ISO-8601 " + (type == java.time.LocalDate.class ? "date (yyyy-MM-dd)" : "date-time with offset");
        }
        if (java.util.Collection.class.isAssignableFrom(type) || type.isArray()) {
            return "an array";
        }
        if (type == String.class) {
            return "a string";
        }
        return "an object";
    }
}
