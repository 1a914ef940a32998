package cn.gov.chengdu.gateway.clientorigin;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.ArrayList;
import java.util.List;

import io.netty.handler.ipfilter.IpFilterRuleType;
import io.netty.handler.ipfilter.IpSubnetFilterRule;
import io.netty.util.NetUtil;

/**
 * The proxies in front of the gateway whose {@code X-Forwarded-*} and {@code Forwarded} headers are believed
 * ({@code gateway.trusted-proxies}: addresses and CIDR ranges, IPv4 or IPv6). Anyone else's are ignored: a client
 * talking to the gateway directly cannot choose its rate-limit bucket or the origin in {@code Location} headers.
 */
public final class TrustedProxies {

    private static final TrustedProxies NONE = new TrustedProxies(List.of());

    private final List<IpSubnetFilterRule> ranges;

    private TrustedProxies(List<IpSubnetFilterRule> ranges) {
        this.ranges = ranges;
    }

    public static TrustedProxies none() {
        return NONE;
    }

    /** Parses {@code 10.0.0.0/8}, {@code 192.168.1.7}, {@code fd00::/8}, ...; refuses anything else with the key to fix. */
    public static TrustedProxies of(List<String> entries) {
        List<IpSubnetFilterRule> ranges = new ArrayList<>();
        for (String entry : entries) {
            String trimmed = entry.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            int slash = trimmed.indexOf('/');
            String address = slash < 0 ? trimmed : trimmed.substring(0, slash);
            InetAddress parsed = NetUtil.createInetAddressFromIpAddressString(address);
            if (parsed == null) {
                throw new IllegalArgumentException("gateway.trusted-proxies: '" + trimmed
                        + "' is not an IP address or CIDR range (host names are not accepted)");
            }
            int maxBits = parsed.getAddress().length * 8;
            int bits;
            try {
                bits = slash < 0 ? maxBits : Integer.parseInt(trimmed.substring(slash + 1));
            } catch (NumberFormatException e) {
                bits = -1;
            }
            if (bits < 0 || bits > maxBits) {
                throw new IllegalArgumentException("gateway.trusted-proxies: '" + trimmed + "' has a bad prefix length");
            }
            ranges.add(new IpSubnetFilterRule(parsed, bits, IpFilterRuleType.ACCEPT));
        }
        return ranges.isEmpty() ? NONE : new TrustedProxies(List.copyOf(ranges));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /** Whether {@code address} (an IP literal) is one of the trusted proxies. */
    public boolean trusts(String address) {
        if (ranges.isEmpty() || address == null) {
            return false;
        }
        InetAddress parsed = NetUtil.createInetAddressFromIpAddressString(stripBrackets(address));
        if (parsed == null) {
            return false;
        }
        InetSocketAddress socket = new InetSocketAddress(parsed, 0);
        for (IpSubnetFilterRule range : ranges) {
            if (range.matches(socket)) {
                return true;
            }
        }
        return false;
    }

    static String stripBrackets(String address) {
        return address.length() > 1 && address.charAt(0) == '[' && address.charAt(address.length() - 1) == ']'
                ? address.substring(1, address.length() - 1)
                : address;
    }
}
