package cn.gov.chengdu.common.problem;

/** Codes every service shares. Domain codes (e.g. {@code CERTIFICATE_TYPE_ABOLISHED}) live with their domain. */
public final class ProblemCodes {
    public static final String NOT_FOUND = "NOT_FOUND";
    public static final String METHOD_NOT_ALLOWED = "METHOD_NOT_ALLOWED";
    public static final String NOT_ACCEPTABLE = "NOT_ACCEPTABLE";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UNSUPPORTED_MEDIA_TYPE";
    public static final String MALFORMED_JSON = "MALFORMED_JSON";
    public static final String UNKNOWN_PROPERTY = "UNKNOWN_PROPERTY";
    public static final String INVALID_VALUE = "INVALID_VALUE";
    public static final String VALIDATION_FAILED = "VALIDATION_FAILED";
    public static final String BAD_REQUEST = "BAD_REQUEST";
    public static final String INVALID_CURSOR = "INVALID_CURSOR";
    public static final String UNAUTHENTICATED = "UNAUTHENTICATED";
    public static final String FORBIDDEN = "FORBIDDEN";
    /** A state-changing action the resource's current status does not allow (409, with the allowed ones). */
    public static final String ILLEGAL_TRANSITION = "ILLEGAL_TRANSITION";

    public static final String CONCURRENT_MODIFICATION = "CONCURRENT_MODIFICATION";
    public static final String DUPLICATE = "DUPLICATE";
    public static final String CONSTRAINT_VIOLATED = "CONSTRAINT_VIOLATED";
    public static final String PRECONDITION_FAILED = "PRECONDITION_FAILED";
    public static final String PAYLOAD_TOO_LARGE = "PAYLOAD_TOO_LARGE";
    public static final String IDEMPOTENCY_KEY_REUSED = "IDEMPOTENCY_KEY_REUSED";
    public static final String IDEMPOTENCY_REQUEST_IN_PROGRESS = "IDEMPOTENCY_REQUEST_IN_PROGRESS";
    public static final String RATE_LIMITED = "RATE_LIMITED";
    public static final String UPSTREAM_UNAVAILABLE = "UPSTREAM_UNAVAILABLE";
    public static final String UPSTREAM_TIMEOUT = "UPSTREAM_TIMEOUT";
    public static final String INTERNAL_ERROR = "INTERNAL_ERROR";

    private ProblemCodes() {}

    /** The code conventionally used for a bare HTTP status (when nothing more specific is known). */
    public static String forStatus(int status) {
        return switch (status) {
            case 400 -> BAD_REQUEST;
            case 401 -> UNAUTHENTICATED;
            case 403 -> FORBIDDEN;
            case 404 -> NOT_FOUND;
            case 405 -> METHOD_NOT_ALLOWED;
            case 406 -> NOT_ACCEPTABLE;
            case 409 -> CONCURRENT_MODIFICATION;
            case 412 -> PRECONDITION_FAILED;
            case 413 -> PAYLOAD_TOO_LARGE;
            case 415 -> UNSUPPORTED_MEDIA_TYPE;
            case 429 -> RATE_LIMITED;
            case 503 -> UPSTREAM_UNAVAILABLE;
            case 504 -> UPSTREAM_TIMEOUT;
            default -> status >= 500 ? INTERNAL_ERROR : BAD_REQUEST;
        };
    }
}
