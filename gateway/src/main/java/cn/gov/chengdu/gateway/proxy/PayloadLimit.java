package cn.gov.chengdu.gateway.proxy;

import java.util.Map;

import jakarta.inject.Singleton;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.common.web.ProblemWriter;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.Handler;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * {@code quarkus.http.limits.max-body-size} for every request: a declared {@code Content-Length} above it is a 413
 * problem before anything is forwarded. (Quarkus' own check would answer with an empty 413; this one runs first.)
 * Chunked bodies are counted while they stream ({@link LimitedReadStream}) and end the same way.
 */
@Singleton
public class PayloadLimit implements Handler<RoutingContext> {

    /** How long the gateway keeps reading (and dropping) a refused body so that the client sees the 413. */
    private static final long LINGER_MILLIS = 10_000;

    private final ProblemWriter problems;
    private final long maxBodySize;

    public PayloadLimit(ProblemWriter problems,
            @ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") MemorySize maxBodySize) {
        this.problems = problems;
        this.maxBodySize = maxBodySize.asLongValue();
    }

    long maxBodySize() {
        return maxBodySize;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String declared = ctx.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && declaredLength(declared) > maxBodySize) {
            refuse(ctx);
            return;
        }
        ctx.next();
    }

    /**
     * Answers 413 and ends the connection the way nginx does ("lingering close"): what the client is still sending
     * is read and dropped, so that a client that writes its whole body before reading gets the answer instead of a
     * reset, and the connection is closed when the body ends or after {@link #LINGER_MILLIS}, whichever is first.
     */
    void refuse(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        boolean http1 = request.version() != HttpVersion.HTTP_2;
        if (http1) {
            ctx.addEndHandler(ended -> closeOnceDrained(ctx, request));
        }
        problems.write(ctx, 413, ProblemCodes.PAYLOAD_TOO_LARGE, "The request body is larger than the gateway accepts",
                http1 ? Map.of(HttpHeaders.CONNECTION.toString(), "close") : Map.of());
    }

    private static void closeOnceDrained(RoutingContext ctx, HttpServerRequest request) {
        if (request.isEnded()) {
            request.connection().close();
            return;
        }
        long timer = ctx.vertx().setTimer(LINGER_MILLIS, fired -> request.connection().close());
        request.handler(dropped -> {
        });
        request.endHandler(end -> {
            ctx.vertx().cancelTimer(timer);
            request.connection().close();
        });
        request.resume();
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
