package cn.gov.chengdu.schedule.hours;

import static cn.gov.chengdu.schedule.hours.HoursKind.EXTENDED;
import static cn.gov.chengdu.schedule.hours.HoursKind.REGULAR;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.gov.chengdu.schedule.calendar.DayKind;
import cn.gov.chengdu.schedule.calendar.DayKinds;
import cn.gov.chengdu.schedule.calendar.DayType;
import cn.gov.chengdu.schedule.calendar.WorkingDayCalendar;

/** REGULAR and EXTENDED against the default baseline {@value BaselineHours#DEFAULT_VALUE}. */
class BaselineHoursTest {

    private static final DayKinds CHINA = WorkingDayCalendar.china();
    private static final BaselineHours BASELINE = BaselineHours.defaults();
    private static final OpeningHours LONG_DAYS = OpeningHours.parse("Mo-Fr 08:00-20:00");

    private static ClassifiedInterval piece(String from, String to, HoursKind kind) {
        return new ClassifiedInterval(LocalDateTime.parse(from), LocalDateTime.parse(to), kind);
    }

    private static List<ClassifiedInterval> day(OpeningHours window, String date) {
        LocalDate day = LocalDate.parse(date);
        return BASELINE.classify(window, day, day, CHINA);
    }

    @Test
    void lunchAndEveningsAreExtended() {
        assertEquals(List.of(
                piece("2026-03-02T08:00", "2026-03-02T09:00", EXTENDED),
                piece("2026-03-02T09:00", "2026-03-02T12:00", REGULAR),
                piece("2026-03-02T12:00", "2026-03-02T13:00", EXTENDED),
                piece("2026-03-02T13:00", "2026-03-02T17:00", REGULAR),
                piece("2026-03-02T17:00", "2026-03-02T20:00", EXTENDED)), day(LONG_DAYS, "2026-03-02"));
    }

    @Test
    void weekendsAndHolidaysAreExtended() {
        assertEquals(List.of(piece("2026-03-07T09:00", "2026-03-07T12:00", EXTENDED)),
                day(OpeningHours.parse("Sa 09:00-12:00"), "2026-03-07"));
        // 国庆节 on a Thursday: the window opens (no PH off), the baseline does not
        assertEquals(List.of(piece("2026-10-01T08:00", "2026-10-01T20:00", EXTENDED)), day(LONG_DAYS, "2026-10-01"));
    }

    @Test
    void aMakeupWorkingDayHasTheBaselineOfTheWeekdayItWorksAs() {
        assertEquals(List.of(
                piece("2026-02-14T08:00", "2026-02-14T09:00", EXTENDED),
                piece("2026-02-14T09:00", "2026-02-14T12:00", REGULAR),
                piece("2026-02-14T12:00", "2026-02-14T13:00", EXTENDED),
                piece("2026-02-14T13:00", "2026-02-14T17:00", REGULAR),
                piece("2026-02-14T17:00", "2026-02-14T20:00", EXTENDED)), day(LONG_DAYS, "2026-02-14"));
        assertEquals(REGULAR, BASELINE.kindAt(LocalDateTime.parse("2026-02-14T10:00"), CHINA));
        assertEquals(EXTENDED, BASELINE.kindAt(LocalDateTime.parse("2026-02-14T10:00"), DayKinds.weekendsOnly()));
    }

    @Test
    void aSpanPastMidnightIsCutAtTheBaselineNotAtMidnight() {
        assertEquals(List.of(
                piece("2026-03-06T16:00", "2026-03-06T17:00", REGULAR),
                piece("2026-03-06T17:00", "2026-03-07T02:00", EXTENDED)),
                day(OpeningHours.parse("Fr 16:00-02:00"), "2026-03-06"));
    }

    @Test
    void aWindowsScheduleDayByDay() {
        OpeningHours window = OpeningHours.parse("Mo-Fr 09:00-12:00,13:00-17:00; Sa 09:00-12:00; PH off");
        List<ScheduleDay> days = BASELINE.schedule(window, LocalDate.of(2026, 2, 13), LocalDate.of(2026, 2, 24), CHINA);
        assertEquals(12, days.size());

        ScheduleDay friday = days.get(0);
        assertEquals(DayType.WORKDAY, friday.kind().type());
        assertEquals(List.of(piece("2026-02-13T09:00", "2026-02-13T12:00", REGULAR),
                piece("2026-02-13T13:00", "2026-02-13T17:00", REGULAR)), friday.intervals());

        ScheduleDay makeup = days.get(1);
        assertEquals(DayKind.makeupWorkday(DayOfWeek.MONDAY), makeup.kind());
        assertEquals(List.of(piece("2026-02-14T09:00", "2026-02-14T12:00", REGULAR),
                piece("2026-02-14T13:00", "2026-02-14T17:00", REGULAR)), makeup.intervals());

        for (ScheduleDay holiday : days.subList(2, 11)) {
            assertEquals(DayKind.holiday("春节"), holiday.kind(), holiday.date().toString());
            assertEquals(List.of(), holiday.intervals(), holiday.date().toString());
        }
        assertEquals(LocalDate.of(2026, 2, 24), days.get(11).date());
        assertEquals(2, days.get(11).intervals().size());
    }

    @Test
    void aWindowsStatusNamesTheKindOfTheMoment() {
        assertEquals(new WindowStatus(true, EXTENDED,
                new OpenInterval(LocalDateTime.parse("2026-03-02T08:00"), LocalDateTime.parse("2026-03-02T20:00")),
                LocalDateTime.parse("2026-03-02T20:00"), LocalDateTime.parse("2026-03-03T08:00")),
                BASELINE.status(LONG_DAYS, LocalDateTime.parse("2026-03-02T12:30"), CHINA));
        assertEquals(REGULAR, BASELINE.status(LONG_DAYS, LocalDateTime.parse("2026-03-02T10:00"), CHINA).kind());
        assertEquals(new WindowStatus(false, null, null, LocalDateTime.parse("2026-03-03T08:00"),
                LocalDateTime.parse("2026-03-03T08:00")),
                BASELINE.status(LONG_DAYS, LocalDateTime.parse("2026-03-02T21:00"), CHINA));
    }

    @Test
    void theBaselineIsConfigurable() {
        BaselineHours summer = new BaselineHours(OpeningHours.parse("Mo-Fr 08:30-12:00,14:30-18:00; PH off"));
        assertEquals(REGULAR, summer.kindAt(LocalDateTime.parse("2026-07-06T17:30"), CHINA));
        assertEquals(EXTENDED, BASELINE.kindAt(LocalDateTime.parse("2026-07-06T17:30"), CHINA));
        assertEquals(List.of(piece("2026-07-06T08:00", "2026-07-06T08:30", EXTENDED),
                piece("2026-07-06T08:30", "2026-07-06T09:00", REGULAR)),
                summer.classify(new OpenInterval(LocalDateTime.parse("2026-07-06T08:00"),
                        LocalDateTime.parse("2026-07-06T09:00")), CHINA));
    }
}
