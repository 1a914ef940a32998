package cn.gov.chengdu.common.web;

import java.util.Map;

import jakarta.inject.Singleton;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

import cn.gov.chengdu.common.problem.Problem;

/**
 * Answers written below the REST layer (Vert.x routes: unknown paths, 413, the gateway's 401/503/504) as RFC 9457
 * problems, with the request id, like the REST layer's (DESIGN §3).
 */
@Singleton
public class ProblemWriter {

    private final ObjectMapper json;

    public ProblemWriter(ObjectMapper json) {
        this.json = json;
    }

    public void write(RoutingContext ctx, int status, String code, String detail) {
        write(ctx, status, code, detail, Map.of());
    }

    /** Answers with the problem unless the response has already started (then there is nothing left to say). */
    public void write(RoutingContext ctx, int status, String code, String detail, Map<String, String> headers) {
        HttpServerResponse response = ctx.response();
        if (response.headWritten() || response.closed()) {
            return;
        }
        Object requestId = ctx.get(RequestIds.MDC_KEY);
        Problem problem = new Problem(
                Problem.typeFor(code),
                Problem.titleFor(status),
                status,
                detail,
                ctx.normalizedPath(),
                code,
                requestId == null ? null : requestId.toString(),
                null,
                Map.of());
        headers.forEach(response::putHeader);
        response.setStatusCode(status)
                .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                .end(body(problem));
    }

    private Buffer body(Problem problem) {
        try {
            return Buffer.buffer(json.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            return Buffer.buffer("{\"status\":" + problem.status() + ",\"code\":\"" + problem.code() + "\"}");
        }
    }
}
