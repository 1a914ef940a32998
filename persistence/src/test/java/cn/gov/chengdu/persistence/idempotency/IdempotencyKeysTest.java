package cn.gov.chengdu.persistence.idempotency;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.common.problem.ProblemException;

class IdempotencyKeysTest {

    @Test
    void quotedAndBareKeysAreOneKey() {
        assertEquals(
                "8e03978e-40d5-43e8-bc93-6894a57f9324",
                IdempotencyKeys.normalise("\"8e03978e-40d5-43e8-bc93-6894a57f9324\""));
        assertEquals(
                "8e03978e-40d5-43e8-bc93-6894a57f9324",
                IdempotencyKeys.normalise(" 8e03978e-40d5-43e8-bc93-6894a57f9324 "));
        assertEquals("k", IdempotencyKeys.normalise("k"));
    }

    @Test
    void onlyVisibleAsciiUpTo255CharactersIsAKey() {
        assertEquals(255, IdempotencyKeys.normalise("x".repeat(255)).length());
        for (String bad : List.of("", "\"\"", "bad key", "密钥", "x".repeat(256), "tab\there")) {
            ProblemException e = assertThrows(ProblemException.class, () -> IdempotencyKeys.normalise(bad), bad);
            assertEquals(400, e.status());
            assertEquals("VALIDATION_FAILED", e.code());
            assertEquals("Idempotency-Key", e.errors().get(0).field());
        }
    }

    @Test
    void theFingerprintIsTheSha256OfTheCanonicalBody() {
        assertEquals(
                "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", IdempotencyKeys.fingerprint(""));
        assertEquals(64, IdempotencyKeys.fingerprint("{\"code\":\"A\"}").length());
        assertEquals(IdempotencyKeys.fingerprint("{\"code\":\"A\"}"), IdempotencyKeys.fingerprint("{\"code\":\"A\"}"));
        assertNotEquals(
                IdempotencyKeys.fingerprint("{\"code\":\"A\"}"), IdempotencyKeys.fingerprint("{\"code\":\"B\"}"));
    }
}
