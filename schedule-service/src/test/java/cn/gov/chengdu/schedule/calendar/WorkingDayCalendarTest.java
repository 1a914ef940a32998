package cn.gov.chengdu.schedule.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.schedule.calendar.InvalidCalendarException.Violation;

class WorkingDayCalendarTest {

    private final WorkingDayCalendar china = WorkingDayCalendar.china();

    @Test
    void theIssuesChecks() {
        assertEquals(16, china.workingDays(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)).count());
        assertEquals(LocalDate.of(2026, 2, 14), china.addWorkingDays(LocalDate.of(2026, 2, 13), 1).date());
        assertEquals(LocalDate.of(2026, 2, 24), china.addWorkingDays(LocalDate.of(2026, 2, 13), 2).date());
    }

    @Test
    void whatADayIs() {
        DayKind springFestival = china.kindOf(LocalDate.of(2026, 2, 17));
        assertEquals(new DayKind(DayType.HOLIDAY, "春节", null, true), springFestival);
        assertFalse(springFestival.isWorkingDay());
        assertTrue(springFestival.isPublicHoliday());

        DayKind makeup = china.kindOf(LocalDate.of(2026, 2, 14));
        assertEquals(new DayKind(DayType.MAKEUP_WORKDAY, null, DayOfWeek.MONDAY, true), makeup);
        assertTrue(makeup.isWorkingDay());
        assertEquals(DayOfWeek.MONDAY, makeup.weekdayForRules(LocalDate.of(2026, 2, 14)));

        assertEquals(new DayKind(DayType.WORKDAY, null, null, true), china.kindOf(LocalDate.of(2026, 3, 2)));
        assertEquals(new DayKind(DayType.WEEKEND, null, null, true), china.kindOf(LocalDate.of(2026, 3, 1)));
        // a holiday on a weekend is a holiday
        assertEquals(DayType.HOLIDAY, china.kindOf(LocalDate.of(2026, 2, 15)).type());
    }

    @Test
    void aYearWithoutDataIsWeekendsOnlyAndSaysSo() {
        // 2027-01-01 will surely be a day off, but nothing is guessed before the notice is loaded
        DayKind newYear2027 = china.kindOf(LocalDate.of(2027, 1, 1));
        assertEquals(new DayKind(DayType.WORKDAY, null, null, false), newYear2027);

        WorkingDayCount january2027 = china.workingDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));
        assertEquals(21, january2027.count());
        assertEquals(List.of(2027), january2027.yearsWithoutData());
        assertFalse(january2027.complete());

        WorkingDayCount across = china.workingDays(LocalDate.of(2026, 12, 1), LocalDate.of(2028, 1, 31));
        assertEquals(List.of(2027, 2028), across.yearsWithoutData());
        assertTrue(china.workingDays(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)).complete());

        WorkingDayDate intoNextYear = china.addWorkingDays(LocalDate.of(2026, 12, 31), 1);
        assertEquals(LocalDate.of(2027, 1, 1), intoNextYear.date());
        assertEquals(List.of(2027), intoNextYear.yearsWithoutData());
        assertTrue(china.addWorkingDays(LocalDate.of(2026, 2, 13), 2).complete());
    }

    @Test
    void loadingNextYearChangesTheAnswers() {
        CalendarYear year2027 = new CalendarYear(2027, List.of("illustrative"),
                List.of(new Holiday(LocalDate.of(2027, 1, 1), "元旦")),
                List.of(new MakeupWorkday(LocalDate.of(2027, 1, 2))));
        WorkingDayCalendar next = china.withYear(year2027);
        assertEquals(DayType.HOLIDAY, next.kindOf(LocalDate.of(2027, 1, 1)).type());
        assertEquals(DayType.MAKEUP_WORKDAY, next.kindOf(LocalDate.of(2027, 1, 2)).type());
        WorkingDayCount january = next.workingDays(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 1, 31));
        assertEquals(21, january.count()); // one day off, one make-up day
        assertTrue(january.complete());
        // the calendar it came from is unchanged
        assertEquals(DayType.WORKDAY, china.kindOf(LocalDate.of(2027, 1, 1)).type());
        // replacing a year replaces it
        WorkingDayCalendar replaced = next.withYear(new CalendarYear(2027, List.of(), List.of(), List.of()));
        assertEquals(DayType.WORKDAY, replaced.kindOf(LocalDate.of(2027, 1, 1)).type());
        assertTrue(replaced.hasData(2027));
    }

    @Test
    void addingZeroIsTheDateItselfAndNegativeCountsBack() {
        LocalDate springFestival = LocalDate.of(2026, 2, 17);
        assertEquals(springFestival, china.addWorkingDays(springFestival, 0).date());
        assertEquals(LocalDate.of(2026, 2, 14), china.addWorkingDays(LocalDate.of(2026, 2, 24), -1).date());
        assertEquals(LocalDate.of(2026, 2, 13), china.addWorkingDays(LocalDate.of(2026, 2, 24), -2).date());
        assertEquals(LocalDate.of(2026, 2, 24), china.addWorkingDays(springFestival, 1).date());
    }

    @Test
    void fromAfterToCountsNothing() {
        assertEquals(0, china.workingDays(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 1)).count());
    }

    @Test
    void countsAndAdditionsAgreeWithCountingDayByDay() {
        // every pair of a span that holds Spring Festival 2026, its make-up days and the year end
        LocalDate first = LocalDate.of(2025, 12, 20);
        LocalDate last = LocalDate.of(2026, 3, 10);
        List<LocalDate> days = first.datesUntil(last.plusDays(1)).toList();
        int pairs = 0;
        for (int i = 0; i < days.size(); i++) {
            int bruteForce = 0;
            for (int j = i; j < days.size(); j++) {
                if (isWorkingDayByTheRules(days.get(j))) {
                    bruteForce++;
                }
                assertEquals(bruteForce, china.workingDays(days.get(i), days.get(j)).count(),
                        days.get(i) + " to " + days.get(j));
                pairs++;
            }
        }
        assertEquals(days.size() * (days.size() + 1) / 2, pairs);

        for (LocalDate date : days) {
            for (int n = -30; n <= 30; n++) {
                assertEquals(addByStepping(date, n), china.addWorkingDays(date, n).date(), date + " + " + n);
            }
        }
    }

    @Test
    void countsOverDecadesAgreeWithCountingDayByDay() {
        LocalDate from = LocalDate.of(2015, 6, 15);
        int bruteForce = 0;
        for (LocalDate d = from; d.getYear() < 2030; d = d.plusDays(1)) {
            if (isWorkingDayByTheRules(d)) {
                bruteForce++;
            }
            if (d.getDayOfMonth() == 1 || d.getDayOfMonth() == 17) {
                assertEquals(bruteForce, china.workingDays(from, d).count(), "to " + d);
            }
        }
    }

    @Test
    void datesOutsideTheComputedYearsAreRefused() {
        assertThrows(CalendarRangeException.class,
                () -> china.workingDays(LocalDate.of(1899, 12, 31), LocalDate.of(2026, 1, 1)));
        assertThrows(CalendarRangeException.class,
                () -> china.workingDays(LocalDate.of(2026, 1, 1), LocalDate.MAX));
        assertThrows(CalendarRangeException.class, () -> china.addWorkingDays(LocalDate.of(2199, 12, 30), 5));
        assertThrows(CalendarRangeException.class, () -> china.addWorkingDays(LocalDate.of(1900, 1, 3), -5));
        assertThrows(CalendarRangeException.class,
                () -> china.addWorkingDays(LocalDate.of(2026, 1, 1), Integer.MIN_VALUE));
        assertThrows(CalendarRangeException.class,
                () -> china.addWorkingDays(LocalDate.of(2026, 1, 1), Integer.MAX_VALUE));
        // asking what a day is never fails
        assertEquals(DayType.WEEKEND, china.kindOf(LocalDate.of(3000, 1, 4)).type());
        assertFalse(china.kindOf(LocalDate.of(3000, 1, 4)).official());
        // the first and last computable days work
        assertEquals(LocalDate.of(1900, 1, 2), china.addWorkingDays(LocalDate.of(1900, 1, 1), 1).date());
        assertEquals(LocalDate.of(2199, 12, 31), china.addWorkingDays(LocalDate.of(2199, 12, 30), 1).date());
    }

    @Test
    void aCalendarYearIsCheckedWhenMade() {
        InvalidCalendarException e = assertThrows(InvalidCalendarException.class, () -> new CalendarYear(2026,
                List.of(),
                List.of(new Holiday(LocalDate.of(2025, 12, 31), "元旦"), new Holiday(LocalDate.of(2026, 1, 1), " ")),
                List.of(new MakeupWorkday(LocalDate.of(2026, 1, 1)), new MakeupWorkday(LocalDate.of(2026, 1, 5)),
                        new MakeupWorkday(LocalDate.of(2026, 1, 4), DayOfWeek.SUNDAY))));
        assertEquals(List.of(
                new Violation("holidays[0].date", "2025-12-31 is not in 2026"),
                new Violation("holidays[1].name", "must not be blank"),
                new Violation("makeupWorkdays[0].date", "2026-01-01 is listed twice"),
                new Violation("makeupWorkdays[0].date",
                        "2026-01-01 is a THURSDAY: a make-up working day is a Saturday or Sunday"),
                new Violation("makeupWorkdays[1].worksAs", "must be a weekday (Monday to Friday)"),
                new Violation("makeupWorkdays[2].date",
                        "2026-01-05 is a MONDAY: a make-up working day is a Saturday or Sunday")),
                e.violations());
        assertThrows(InvalidCalendarException.class, () -> new CalendarYear(2200, List.of(), List.of(), List.of()));
        List<Holiday> withNull = new ArrayList<>();
        withNull.add(null);
        assertEquals(List.of(new Violation("holidays", "must not hold null")), assertThrows(
                InvalidCalendarException.class, () -> new CalendarYear(2026, null, withNull, null)).violations());
        assertThrows(IllegalArgumentException.class, () -> WorkingDayCalendar.of(List.of(
                new CalendarYear(2026, null, null, null), new CalendarYear(2026, null, null, null))));
    }

    /** The definition, straight from DESIGN §5, without the index. */
    private boolean isWorkingDayByTheRules(LocalDate date) {
        DayType type = china.kindOf(date).type();
        if (type == DayType.MAKEUP_WORKDAY) {
            return true;
        }
        DayOfWeek weekday = date.getDayOfWeek();
        return weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY && type != DayType.HOLIDAY;
    }

    private LocalDate addByStepping(LocalDate date, int n) {
        if (n == 0) {
            return date;
        }
        int step = n > 0 ? 1 : -1;
        LocalDate d = date;
        List<LocalDate> seen = new ArrayList<>();
        while (seen.size() < Math.abs(n)) {
            d = d.plusDays(step);
            if (isWorkingDayByTheRules(d)) {
                seen.add(d);
            }
        }
        return d;
    }
}
