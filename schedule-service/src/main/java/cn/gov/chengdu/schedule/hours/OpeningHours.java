package cn.gov.chengdu.schedule.hours;

import java.io.StringReader;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import ch.poole.openinghoursparser.OpeningHoursParseException;
import ch.poole.openinghoursparser.OpeningHoursParser;
import ch.poole.openinghoursparser.Rule;
import ch.poole.openinghoursparser.Token;
import ch.poole.openinghoursparser.TokenMgrError;
import ch.poole.openinghoursparser.Util;

import cn.gov.chengdu.schedule.calendar.CalendarRangeException;
import cn.gov.chengdu.schedule.calendar.DayKinds;
import cn.gov.chengdu.schedule.calendar.WorkingDayCalendar;

/**
 * Opening hours in OpenStreetMap {@code opening_hours} syntax, parsed once (with {@code ch.poole:OpeningHoursParser}
 * in its lenient mode) and evaluated in local date-times against a calendar ({@link DayKinds}): {@code PH} is a
 * statutory day off, and on a make-up working day the rules of the weekday it works as apply.
 * <p>
 * The answers equal those of the reference evaluator opening_hours.js on every day that is neither a public
 * holiday nor a make-up working day (checked against a table it computed, {@code OpeningHoursReferenceTest}),
 * including its rule precedence: a later rule overrides earlier ones for the days it selects (not when added with
 * {@code ,}, and {@code off} closes without overriding), and a span past midnight continues into the next day as
 * its own rule. The supported subset, and what is refused, is in {@code docs/opening-hours-and-calendar.md}.
 * <p>
 * Immutable in what it answers, and thread-safe. Evaluation runs precompiled rules over precomputed minute sets:
 * tens to a few hundred nanoseconds per instant, without re-parsing.
 */
public final class OpeningHours {

    /** The longest value accepted. OpenStreetMap allows 255; windows with many dated exceptions need more. */
    public static final int MAX_LENGTH = 1000;
    /** How far {@link #nextChange} and {@link #nextOpen} look when not told: 366 days. */
    public static final int DEFAULT_HORIZON_DAYS = 366;

    /** The first instant evaluated: the calendar's first year. */
    static final LocalDateTime FIRST = LocalDate.of(WorkingDayCalendar.FIRST_YEAR, 1, 1).atStartOfDay();
    /** The first instant no longer evaluated: after the calendar's last year. */
    static final LocalDateTime END = LocalDate.of(WorkingDayCalendar.LAST_YEAR + 1, 1, 1).atStartOfDay();

    private static final Pattern LOCATION = Pattern.compile("\\s+at line -?\\d+, column -?\\d+.*", Pattern.DOTALL);

    private final String value;
    /** The parser's rules, kept only to write {@link #normalized()} when asked. */
    private final List<Rule> parsed;
    private volatile String normalized;
    private final CompiledRule[] rules;
    /**
     * The day last asked about in {@link #isOpen(Moment)}, and from its second question on its minute set: asking
     * about many instants of one day (the usual "which windows are open now") then reads one bit. A single entry,
     * replaced whole, so threads share it safely; keyed by the calendar instance, which is immutable (a changed
     * calendar is a new one).
     */
    private volatile EvaluatedDay lastDay;

    /** {@code open} is {@code null} until the day is asked about a second time. */
    private record EvaluatedDay(DayKinds kinds, LocalDate date, long[] open) {
    }

    private OpeningHours(String value, List<Rule> parsed, List<CompiledRule> rules) {
        this.value = value;
        this.parsed = parsed;
        this.rules = rules.toArray(CompiledRule[]::new);
    }

    /**
     * Parses a value such as {@code Mo-Fr 09:00-12:00,13:00-17:00; Sa 09:00-12:00; PH off}.
     *
     * @throws InvalidOpeningHoursException when it is not valid, or uses what this service does not evaluate
     */
    public static OpeningHours parse(String value) {
        if (value == null || value.isBlank()) {
            throw new InvalidOpeningHoursException(value == null ? "" : value, 0, "no rule: the value is empty");
        }
        if (value.length() > MAX_LENGTH) {
            throw new InvalidOpeningHoursException(value, MAX_LENGTH, "longer than " + MAX_LENGTH + " characters");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isISOControl(c)) {
                throw new InvalidOpeningHoursException(value, i,
                        "control characters (line breaks, tabs, ...) are not allowed");
            }
        }
        String ascii = halfWidth(value);
        try {
            List<Rule> rules = syntax(ascii);
            return new OpeningHours(value, rules, RuleCompiler.compile(ascii, rules));
        } catch (InvalidOpeningHoursException e) {
            throw ascii.equals(value) ? e : new InvalidOpeningHoursException(value, e.offset(), e.reason());
        }
    }

    /**
     * Full-width forms as a Chinese keyboard types them ({@code ０９：００－１７：００}, {@code Mo、We}) read as their
     * ASCII characters (comments in quotes keep their text). One character for one, so positions in errors stay
     * those of the value as given.
     */
    private static String halfWidth(String value) {
        char[] chars = value.toCharArray();
        boolean comment = false;
        for (int i = 0; i < chars.length; i++) {
            char c = chars[i];
            if (c == '"' || c == '\uFF02') {
                comment = !comment;
                chars[i] = '"';
            } else if (comment) {
                continue; // comments keep their text
            } else if (c >= '\uFF01' && c <= '\uFF5E') {
                chars[i] = (char) (c - 0xFEE0);
            } else if (c == '\u3001') {
                chars[i] = ',';
            } else if (c == '\u3000') {
                chars[i] = ' ';
            }
        }
        return new String(chars);
    }

    private static List<Rule> syntax(String value) {
        try {
            return new OpeningHoursParser(new StringReader(value)).rules(false);
        } catch (OpeningHoursParseException e) {
            throw invalid(value, e);
        } catch (RuntimeException | TokenMgrError | StackOverflowError e) {
            throw new InvalidOpeningHoursException(value, failingPiece(value), "not valid opening_hours syntax");
        }
    }

    private static InvalidOpeningHoursException invalid(String value, OpeningHoursParseException e) {
        OpeningHoursParseException first = e.getExceptions().isEmpty() ? e : e.getExceptions().get(0);
        Token at = first.currentToken;
        if (at != null && at.next != null && first.expectedTokenSequences != null) {
            Token unexpected = at.next;
            String reason = unexpected.kind == 0 ? "unexpected end of the value"
                    : "unexpected '" + unexpected.image.strip() + "'";
            return new InvalidOpeningHoursException(value, clamp(value, unexpected.beginColumn - 1), reason);
        }
        String reason = first.getMessage() == null ? "not valid opening_hours syntax"
                : LOCATION.matcher(first.getMessage()).replaceFirst("").strip();
        int offset = first.getColumn() >= 1 ? clamp(value, first.getColumn() - 1) : failingPiece(value);
        return new InvalidOpeningHoursException(value, offset, reason);
    }

    /** Where the first rule that does not parse on its own starts (for errors reported without a position). */
    private static int failingPiece(String value) {
        for (int[] piece : new SourceLocator(value, List.of()).pieces()) {
            String text = value.substring(piece[0], piece[1]);
            try {
                if (!text.isBlank()) {
                    new OpeningHoursParser(new StringReader(text)).rules(false);
                }
            } catch (OpeningHoursParseException | RuntimeException | TokenMgrError | StackOverflowError e) {
                int offset = piece[0];
                while (offset < piece[1] && Character.isWhitespace(value.charAt(offset))) {
                    offset++;
                }
                return clamp(value, offset);
            }
        }
        return 0;
    }

    private static int clamp(String value, int offset) {
        return Math.max(0, Math.min(offset, value.length()));
    }

    /** The value as given. */
    public String value() {
        return value;
    }

    /** The value as the parser writes it back (e.g. {@code Fr 18:00-26:00} becomes {@code Fr 18:00-02:00}). */
    public String normalized() {
        String text = normalized;
        if (text == null) {
            synchronized (parsed) {
                text = Util.rulesToOpeningHoursString(parsed);
            }
            normalized = text;
        }
        return text;
    }

    // ---------------------------------------------------------------------------------------------- instants

    public boolean isOpen(LocalDateTime at, DayKinds kinds) {
        return isOpen(Moment.of(at, kinds));
    }

    /**
     * The fast path: no calendar lookup and no re-parsing; rule by rule for the first question about a day, one bit
     * read for the next ones.
     */
    public boolean isOpen(Moment moment) {
        EvaluatedDay day = lastDay;
        if (day != null && day.kinds() == moment.kinds && day.date().equals(moment.today.date)) {
            long[] open = day.open();
            if (open == null) {
                open = MinuteSet.empty();
                evaluateDay(moment.today, moment.yesterday, open, MinuteSet.empty());
                lastDay = new EvaluatedDay(moment.kinds, moment.today.date, open);
            }
            return MinuteSet.contains(open, moment.minute);
        }
        lastDay = new EvaluatedDay(moment.kinds, moment.today.date, null);
        return isOpenAtMinute(moment);
    }

    /** One instant, rule by rule: what {@link #isOpen(Moment)} answers, without the day's minute set. */
    boolean isOpenAtMinute(Moment moment) {
        boolean open = false;
        for (CompiledRule rule : rules) {
            if (!rule.appliesTo(rule.wrapped ? moment.yesterday : moment.today)) {
                continue;
            }
            if (rule.overrides) {
                open = false;
            }
            if (rule.covers(moment.minute) && (!rule.fallback || !open)) {
                open = rule.open;
            }
        }
        return open;
    }

    /** The next instant after {@code at} at which the state flips, within {@value #DEFAULT_HORIZON_DAYS} days. */
    public Optional<LocalDateTime> nextChange(LocalDateTime at, DayKinds kinds) {
        checkRange(at);
        return nextChange(at, kinds, at.plusDays(DEFAULT_HORIZON_DAYS));
    }

    /** The next instant after {@code at}, and before {@code limit}, at which the state flips. */
    public Optional<LocalDateTime> nextChange(LocalDateTime at, DayKinds kinds, LocalDateTime limit) {
        checkRange(at);
        LocalDateTime end = limit.isAfter(END) ? END : limit;
        DayWalker walker = new DayWalker(at.toLocalDate(), kinds);
        int minute = at.getHour() * 60 + at.getMinute();
        boolean state = MinuteSet.contains(walker.open, minute);
        int from = minute + 1;
        while (true) {
            int change = MinuteSet.next(walker.open, from, !state);
            if (change < MinuteSet.MINUTES) {
                LocalDateTime when = walker.date.atStartOfDay().plusMinutes(change);
                return when.isBefore(end) ? Optional.of(when) : Optional.empty();
            }
            if (!walker.date.plusDays(1).atStartOfDay().isBefore(end)) {
                return Optional.empty();
            }
            walker.advance();
            if (!walker.date.atStartOfDay().isBefore(end)) {
                return Optional.empty();
            }
            from = 0;
        }
    }

    /**
     * The start of the next opening after {@code at}: when closed, the next time it opens; when open, the time it
     * opens again after this stretch of open time closes. Within {@value #DEFAULT_HORIZON_DAYS} days.
     */
    public Optional<LocalDateTime> nextOpen(LocalDateTime at, DayKinds kinds) {
        checkRange(at);
        return nextOpen(at, kinds, at.plusDays(DEFAULT_HORIZON_DAYS));
    }

    /** {@link #nextOpen(LocalDateTime, DayKinds)} before {@code limit}. */
    public Optional<LocalDateTime> nextOpen(LocalDateTime at, DayKinds kinds, LocalDateTime limit) {
        Optional<LocalDateTime> change = nextChange(at, kinds, limit);
        if (change.isEmpty() || !isOpen(at, kinds)) {
            return change;
        }
        return nextChange(change.get(), kinds, limit);
    }

    // --------------------------------------------------------------------------------------------- intervals

    /**
     * The open intervals of the days {@code from} to {@code to} (both included), in order. A day's open time is
     * cut into intervals at midnight, except that a span past midnight is one interval from the day it starts into
     * the next (listed with its first day, so the part after midnight on {@code from} of a span begun the day
     * before is not listed). A window open round the clock has one interval per day.
     */
    public List<OpenInterval> intervals(LocalDate from, LocalDate to, DayKinds kinds) {
        checkRange(from.atStartOfDay());
        checkRange(to.atStartOfDay());
        return listIntervals(from, to, kinds);
    }

    private List<OpenInterval> listIntervals(LocalDate from, LocalDate to, DayKinds kinds) {
        List<OpenInterval> intervals = new ArrayList<>();
        if (from.isAfter(to)) {
            return intervals;
        }
        DayWalker walker = new DayWalker(from.minusDays(1), kinds);
        long[] previousOpen = walker.open.clone();
        long[] previousCarried = walker.carried.clone();
        walker.advance();
        long[] open = walker.open.clone();
        long[] carried = walker.carried.clone();
        for (LocalDate day = from; !day.isAfter(to); day = day.plusDays(1)) {
            walker.advance();
            boolean continuesYesterday = endsWithOwnSpan(previousOpen, previousCarried);
            int position = 0;
            while (true) {
                int start = MinuteSet.next(open, position, true);
                if (start >= MinuteSet.MINUTES) {
                    break;
                }
                boolean isCarried = MinuteSet.contains(carried, start);
                int end = Math.min(MinuteSet.next(open, start, false), MinuteSet.next(carried, start, !isCarried));
                position = end;
                if (isCarried && start == 0 && continuesYesterday) {
                    continue; // the morning part of yesterday's span past midnight: listed with yesterday
                }
                LocalDateTime startAt = day.atStartOfDay().plusMinutes(start);
                LocalDateTime endAt = day.atStartOfDay().plusMinutes(end);
                if (!isCarried && end == MinuteSet.MINUTES && MinuteSet.contains(walker.open, 0)
                        && MinuteSet.contains(walker.carried, 0)) {
                    int tomorrowEnd = Math.min(MinuteSet.next(walker.open, 0, false),
                            MinuteSet.next(walker.carried, 0, false));
                    endAt = endAt.plusMinutes(tomorrowEnd);
                }
                intervals.add(new OpenInterval(startAt, endAt));
            }
            previousOpen = open;
            previousCarried = carried;
            open = walker.open.clone();
            carried = walker.carried.clone();
        }
        return intervals;
    }

    /** The open interval (as {@link #intervals} lists them) holding {@code at}, if open. */
    public Optional<OpenInterval> intervalAt(LocalDateTime at, DayKinds kinds) {
        checkRange(at);
        LocalDateTime minute = at.truncatedTo(ChronoUnit.MINUTES);
        for (OpenInterval interval : listIntervals(at.toLocalDate().minusDays(1), at.toLocalDate(), kinds)) {
            if (interval.contains(minute)) {
                return Optional.of(interval);
            }
        }
        return Optional.empty();
    }

    /** Open or not at {@code at}, the interval, the next change and the next opening. */
    public HoursStatus status(LocalDateTime at, DayKinds kinds) {
        checkRange(at);
        boolean open = isOpen(at, kinds);
        Optional<LocalDateTime> change = nextChange(at, kinds);
        LocalDateTime limit = at.plusDays(DEFAULT_HORIZON_DAYS);
        LocalDateTime nextOpen = open ? change.flatMap(c -> nextChange(c, kinds, limit)).orElse(null)
                : change.orElse(null);
        return new HoursStatus(open, open ? intervalAt(at, kinds).orElse(null) : null, change.orElse(null),
                nextOpen);
    }

    /**
     * Opening hours are evaluated in the calendar's years ({@value WorkingDayCalendar#FIRST_YEAR} to
     * {@value WorkingDayCalendar#LAST_YEAR}); a date-time outside is refused, never a {@code DateTimeException}.
     */
    static void checkRange(LocalDateTime at) {
        if (at.isBefore(FIRST) || !at.isBefore(END)) {
            throw new CalendarRangeException(at + " is outside the years " + WorkingDayCalendar.FIRST_YEAR + " to "
                    + WorkingDayCalendar.LAST_YEAR);
        }
    }

    private static boolean endsWithOwnSpan(long[] open, long[] carried) {
        int last = MinuteSet.MINUTES - 1;
        return MinuteSet.contains(open, last) && !MinuteSet.contains(carried, last);
    }

    // ----------------------------------------------------------------------------------------- day evaluation

    /**
     * Evaluates one day into its open minutes and, among them, those a span carried over from the day before
     * decided. The rules run in order; one that overrides forgets what the earlier ones said about the day.
     */
    void evaluateDay(DayFacts today, DayFacts yesterday, long[] open, long[] carried) {
        MinuteSet.clear(open);
        MinuteSet.clear(carried);
        for (CompiledRule rule : rules) {
            if (!rule.appliesTo(rule.wrapped ? yesterday : today)) {
                continue;
            }
            if (rule.overrides) {
                MinuteSet.clear(open);
                MinuteSet.clear(carried);
            }
            long[] covered = rule.minutes;
            for (int w = 0; w < MinuteSet.WORDS; w++) {
                if (rule.fallback) {
                    if (rule.open) {
                        long added = covered[w] & ~open[w];
                        open[w] |= added;
                        carried[w] &= ~added;
                    }
                } else if (rule.open) {
                    open[w] |= covered[w];
                    carried[w] = rule.wrapped ? carried[w] | covered[w] : carried[w] & ~covered[w];
                } else {
                    open[w] &= ~covered[w];
                    carried[w] &= ~covered[w];
                }
            }
        }
    }

    /** Evaluates day after day, asking the calendar once per day. */
    final class DayWalker {
        private final DayKinds kinds;
        LocalDate date;
        private DayFacts yesterday;
        private DayFacts today;
        final long[] open = MinuteSet.empty();
        final long[] carried = MinuteSet.empty();

        DayWalker(LocalDate date, DayKinds kinds) {
            this.kinds = kinds;
            this.date = date;
            this.yesterday = DayFacts.of(date.minusDays(1), kinds);
            this.today = DayFacts.of(date, kinds);
            evaluateDay(today, yesterday, open, carried);
        }

        void advance() {
            date = date.plusDays(1);
            yesterday = today;
            today = DayFacts.of(date, kinds);
            evaluateDay(today, yesterday, open, carried);
        }
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OpeningHours that && value.equals(that.value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return value;
    }
}
