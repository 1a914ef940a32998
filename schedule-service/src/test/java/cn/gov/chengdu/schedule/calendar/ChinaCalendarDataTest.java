package cn.gov.chengdu.schedule.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/**
 * The bundled calendar against the State Council notices: 2025 and 2026 exactly as DESIGN §9 gives them, and the
 * changes of earlier years that a careless copy would miss.
 */
class ChinaCalendarDataTest {

    private final WorkingDayCalendar china = WorkingDayCalendar.china();

    @Test
    void holds2017To2026WithTheirNotices() {
        assertEquals(IntStream.rangeClosed(2017, 2026).boxed().toList(),
                china.years().stream().map(CalendarYear::year).toList());
        assertEquals(List.of("国办发明电〔2024〕12号"), china.year(2025).orElseThrow().notices());
        assertEquals(List.of("国办发明电〔2016〕17号"), china.year(2017).orElseThrow().notices());
        for (CalendarYear year : china.years()) {
            assertFalse(year.notices().isEmpty(), year.year() + " names its notice");
            assertTrue(year.holidays().size() >= 20, year.year() + " has its statutory days off");
            for (MakeupWorkday day : year.makeupWorkdays()) {
                assertEquals(DayOfWeek.MONDAY, day.worksAs(), day + ": no notice says otherwise");
            }
        }
    }

    @Test
    void year2025IsDesignSection9() {
        CalendarYear year = china.year(2025).orElseThrow();
        List<LocalDate> daysOff = new ArrayList<>();
        daysOff.add(LocalDate.of(2025, 1, 1));
        daysOff.addAll(days(LocalDate.of(2025, 1, 28), LocalDate.of(2025, 2, 4)));
        daysOff.addAll(days(LocalDate.of(2025, 4, 4), LocalDate.of(2025, 4, 6)));
        daysOff.addAll(days(LocalDate.of(2025, 5, 1), LocalDate.of(2025, 5, 5)));
        daysOff.addAll(days(LocalDate.of(2025, 5, 31), LocalDate.of(2025, 6, 2)));
        daysOff.addAll(days(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 10, 8)));
        assertEquals(daysOff, year.holidays().stream().map(Holiday::date).toList());
        assertEquals(List.of(LocalDate.of(2025, 1, 26), LocalDate.of(2025, 2, 8), LocalDate.of(2025, 4, 27),
                LocalDate.of(2025, 9, 28), LocalDate.of(2025, 10, 11)),
                year.makeupWorkdays().stream().map(MakeupWorkday::date).toList());
    }

    @Test
    void year2026IsDesignSection9() {
        CalendarYear year = china.year(2026).orElseThrow();
        List<LocalDate> daysOff = new ArrayList<>();
        daysOff.addAll(days(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 3)));
        daysOff.addAll(days(LocalDate.of(2026, 2, 15), LocalDate.of(2026, 2, 23)));
        daysOff.addAll(days(LocalDate.of(2026, 4, 4), LocalDate.of(2026, 4, 6)));
        daysOff.addAll(days(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 5, 5)));
        daysOff.addAll(days(LocalDate.of(2026, 6, 19), LocalDate.of(2026, 6, 21)));
        daysOff.addAll(days(LocalDate.of(2026, 9, 25), LocalDate.of(2026, 9, 27)));
        daysOff.addAll(days(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 7)));
        assertEquals(daysOff, year.holidays().stream().map(Holiday::date).toList());
        assertEquals(List.of(LocalDate.of(2026, 1, 4), LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28),
                LocalDate.of(2026, 5, 9), LocalDate.of(2026, 9, 20), LocalDate.of(2026, 10, 10)),
                year.makeupWorkdays().stream().map(MakeupWorkday::date).toList());
    }

    @Test
    void holidaysCarryTheNoticesNames() {
        assertEquals("春节", china.kindOf(LocalDate.of(2026, 2, 17)).holidayName());
        assertEquals("元旦", china.kindOf(LocalDate.of(2026, 1, 2)).holidayName());
        assertEquals("清明节", china.kindOf(LocalDate.of(2025, 4, 4)).holidayName());
        assertEquals("端午节", china.kindOf(LocalDate.of(2025, 6, 2)).holidayName());
        // one break for two festivals carries both names, on every day of it
        assertEquals("中秋节、国庆节", china.kindOf(LocalDate.of(2023, 10, 3)).holidayName());
        assertEquals("中秋节、国庆节", china.kindOf(LocalDate.of(2023, 9, 29)).holidayName());
    }

    @Test
    void earlierYearsKeepTheirLaterChanges() {
        // 2019 Labour Day, changed by 国办发明电〔2019〕3号 to May 1-4 with Apr 28 and May 5 working
        assertEquals(days(LocalDate.of(2019, 5, 1), LocalDate.of(2019, 5, 4)),
                china.year(2019).orElseThrow().holidays().stream().map(Holiday::date)
                        .filter(d -> d.getMonthValue() == 5).toList());
        assertEquals(DayType.MAKEUP_WORKDAY, china.kindOf(LocalDate.of(2019, 5, 5)).type());
        // 2020 Spring Festival, extended to Feb 2 by 国办发明电〔2020〕1号: Feb 1 no longer a working Saturday
        assertEquals(DayType.HOLIDAY, china.kindOf(LocalDate.of(2020, 2, 1)).type());
        assertEquals(DayType.HOLIDAY, china.kindOf(LocalDate.of(2020, 2, 2)).type());
        assertEquals(DayType.WORKDAY, china.kindOf(LocalDate.of(2020, 2, 3)).type());
        // New Year 2019 began in 2018: Dec 29 worked, Dec 30-31 off
        assertEquals(DayType.MAKEUP_WORKDAY, china.kindOf(LocalDate.of(2018, 12, 29)).type());
        assertEquals(DayType.HOLIDAY, china.kindOf(LocalDate.of(2018, 12, 31)).type());
        // "4月5日放假，与周末连休": the weekend next to a one-day holiday stays a weekend
        assertEquals(DayType.HOLIDAY, china.kindOf(LocalDate.of(2019, 4, 5)).type());
        assertEquals(DayType.WEEKEND, china.kindOf(LocalDate.of(2019, 4, 6)).type());
        // 2017: the seed's period. Oct 1-8 off (中秋节 and 国庆节), Sep 30 worked
        assertEquals(8, days(LocalDate.of(2017, 10, 1), LocalDate.of(2017, 10, 8)).stream()
                .filter(d -> china.kindOf(d).isPublicHoliday()).count());
        assertEquals(DayType.MAKEUP_WORKDAY, china.kindOf(LocalDate.of(2017, 9, 30)).type());
    }

    @Test
    void everyMakeupWorkdayIsAWeekendDayAndNoDayIsBoth() {
        for (CalendarYear year : china.years()) {
            for (MakeupWorkday day : year.makeupWorkdays()) {
                DayOfWeek weekday = day.date().getDayOfWeek();
                assertTrue(weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY, day.toString());
            }
            assertTrue(year.holidays().stream().map(Holiday::date)
                    .noneMatch(d -> year.makeupWorkdays().stream().anyMatch(m -> m.date().equals(d))));
        }
    }

    private static List<LocalDate> days(LocalDate from, LocalDate to) {
        return from.datesUntil(to.plusDays(1)).toList();
    }
}
