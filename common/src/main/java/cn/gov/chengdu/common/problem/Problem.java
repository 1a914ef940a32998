package cn.gov.chengdu.common.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem detail as every service and the gateway send it: the standard members plus a
 * stable machine {@code code}, the {@code requestId} and, for 400, the offending {@code errors}.
 * Extra members (e.g. {@code allowed} on an illegal transition) go into {@code extensions}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({"type", "title", "status", "detail", "instance", "code", "requestId", "errors"})
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        String requestId,
        List<FieldError> errors,
        @JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Prefix of every problem {@code type}: a URN, resolvable through the docs page of the service's contract. */
    public static final String TYPE_PREFIX = "urn:chengdu-suite:problem:";

    public record FieldError(String field, String message) {}

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(extensions));
    }

    @JsonAnyGetter
    public Map<String, Object> jsonExtensions() {
        return extensions;
    }

    /** The problem {@code type} URI for a code: {@code SLOT_FULL} → {@code urn:chengdu-suite:problem:slot-full}. */
    public static String typeFor(String code) {
        return TYPE_PREFIX + code.toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The problem's {@code title}: the status's reason phrase. */
    public static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> "HTTP " + status;
        };
    }

    /**
     * The {@code detail} of a problem known only by its status (no resource, wrong method, body too large, an
     * unexpected failure): one wording for the REST layer and the HTTP edge below it.
     */
    public static String defaultDetailFor(int status, String path) {
        return switch (status) {
            case 404 -> "No resource at " + path;
            case 405 -> "This resource does not support that method";
            case 406 -> "No acceptable representation for the requested media type";
            case 413 -> "The request body is larger than this service accepts";
            case 415 -> "This media type is not supported here; send application/json";
            default ->
                status >= 500
                        ? "The request could not be completed; quote the request id when you report it"
                        : titleFor(status);
        };
    }
}
