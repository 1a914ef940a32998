package cn.gov.chengdu.schedule.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** What is accepted, how it is normalised, and where and why the rest is refused. */
class OpeningHoursParsingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Mo-Fr 09:00-12:00,13:00-17:00; PH off | Mo-Fr 09:00-12:00,13:00-17:00; PH off
            Fr,Sa 18:00-02:00                     | Fr,Sa 18:00-02:00
            Fr 18:00-26:00                        | Fr 18:00-02:00
            mo-fr 9:00-17:00                      | Mo-Fr 09:00-17:00
            Mon-Fri 09:00-17:00                   | Mo-Fr 09:00-17:00
            Mo-Fr 09:00 to 17:00                  | Mo-Fr 09:00-17:00
            Mo-Fr ０９：００－１７：００              | Mo-Fr 09:00-17:00
            Mo、We、Fr 09:00-17:00                  | Mo,We,Fr 09:00-17:00
            Mo-Fr 09:00-17:00 open "午休：12点"      | Mo-Fr 09:00-17:00 open "午休：12点"
            Dec 25,26 off                         | Dec 25,Dec 26 off
            2026 Feb 14-Feb 20 10:00-12:00        | 2026 Feb 14-Feb 20 10:00-12:00
            24/7                                  | 24/7
            """)
    void acceptsWhatMappersWrite(String value, String normalised) {
        OpeningHours hours = OpeningHours.parse(value);
        assertEquals(value, hours.value());
        assertEquals(normalised, hours.normalized());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '~', textBlock = """
            Mo-Fr 25:00-26:00               |  7 | unexpected '25'
            Mo 10:00-12:00; Tu 1x:00        | 21 | unexpected 'x'
            周一 09:00-17:00                  |  1 | unexpected '周'
            Mo-Fr sunrise-sunset            |  7 | sunrise, sunset, dawn and dusk are not supported: give clock times
            Sa 10:00+                       |  9 | open-ended times (18:00+) are not supported: say when the window closes
            SH off                          |  1 | school holidays (SH) are not supported: the calendar knows the statutory days off (PH) only
            Mo-Fr 09:00-17:00; "by appointment" | 20 | a comment without open, closed or off means the state is unknown, which is not supported: a window is open or closed
            Mo 10:00-12:00 unknown          | 16 | 'unknown' is not supported: a window is open or closed
            easter off                      |  1 | movable dates (easter) are not supported
            Feb 30 off                      |  1 | Feb has no day 30
            Jan 31-26 off                   |  1 | the day range Jan 31-26 runs backwards
            Mar 05-Mar 04 off               |  1 | the date range Mar 05-Mar 04 covers the whole year: leave the dates out
            2026-2020 Mo 10:00-12:00        |  1 | the year range 2026-2020 does not run forward
            week 10-05 Mo 10:00-11:00       |  1 | week numbers run from 01 to 53, forward (week 10-05)
            Su[-1] -1 day 10:00-12:00       |  3 | day offsets after an n-th weekday (Su[-1] -1 day) are not supported
            Jan 01 +Mo off                  |  8 | dates moved by a weekday or a number of days (Jan 01 +Mo, +2 days) are not supported
            PH +1 day off                   |  1 | days before or after a holiday (PH +1 day) are not supported
            Mo-Fr 09:00-17:00; Sa 10:00     | 23 | a time needs an end: write a span such as 10:00-12:00
            Mo-Fr 10:00-16:00/30            | 18 | repeating points in time (10:00-16:00/30) are not supported
            Mo-Fr 09:00-17:00; Dec 25+ off  | 26 | open-ended dates (Jan 01+) are not supported: give the last day
            "note": Mo 10:00-12:00          |  1 | a comment before a rule ("...": ...) is not supported
            ;                               |  1 | no rule: the value says nothing
            Mo-Fr 09:00-17:00; 2026 Jan-Feb | 20 | Missing month day in date range for February
            """)
    void refusesWithWhereAndWhy(String value, int column, String reason) {
        InvalidOpeningHoursException e = assertThrows(InvalidOpeningHoursException.class,
                () -> OpeningHours.parse(value));
        assertEquals(value, e.value());
        assertEquals(column, e.column());
        assertEquals(column - 1, e.offset());
        assertEquals(reason, e.reason());
        assertEquals("column " + column + ": " + reason, e.getMessage());
    }

    @Test
    void refusesEmptyLongAndControlCharacters() {
        assertEquals("no rule: the value is empty",
                assertThrows(InvalidOpeningHoursException.class, () -> OpeningHours.parse(" ")).reason());
        assertThrows(InvalidOpeningHoursException.class, () -> OpeningHours.parse(null));
        InvalidOpeningHoursException tab = assertThrows(InvalidOpeningHoursException.class,
                () -> OpeningHours.parse("Mo-Fr\t09:00-17:00"));
        assertEquals(6, tab.column());
        assertEquals(7, assertThrows(InvalidOpeningHoursException.class,
                () -> OpeningHours.parse("Mo-Fr \u000009:00")).column());
        String tooLong = "Mo 10:00-11:00; ".repeat(70);
        assertTrue(tooLong.length() > OpeningHours.MAX_LENGTH);
        assertEquals("longer than 1000 characters",
                assertThrows(InvalidOpeningHoursException.class, () -> OpeningHours.parse(tooLong)).reason());
        // the longest value accepted still parses quickly
        String longest = "Mo-Fr 09:00-17:00" + "; Dec 25 off".repeat(80);
        assertTrue(longest.length() <= OpeningHours.MAX_LENGTH);
        assertEquals(longest, OpeningHours.parse(longest).value());
    }

    /**
     * Whatever is typed, parsing answers with a parsed value or an {@link InvalidOpeningHoursException} whose
     * position lies in the value: never another exception (which would be a 500).
     */
    @Test
    void randomInputEitherParsesOrSaysWhereItFails() {
        String[] pieces = {"Mo", "Tu", "We", "Th", "Fr", "Sa", "Su", "PH", "SH", "-", ",", ";", " ", "||", ":",
            "09", "00", "17", "24", "26", "48", "99", "2026", "1899", "Jan", "Feb", "Dec", "week", "[", "]", "1",
            "-1", "+", "/", "off", "open", "closed", "unknown", "\"", "x", "24/7", "sunrise", "easter", "day",
            "days", "０", "：", "周", "😀", "."};
        Random random = new Random(20170801);
        int parsed = 0;
        for (int i = 0; i < 2_000; i++) {
            StringBuilder value = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int p = 0; p < length; p++) {
                value.append(pieces[random.nextInt(pieces.length)]);
                if (random.nextInt(3) == 0) {
                    value.append(' ');
                }
            }
            try {
                OpeningHours.parse(value.toString());
                parsed++;
            } catch (InvalidOpeningHoursException e) {
                assertTrue(e.offset() >= 0 && e.offset() <= value.length(), value + " -> " + e.offset());
                assertTrue(!e.reason().isBlank(), value.toString());
            }
        }
        assertTrue(parsed > 10, "some random values are valid: " + parsed);
    }
}
