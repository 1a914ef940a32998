package cn.gov.chengdu.schedule.calendar;

import java.time.LocalDate;

/**
 * Tells for a local date whether it is a statutory day off ({@code PH}, with its name) or a make-up working day
 * (with the weekday it works as). Opening hours are evaluated against one; {@link WorkingDayCalendar} is the real
 * one. Implementations must be immutable (a changed calendar is a new instance: evaluations cache per instance) and
 * cheap per lookup.
 */
@FunctionalInterface
public interface DayKinds {

    DayKind kindOf(LocalDate date);

    /** No holiday data at all: every Monday-Friday is a workday, every Saturday and Sunday a weekend, never PH. */
    static DayKinds weekendsOnly() {
        return WeekendsOnly.INSTANCE;
    }

    /** {@link #weekendsOnly()}: one instance, so what is cached for it stays valid. */
    enum WeekendsOnly implements DayKinds {
        INSTANCE;

        @Override
        public DayKind kindOf(LocalDate date) {
            return DayKind.ordinary(date.getDayOfWeek(), false);
        }
    }
}
