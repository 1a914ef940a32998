package cn.gov.chengdu.certificate.certificate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;

class VerificationCodesTest {

    @Test
    void codesAreEightCharactersWithoutLookAlikes() {
        Set<String> codes = new HashSet<>();
        for (int i = 0; i < 1000; i++) {
            String code = VerificationCodes.newCode();
            assertTrue(code.matches("[2-9A-HJ-NP-Z]{8}"), code);
            codes.add(code);
        }
        assertEquals(1000, codes.size(), "random codes do not repeat in a thousand");
        assertEquals(32, VerificationCodes.ALPHABET.length());
    }

    @Test
    void typedCodesIgnoreCaseSpacesAndHyphens() {
        assertTrue(VerificationCodes.matches("ABCD2345", "abcd-2345"));
        assertTrue(VerificationCodes.matches("ABCD2345", " ABCD 2345 "));
        assertFalse(VerificationCodes.matches("ABCD2345", "ABCD2346"));
        assertFalse(VerificationCodes.matches("ABCD2345", "ABCD234"));
        assertFalse(VerificationCodes.matches("ABCD2345", null));
    }
}
