package cn.gov.chengdu.gateway.proxy;

import java.util.Map;
import java.util.concurrent.TimeoutException;

import org.jboss.logging.Logger;

import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.gateway.GatewayProblemCodes;
import cn.gov.chengdu.gateway.clientorigin.ClientOrigin;
import cn.gov.chengdu.gateway.routing.Upstream;
import cn.gov.chengdu.gateway.upstream.UpstreamChannel;
import io.vertx.core.Handler;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ConnectionPoolTooBusyException;
import io.vertx.core.http.HttpClientRequest;
import io.vertx.core.http.HttpClientResponse;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.RoutingContext;

/**
 * One request forwarded to an upstream and its answer streamed back, on the request's event loop, with back-pressure
 * both ways and without buffering more than {@code gateway.request-buffer} of a body.
 * <p>
 * <b>Who is waited for.</b> At any moment the exchange waits for the client (the next piece of its body, or room to
 * write its answer), for the upstream (its answer once the request is sent, the next piece of it, or room to write
 * the body), or for both. Each side has its own clock and its own timeout: {@code gateway.client-timeout} for the
 * client and the route's {@code timeout} for the upstream. Only the upstream's failures count against its circuit;
 * a client that stalls gets 408 (or its connection closed), and a slow upload that keeps moving is never cut. A
 * body of at most {@code request-buffer} is read whole before a pooled connection is taken, so a stalled small
 * upload never holds one; waiting for a free pooled connection is bounded by {@code pool-wait-timeout} and is not the
 * upstream's failure either.
 * <p>
 * One timer per exchange, set to the nearest deadline and re-checked when it fires (progress only moves a
 * timestamp), so a stream of many pieces costs no timer churn.
 */
public final class Exchange implements Handler<Long> {

    private static final Logger LOG = Logger.getLogger(Exchange.class);
    private static final long NONE = -1;

    private enum Phase {
        READING, CONNECTING, SENDING, AWAITING_ANSWER, RELAYING, DONE
    }

    private final Forwarder forwarder;
    private final RoutingContext ctx;
    private final HttpServerRequest request;
    private final HttpServerResponse response;
    private final UpstreamChannel channel;
    private final String uri;
    private final ClientOrigin origin;
    private final String traceparent;
    private final long bodyLimit;
    private final long declaredLength;
    private final Runnable cutOff;

    private Phase phase;
    private Buffer buffered;
    private long received;
    private boolean requestEnded;
    private boolean retried;
    private boolean outcomeReported;
    private HttpClientRequest upstreamRequest;
    private HttpClientResponse upstreamResponse;

    private boolean waitingForClient;
    private boolean waitingForUpstream;
    private long clientActivity;
    private long upstreamActivity;
    private long timerId = NONE;
    private long timerFiresAt;

    Exchange(Forwarder forwarder, RoutingContext ctx, UpstreamChannel channel, String uri, ClientOrigin origin,
            String traceparent, long bodyLimit, long declaredLength, Runnable cutOff) {
        this.forwarder = forwarder;
        this.ctx = ctx;
        this.request = ctx.request();
        this.response = ctx.response();
        this.channel = channel;
        this.uri = uri;
        this.origin = origin;
        this.traceparent = traceparent;
        this.bodyLimit = bodyLimit;
        this.declaredLength = declaredLength;
        this.cutOff = cutOff;
    }

    /**
     * Starts the exchange; the request is paused and its breaker permit taken. The caller reports the end of the
     * response through the routing context's end handler ({@link #clientGone()} when the connection closed first);
     * {@code cutOff} runs when the exchange ends without a complete answer (for the metrics).
     */
    void start() {
        request.exceptionHandler(failure -> clientGone());
        if (declaredLength == 0) {
            requestEnded = true;
            EarlyAnswers.resume(request);
            connect();
            return;
        }
        phase = Phase.READING;
        int expected = declaredLength > 0 ? (int) Math.min(declaredLength, forwarder.requestBuffer()) : 1024;
        buffered = Buffer.buffer(expected);
        request.handler(this::bufferChunk);
        request.endHandler(ended -> {
            requestEnded = true;
            if (phase == Phase.READING) {
                waitingForClient = false;
                connect();
            } else if (phase == Phase.SENDING) {
                waitingForClient = false;
                upstreamRequest.end();
                sent();
            }
        });
        waitForClient();
        EarlyAnswers.resume(request);
    }

    // ---------------------------------------------------------------------------------------------------- reading

    private void bufferChunk(Buffer chunk) {
        if (phase == Phase.SENDING) {
            forwardChunk(chunk);
            return;
        }
        if (phase != Phase.READING) {
            return;
        }
        clientActivity = System.nanoTime();
        if (overLimit(chunk)) {
            return;
        }
        buffered.appendBuffer(chunk);
        if (buffered.length() >= forwarder.requestBuffer()) {
            EarlyAnswers.pause(request);
            waitingForClient = false;
            connect();
        }
    }

    private boolean overLimit(Buffer chunk) {
        received += chunk.length();
        if (received <= bodyLimit) {
            return false;
        }
        reportAbandoned();
        finish();
        resetUpstream();
        forwarder.answers().problem(ctx, 413, ProblemCodes.PAYLOAD_TOO_LARGE,
                "The request body is larger than the gateway accepts for this route (" + bodyLimit + " bytes)");
        return true;
    }

    // ------------------------------------------------------------------------------------------------- connecting

    private void connect() {
        phase = Phase.CONNECTING;
        channel.open(request.method(), uri).onComplete(opened -> {
            if (phase == Phase.DONE) {
                if (opened.succeeded()) {
                    opened.result().reset();
                }
            } else if (opened.succeeded()) {
                send(opened.result());
            } else {
                connectFailed(opened.cause());
            }
        });
    }

    private void connectFailed(Throwable cause) {
        Upstream upstream = channel.upstream();
        if (cause instanceof TimeoutException || cause instanceof ConnectionPoolTooBusyException) {
            reportAbandoned();
            LOG.warnf("No free connection to %s in time (%s)", upstream.name(), cause.getMessage());
            answer(503, GatewayProblemCodes.UPSTREAM_BUSY, "The gateway has too many requests in flight to the "
                    + upstream.name() + " service; try again in a moment", Map.of("Retry-After", "1"));
            return;
        }
        if (!retried && isIdempotent(request.method())) {
            retried = true;
            forwarder.metrics().retried(upstream);
            connect();
            return;
        }
        reportFailure();
        LOG.warnf("Upstream %s unreachable: %s", upstream.name(), cause.toString());
        answer(503, ProblemCodes.UPSTREAM_UNAVAILABLE, "The " + upstream.name()
                + " service cannot be reached; try again later", Map.of());
    }

    private static boolean isIdempotent(HttpMethod method) {
        return method == HttpMethod.GET || method == HttpMethod.HEAD || method == HttpMethod.OPTIONS
                || method == HttpMethod.PUT || method == HttpMethod.DELETE;
    }

    // ---------------------------------------------------------------------------------------------------- sending

    private void send(HttpClientRequest upstream) {
        upstreamRequest = upstream;
        phase = Phase.SENDING;
        upstream.exceptionHandler(this::upstreamFailed);
        upstream.response().onComplete(answered -> {
            if (answered.succeeded()) {
                relay(answered.result());
            } else {
                upstreamFailed(answered.cause());
            }
        });
        RequestHeaders.copy(request, upstream.headers(), origin, forwarder.requestId(ctx), traceparent);
        if (requestEnded) {
            if (buffered != null) {
                upstream.putHeader(HttpHeaders.CONTENT_LENGTH, Integer.toString(buffered.length()));
                upstream.end(buffered);
                buffered = null;
            } else {
                upstream.end();
            }
            sent();
            return;
        }
        if (declaredLength > 0) {
            upstream.putHeader(HttpHeaders.CONTENT_LENGTH, Long.toString(declaredLength));
        } else {
            upstream.setChunked(true);
        }
        if (buffered.length() > 0) {
            upstream.write(buffered);
        }
        buffered = null;
        if (upstream.writeQueueFull()) {
            waitForUpstreamDrain();
        } else {
            waitForClient();
            EarlyAnswers.resume(request);
        }
    }

    private void forwardChunk(Buffer chunk) {
        clientActivity = System.nanoTime();
        if (overLimit(chunk)) {
            return;
        }
        upstreamRequest.write(chunk);
        if (upstreamRequest.writeQueueFull()) {
            waitForUpstreamDrain();
        }
    }

    private void waitForUpstreamDrain() {
        EarlyAnswers.pause(request);
        waitingForClient = false;
        waitForUpstream();
        upstreamRequest.drainHandler(drained -> {
            if (phase == Phase.SENDING) {
                waitingForUpstream = false;
                waitForClient();
                EarlyAnswers.resume(request);
            }
        });
    }

    /** The whole request went upstream: from now on the upstream's answer is awaited. */
    private void sent() {
        if (phase == Phase.SENDING) {
            phase = Phase.AWAITING_ANSWER;
            waitForUpstream();
        }
    }

    // --------------------------------------------------------------------------------------------------- relaying

    private void relay(HttpClientResponse answer) {
        if (phase == Phase.DONE) {
            return;
        }
        upstreamResponse = answer;
        reportSuccess();
        if (!requestEnded) {
            // The upstream answered before taking the whole body; the rest is read and dropped.
            request.handler(dropped -> {
            });
            EarlyAnswers.resume(request);
            waitingForClient = false;
        }
        phase = Phase.RELAYING;
        int status = answer.statusCode();
        response.setStatusCode(status);
        ResponseHeaders.copy(answer.headers(), response.headers(), channel.upstream(), origin::publicOrigin);
        boolean bodyless = request.method() == HttpMethod.HEAD || status == 204 || status == 304;
        if (!bodyless && answer.getHeader(HttpHeaders.CONTENT_LENGTH) == null
                && request.version() != HttpVersion.HTTP_1_0) {
            response.setChunked(true);
        }
        answer.exceptionHandler(this::upstreamFailed);
        answer.handler(this::relayChunk);
        answer.endHandler(ended -> {
            if (phase == Phase.RELAYING) {
                finish();
                response.end();
            }
        });
        waitForUpstream();
    }

    private void relayChunk(Buffer chunk) {
        if (phase != Phase.RELAYING) {
            return;
        }
        upstreamActivity = System.nanoTime();
        response.write(chunk);
        if (response.writeQueueFull()) {
            upstreamResponse.pause();
            waitingForUpstream = false;
            waitForClient();
            response.drainHandler(drained -> {
                if (phase == Phase.RELAYING) {
                    waitingForClient = false;
                    waitForUpstream();
                    upstreamResponse.resume();
                }
            });
        }
    }

    // --------------------------------------------------------------------------------------------------- timeouts

    private void waitForClient() {
        waitingForClient = true;
        clientActivity = System.nanoTime();
        arm(clientActivity + forwarder.clientTimeoutNanos());
    }

    private void waitForUpstream() {
        waitingForUpstream = true;
        upstreamActivity = System.nanoTime();
        arm(upstreamActivity + channel.timeoutNanos());
    }

    /** Makes sure the timer fires no later than {@code deadline}. */
    private void arm(long deadline) {
        if (timerId != NONE) {
            if (timerFiresAt - deadline <= 0) {
                return;
            }
            forwarder.vertx().cancelTimer(timerId);
        }
        long delayMillis = Math.max(1, (deadline - System.nanoTime() + 999_999) / 1_000_000);
        timerFiresAt = deadline;
        timerId = forwarder.vertx().setTimer(delayMillis, this);
    }

    /** The timer fired: a side that has been waited for too long ends the exchange; otherwise re-arm. */
    @Override
    public void handle(Long firedTimer) {
        timerId = NONE;
        if (phase == Phase.DONE) {
            return;
        }
        long now = System.nanoTime();
        long upstreamDeadline = upstreamActivity + channel.timeoutNanos();
        long clientDeadline = clientActivity + forwarder.clientTimeoutNanos();
        if (waitingForUpstream && now - upstreamDeadline >= 0) {
            upstreamTimedOut();
        } else if (waitingForClient && now - clientDeadline >= 0) {
            clientTimedOut();
        } else if (waitingForUpstream || waitingForClient) {
            long next = waitingForUpstream && waitingForClient ? Math.min(upstreamDeadline, clientDeadline)
                    : waitingForUpstream ? upstreamDeadline : clientDeadline;
            arm(next);
        }
    }

    private void upstreamTimedOut() {
        Upstream upstream = channel.upstream();
        if (phase == Phase.RELAYING) {
            LOG.warnf("Upstream %s stopped sending its answer for %s; the exchange is cut", upstream.name(),
                    upstream.timeout());
            finish();
            resetUpstream();
            cutOff.run();
            response.reset();
            return;
        }
        reportFailure();
        finish();
        resetUpstream();
        LOG.warnf("Upstream %s sent no answer for %s", upstream.name(), upstream.timeout());
        answer(504, ProblemCodes.UPSTREAM_TIMEOUT, "The " + upstream.name()
                + " service did not answer in time; it may still complete the request", Map.of());
    }

    private void clientTimedOut() {
        boolean answering = phase == Phase.RELAYING || response.headWritten();
        reportAbandoned();
        finish();
        resetUpstream();
        if (answering) {
            LOG.debugf("Client stopped reading its answer from %s; connection closed", channel.upstream().name());
            cutOff.run();
            request.connection().close();
            return;
        }
        LOG.debugf("Client stopped sending its request body to %s", channel.upstream().name());
        ctx.addEndHandler(ended -> request.connection().close());
        forwarder.problems().write(ctx, 408, GatewayProblemCodes.REQUEST_TIMEOUT,
                "The request body stopped arriving; the gateway waited " + forwarder.clientTimeout(),
                Map.of(HttpHeaders.CONNECTION.toString(), "close"));
    }

    // --------------------------------------------------------------------------------------------------- failures

    private void upstreamFailed(Throwable cause) {
        if (phase == Phase.DONE) {
            return;
        }
        Upstream upstream = channel.upstream();
        if (phase == Phase.RELAYING) {
            LOG.debugf("Answer from %s not fully relayed: %s", upstream.name(), cause.toString());
            finish();
            cutOff.run();
            response.reset();
            return;
        }
        if (response.closed()) {
            clientGone();
            return;
        }
        reportFailure();
        LOG.warnf("Upstream %s broke off the exchange: %s", upstream.name(), cause.toString());
        answer(503, ProblemCodes.UPSTREAM_UNAVAILABLE, "The " + upstream.name()
                + " service broke off the exchange; it may or may not have completed the request", Map.of());
    }

    /** The client's connection closed (or failed) before the exchange ended. */
    public void clientGone() {
        if (phase == Phase.DONE) {
            return;
        }
        cutOff.run();
        LOG.debugf("Client left before the exchange with %s ended", channel.upstream().name());
        reportAbandoned();
        finish();
        resetUpstream();
    }

    private void answer(int status, String code, String detail, Map<String, String> headers) {
        finish();
        forwarder.answers().problem(ctx, status, code, detail, headers);
    }

    private void resetUpstream() {
        if (upstreamRequest != null) {
            upstreamRequest.reset();
        }
    }

    /** The exchange is over (the answer may still be on its way out): no more timers, no more callbacks. */
    private void finish() {
        if (phase == Phase.DONE) {
            return;
        }
        phase = Phase.DONE;
        waitingForClient = false;
        waitingForUpstream = false;
        if (timerId != NONE) {
            forwarder.vertx().cancelTimer(timerId);
            timerId = NONE;
        }
    }

    private void reportSuccess() {
        if (!outcomeReported) {
            outcomeReported = true;
            channel.breaker().onSuccess();
        }
    }

    private void reportFailure() {
        if (!outcomeReported) {
            outcomeReported = true;
            channel.breaker().onFailure();
        }
    }

    private void reportAbandoned() {
        if (!outcomeReported) {
            outcomeReported = true;
            channel.breaker().onAbandoned();
        }
    }
}
