package cn.gov.chengdu.schedule.hours;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import cn.gov.chengdu.schedule.calendar.DayKind;
import cn.gov.chengdu.schedule.calendar.DayKinds;

/**
 * The city's baseline office hours (default {@value #DEFAULT_VALUE}): open time inside them is
 * {@link HoursKind#REGULAR}, open time outside them (lunch, evenings, weekends, holidays) {@link HoursKind#EXTENDED}.
 * The baseline is evaluated with the same calendar as the window: on a make-up working day the baseline's rules of
 * the weekday it works as apply, and on a statutory day off its {@code PH off} closes it. Immutable.
 */
public final class BaselineHours {

    public static final String DEFAULT_VALUE = "Mo-Fr 09:00-12:00,13:00-17:00; PH off";

    private static final BaselineHours DEFAULT = new BaselineHours(OpeningHours.parse(DEFAULT_VALUE));

    private final OpeningHours hours;

    public BaselineHours(OpeningHours hours) {
        this.hours = Objects.requireNonNull(hours, "hours");
    }

    /** {@value #DEFAULT_VALUE}. */
    public static BaselineHours defaults() {
        return DEFAULT;
    }

    public OpeningHours hours() {
        return hours;
    }

    /** REGULAR when {@code at} lies in the baseline hours, else EXTENDED (whether or not a window is open). */
    public HoursKind kindAt(LocalDateTime at, DayKinds kinds) {
        return hours.isOpen(at, kinds) ? HoursKind.REGULAR : HoursKind.EXTENDED;
    }

    /** {@link #kindAt(LocalDateTime, DayKinds)} for a prepared moment: no lookup, no allocation. */
    public HoursKind kindAt(Moment moment) {
        return hours.isOpen(moment) ? HoursKind.REGULAR : HoursKind.EXTENDED;
    }

    /** Cuts an open interval into REGULAR and EXTENDED pieces, in order. */
    public List<ClassifiedInterval> classify(OpenInterval interval, DayKinds kinds) {
        return classify(interval, new BaselineDays(kinds));
    }

    /** The open intervals of {@code window} on the days {@code from} to {@code to}, cut into their kinds. */
    public List<ClassifiedInterval> classify(OpeningHours window, LocalDate from, LocalDate to, DayKinds kinds) {
        BaselineDays baseline = new BaselineDays(kinds);
        List<ClassifiedInterval> pieces = new ArrayList<>();
        for (OpenInterval interval : window.intervals(from, to, kinds)) {
            pieces.addAll(classify(interval, baseline));
        }
        return pieces;
    }

    /**
     * A window's schedule day by day: what kind of day each is (workday, weekend, holiday with its name, make-up
     * working day) and the open intervals starting that day, cut into REGULAR and EXTENDED pieces.
     */
    public List<ScheduleDay> schedule(OpeningHours window, LocalDate from, LocalDate to, DayKinds kinds) {
        BaselineDays baseline = new BaselineDays(kinds);
        Map<LocalDate, List<ClassifiedInterval>> byDay = new HashMap<>();
        for (OpenInterval interval : window.intervals(from, to, kinds)) {
            byDay.computeIfAbsent(interval.from().toLocalDate(), d -> new ArrayList<>())
                    .addAll(classify(interval, baseline));
        }
        List<ScheduleDay> days = new ArrayList<>();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            DayKind kind = kinds.kindOf(day);
            days.add(new ScheduleDay(day, kind, byDay.getOrDefault(day, List.of())));
        }
        return days;
    }

    /** A window's state at {@code at}, with the kind of the open time at that instant. */
    public WindowStatus status(OpeningHours window, LocalDateTime at, DayKinds kinds) {
        HoursStatus status = window.status(at, kinds);
        return new WindowStatus(status.open(), status.open() ? kindAt(at, kinds) : null, status.interval(),
                status.nextChange(), status.nextOpen());
    }

    private List<ClassifiedInterval> classify(OpenInterval interval, BaselineDays baseline) {
        List<ClassifiedInterval> pieces = new ArrayList<>();
        LocalDateTime cursor = interval.from();
        while (cursor.isBefore(interval.to())) {
            LocalDate day = cursor.toLocalDate();
            LocalDateTime dayEnd = day.plusDays(1).atStartOfDay();
            LocalDateTime stop = interval.to().isBefore(dayEnd) ? interval.to() : dayEnd;
            long[] regular = baseline.open(day);
            int minute = cursor.getHour() * 60 + cursor.getMinute();
            int last = stop.equals(dayEnd) ? MinuteSet.MINUTES : stop.getHour() * 60 + stop.getMinute();
            while (minute < last) {
                boolean isRegular = MinuteSet.contains(regular, minute);
                int end = Math.min(MinuteSet.next(regular, minute, !isRegular), last);
                HoursKind kind = isRegular ? HoursKind.REGULAR : HoursKind.EXTENDED;
                LocalDateTime from = day.atStartOfDay().plusMinutes(minute);
                LocalDateTime to = day.atStartOfDay().plusMinutes(end);
                ClassifiedInterval previous = pieces.isEmpty() ? null : pieces.get(pieces.size() - 1);
                if (previous != null && previous.kind() == kind && previous.to().equals(from)) {
                    pieces.set(pieces.size() - 1, new ClassifiedInterval(previous.from(), to, kind));
                } else {
                    pieces.add(new ClassifiedInterval(from, to, kind));
                }
                minute = end;
            }
            cursor = stop;
        }
        return pieces;
    }

    /** The baseline's open minutes per day, evaluated once per day asked. */
    private final class BaselineDays {
        private final DayKinds kinds;
        private final Map<LocalDate, long[]> days = new HashMap<>();

        BaselineDays(DayKinds kinds) {
            this.kinds = kinds;
        }

        long[] open(LocalDate day) {
            return days.computeIfAbsent(day, d -> {
                long[] open = MinuteSet.empty();
                hours.evaluateDay(DayFacts.of(d, kinds), DayFacts.of(d.minusDays(1), kinds), open,
                        MinuteSet.empty());
                return open;
            });
        }
    }
}
