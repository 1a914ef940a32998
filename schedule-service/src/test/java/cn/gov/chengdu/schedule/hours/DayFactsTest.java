package cn.gov.chengdu.schedule.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.time.temporal.IsoFields;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.schedule.calendar.DayKinds;

class DayFactsTest {

    @Test
    void isoWeekNumbersAreThoseOfJavaTime() {
        for (LocalDate d = LocalDate.of(1995, 1, 1); d.getYear() < 2045; d = d.plusDays(1)) {
            assertEquals(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR),
                    DayFacts.isoWeek(d.getYear(), d.getDayOfYear(), d.getDayOfWeek().getValue()), d.toString());
        }
    }

    @Test
    void nthWeekdayOfTheMonthFromBothEnds() {
        DayFacts firstSaturday = DayFacts.of(LocalDate.of(2026, 2, 7), DayKinds.weekendsOnly());
        assertEquals(1, firstSaturday.nthFromStart);
        assertEquals(-4, firstSaturday.nthFromEnd);
        DayFacts lastSaturday = DayFacts.of(LocalDate.of(2026, 2, 28), DayKinds.weekendsOnly());
        assertEquals(4, lastSaturday.nthFromStart);
        assertEquals(-1, lastSaturday.nthFromEnd);
    }
}
