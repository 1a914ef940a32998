package cn.gov.chengdu.schedule.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * What the calendar says about one date.
 *
 * @param type the kind of day
 * @param holidayName the holiday's name (e.g. {@code 春节}) when {@code type} is {@link DayType#HOLIDAY}, else
 *        {@code null}
 * @param worksAs the weekday whose rules apply when {@code type} is {@link DayType#MAKEUP_WORKDAY}, else {@code null}
 * @param official {@code true} when the date's year has official data; {@code false} when the year has none and
 *        the answer is weekends-only (never guessed holidays)
 */
public record DayKind(DayType type, String holidayName, DayOfWeek worksAs, boolean official) {

    private static final DayKind WORKDAY_OFFICIAL = new DayKind(DayType.WORKDAY, null, null, true);
    private static final DayKind WEEKEND_OFFICIAL = new DayKind(DayType.WEEKEND, null, null, true);
    private static final DayKind WORKDAY_UNOFFICIAL = new DayKind(DayType.WORKDAY, null, null, false);
    private static final DayKind WEEKEND_UNOFFICIAL = new DayKind(DayType.WEEKEND, null, null, false);

    public DayKind {
        Objects.requireNonNull(type, "type");
        if ((type == DayType.HOLIDAY) != (holidayName != null)) {
            throw new IllegalArgumentException("a holiday, and only a holiday, has a name");
        }
        if ((type == DayType.MAKEUP_WORKDAY) != (worksAs != null)) {
            throw new IllegalArgumentException("a make-up working day, and only one, has worksAs");
        }
    }

    /** An ordinary Monday-Friday or weekend day (shared instances: no allocation per lookup). */
    public static DayKind ordinary(DayOfWeek weekday, boolean official) {
        boolean weekend = weekday == DayOfWeek.SATURDAY || weekday == DayOfWeek.SUNDAY;
        if (official) {
            return weekend ? WEEKEND_OFFICIAL : WORKDAY_OFFICIAL;
        }
        return weekend ? WEEKEND_UNOFFICIAL : WORKDAY_UNOFFICIAL;
    }

    public static DayKind holiday(String name) {
        return new DayKind(DayType.HOLIDAY, name, null, true);
    }

    public static DayKind makeupWorkday(DayOfWeek worksAs) {
        return new DayKind(DayType.MAKEUP_WORKDAY, null, worksAs, true);
    }

    /** A working day: a workday that is not a statutory day off, or a make-up working day. */
    public boolean isWorkingDay() {
        return type == DayType.WORKDAY || type == DayType.MAKEUP_WORKDAY;
    }

    /** A statutory day off: what {@code PH} means in opening hours. */
    public boolean isPublicHoliday() {
        return type == DayType.HOLIDAY;
    }

    /** The weekday whose rules apply on {@code date}: {@link #worksAs} on a make-up working day, else its own. */
    public DayOfWeek weekdayForRules(LocalDate date) {
        return worksAs != null ? worksAs : date.getDayOfWeek();
    }
}
