package cn.gov.chengdu.gateway.tracing;

import java.util.concurrent.ThreadLocalRandom;

/**
 * W3C Trace Context ({@code traceparent}, https://www.w3.org/TR/trace-context/): a valid one from the client is kept
 * and passed on unchanged (the gateway records no spans of its own, so it does not claim a parent id); a missing or
 * malformed one is replaced by a new trace ({@code 00-<32 hex>-<16 hex>-01}, sampled, so that services which trace
 * record it). {@code tracestate} passes unchanged. The gateway sends the {@code traceparent} it used back to the
 * client too, so that a caller without tracing can quote it with the request id.
 */
public final class TraceContext {

    public static final String TRACEPARENT = "traceparent";
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private TraceContext() {
    }

    /** The client's {@code traceparent} when it is valid, else a new one. */
    public static String keepOrMake(String offered) {
        return offered != null && isValid(offered) ? offered : make();
    }

    static String make() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        char[] value = new char[55];
        value[0] = '0';
        value[1] = '0';
        value[2] = '-';
        long high;
        long low;
        do {
            high = random.nextLong();
            low = random.nextLong();
        } while (high == 0 && low == 0);
        hex(high, value, 3);
        hex(low, value, 19);
        value[35] = '-';
        long span;
        do {
            span = random.nextLong();
        } while (span == 0);
        hex(span, value, 36);
        value[52] = '-';
        value[53] = '0';
        value[54] = '1';
        return new String(value);
    }

    /**
     * Version {@code 00}: exactly {@code 00-<32 lower hex, not all 0>-<16 lower hex, not all 0>-<2 hex>}. A higher
     * version is accepted when its first 55 characters have that shape and the next is {@code -} or nothing; version
     * {@code ff} never.
     */
    static boolean isValid(String value) {
        int length = value.length();
        if (length < 55) {
            return false;
        }
        if (!isHex(value, 0, 2) || value.startsWith("ff")) {
            return false;
        }
        boolean version00 = value.startsWith("00");
        if (version00 ? length != 55 : length > 55 && value.charAt(55) != '-') {
            return false;
        }
        return value.charAt(2) == '-' && value.charAt(35) == '-' && value.charAt(52) == '-'
                && isHex(value, 3, 35) && !isZero(value, 3, 35)
                && isHex(value, 36, 52) && !isZero(value, 36, 52)
                && isHex(value, 53, 55);
    }

    private static boolean isHex(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (!(c >= '0' && c <= '9' || c >= 'a' && c <= 'f')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isZero(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            if (value.charAt(i) != '0') {
                return false;
            }
        }
        return true;
    }

    private static void hex(long bits, char[] into, int at) {
        for (int i = 15; i >= 0; i--) {
            into[at + i] = HEX[(int) (bits & 0xf)];
            bits >>>= 4;
        }
    }
}
