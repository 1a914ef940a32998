package cn.gov.chengdu.schedule.calendar;

/**
 * A date, or the result of working-day arithmetic, outside the years the calendar computes
 * ({@value WorkingDayCalendar#FIRST_YEAR} to {@value WorkingDayCalendar#LAST_YEAR}).
 */
public class CalendarRangeException extends IllegalArgumentException {

    public CalendarRangeException(String message) {
        super(message);
    }
}
