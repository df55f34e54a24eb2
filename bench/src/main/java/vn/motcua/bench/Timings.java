package vn.motcua.bench;

import java.util.Arrays;
import java.util.Locale;

/** The measured durations of one operation, and its percentiles (nearest rank). */
final class Timings {

    final String name;
    private final long[] nanos;
    private int n;
    private long statements;

    Timings(String name, int capacity) {
        this.name = name;
        this.nanos = new long[capacity];
    }

    void add(long elapsedNanos, long statementsSent) {
        nanos[n++] = elapsedNanos;
        statements += statementsSent;
    }

    int count() {
        return n;
    }

    /** The {@code p}-th percentile in milliseconds, 0 &lt; p &lt;= 100. */
    double percentileMillis(double p) {
        long[] sorted = Arrays.copyOf(nanos, n);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * n);
        return sorted[Math.max(0, Math.min(n - 1, rank - 1))] / 1e6;
    }

    double statementsPerOperation() {
        return n == 0 ? 0 : (double) statements / n;
    }

    static String header() {
        return String.format(Locale.ROOT, "%-46s %5s %9s %9s %9s %9s %8s", "operation", "n", "p50 ms", "p90 ms", "p99 ms",
                "max ms", "SQL/op");
    }

    String row() {
        return String.format(Locale.ROOT, "%-46s %5d %9.2f %9.2f %9.2f %9.2f %8.1f", name, n, percentileMillis(50),
                percentileMillis(90), percentileMillis(99), percentileMillis(100), statementsPerOperation());
    }
}
