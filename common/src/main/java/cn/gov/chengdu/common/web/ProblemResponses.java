package cn.gov.chengdu.common.web;

import java.util.List;
import java.util.Map;

import jakarta.ws.rs.core.Response;

import cn.gov.chengdu.common.problem.Problem;

/** Problem answers of the REST layer: the conventional title and the current request id. */
public final class ProblemResponses {

    private ProblemResponses() {}

    public static Problem problem(
            int status,
            String code,
            String detail,
            String instance,
            List<Problem.FieldError> errors,
            Map<String, Object> extensions) {
        return new Problem(
                Problem.typeFor(code),
                Problem.titleFor(status),
                status,
                detail,
                instance,
                code,
                RequestIds.current(),
                errors == null || errors.isEmpty() ? null : errors,
                extensions);
    }

    public static Response response(Problem problem) {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
