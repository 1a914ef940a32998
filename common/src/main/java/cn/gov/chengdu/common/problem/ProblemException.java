package cn.gov.chengdu.common.problem;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Thrown by services to answer with a problem: a status, a stable code and a human-readable detail.
 * Use the factories ({@link #notFound}, {@link #conflict}, {@link #unprocessable}, ...) so that each status
 * carries its conventional meaning (DESIGN §3).
 */
public class ProblemException extends RuntimeException {

    private final int status;
    private final String code;
    private final List<Problem.FieldError> errors;
    private final Map<String, Object> extensions;

    public ProblemException(int status, String code, String detail) {
        this(status, code, detail, List.of(), Map.of());
    }

    public ProblemException(
            int status, String code, String detail, List<Problem.FieldError> errors, Map<String, Object> extensions) {
        super(detail, null, false, false);
        this.status = status;
        this.code = code;
        this.errors = List.copyOf(errors);
        this.extensions = new LinkedHashMap<>(extensions);
    }

    /** 400 with field errors. */
    public static ProblemException badRequest(String code, String detail, List<Problem.FieldError> errors) {
        return new ProblemException(400, code, detail, errors, Map.of());
    }

    /** 400 for one invalid field. */
    public static ProblemException invalidField(String field, String message) {
        return badRequest(
                ProblemCodes.VALIDATION_FAILED,
                "The request is not valid: " + field + " " + message,
                List.of(new Problem.FieldError(field, message)));
    }

    /** 404: also for another person's object, so its existence is not revealed. */
    public static ProblemException notFound(String what) {
        return new ProblemException(404, ProblemCodes.NOT_FOUND, what + " was not found");
    }

    /** 409: a state conflict. */
    public static ProblemException conflict(String code, String detail) {
        return new ProblemException(409, code, detail);
    }

    /**
     * 409 {@code ILLEGAL_TRANSITION}: the resource is {@code currentStatus}, which does not allow the action;
     * {@code allowed} names what it does allow (statuses or actions, as the resource's API speaks of them).
     */
    public static ProblemException illegalTransition(String detail, String currentStatus, List<String> allowed) {
        return conflict(ProblemCodes.ILLEGAL_TRANSITION, detail)
                .with("currentStatus", currentStatus)
                .with("allowed", List.copyOf(allowed));
    }

    /** 412: the {@code If-Match} version is stale. */
    public static ProblemException preconditionFailed(long currentVersion) {
        return new ProblemException(
                412,
                ProblemCodes.PRECONDITION_FAILED,
                "The resource has changed since you read it; its current version is " + currentVersion,
                List.of(),
                Map.of("currentVersion", currentVersion));
    }

    /** 422: a business rule is broken. */
    public static ProblemException unprocessable(String code, String detail) {
        return new ProblemException(422, code, detail);
    }

    /** 403: authenticated but not allowed. */
    public static ProblemException forbidden(String detail) {
        return new ProblemException(403, ProblemCodes.FORBIDDEN, detail);
    }

    public ProblemException with(String member, Object value) {
        extensions.put(member, value);
        return this;
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public List<Problem.FieldError> errors() {
        return errors;
    }

    public Map<String, Object> extensions() {
        return extensions;
    }
}
