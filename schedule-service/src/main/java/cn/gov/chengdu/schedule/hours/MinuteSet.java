package cn.gov.chengdu.schedule.hours;

/**
 * The minutes of one day as a bit set: bit m is the minute [m, m+1) after midnight, m in 0..1439. Plain
 * {@code long[]} arrays and static helpers, so a day is evaluated without objects.
 */
final class MinuteSet {

    static final int MINUTES = 1440;
    static final int WORDS = (MINUTES + 63) / 64;

    private MinuteSet() {
    }

    static long[] empty() {
        return new long[WORDS];
    }

    /** The minutes [from, to) with 0 <= from <= to <= 1440. */
    static long[] range(long[] set, int from, int to) {
        for (int m = from; m < to; m++) {
            set[m >>> 6] |= 1L << m;
        }
        return set;
    }

    static boolean contains(long[] set, int minute) {
        return (set[minute >>> 6] & (1L << minute)) != 0;
    }

    static void clear(long[] set) {
        java.util.Arrays.fill(set, 0L);
    }

    /** The first minute at or after {@code from} whose bit equals {@code value}, or {@link #MINUTES}. */
    static int next(long[] set, int from, boolean value) {
        if (from >= MINUTES) {
            return MINUTES;
        }
        int word = from >>> 6;
        long bits = (value ? set[word] : ~set[word]) & (-1L << from);
        while (true) {
            if (bits != 0) {
                int minute = (word << 6) + Long.numberOfTrailingZeros(bits);
                return Math.min(minute, MINUTES);
            }
            if (++word == WORDS) {
                return MINUTES;
            }
            bits = value ? set[word] : ~set[word];
        }
    }
}
