package cn.gov.chengdu.schedule.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.gov.chengdu.schedule.calendar.DayKinds;
import cn.gov.chengdu.schedule.calendar.WorkingDayCalendar;

/**
 * The evaluator answers one question four ways: rule by rule for one minute ({@link OpeningHours#isOpenAtMinute}),
 * from the day's minute set ({@link OpeningHours#isOpen}), as intervals and as the next change. They must tell the same story, on China's calendar too (holidays, make-up days), for every
 * rule of the reference table and a few that name PH and dates.
 */
class OpeningHoursConsistencyTest {

    private static final List<String> EXTRA = List.of(
            "Mo-Fr 09:00-17:00; PH off",
            "Mo 18:00-02:00; Su 20:00-01:00; PH 10:00-14:00",
            "Mo-Fr 08:00-12:00,13:00-20:00; Sa,Su 09:00-17:00; PH 10:00-16:00; 2026 Feb 14 off",
            "PH,Sa 22:00-04:00; Mo-Fr 09:00-17:00 || Su 10:00-12:00",
            "Sa[2,4] 09:00-12:00; Mo 10:00-48:00, We 00:00-03:00 off");

    @Test
    void isOpenIntervalsAndNextChangeAgree() throws IOException {
        List<String> values = new ArrayList<>(referenceValues());
        values.addAll(EXTRA);
        Random random = new Random(2026);
        DayKinds china = WorkingDayCalendar.china();
        int checked = 0;
        for (String value : values) {
            OpeningHours hours = OpeningHours.parse(value);
            List<LocalDate> days = new ArrayList<>(List.of(LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 14),
                    LocalDate.of(2026, 2, 23), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 1)));
            for (int i = 0; i < 2; i++) {
                days.add(LocalDate.of(2017, 1, 1).plusDays(random.nextInt(11 * 365)));
            }
            for (LocalDate day : days) {
                checked += checkDay(hours, day, china);
            }
        }
        assertTrue(checked > 50_000, "minutes checked: " + checked);
    }

    /** Every 7th minute of {@code day}: the three views agree. */
    private static int checkDay(OpeningHours hours, LocalDate day, DayKinds kinds) {
        List<OpenInterval> intervals = hours.intervals(day.minusDays(1), day.plusDays(1), kinds);
        for (int i = 1; i < intervals.size(); i++) {
            assertTrue(!intervals.get(i).from().isBefore(intervals.get(i - 1).to()),
                    hours + ": intervals in order and apart " + intervals);
        }
        // the timeline minute by minute over two days, to find each next change
        LocalDateTime start = day.atStartOfDay();
        boolean[] open = new boolean[2 * 1440];
        for (int m = 0; m < open.length; m++) {
            open[m] = hours.isOpenAtMinute(Moment.of(start.plusMinutes(m), kinds));
        }
        int checked = 0;
        for (int m = 0; m < 1440; m += 7) {
            LocalDateTime at = start.plusMinutes(m);
            boolean isOpen = open[m];
            assertEquals(isOpen, hours.isOpen(at, kinds), hours + " at " + at);
            boolean inInterval = intervals.stream().anyMatch(interval -> interval.contains(at));
            assertEquals(isOpen, inInterval, hours + " at " + at + " in " + intervals);
            assertEquals(isOpen, hours.intervalAt(at, kinds).isPresent(), hours + " at " + at);

            int change = m + 1;
            while (change < open.length && open[change] == isOpen) {
                change++;
            }
            Optional<LocalDateTime> next = hours.nextChange(at, kinds, start.plusMinutes(open.length));
            assertEquals(change < open.length ? Optional.of(start.plusMinutes(change)) : Optional.empty(), next,
                    hours + " at " + at);
            checked++;
        }
        return checked * 3;
    }

    private static List<String> referenceValues() throws IOException {
        try (InputStream in = OpeningHoursConsistencyTest.class.getResourceAsStream("/hours/opening-hours-reference.json")) {
            List<String> values = new ArrayList<>();
            for (JsonNode rule : new ObjectMapper().readTree(in).path("rules")) {
                values.add(rule.path("value").asText());
            }
            return values;
        }
    }
}
