package cn.gov.chengdu.gateway.ratelimit;

import java.util.Objects;

/**
 * A token bucket: {@code ratePerSecond} tokens come back each second, up to {@code burst}; each request takes one.
 * The {@code name} identifies the policy in the {@code RateLimit-Policy} and {@code RateLimit} headers
 * (draft-ietf-httpapi-ratelimit-headers): quota {@code q} = the burst, window {@code w} = the seconds the bucket
 * takes to fill up again from empty.
 */
public final class RatePolicy {

    private final String name;
    private final long ratePerSecond;
    private final long burst;
    private final String policyHeader;

    public RatePolicy(String name, long ratePerSecond, long burst) {
        if (ratePerSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("Rate policy " + name + ": rate and burst must be at least 1");
        }
        if (!name.matches("[A-Za-z0-9._:-]{1,64}")) {
            throw new IllegalArgumentException("Rate policy name '" + name + "' must be 1-64 of A-Z a-z 0-9 . _ : -");
        }
        this.name = name;
        this.ratePerSecond = ratePerSecond;
        this.burst = burst;
        this.policyHeader = "\"" + name + "\";q=" + burst + ";w=" + windowSeconds();
    }

    public String name() {
        return name;
    }

    public long ratePerSecond() {
        return ratePerSecond;
    }

    public long burst() {
        return burst;
    }

    /** Seconds to refill the whole bucket, at least 1. */
    public long windowSeconds() {
        return Math.max(1, (burst + ratePerSecond - 1) / ratePerSecond);
    }

    /** The {@code RateLimit-Policy} header value, e.g. {@code "anonymous";q=200;w=2}. */
    public String policyHeader() {
        return policyHeader;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RatePolicy that && name.equals(that.name) && ratePerSecond == that.ratePerSecond
                && burst == that.burst;
    }

    @Override
    public int hashCode() {
        return Objects.hash(name, ratePerSecond, burst);
    }

    @Override
    public String toString() {
        return policyHeader;
    }
}
