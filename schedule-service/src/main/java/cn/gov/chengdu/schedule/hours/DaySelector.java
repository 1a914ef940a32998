package cn.gov.chengdu.schedule.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;

/**
 * One selector of a rule's day part (a year range, a week range, a date, a weekday range, {@code PH}). A rule
 * applies to a day when, in each group of selectors it has, at least one matches.
 */
@FunctionalInterface
interface DaySelector {

    boolean matches(DayFacts day);

    /** {@code 2020}, {@code 2020-2025}, {@code 2020-2030/2}, {@code 2024+}. */
    static DaySelector years(int from, int to, int every) {
        return day -> day.year >= from && day.year <= to && (every <= 1 || (day.year - from) % every == 0);
    }

    /** ISO 8601 week numbers: {@code week 01-10}, {@code week 02-52/2}. */
    static DaySelector weeks(int from, int to, int every) {
        return day -> day.isoWeek >= from && day.isoWeek <= to && (every <= 1 || (day.isoWeek - from) % every == 0);
    }

    /** Whole months every year: {@code Jan}, {@code Jun-Aug}, {@code Nov-Feb} (wrapping). */
    static DaySelector months(int from, int to) {
        if (from <= to) {
            return day -> day.month >= from && day.month <= to;
        }
        return day -> day.month >= from || day.month <= to;
    }

    /** One month of one year: {@code 2026 Jan}. */
    static DaySelector month(int year, int month) {
        return day -> day.year == year && day.month == month;
    }

    /** One day every year ({@code Dec 25}); February 29 only in leap years. */
    static DaySelector annualDate(int month, int dayOfMonth) {
        return day -> day.month == month && day.dayOfMonth == dayOfMonth;
    }

    /**
     * Every year from one day to another, both included: {@code Jul 01-Aug 31}, {@code Dec 24-Jan 02} (wrapping
     * into the next year). A start day that does not exist in a year (Feb 29) moves on to March 1; an end day that
     * does not exist is the month's last day.
     */
    static DaySelector annualRange(int fromMonth, int fromDay, int toMonth, int toDay) {
        // by leap year (index 1) or not (index 0): the first and last day of year the range covers
        int[] start = {lenientDayOfYear(2025, fromMonth, fromDay), lenientDayOfYear(2024, fromMonth, fromDay)};
        int[] end = {clampedDayOfYear(2025, toMonth, toDay), clampedDayOfYear(2024, toMonth, toDay)};
        return day -> {
            int leap = day.leapYear ? 1 : 0;
            int today = day.dayOfYear;
            return start[leap] <= end[leap] ? today >= start[leap] && today <= end[leap]
                    : today >= start[leap] || today <= end[leap];
        };
    }

    /**
     * Whether an {@link #annualRange}'s end is the day before its start: every day of the year by its words, no day
     * at all for opening_hours.js, so such a range is refused rather than guessed.
     */
    static boolean coversWholeYear(int fromMonth, int fromDay, int toMonth, int toDay) {
        return clampedDayOfYear(2025, toMonth, toDay) + 1 == lenientDayOfYear(2025, fromMonth, fromDay);
    }

    /** From one date to another, both included, e.g. {@code 2026 Feb 15-2026 Feb 23}. */
    static DaySelector dateRange(LocalDate from, LocalDate to) {
        return day -> !day.date.isBefore(from) && !day.date.isAfter(to);
    }

    /** One date of one year; never matches if it does not exist (2026 Feb 29). */
    static DaySelector date(int year, int month, int dayOfMonth) {
        return day -> day.year == year && day.month == month && day.dayOfMonth == dayOfMonth;
    }

    /**
     * A weekday range such as {@code Mo-Fr} or the wrapping {@code Sa-Mo}, matched against the weekday whose rules
     * apply (a make-up working day counts as its {@code worksAs} weekday).
     */
    static DaySelector weekdays(DayOfWeek from, DayOfWeek to) {
        int first = from.ordinal();
        int last = to.ordinal();
        if (first <= last) {
            return day -> day.ruleWeekday.ordinal() >= first && day.ruleWeekday.ordinal() <= last;
        }
        return day -> day.ruleWeekday.ordinal() >= first || day.ruleWeekday.ordinal() <= last;
    }

    /**
     * The n-th weekday of the month ({@code Sa[1]}, {@code Mo[-1]}, {@code Sa[1,3]}): a bit set of n in 1..5 (bits
     * 1-5) and -1..-5 (bits 6-10). A make-up working day is no n-th anything.
     */
    static DaySelector nthWeekday(DayOfWeek weekday, int nthBits) {
        return day -> day.ruleWeekday == weekday && !day.standsForOtherWeekday
                && ((nthBits & (1 << day.nthFromStart)) != 0 || (nthBits & (1 << (5 - day.nthFromEnd))) != 0);
    }

    /** {@code PH}: a statutory day off in the calendar. */
    static DaySelector publicHoliday() {
        return day -> day.publicHoliday;
    }

    private static int lenientDayOfYear(int year, int month, int dayOfMonth) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.plusDays(dayOfMonth - 1L).getDayOfYear();
    }

    private static int clampedDayOfYear(int year, int month, int dayOfMonth) {
        LocalDate first = LocalDate.of(year, month, 1);
        return first.withDayOfMonth(Math.min(dayOfMonth, first.lengthOfMonth())).getDayOfYear();
    }

    /** The length of a month in a leap year: the days a date may name. */
    static int maxDayOfMonth(int month) {
        return Month.of(month).maxLength();
    }
}
