package cn.gov.chengdu.schedule.calendar;

import java.time.LocalDate;

/**
 * Tells for a local date whether it is a statutory day off ({@code PH}, with its name) or a make-up working day
 * (with the weekday it works as). Opening hours are evaluated against one; {@link WorkingDayCalendar} is the real
 * one. Implementations must be cheap and allocation-free per lookup: evaluating which of 10,000 windows are open
 * asks twice per window.
 */
@FunctionalInterface
public interface DayKinds {

    DayKind kindOf(LocalDate date);

    /** No holiday data at all: every Monday-Friday is a workday, every Saturday and Sunday a weekend, never PH. */
    static DayKinds weekendsOnly() {
        return date -> DayKind.ordinary(date.getDayOfWeek(), false);
    }
}
