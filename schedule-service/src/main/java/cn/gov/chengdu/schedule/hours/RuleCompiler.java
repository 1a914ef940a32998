package cn.gov.chengdu.schedule.hours;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import ch.poole.openinghoursparser.DateRange;
import ch.poole.openinghoursparser.DateWithOffset;
import ch.poole.openinghoursparser.Holiday;
import ch.poole.openinghoursparser.Nth;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.RuleModifier;
import ch.poole.openinghoursparser.TimeSpan;
import ch.poole.openinghoursparser.WeekDay;
import ch.poole.openinghoursparser.WeekDayRange;
import ch.poole.openinghoursparser.WeekRange;
import ch.poole.openinghoursparser.YearRange;

/**
 * Turns the parser's rules into {@link CompiledRule}s, refusing (with a position and a reason) whatever this
 * service does not evaluate, rather than evaluating it wrongly. The supported subset is listed in
 * {@code docs/opening-hours-and-calendar.md}.
 */
final class RuleCompiler {

    private static final Pattern TIME = Pattern.compile("\\d{1,2}\\s*[:.h]\\s*\\d{2}|\\d{1,2}\\s*[-–—+]");
    private static final Pattern EVENT = Pattern.compile("(?i)sunrise|sunset|dawn|dusk");
    private static final Pattern PLUS = Pattern.compile("\\+");
    private static final Pattern SLASH = Pattern.compile("/");
    private static final Pattern QUOTE = Pattern.compile("\"");
    private static final Pattern UNKNOWN = Pattern.compile("(?i)unknown");
    private static final Pattern HOLIDAY = Pattern.compile("(?i)\\b[PS]H\\b");
    private static final Pattern SCHOOL_HOLIDAY = Pattern.compile("(?i)\\bSH\\b");
    private static final Pattern BRACKET = Pattern.compile("\\[");
    private static final Pattern WEEK = Pattern.compile("(?i)\\bweek\\b");
    private static final Pattern YEAR = Pattern.compile("\\b(19|2\\d)\\d{2}\\b");
    private static final Pattern MONTH = Pattern.compile("(?i)\\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)");
    private static final Pattern EASTER = Pattern.compile("(?i)easter");

    private final String value;
    private final SourceLocator locator;
    private int rule;

    private RuleCompiler(String value, List<Rule> rules) {
        this.value = value;
        this.locator = new SourceLocator(value, rules);
    }

    static List<CompiledRule> compile(String value, List<Rule> rules) {
        return new RuleCompiler(value, rules).compileAll(rules);
    }

    private List<CompiledRule> compileAll(List<Rule> rules) {
        List<CompiledRule> compiled = new ArrayList<>();
        boolean previousFallback = false;
        for (rule = 0; rule < rules.size(); rule++) {
            Rule r = rules.get(rule);
            if (r.isEmpty()) {
                continue; // "10:00-12:00;" - opening_hours.js ignores empty rules too
            }
            // opening_hours.js: a rule added with "," to a fallback rule is a fallback rule as well
            boolean fallback = r.isFallBack() || (r.isAdditive() && previousFallback);
            previousFallback = fallback;
            boolean open = meaning(r);
            DayPart days = days(r);
            long[] today = MinuteSet.empty();
            long[] nextDay = MinuteSet.empty();
            boolean wraps = times(r, today, nextDay);
            boolean selectsDays = days.selectsDays();
            boolean previousSelectsDays = !compiled.isEmpty() && compiled.get(compiled.size() - 1).selectsDays;
            // opening_hours.js' overriding rule: a normal (not ",", not "||") rule that opens and names days
            // replaces what earlier rules said about those days; one that names no day replaces only an earlier
            // rule that named none either ("10:00-12:00; 14:00-16:00" is open 14-16 only, but
            // "Mo 10:00-12:00; 14:00-16:00" keeps Monday's morning). Closing rules never replace, they close.
            boolean overrides = open && !r.isAdditive() && !fallback
                    && (selectsDays || (!compiled.isEmpty() && !previousSelectsDays));
            compiled.add(new CompiledRule(days, false, today, open, fallback, overrides));
            if (wraps) {
                compiled.add(new CompiledRule(days, true, nextDay, open, false, false));
            }
        }
        if (compiled.isEmpty()) {
            throw new InvalidOpeningHoursException(value, 0, "no rule: the value says nothing");
        }
        return List.copyOf(compiled);
    }

    private boolean meaning(Rule r) {
        if (r.getComment() != null) {
            throw fail(QUOTE, "a comment before a rule (\"...\": ...) is not supported");
        }
        RuleModifier modifier = r.getModifier();
        if (modifier == null || modifier.getModifier() == null) {
            if (modifier != null) {
                throw fail(QUOTE, "a comment without open, closed or off means the state is unknown,"
                        + " which is not supported: a window is open or closed");
            }
            return true;
        }
        switch (modifier.getModifier()) {
            case OPEN:
                return true;
            case CLOSED:
            case OFF:
                return false;
            default:
                throw fail(UNKNOWN, "'unknown' is not supported: a window is open or closed");
        }
    }

    /**
     * A rule's day selectors: plain weekday ranges as a bit mask of the weekdays (the common case, tested without
     * a call), everything else as groups of selectors.
     */
    record DayPart(DaySelector[][] groups, int weekdayMask, boolean selectsDays) {
        static final int EVERY_WEEKDAY = 0x7F;
    }

    private DayPart days(Rule r) {
        List<DaySelector[]> groups = new ArrayList<>();
        if (r.getYears() != null && !r.getYears().isEmpty()) {
            List<DaySelector> years = new ArrayList<>();
            for (YearRange range : r.getYears()) {
                years.add(year(range));
            }
            groups.add(years.toArray(DaySelector[]::new));
        }
        if (r.getWeeks() != null && !r.getWeeks().isEmpty()) {
            List<DaySelector> weeks = new ArrayList<>();
            for (WeekRange range : r.getWeeks()) {
                weeks.add(week(range));
            }
            groups.add(weeks.toArray(DaySelector[]::new));
        }
        if (r.getDates() != null && !r.getDates().isEmpty()) {
            List<DaySelector> dates = new ArrayList<>();
            for (DateRange range : r.getDates()) {
                dates.add(date(range));
            }
            groups.add(dates.toArray(DaySelector[]::new));
        }
        List<DaySelector> weekdays = new ArrayList<>();
        List<DaySelector> holidays = new ArrayList<>();
        boolean hasWeekdays = r.getDays() != null && !r.getDays().isEmpty();
        if (r.getHolidays() != null) {
            for (Holiday holiday : r.getHolidays()) {
                if (holiday.getType() != Holiday.Type.PH) {
                    throw fail(SCHOOL_HOLIDAY, "school holidays (SH) are not supported: the calendar knows the"
                            + " statutory days off (PH) only");
                }
                if (holiday.getOffset() != 0) {
                    throw fail(HOLIDAY, "days before or after a holiday (PH +1 day) are not supported");
                }
                // "PH,Sa" selects holidays or Saturdays; "PH Sa" holidays that are Saturdays
                (holiday.getUseAsWeekDay() && hasWeekdays ? weekdays : holidays).add(DaySelector.publicHoliday());
            }
        }
        int weekdayMask = DayPart.EVERY_WEEKDAY;
        if (hasWeekdays) {
            boolean plain = weekdays.isEmpty() && r.getDays().stream().allMatch(
                    range -> (range.getNths() == null || range.getNths().isEmpty()) && range.getOffset() == 0);
            if (plain) {
                weekdayMask = 0;
                for (WeekDayRange range : r.getDays()) {
                    DayOfWeek from = dayOfWeek(range.getStartDay());
                    DayOfWeek to = range.getEndDay() == null ? from : dayOfWeek(range.getEndDay());
                    for (int d = from.ordinal(); ; d = (d + 1) % 7) {
                        weekdayMask |= 1 << d;
                        if (d == to.ordinal()) {
                            break;
                        }
                    }
                }
            } else {
                for (WeekDayRange range : r.getDays()) {
                    weekdays.add(weekday(range));
                }
            }
        }
        if (!holidays.isEmpty()) {
            groups.add(holidays.toArray(DaySelector[]::new));
        }
        if (!weekdays.isEmpty()) {
            groups.add(weekdays.toArray(DaySelector[]::new));
        }
        return new DayPart(groups.toArray(DaySelector[][]::new), weekdayMask, !groups.isEmpty() || hasWeekdays);
    }

    private DaySelector year(YearRange range) {
        int from = range.getStartYear();
        if (range.isOpenEnded()) {
            return DaySelector.years(from, Integer.MAX_VALUE, 1);
        }
        if (range.getEndYear() == YearRange.UNDEFINED_YEAR) {
            return DaySelector.years(from, from, 1);
        }
        if (range.getEndYear() <= from) {
            throw fail(YEAR, "the year range " + range + " does not run forward");
        }
        return DaySelector.years(from, range.getEndYear(), range.getInterval());
    }

    private DaySelector week(WeekRange range) {
        int from = range.getStartWeek();
        int to = range.getEndWeek() == WeekRange.UNDEFINED_WEEK ? from : range.getEndWeek();
        if (from < 1 || to > 53 || to < from) {
            throw fail(WEEK, "week numbers run from 01 to 53, forward (week " + range + ")");
        }
        int every = range.getInterval();
        if (every != 0 && (every < 2 || every > 26)) {
            throw fail(WEEK, "a week interval is between 2 and 26 (week " + range + ")");
        }
        return DaySelector.weeks(from, to, every);
    }

    private DaySelector weekday(WeekDayRange range) {
        if (range.getOffset() != 0) {
            throw fail(BRACKET, "day offsets after an n-th weekday (Su[-1] -1 day) are not supported");
        }
        DayOfWeek from = dayOfWeek(range.getStartDay());
        List<Nth> nths = range.getNths();
        if (nths == null || nths.isEmpty()) {
            DayOfWeek to = range.getEndDay() == null ? from : dayOfWeek(range.getEndDay());
            return DaySelector.weekdays(from, to);
        }
        int bits = 0;
        for (Nth nth : nths) {
            int first = nth.getStartNth();
            int last = nth.getEndNth() == Nth.INVALID_NTH ? first : nth.getEndNth();
            if (first == Nth.INVALID_NTH || last < first || (first < 0 && last > 0) || first == 0 || last == 0
                    || first < -5 || last > 5) {
                throw fail(BRACKET, "an n-th weekday is 1 to 5 or -1 to -5, ranges forward (" + range + ")");
            }
            for (int n = first; n <= last; n++) {
                bits |= 1 << (n > 0 ? n : 5 - n);
            }
        }
        return DaySelector.nthWeekday(from, bits);
    }

    private DaySelector date(DateRange range) {
        if (range.getInterval() != 0) {
            throw fail(SLASH, "intervals in date ranges (Jan-Dec/2) are not supported");
        }
        DateWithOffset start = range.getStartDate();
        DateWithOffset end = range.getEndDate();
        plainDate(start);
        if (start.getMonth() == null) {
            throw fail(MONTH, "a date needs a month");
        }
        if (end != null) {
            plainDate(end);
        }
        int fromMonth = start.getMonth().ordinal() + 1;
        boolean fromYear = start.getYear() != YearRange.UNDEFINED_YEAR;
        if (end == null) {
            if (start.undefinedDay()) {
                return fromYear ? DaySelector.month(start.getYear(), fromMonth)
                        : DaySelector.months(fromMonth, fromMonth);
            }
            validDay(fromMonth, start.getDay());
            return fromYear ? DaySelector.date(start.getYear(), fromMonth, start.getDay())
                    : DaySelector.annualDate(fromMonth, start.getDay());
        }
        boolean toYear = end.getYear() != YearRange.UNDEFINED_YEAR;
        if (start.undefinedDay() && end.undefinedDay()) {
            if (fromYear || toYear || end.getMonth() == null) {
                throw fail(MONTH, "a range of months is written Jan-Mar, without years (" + range + ")");
            }
            return DaySelector.months(fromMonth, end.getMonth().ordinal() + 1);
        }
        if (start.undefinedDay() || end.undefinedDay()) {
            throw fail(MONTH, "a date range names a day at both ends or at neither (" + range + ")");
        }
        int toMonth = end.getMonth() == null ? fromMonth : end.getMonth().ordinal() + 1;
        validDay(fromMonth, start.getDay());
        validDay(toMonth, end.getDay());
        if (!fromYear && !toYear) {
            if (end.getMonth() == null && end.getDay() < start.getDay()) {
                throw fail(MONTH, "the day range " + range + " runs backwards");
            }
            if (DaySelector.coversWholeYear(fromMonth, start.getDay(), toMonth, end.getDay())) {
                throw fail(MONTH, "the date range " + range + " covers the whole year: leave the dates out");
            }
            return DaySelector.annualRange(fromMonth, start.getDay(), toMonth, end.getDay());
        }
        if (!fromYear) {
            throw fail(MONTH, "a date range with a year at its end needs one at its start (" + range + ")");
        }
        int endYear = toYear ? end.getYear()
                : toMonth * 100 + end.getDay() < fromMonth * 100 + start.getDay() ? start.getYear() + 1
                        : start.getYear();
        LocalDate first = LocalDate.of(start.getYear(), fromMonth, 1).plusDays(start.getDay() - 1L);
        LocalDate endMonth = LocalDate.of(endYear, toMonth, 1);
        LocalDate last = endMonth.withDayOfMonth(Math.min(end.getDay(), endMonth.lengthOfMonth()));
        if (last.isBefore(first)) {
            throw fail(YEAR, "the date range " + range + " ends before it starts");
        }
        return DaySelector.dateRange(first, last);
    }

    private void plainDate(DateWithOffset date) {
        if (date.getVarDate() != null) {
            throw fail(EASTER, "movable dates (easter) are not supported");
        }
        if (date.getNthWeekDay() != null) {
            throw fail(BRACKET, "dates given as an n-th weekday of a month (Mar Su[-1]) are not supported");
        }
        if (date.getWeekDayOffset() != null || date.getDayOffset() != 0) {
            throw fail(PLUS, "dates moved by a weekday or a number of days (Jan 01 +Mo, +2 days) are not"
                    + " supported");
        }
        if (date.isOpenEnded()) {
            throw fail(PLUS, "open-ended dates (Jan 01+) are not supported: give the last day");
        }
    }

    private void validDay(int month, int day) {
        if (day < 1 || day > DaySelector.maxDayOfMonth(month)) {
            throw fail(MONTH, java.time.Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
                    + " has no day " + day);
        }
    }

    /** Adds the rule's spans to the two days' minute sets; true when a span runs past midnight. */
    private boolean times(Rule r, long[] today, long[] nextDay) {
        List<TimeSpan> spans = r.getTimes();
        if (r.isTwentyfourseven() || spans == null || spans.isEmpty()) {
            MinuteSet.range(today, 0, MinuteSet.MINUTES);
            return false;
        }
        boolean wraps = false;
        for (TimeSpan span : spans) {
            if (span.getStartEvent() != null || span.getEndEvent() != null) {
                throw fail(EVENT, "sunrise, sunset, dawn and dusk are not supported: give clock times");
            }
            if (span.isOpenEnded()) {
                throw fail(PLUS, "open-ended times (18:00+) are not supported: say when the window closes");
            }
            if (span.getInterval() != 0) {
                throw fail(SLASH, "repeating points in time (10:00-16:00/30) are not supported");
            }
            int start = span.getStart();
            int end = span.getEnd();
            if (end == TimeSpan.UNDEFINED_TIME) {
                throw fail(TIME, "a time needs an end: write a span such as 10:00-12:00");
            }
            if (start >= MinuteSet.MINUTES) {
                throw fail(TIME, "a time span starts at 24:00 or later: write it on the next day");
            }
            if (end == start) {
                end += MinuteSet.MINUTES; // opening_hours.js: 10:00-10:00 is 24 hours
            }
            if (end > 2 * MinuteSet.MINUTES) {
                throw fail(TIME, "a time span ends after 48:00");
            }
            MinuteSet.range(today, start, Math.min(end, MinuteSet.MINUTES));
            if (end > MinuteSet.MINUTES) {
                MinuteSet.range(nextDay, 0, end - MinuteSet.MINUTES);
                wraps = true;
            }
        }
        return wraps;
    }

    private static DayOfWeek dayOfWeek(WeekDay day) {
        return DayOfWeek.values()[day.ordinal()]; // both run Monday to Sunday
    }

    private InvalidOpeningHoursException fail(Pattern construct, String reason) {
        return new InvalidOpeningHoursException(value, locator.find(rule, construct), reason);
    }
}
