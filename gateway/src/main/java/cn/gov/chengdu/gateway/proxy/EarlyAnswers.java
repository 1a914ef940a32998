package cn.gov.chengdu.gateway.proxy;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Singleton;

import cn.gov.chengdu.common.web.ProblemWriter;
import cn.gov.chengdu.gateway.config.GatewayConfig;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * Problem answers the gateway gives before (or instead of) forwarding a request: 401, 413, 429, 503, 504. The
 * request arrives paused and its body may still be on its way, so answering is not enough:
 * <ul>
 * <li>a body of at most {@code gateway.request-buffer} is read and dropped, and the connection stays open;</li>
 * <li>a larger or unknown one gets {@code Connection: close}, is read and dropped until it ends or for at most
 * {@link #LINGER_MILLIS} (nginx's "lingering close": a client that writes its whole body before reading then still
 * sees the answer rather than a reset), and the connection is closed.</li>
 * </ul>
 */
@Singleton
public class EarlyAnswers {

    /** How long the gateway keeps reading (and dropping) a refused body so that the client sees the answer. */
    static final long LINGER_MILLIS = 10_000;

    private final ProblemWriter problems;
    private final long smallBody;

    public EarlyAnswers(ProblemWriter problems, GatewayConfig config) {
        this.problems = problems;
        this.smallBody = config.requestBuffer().asLongValue();
    }

    public void problem(RoutingContext ctx, int status, String code, String detail) {
        problem(ctx, status, code, detail, Map.of());
    }

    public void problem(RoutingContext ctx, int status, String code, String detail, Map<String, String> headers) {
        HttpServerRequest request = ctx.request();
        if (request.isEnded() || request.version() == HttpVersion.HTTP_2) {
            resume(request);
            problems.write(ctx, status, code, detail, headers);
            return;
        }
        long declared = declaredLength(request);
        if (declared >= 0 && declared <= smallBody) {
            request.handler(dropped -> {
            });
            resume(request);
            problems.write(ctx, status, code, detail, headers);
            return;
        }
        Map<String, String> closing = new HashMap<>(headers);
        closing.put(HttpHeaders.CONNECTION.toString(), "close");
        ctx.addEndHandler(ended -> closeOnceDrained(ctx, request));
        problems.write(ctx, status, code, detail, closing);
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
        request.exceptionHandler(failure -> ctx.vertx().cancelTimer(timer));
        request.resume();
    }

    /**
     * Resumes a paused request unless it has ended (HTTP/2 refuses to resume a request whose stream has ended:
     * {@code IllegalStateException: Request has already been read}).
     */
    static void resume(HttpServerRequest request) {
        if (!request.isEnded()) {
            request.resume();
        }
    }

    /** Pauses a request unless it has ended (see {@link #resume}). */
    public static void pause(HttpServerRequest request) {
        if (!request.isEnded()) {
            request.pause();
        }
    }

    /** The declared body length: 0 without a body, -1 when unknown (chunked, or HTTP/2 without a length) or malformed. */
    public static long declaredLength(HttpServerRequest request) {
        String header = request.getHeader(HttpHeaders.CONTENT_LENGTH);
        if (header == null) {
            if (request.version() == HttpVersion.HTTP_2) {
                // HTTP/2 has no Transfer-Encoding: a stream still open may carry a body of unknown length
                return request.isEnded() ? 0 : -1;
            }
            return request.getHeader(HttpHeaders.TRANSFER_ENCODING) == null ? 0 : -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
