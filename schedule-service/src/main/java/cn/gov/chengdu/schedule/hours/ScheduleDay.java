package cn.gov.chengdu.schedule.hours;

import java.time.LocalDate;
import java.util.List;

import cn.gov.chengdu.schedule.calendar.DayKind;

/**
 * One day of a window's schedule.
 *
 * @param date the local date
 * @param kind what the calendar says about it: workday, weekend, holiday (with its name) or make-up working day
 *        (with the weekday it works as), and whether its year has official data
 * @param intervals the open time starting that day, cut into REGULAR and EXTENDED pieces (a span past midnight
 *        runs into the next day)
 */
public record ScheduleDay(LocalDate date, DayKind kind, List<ClassifiedInterval> intervals) {

    public ScheduleDay {
        intervals = List.copyOf(intervals);
    }
}
