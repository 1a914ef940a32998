package cn.gov.chengdu.common.web;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;

import cn.gov.chengdu.common.problem.Problem;
import cn.gov.chengdu.common.problem.ProblemCodes;
import cn.gov.chengdu.common.problem.ProblemException;

/**
 * Keyset-pagination cursors and limits. A cursor is opaque to clients: the sort key of the last row returned,
 * base64url-encoded. A cursor that does not decode is a 400 {@code INVALID_CURSOR}, never a 500.
 */
public final class Cursors {
    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
    private static final char SEPARATOR = '\u001f';

    private Cursors() {}

    /** Default 20; above 100 is clamped to 100; below 1 is a 400. */
    public static int limit(Integer requested) {
        if (requested == null) {
            return DEFAULT_LIMIT;
        }
        if (requested < 1) {
            throw ProblemException.invalidField("limit", "must be at least 1");
        }
        return Math.min(requested, MAX_LIMIT);
    }

    public static String encode(String... keyParts) {
        return Base64.getUrlEncoder()
                .withoutPadding()
                .encodeToString(String.join(String.valueOf(SEPARATOR), keyParts).getBytes(StandardCharsets.UTF_8));
    }

    /** The key parts of a cursor, or {@code null} when there is none. */
    public static List<String> decode(String cursor, int expectedParts) {
        if (cursor == null || cursor.isBlank()) {
            return null;
        }
        try {
            String raw = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            List<String> parts = Arrays.asList(raw.split(String.valueOf(SEPARATOR), -1));
            if (parts.size() != expectedParts) {
                throw invalid();
            }
            return parts;
        } catch (IllegalArgumentException e) {
            throw invalid();
        }
    }

    /** A decoded key part that must be a number. */
    public static long number(String part) {
        try {
            return Long.parseLong(part);
        } catch (NumberFormatException e) {
            throw invalid();
        }
    }

    private static ProblemException invalid() {
        return ProblemException.badRequest(
                ProblemCodes.INVALID_CURSOR,
                "The cursor is not one this service gave out",
                List.of(new Problem.FieldError("cursor", "is not valid")));
    }
}
