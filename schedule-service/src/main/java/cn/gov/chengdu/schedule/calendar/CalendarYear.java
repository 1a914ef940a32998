package cn.gov.chengdu.schedule.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import cn.gov.chengdu.schedule.calendar.InvalidCalendarException.Violation;

/**
 * One year of China's official calendar as the State Council announces it: the statutory days off (every day of
 * an announced break, weekends inside it included) and the make-up working days. Immutable; lists sorted by date.
 *
 * @param year the calendar year; every date lies in it (a break that starts in December of the year before, e.g.
 *        the New Year break 2018-12-30 to 2019-01-01, is split between the two years)
 * @param notices the notices the data comes from, e.g. {@code 国办发明电〔2024〕12号}; may be empty
 * @param holidays the statutory days off, with names
 * @param makeupWorkdays the make-up working days, each a Saturday or Sunday working as a weekday
 */
public record CalendarYear(int year, List<String> notices, List<Holiday> holidays,
        List<MakeupWorkday> makeupWorkdays) {

    public CalendarYear {
        noNulls("notices", notices);
        noNulls("holidays", holidays);
        noNulls("makeupWorkdays", makeupWorkdays);
        notices = notices == null ? List.of() : List.copyOf(notices);
        holidays = holidays == null ? List.of() : holidays.stream()
                .sorted(Comparator.comparing(Holiday::date)).toList();
        makeupWorkdays = makeupWorkdays == null ? List.of() : makeupWorkdays.stream()
                .sorted(Comparator.comparing(MakeupWorkday::date)).toList();
        List<Violation> violations = violations(year, holidays, makeupWorkdays);
        if (!violations.isEmpty()) {
            throw new InvalidCalendarException(violations);
        }
    }

    private static void noNulls(String field, List<?> list) {
        if (list != null && list.stream().anyMatch(Objects::isNull)) {
            throw new InvalidCalendarException(List.of(new Violation(field, "must not hold null")));
        }
    }

    private static List<Violation> violations(int year, List<Holiday> holidays, List<MakeupWorkday> makeupWorkdays) {
        List<Violation> violations = new ArrayList<>();
        if (year < WorkingDayCalendar.FIRST_YEAR || year > WorkingDayCalendar.LAST_YEAR) {
            violations.add(new Violation("year", "must be between " + WorkingDayCalendar.FIRST_YEAR + " and "
                    + WorkingDayCalendar.LAST_YEAR));
            return violations;
        }
        Set<LocalDate> seen = new HashSet<>();
        for (int i = 0; i < holidays.size(); i++) {
            Holiday holiday = holidays.get(i);
            String field = "holidays[" + i + "]";
            checkDate(year, holiday.date(), field, seen, violations);
            if (holiday.name().isBlank()) {
                violations.add(new Violation(field + ".name", "must not be blank"));
            }
        }
        for (int i = 0; i < makeupWorkdays.size(); i++) {
            MakeupWorkday day = makeupWorkdays.get(i);
            String field = "makeupWorkdays[" + i + "]";
            checkDate(year, day.date(), field, seen, violations);
            DayOfWeek weekday = day.date().getDayOfWeek();
            if (weekday != DayOfWeek.SATURDAY && weekday != DayOfWeek.SUNDAY) {
                violations.add(new Violation(field + ".date", day.date() + " is a " + weekday
                        + ": a make-up working day is a Saturday or Sunday"));
            }
            if (day.worksAs() == DayOfWeek.SATURDAY || day.worksAs() == DayOfWeek.SUNDAY) {
                violations.add(new Violation(field + ".worksAs", "must be a weekday (Monday to Friday)"));
            }
        }
        return violations;
    }

    private static void checkDate(int year, LocalDate date, String field, Set<LocalDate> seen,
            List<Violation> violations) {
        if (date.getYear() != year) {
            violations.add(new Violation(field + ".date", date + " is not in " + year));
        }
        if (!seen.add(date)) {
            violations.add(new Violation(field + ".date", date + " is listed twice"));
        }
    }
}
