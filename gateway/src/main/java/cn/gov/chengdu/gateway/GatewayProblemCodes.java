package cn.gov.chengdu.gateway;

/**
 * Problem codes only the gateway answers with (the shared ones, such as {@code UNAUTHENTICATED}, {@code RATE_LIMITED}
 * or {@code UPSTREAM_TIMEOUT}, are common's {@code ProblemCodes}).
 */
public final class GatewayProblemCodes {

    /** 408: the client stopped sending its request body for longer than {@code gateway.client-timeout}. */
    public static final String REQUEST_TIMEOUT = "REQUEST_TIMEOUT";

    /** 503: every connection to the upstream is busy and the request could not get one in time; not a failure of
     * the upstream (its circuit is not affected). */
    public static final String UPSTREAM_BUSY = "UPSTREAM_BUSY";

    private GatewayProblemCodes() {
    }
}
