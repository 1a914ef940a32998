package cn.gov.chengdu.schedule.calendar;

/** What a date is in China's working calendar. */
public enum DayType {
    /** Monday to Friday, not a statutory day off. */
    WORKDAY,
    /** Saturday or Sunday, not a make-up working day. */
    WEEKEND,
    /** A statutory day off (放假) announced by the State Council; {@code PH} in opening hours. */
    HOLIDAY,
    /** A Saturday or Sunday on which people work (调休上班); it works as the weekday named by {@code worksAs}. */
    MAKEUP_WORKDAY
}
