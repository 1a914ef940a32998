package cn.gov.chengdu.gateway.clientorigin;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

    private final TrustedProxies trusted = TrustedProxies.of(List.of("10.0.0.0/8", " 192.168.1.7 ", "fd00::/8"));

    @Test
    void addressesAndRangesOfBothFamiliesAreTrusted() {
        assertTrue(trusted.trusts("10.42.3.4"));
        assertTrue(trusted.trusts("192.168.1.7"));
        assertTrue(trusted.trusts("fd12::1"));
        assertTrue(trusted.trusts("[fd12::1]"));
        assertFalse(trusted.trusts("192.168.1.8"));
        assertFalse(trusted.trusts("11.0.0.1"));
        assertFalse(trusted.trusts("2001:db8::1"));
        assertFalse(trusted.trusts("not-an-address"));
        assertFalse(TrustedProxies.none().trusts("10.0.0.1"));
    }

    @Test
    void hostNamesAndBadRangesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of("ingress.example")));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of("10.0.0.0/33")));
        assertThrows(IllegalArgumentException.class, () -> TrustedProxies.of(List.of("10.0.0.0/x")));
    }
}
