package cn.gov.chengdu.schedule.hours;

/** Whether open time lies inside the city's baseline office hours ({@link BaselineHours}). */
public enum HoursKind {
    /** Inside the baseline office hours. */
    REGULAR,
    /** Outside them: lunch time, evenings, weekends, holidays (错时延时). */
    EXTENDED
}
