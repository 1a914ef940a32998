package cn.gov.chengdu.schedule.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;

import cn.gov.chengdu.schedule.calendar.DayKind;
import cn.gov.chengdu.schedule.calendar.DayKinds;

/** What the rules' day selectors look at for one local date: computed once per date and evaluation. */
final class DayFacts {

    final LocalDate date;
    final int year;
    final int month;
    final int dayOfMonth;
    final int dayOfYear;
    final boolean leapYear;
    final int isoWeek;
    /** The weekday whose rules apply: the date's own, or the weekday a make-up working day works as. */
    final DayOfWeek ruleWeekday;
    /** A make-up working day standing for another weekday: it is no "n-th Saturday of the month". */
    final boolean standsForOtherWeekday;
    /** 1 for the first such weekday of the month, 2 for the second, ... */
    final int nthFromStart;
    /** -1 for the last such weekday of the month, -2 for the one before, ... */
    final int nthFromEnd;
    final boolean publicHoliday;
    final DayKind kind;

    private DayFacts(LocalDate date, DayKind kind) {
        this.date = date;
        this.kind = kind;
        this.year = date.getYear();
        this.month = date.getMonthValue();
        this.dayOfMonth = date.getDayOfMonth();
        this.dayOfYear = date.getDayOfYear();
        this.leapYear = date.isLeapYear();
        this.isoWeek = isoWeek(year, dayOfYear, date.getDayOfWeek().getValue());
        this.ruleWeekday = kind.weekdayForRules(date);
        this.standsForOtherWeekday = ruleWeekday != date.getDayOfWeek();
        this.nthFromStart = (dayOfMonth - 1) / 7 + 1;
        this.nthFromEnd = -((date.lengthOfMonth() - dayOfMonth) / 7 + 1);
        this.publicHoliday = kind.isPublicHoliday();
    }

    /** ISO 8601 week number (what {@code IsoFields.WEEK_OF_WEEK_BASED_YEAR} says, without its cost). */
    static int isoWeek(int year, int dayOfYear, int isoDayOfWeek) {
        int week = (dayOfYear - isoDayOfWeek + 10) / 7;
        if (week < 1) {
            int previousJan1 = Math.floorMod(jan1DayOfWeek(year, dayOfYear, isoDayOfWeek) - 1
                    - (Year.isLeap(year - 1L) ? 366 : 365), 7) + 1;
            return weeksInYear(year - 1, previousJan1);
        }
        if (week > weeksInYear(year, jan1DayOfWeek(year, dayOfYear, isoDayOfWeek))) {
            return 1;
        }
        return week;
    }

    private static int jan1DayOfWeek(int year, int dayOfYear, int isoDayOfWeek) {
        return Math.floorMod(isoDayOfWeek - 1 - (dayOfYear - 1), 7) + 1;
    }

    private static int weeksInYear(int year, int jan1DayOfWeek) {
        return jan1DayOfWeek == 4 || (jan1DayOfWeek == 3 && Year.isLeap(year)) ? 53 : 52;
    }

    static DayFacts of(LocalDate date, DayKinds kinds) {
        return new DayFacts(date, kinds.kindOf(date));
    }
}
