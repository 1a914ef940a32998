package cn.gov.chengdu.schedule.calendar;

import java.util.List;

/**
 * How many working days a range of dates holds.
 *
 * @param count the working days d with {@code from <= d <= to}
 * @param yearsWithoutData the years of the range without official data, counted weekends-only (Monday to
 *        Friday work); empty when every year of the range is official
 */
public record WorkingDayCount(int count, List<Integer> yearsWithoutData) {

    public WorkingDayCount {
        yearsWithoutData = List.copyOf(yearsWithoutData);
    }

    /** Every year of the range has official data. */
    public boolean complete() {
        return yearsWithoutData.isEmpty();
    }
}
