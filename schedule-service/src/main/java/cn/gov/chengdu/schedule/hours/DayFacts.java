package cn.gov.chengdu.schedule.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;

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
        this.isoWeek = date.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR);
        this.ruleWeekday = kind.weekdayForRules(date);
        this.standsForOtherWeekday = ruleWeekday != date.getDayOfWeek();
        this.nthFromStart = (dayOfMonth - 1) / 7 + 1;
        this.nthFromEnd = -((date.lengthOfMonth() - dayOfMonth) / 7 + 1);
        this.publicHoliday = kind.isPublicHoliday();
    }

    static DayFacts of(LocalDate date, DayKinds kinds) {
        return new DayFacts(date, kinds.kindOf(date));
    }
}
