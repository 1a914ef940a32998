package cn.gov.chengdu.schedule.hours;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

import cn.gov.chengdu.schedule.calendar.CalendarRangeException;
import cn.gov.chengdu.schedule.calendar.DayKinds;
import cn.gov.chengdu.schedule.calendar.WorkingDayCalendar;

/**
 * The semantics DESIGN §5 asks for, on China's 2026 calendar: 2026-10-01 (Thursday) is 国庆节, 2026-02-14
 * (Saturday) and 2026-09-20 (Sunday) are make-up working days working as Monday, 2026-03-02 is an ordinary Monday.
 */
class OpeningHoursTest {

    private static final DayKinds CHINA = WorkingDayCalendar.china();
    private static final DayKinds NO_HOLIDAYS = DayKinds.weekendsOnly();

    private static OpeningHours hours(String value) {
        return OpeningHours.parse(value);
    }

    private static LocalDateTime at(String localDateTime) {
        return LocalDateTime.parse(localDateTime);
    }

    private static OpenInterval interval(String from, String to) {
        return new OpenInterval(at(from), at(to));
    }

    @Nested
    class PublicHolidays {

        @Test
        void aHolidayIsSpecialOnlyWhereARuleNamesPh() {
            assertTrue(hours("Mo-Fr 09:00-17:00").isOpen(at("2026-10-01T10:00"), CHINA));
            assertFalse(hours("Mo-Fr 09:00-17:00; PH off").isOpen(at("2026-10-01T10:00"), CHINA));
            assertTrue(hours("Mo-Fr 09:00-17:00; PH off").isOpen(at("2026-10-08T10:00"), CHINA));
        }

        @Test
        void aRuleNamingPhReplacesTheWeekdaysHoursOnHolidays() {
            OpeningHours holidayMornings = hours("Mo-Fr 09:00-17:00; PH 10:00-12:00");
            assertTrue(holidayMornings.isOpen(at("2026-10-01T11:00"), CHINA));
            assertFalse(holidayMornings.isOpen(at("2026-10-01T14:00"), CHINA));
            assertTrue(holidayMornings.isOpen(at("2026-10-08T14:00"), CHINA));
        }

        @Test
        void phInAWeekdayListAddsHolidaysWithoutCommaItNarrowsThem() {
            OpeningHours holidaysOrSaturdays = hours("PH,Sa 10:00-16:00");
            assertTrue(holidaysOrSaturdays.isOpen(at("2026-10-01T11:00"), CHINA));
            assertTrue(holidaysOrSaturdays.isOpen(at("2026-03-07T11:00"), CHINA));
            assertFalse(holidaysOrSaturdays.isOpen(at("2026-10-08T11:00"), CHINA));
            OpeningHours holidaySaturdays = hours("PH Sa 10:00-16:00");
            assertTrue(holidaySaturdays.isOpen(at("2026-10-03T11:00"), CHINA));
            assertFalse(holidaySaturdays.isOpen(at("2026-10-01T11:00"), CHINA));
            assertFalse(holidaySaturdays.isOpen(at("2026-03-07T11:00"), CHINA));
        }

        @Test
        void withoutHolidayDataPhNeverMatches() {
            assertTrue(hours("Mo-Fr 09:00-17:00; PH off").isOpen(at("2026-10-01T10:00"), NO_HOLIDAYS));
        }
    }

    @Nested
    class MakeupWorkingDays {

        @Test
        void theRulesOfTheWeekdayItWorksAsApply() {
            OpeningHours mondayMornings = hours("Mo 08:00-12:00; Tu-Fr 09:00-17:00");
            assertTrue(mondayMornings.isOpen(at("2026-02-14T08:30"), CHINA));
            assertFalse(mondayMornings.isOpen(at("2026-02-14T13:00"), CHINA));
            OpeningHours weekdaysAndSaturday = hours("Mo-Fr 09:00-17:00; Sa 10:00-16:00");
            assertTrue(weekdaysAndSaturday.isOpen(at("2026-02-14T09:30"), CHINA));
            assertTrue(weekdaysAndSaturday.isOpen(at("2026-02-14T16:30"), CHINA));
        }

        @Test
        void theWeekendDaysOwnRulesDoNotApply() {
            OpeningHours saturdays = hours("Sa 10:00-16:00");
            assertFalse(saturdays.isOpen(at("2026-02-14T11:00"), CHINA));
            assertTrue(saturdays.isOpen(at("2026-02-14T11:00"), NO_HOLIDAYS));
            // it is no "second Saturday of February" either
            OpeningHours secondSaturdays = hours("Sa[2] 10:00-16:00");
            assertFalse(secondSaturdays.isOpen(at("2026-02-14T11:00"), CHINA));
            assertTrue(secondSaturdays.isOpen(at("2026-02-14T11:00"), NO_HOLIDAYS));
        }

        @Test
        void aRuleNamingThatVeryDateStillWins() {
            OpeningHours closedThatDay = hours("Mo-Fr 09:00-17:00; 2026 Feb 14 off");
            assertFalse(closedThatDay.isOpen(at("2026-02-14T10:00"), CHINA));
            assertTrue(closedThatDay.isOpen(at("2026-02-13T10:00"), CHINA));
            OpeningHours shortDay = hours("Mo-Fr 09:00-17:00; Feb 14 10:00-12:00");
            assertFalse(shortDay.isOpen(at("2026-02-14T09:30"), CHINA));
            assertTrue(shortDay.isOpen(at("2026-02-14T11:00"), CHINA));
        }

        @Test
        void aSpanPastMidnightBelongsToTheDayItStarts() {
            OpeningHours mondayNights = hours("Mo 18:00-02:00");
            assertTrue(mondayNights.isOpen(at("2026-09-20T19:00"), CHINA));
            assertTrue(mondayNights.isOpen(at("2026-09-21T01:00"), CHINA));
            assertFalse(mondayNights.isOpen(at("2026-09-20T19:00"), NO_HOLIDAYS));
            assertFalse(mondayNights.isOpen(at("2026-09-21T01:00"), NO_HOLIDAYS));
            // Sunday 2026-09-20 works as a Monday: its Sunday-night span does not run into Monday morning
            // (opening_hours.js, knowing no make-up days, says open: docs/opening-hours-and-calendar.md)
            assertFalse(hours("Su 18:00-02:00").isOpen(at("2026-09-21T01:00"), CHINA));
        }
    }

    @Nested
    class SpansPastMidnight {

        private final OpeningHours lateWeekends = hours("Fr,Sa 18:00-02:00");

        @Test
        void openIntoTheNextDay() {
            assertTrue(lateWeekends.isOpen(at("2026-03-06T23:59"), NO_HOLIDAYS));
            assertTrue(lateWeekends.isOpen(at("2026-03-07T01:00"), NO_HOLIDAYS));
            assertFalse(lateWeekends.isOpen(at("2026-03-07T02:00"), NO_HOLIDAYS));
            assertTrue(lateWeekends.isOpen(at("2026-03-08T01:59"), NO_HOLIDAYS));
            assertFalse(lateWeekends.isOpen(at("2026-03-09T01:00"), NO_HOLIDAYS));
        }

        @Test
        void oneIntervalListedWithTheDayItStarts() {
            assertEquals(List.of(interval("2026-03-06T18:00", "2026-03-07T02:00"),
                    interval("2026-03-07T18:00", "2026-03-08T02:00")),
                    lateWeekends.intervals(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 8), NO_HOLIDAYS));
            assertEquals(List.of(interval("2026-03-07T18:00", "2026-03-08T02:00")),
                    lateWeekends.intervals(LocalDate.of(2026, 3, 7), LocalDate.of(2026, 3, 7), NO_HOLIDAYS));
            assertEquals(Optional.of(interval("2026-03-06T18:00", "2026-03-07T02:00")),
                    lateWeekends.intervalAt(at("2026-03-07T01:00"), NO_HOLIDAYS));
        }

        @Test
        void extendedTimesUpTo48Hours() {
            assertEquals(List.of(interval("2026-03-02T10:00", "2026-03-04T00:00")),
                    hours("Mo 10:00-48:00").intervals(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 4),
                            NO_HOLIDAYS));
            assertEquals(List.of(interval("2026-03-02T20:00", "2026-03-03T02:00")),
                    hours("Mo 20:00-26:00").intervals(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 3),
                            NO_HOLIDAYS));
        }

        @Test
        void aLaterRuleForTheNextDayReplacesTheSpansMorning() {
            // OSM precedence as opening_hours.js applies it: Saturday's rule replaces all of Saturday
            assertFalse(hours("Fr 18:00-02:00; Sa 10:00-12:00").isOpen(at("2026-03-07T01:00"), NO_HOLIDAYS));
            // added with "," it does not
            assertTrue(hours("Fr 18:00-02:00, Sa 10:00-12:00").isOpen(at("2026-03-07T01:00"), NO_HOLIDAYS));
        }

        @Test
        void aMorningLeftWhenTheEveningIsClosedIsItsOwnInterval() {
            assertEquals(List.of(interval("2026-03-07T00:00", "2026-03-07T02:00")),
                    hours("Fr 18:00-02:00; Fr 17:00-24:00 off").intervals(LocalDate.of(2026, 3, 6),
                            LocalDate.of(2026, 3, 7), NO_HOLIDAYS));
        }
    }

    @Nested
    class Precedence {

        @Test
        void aLaterRuleOverridesForTheDaysItSelects() {
            OpeningHours shortWednesday = hours("Mo-Fr 10:00-20:00; We 10:00-16:00");
            assertFalse(shortWednesday.isOpen(at("2026-03-04T17:00"), NO_HOLIDAYS));
            assertTrue(shortWednesday.isOpen(at("2026-03-05T17:00"), NO_HOLIDAYS));
        }

        @Test
        void offClosesOnlyWhatItNames() {
            OpeningHours lunch = hours("Mo-Fr 09:00-18:00; We 12:00-14:00 off");
            assertFalse(lunch.isOpen(at("2026-03-04T13:00"), NO_HOLIDAYS));
            assertTrue(lunch.isOpen(at("2026-03-04T15:00"), NO_HOLIDAYS));
            assertFalse(hours("Mo-Sa 09:00-18:00; Sa closed").isOpen(at("2026-03-07T10:00"), NO_HOLIDAYS));
        }

        @Test
        void aFallbackRuleFillsOnlyClosedTime() {
            OpeningHours fallback = hours("Mo-Fr 09:00-17:00 || Sa 10:00-12:00");
            assertTrue(fallback.isOpen(at("2026-03-07T11:00"), NO_HOLIDAYS));
            assertTrue(fallback.isOpen(at("2026-03-06T16:00"), NO_HOLIDAYS));
        }

        @Test
        void datedRulesOverrideWeekdays() {
            OpeningHours summer = hours("Mo-Fr 09:00-17:00; Jul 01-Aug 31 Mo-Fr 08:00-12:00");
            assertFalse(summer.isOpen(at("2026-07-15T14:00"), NO_HOLIDAYS));
            assertTrue(summer.isOpen(at("2026-09-15T14:00"), NO_HOLIDAYS));
            OpeningHours yearEnd = hours("Mo-Fr 09:00-17:00; Dec 24-Jan 02 off");
            assertFalse(yearEnd.isOpen(at("2026-12-30T10:00"), NO_HOLIDAYS));
            assertFalse(yearEnd.isOpen(at("2027-01-01T10:00"), NO_HOLIDAYS));
            assertTrue(yearEnd.isOpen(at("2027-01-04T10:00"), NO_HOLIDAYS));
        }

        @Test
        void aDateRangeWithAYearButNoEndYearRunsForward() {
            OpeningHours festival = hours("2026 Dec 24-Jan 02 10:00-12:00");
            assertTrue(festival.isOpen(at("2027-01-02T11:00"), NO_HOLIDAYS));
            assertFalse(festival.isOpen(at("2026-01-02T11:00"), NO_HOLIDAYS));
            assertFalse(festival.isOpen(at("2027-12-24T11:00"), NO_HOLIDAYS));
        }

        @Test
        void februaryDayRangesMatch() {
            // opening_hours.js 3.15.0 never matches "Feb 01-28" outside leap years (a bug): we do
            assertTrue(hours("Feb 01-28 10:00-12:00").isOpen(at("2026-02-10T11:00"), NO_HOLIDAYS));
            assertTrue(hours("Feb 20-29 10:00-12:00").isOpen(at("2026-02-28T11:00"), NO_HOLIDAYS));
            assertTrue(hours("Feb 20-29 10:00-12:00").isOpen(at("2028-02-29T11:00"), NO_HOLIDAYS));
            assertFalse(hours("Feb 29 10:00-12:00").isOpen(at("2026-03-01T11:00"), NO_HOLIDAYS));
        }
    }

    @Nested
    class WhatComesNext {

        private final OpeningHours office = hours("Mo-Fr 09:00-12:00,13:00-17:00");

        @Test
        void nextChangeAndNextOpen() {
            assertEquals(Optional.of(at("2026-03-09T09:00")), office.nextChange(at("2026-03-06T17:30"), NO_HOLIDAYS));
            assertEquals(Optional.of(at("2026-03-09T09:00")), office.nextOpen(at("2026-03-06T17:30"), NO_HOLIDAYS));
            assertEquals(Optional.of(at("2026-03-09T12:00")), office.nextChange(at("2026-03-09T10:00"), NO_HOLIDAYS));
            assertEquals(Optional.of(at("2026-03-09T13:00")), office.nextOpen(at("2026-03-09T10:00"), NO_HOLIDAYS));
        }

        @Test
        void throughSpringFestival() {
            OpeningHours closedOnHolidays = hours("Mo-Fr 09:00-17:00; PH off");
            // Friday evening: the make-up Saturday opens next, then nine days off
            assertEquals(Optional.of(at("2026-02-14T09:00")),
                    closedOnHolidays.nextOpen(at("2026-02-13T18:00"), CHINA));
            assertEquals(Optional.of(at("2026-02-24T09:00")),
                    closedOnHolidays.nextOpen(at("2026-02-14T10:00"), CHINA));
        }

        @Test
        void statusAtAnInstant() {
            assertEquals(new HoursStatus(true, interval("2026-03-09T09:00", "2026-03-09T12:00"),
                    at("2026-03-09T12:00"), at("2026-03-09T13:00")), office.status(at("2026-03-09T10:00"), NO_HOLIDAYS));
            assertEquals(new HoursStatus(false, null, at("2026-03-09T13:00"), at("2026-03-09T13:00")),
                    office.status(at("2026-03-09T12:30"), NO_HOLIDAYS));
        }

        @Test
        void alwaysOpenAndNeverOpen() {
            OpeningHours always = hours("24/7");
            assertEquals(Optional.empty(), always.nextChange(at("2026-03-09T10:00"), CHINA));
            assertEquals(Optional.empty(), always.nextOpen(at("2026-03-09T10:00"), CHINA));
            assertEquals(List.of(interval("2026-03-09T00:00", "2026-03-10T00:00"),
                    interval("2026-03-10T00:00", "2026-03-11T00:00")),
                    always.intervals(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10), CHINA));
            HoursStatus status = always.status(at("2026-03-09T10:00"), CHINA);
            assertTrue(status.open());
            assertEquals(interval("2026-03-09T00:00", "2026-03-10T00:00"), status.interval());
            assertNull(status.nextChange());

            OpeningHours never = hours("off");
            assertFalse(never.isOpen(at("2026-03-09T10:00"), CHINA));
            assertEquals(Optional.empty(), never.nextOpen(at("2026-03-09T10:00"), CHINA));
            assertEquals(List.of(), never.intervals(LocalDate.of(2026, 3, 9), LocalDate.of(2026, 3, 10), CHINA));
        }

        @Test
        void theHorizonBoundsTheSearch() {
            OpeningHours once = hours("2030 Jan 02 10:00-12:00");
            assertEquals(Optional.empty(), once.nextOpen(at("2026-03-09T10:00"), CHINA));
            assertEquals(Optional.of(at("2030-01-02T10:00")),
                    once.nextOpen(at("2026-03-09T10:00"), CHINA, at("2031-01-01T00:00")));
            assertEquals(Optional.empty(),
                    once.nextOpen(at("2026-03-09T10:00"), CHINA, at("2030-01-02T10:00")));
        }

        @Test
        void secondsAreIgnored() {
            assertTrue(office.isOpen(at("2026-03-09T16:59:59.999"), NO_HOLIDAYS));
            assertFalse(office.isOpen(at("2026-03-09T17:00:00"), NO_HOLIDAYS));
            assertFalse(office.isOpen(at("2026-03-09T08:59:59"), NO_HOLIDAYS));
            assertEquals(Optional.of(at("2026-03-09T17:00")), office.nextChange(at("2026-03-09T16:59:30"), NO_HOLIDAYS));
        }

        @Test
        void emptyRangesHaveNoIntervals() {
            assertEquals(List.of(), office.intervals(LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 9), CHINA));
        }
    }

    @Test
    void dateTimesOutsideTheCalendarsYearsAreRefused() {
        OpeningHours hours = hours("24/7");
        assertThrows(CalendarRangeException.class, () -> hours.isOpen(LocalDateTime.MAX, CHINA));
        assertThrows(CalendarRangeException.class, () -> hours.isOpen(LocalDateTime.MIN, CHINA));
        assertThrows(CalendarRangeException.class, () -> hours.nextChange(at("1899-12-31T23:59"), CHINA));
        assertThrows(CalendarRangeException.class, () -> hours.status(at("2200-01-01T00:00"), CHINA));
        assertThrows(CalendarRangeException.class,
                () -> hours.intervals(LocalDate.of(2026, 1, 1), LocalDate.MAX, CHINA));
        // the first and last minutes work; searches stop at the end of the last year
        assertTrue(hours.isOpen(at("1900-01-01T00:00"), CHINA));
        assertEquals(Optional.of(at("2199-12-31T17:00")),
                hours("Mo-Fr 09:00-17:00").nextChange(at("2199-12-31T10:00"), CHINA));
        assertEquals(Optional.empty(), hours("Mo-Fr 09:00-17:00").nextOpen(at("2199-12-31T10:00"), CHINA));
        assertEquals(1, hours.intervals(LocalDate.of(1900, 1, 1), LocalDate.of(1900, 1, 1), CHINA).size());
    }

    @Test
    void aPreparedMomentAnswersLikeTheDateTime() {
        OpeningHours hours = hours("Mo-Fr 09:00-17:00; PH off");
        Moment moment = Moment.of(at("2026-10-01T10:00:30"), CHINA);
        assertEquals(at("2026-10-01T10:00"), moment.at());
        assertFalse(hours.isOpen(moment));
        assertTrue(hours.isOpen(Moment.of(at("2026-02-14T10:00"), CHINA)));
    }
}
