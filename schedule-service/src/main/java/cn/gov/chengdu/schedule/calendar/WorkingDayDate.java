package cn.gov.chengdu.schedule.calendar;

import java.time.LocalDate;
import java.util.List;

/**
 * The result of adding working days to a date.
 *
 * @param date the working day reached
 * @param yearsWithoutData the years passed through without official data, counted weekends-only; empty when all
 *        were official
 */
public record WorkingDayDate(LocalDate date, List<Integer> yearsWithoutData) {

    public WorkingDayDate {
        yearsWithoutData = List.copyOf(yearsWithoutData);
    }

    /** Every year passed through has official data. */
    public boolean complete() {
        return yearsWithoutData.isEmpty();
    }
}
