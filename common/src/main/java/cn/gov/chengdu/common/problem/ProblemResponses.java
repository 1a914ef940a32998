package cn.gov.chengdu.common.problem;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import cn.gov.chengdu.common.web.RequestIds;

/** Builds problem responses with the conventional titles. */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static Problem problem(int status, String code, String detail, String instance,
            List<Problem.FieldError> errors, Map<String, Object> extensions) {
        return new Problem(Problem.typeFor(code), titleFor(status), status, detail, instance, code,
                RequestIds.current(), errors == null || errors.isEmpty() ? null : errors, extensions);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status()).type(Problem.MEDIA_TYPE).entity(problem).build();
    }

    public static String titleFor(int status) {
        return switch (status) {
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 409 -> "Conflict";
            case 412 -> "Precondition Failed";
            case 413 -> "Content Too Large";
            case 415 -> "Unsupported Media Type";
            case 422 -> "Unprocessable Content";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 500 -> "Internal Server Error";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            default -> {
                Response.Status known = Response.Status.fromStatusCode(status);
                yield known == null ? "HTTP " + status : known.getReasonPhrase();
            }
        };
    }
}
