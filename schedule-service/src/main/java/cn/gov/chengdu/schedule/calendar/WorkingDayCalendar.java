package cn.gov.chengdu.schedule.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * China's working-day calendar over the years {@value #FIRST_YEAR} to {@value #LAST_YEAR}: official years as the
 * State Council announces them ({@link CalendarYear}), the other years weekends-only and flagged as such, never
 * guessed.
 * <p>
 * A <b>working day</b> is a Monday to Friday that is not a statutory day off, or a make-up working day. Every
 * question is answered in O(1) or O(log n) from an index built once: per year the number of working days up to
 * each day of the year, and per year the number before it. Counting the working days between two dates is two
 * array reads; adding working days is two binary searches. The calendar is immutable and thread-safe; a changed
 * year makes a new calendar ({@link #withYear}).
 */
public final class WorkingDayCalendar implements DayKinds {

    /** The first year the calendar computes. */
    public static final int FIRST_YEAR = 1900;
    /** The last year the calendar computes. */
    public static final int LAST_YEAR = 2199;

    private static final LocalDate FIRST_DAY = LocalDate.of(FIRST_YEAR, 1, 1);
    private static final LocalDate LAST_DAY = LocalDate.of(LAST_YEAR, 12, 31);
    private static final int YEARS = LAST_YEAR - FIRST_YEAR + 1;

    /** Years without official data share their index: one per (leap year, weekday of 1 January). */
    private static final YearIndex[][] ORDINARY = new YearIndex[2][7];

    static {
        for (int leap = 0; leap < 2; leap++) {
            for (int jan1 = 0; jan1 < 7; jan1++) {
                ORDINARY[leap][jan1] = YearIndex.ordinary(leap == 1, DayOfWeek.of(jan1 + 1));
            }
        }
    }

    private final TreeMap<Integer, CalendarYear> officialYears;
    private final YearIndex[] index = new YearIndex[YEARS];
    /** {@code workingBefore[i]}: working days from {@link #FIRST_DAY} to the day before 1 January of year i. */
    private final int[] workingBefore = new int[YEARS + 1];
    /** {@code unofficialBefore[i]}: years without official data before year i. */
    private final int[] unofficialBefore = new int[YEARS + 1];

    private WorkingDayCalendar(TreeMap<Integer, CalendarYear> officialYears) {
        this.officialYears = officialYears;
        for (int i = 0; i < YEARS; i++) {
            int year = FIRST_YEAR + i;
            CalendarYear official = officialYears.get(year);
            index[i] = official != null ? YearIndex.official(official)
                    : ORDINARY[Year.isLeap(year) ? 1 : 0][LocalDate.of(year, 1, 1).getDayOfWeek().ordinal()];
            workingBefore[i + 1] = workingBefore[i] + index[i].total();
            unofficialBefore[i + 1] = unofficialBefore[i] + (official == null ? 1 : 0);
        }
    }

    /** A calendar with these official years; every other year is weekends-only. */
    public static WorkingDayCalendar of(Collection<CalendarYear> years) {
        TreeMap<Integer, CalendarYear> byYear = new TreeMap<>();
        for (CalendarYear year : years) {
            if (byYear.put(year.year(), year) != null) {
                throw new IllegalArgumentException("year " + year.year() + " is given twice");
            }
        }
        return new WorkingDayCalendar(byYear);
    }

    /** The official calendar the service ships with (2017 to 2026, {@link ChinaCalendarData}). */
    public static WorkingDayCalendar china() {
        return Bundled.CHINA;
    }

    /** This calendar with {@code year} added or replaced. */
    public WorkingDayCalendar withYear(CalendarYear year) {
        TreeMap<Integer, CalendarYear> byYear = new TreeMap<>(officialYears);
        byYear.put(year.year(), year);
        return new WorkingDayCalendar(byYear);
    }

    /** The official data of {@code year}, if there is any. */
    public Optional<CalendarYear> year(int year) {
        return Optional.ofNullable(officialYears.get(year));
    }

    /** The official years, in order. */
    public List<CalendarYear> years() {
        return List.copyOf(officialYears.values());
    }

    public boolean hasData(int year) {
        return officialYears.containsKey(year);
    }

    /** Never throws: a date outside the computed years is an ordinary, unofficial day. */
    @Override
    public DayKind kindOf(LocalDate date) {
        int year = date.getYear();
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            return DayKind.ordinary(date.getDayOfWeek(), false);
        }
        YearIndex yearIndex = index[year - FIRST_YEAR];
        if (yearIndex.special != null) {
            DayKind special = yearIndex.special[date.getDayOfYear() - 1];
            if (special != null) {
                return special;
            }
        }
        return DayKind.ordinary(date.getDayOfWeek(), yearIndex.official);
    }

    public boolean isWorkingDay(LocalDate date) {
        return kindOf(date).isWorkingDay();
    }

    /**
     * The working days d with {@code from <= d <= to}; 0 when {@code from} is after {@code to}.
     *
     * @throws CalendarRangeException if a date lies outside the computed years
     */
    public WorkingDayCount workingDays(LocalDate from, LocalDate to) {
        checkRange(from, "from");
        checkRange(to, "to");
        if (from.isAfter(to)) {
            return new WorkingDayCount(0, List.of());
        }
        int count = workingThrough(to) - workingThrough(from) + (isWorkingDay(from) ? 1 : 0);
        return new WorkingDayCount(count, yearsWithoutData(from.getYear(), to.getYear()));
    }

    /**
     * The {@code n}-th working day strictly after {@code date}. {@code n = 0} is {@code date} itself, working day
     * or not (nothing is added); a negative {@code n} counts backwards: {@code -1} is the last working day strictly
     * before {@code date}.
     *
     * @throws CalendarRangeException if {@code date} or the result lies outside the computed years
     */
    public WorkingDayDate addWorkingDays(LocalDate date, int n) {
        checkRange(date, "date");
        if (n == 0) {
            return new WorkingDayDate(date, yearsWithoutData(date.getYear(), date.getYear()));
        }
        long through = workingThrough(date);
        long target = n > 0 ? through + n : through - (isWorkingDay(date) ? 1 : 0) + n + 1;
        if (target < 1 || target > workingBefore[YEARS]) {
            throw new CalendarRangeException("adding " + n + " working days to " + date + " leaves the years "
                    + FIRST_YEAR + " to " + LAST_YEAR);
        }
        LocalDate result = firstDayWithWorkingThrough((int) target);
        LocalDate first = n > 0 ? date : result;
        LocalDate last = n > 0 ? result : date;
        return new WorkingDayDate(result, yearsWithoutData(first.getYear(), last.getYear()));
    }

    /** The years in {@code [fromYear, toYear]} without official data. */
    public List<Integer> yearsWithoutData(int fromYear, int toYear) {
        int first = Math.max(fromYear, FIRST_YEAR);
        int last = Math.min(toYear, LAST_YEAR);
        if (first > last || unofficialBefore[last - FIRST_YEAR + 1] == unofficialBefore[first - FIRST_YEAR]) {
            return List.of(); // the common case, without allocation: KPIs count millions of ranges
        }
        List<Integer> missing = new ArrayList<>();
        for (int year = first; year <= last; year++) {
            if (!officialYears.containsKey(year)) {
                missing.add(year);
            }
        }
        return Collections.unmodifiableList(missing);
    }

    /** Working days from {@link #FIRST_DAY} to {@code date}, both included. */
    private int workingThrough(LocalDate date) {
        int i = date.getYear() - FIRST_YEAR;
        return workingBefore[i] + index[i].cumulative[date.getDayOfYear() - 1];
    }

    /** The first day whose {@link #workingThrough} reaches {@code target}: a working day. */
    private LocalDate firstDayWithWorkingThrough(int target) {
        // the year: the last i with workingBefore[i] < target
        int low = 0;
        int high = YEARS - 1;
        while (low < high) {
            int mid = (low + high + 1) >>> 1;
            if (workingBefore[mid] < target) {
                low = mid;
            } else {
                high = mid - 1;
            }
        }
        int[] cumulative = index[low].cumulative;
        int within = target - workingBefore[low];
        int day = 0;
        int last = cumulative.length - 1;
        while (day < last) {
            int mid = (day + last) >>> 1;
            if (cumulative[mid] >= within) {
                last = mid;
            } else {
                day = mid + 1;
            }
        }
        return LocalDate.ofYearDay(FIRST_YEAR + low, day + 1);
    }

    private static void checkRange(LocalDate date, String name) {
        if (date.isBefore(FIRST_DAY) || date.isAfter(LAST_DAY)) {
            throw new CalendarRangeException(name + " " + date + " is outside the years " + FIRST_YEAR + " to "
                    + LAST_YEAR);
        }
    }

    /** One year: its special days and the running count of working days. */
    private static final class YearIndex {
        final boolean official;
        /** By day of year - 1; {@code null} when the year has no special day. */
        final DayKind[] special;
        /** By day of year - 1: working days from 1 January to that day, both included. */
        final int[] cumulative;

        private YearIndex(boolean official, DayKind[] special, int[] cumulative) {
            this.official = official;
            this.special = special;
            this.cumulative = cumulative;
        }

        int total() {
            return cumulative[cumulative.length - 1];
        }

        static YearIndex ordinary(boolean leap, DayOfWeek jan1) {
            int[] cumulative = new int[leap ? 366 : 365];
            int running = 0;
            for (int d = 0; d < cumulative.length; d++) {
                int weekday = (jan1.ordinal() + d) % 7; // 0 = Monday
                if (weekday < 5) {
                    running++;
                }
                cumulative[d] = running;
            }
            return new YearIndex(false, null, cumulative);
        }

        static YearIndex official(CalendarYear year) {
            int days = Year.isLeap(year.year()) ? 366 : 365;
            DayKind[] special = new DayKind[days];
            for (Holiday holiday : year.holidays()) {
                special[holiday.date().getDayOfYear() - 1] = DayKind.holiday(holiday.name());
            }
            for (MakeupWorkday makeup : year.makeupWorkdays()) {
                special[makeup.date().getDayOfYear() - 1] = DayKind.makeupWorkday(makeup.worksAs());
            }
            int[] cumulative = new int[days];
            int running = 0;
            int jan1 = LocalDate.of(year.year(), 1, 1).getDayOfWeek().ordinal();
            for (int d = 0; d < days; d++) {
                boolean working = special[d] != null ? special[d].isWorkingDay() : (jan1 + d) % 7 < 5;
                if (working) {
                    running++;
                }
                cumulative[d] = running;
            }
            return new YearIndex(true, special, cumulative);
        }
    }

    /** Loaded on first use. */
    private static final class Bundled {
        static final WorkingDayCalendar CHINA = of(ChinaCalendarData.load());
    }
}
