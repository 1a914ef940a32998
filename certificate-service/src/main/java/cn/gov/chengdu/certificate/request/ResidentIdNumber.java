package cn.gov.chengdu.certificate.request;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The citizen identity number of mainland China (公民身份号码, GB 11643-1999): 6 digits of region, 8 of birth
 * date, 3 of sequence and a check character ({@code 0-9} or {@code X}) computed over the first 17 (ISO 7064
 * MOD 11-2).
 */
public final class ResidentIdNumber {

    private static final Pattern SHAPE = Pattern.compile("[1-9]\\d{16}[\\dX]");
    private static final int[] WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    private static final String CHECK_CHARACTERS = "10X98765432";

    private ResidentIdNumber() {}

    /** The number in its canonical form (trimmed, upper-case {@code X}) when it is valid, else empty. */
    public static Optional<String> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String number = text.strip().toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(number).matches()
                || !hasValidBirthDate(number)
                || checkCharacter(number.substring(0, 17)) != number.charAt(17)) {
            return Optional.empty();
        }
        return Optional.of(number);
    }

    /** The check character of the first 17 digits. */
    public static char checkCharacter(String first17Digits) {
        int sum = 0;
        for (int i = 0; i < WEIGHTS.length; i++) {
            sum += (first17Digits.charAt(i) - '0') * WEIGHTS[i];
        }
        return CHECK_CHARACTERS.charAt(sum % 11);
    }

    private static boolean hasValidBirthDate(String number) {
        try {
            LocalDate birth = LocalDate.of(
                    Integer.parseInt(number.substring(6, 10)),
                    Integer.parseInt(number.substring(10, 12)),
                    Integer.parseInt(number.substring(12, 14)));
            return birth.getYear() >= 1850 && !birth.isAfter(LocalDate.now());
        } catch (DateTimeException e) {
            return false;
        }
    }
}
