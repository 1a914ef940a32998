package cn.gov.chengdu.common.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

/**
 * An RFC 9457 problem detail as every service and the gateway send it: the standard members plus a
 * stable machine {@code code}, the {@code requestId} and, for 400, the offending {@code errors}.
 * Extra members (e.g. {@code allowed} on an illegal transition) go into {@code extensions}.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
@JsonPropertyOrder({ "type", "title", "status", "detail", "instance", "code", "requestId", "errors" })
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        String instance,
        String code,
        String requestId,
        List<FieldError> errors,
        @com.fasterxml.jackson.annotation.JsonIgnore Map<String, Object> extensions) {

    public static final String MEDIA_TYPE = "application/problem+json";
    /** Prefix of every problem {@code type}: a URN, resolvable through the docs page of the service's contract. */
    public static final String TYPE_PREFIX = "urn:chengdu-suite:problem:";

    public record FieldError(String field, String message) {
    }

    public Problem {
        extensions = extensions == null ? Map.of() : Map.copyOf(new LinkedHashMap<>(extensions));
    }

    @JsonAnyGetter
    public Map<String, Object> jsonExtensions() {
        return extensions;
    }

    /** The problem {@code type} URI for a code: {@code SLOT_FULL} → {@code urn:chengdu-suite:problem:slot-full}. */
    public static String typeFor(String code) {
        return TYPE_PREFIX + code.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
