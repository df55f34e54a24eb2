package vn.motcua.bench.runtime;

import java.util.Arrays;

/**
 * One worker's measurements: the duration of each commit, by command, and the dossiers finished.
 * Not thread-safe: one per worker, merged after the run ({@link #merge}).
 */
final class Recorder {

    /** Returns nothing, may throw: one command's transaction. */
    @FunctionalInterface
    interface Commit {
        void run() throws Exception;
    }

    private long[] nanos = new long[4096];
    private int[] kinds = new int[4096];
    private int n;
    private long dossiers;
    private final boolean recording;
    /** When set, the server's counters are read around each commit: exact statements per command (one worker only). */
    private final ServerCounters tracer;
    private final long[] sqlByKind = new long[Workload.COMMITS];
    private final long[] statementsByKind = new long[Workload.COMMITS];
    private final long[] commitsByKind = new long[Workload.COMMITS];

    Recorder(boolean recording) {
        this(recording, null);
    }

    Recorder(boolean recording, ServerCounters tracer) {
        this.recording = recording;
        this.tracer = tracer;
    }

    /** Times {@code work} as one commit of command {@code kind} (0 = reception, 1–5 = the steps). */
    void commit(int kind, Commit work) throws Exception {
        ServerCounters.Reading before = tracer == null ? null : tracer.read();
        long t = System.nanoTime();
        work.run();
        long elapsed = System.nanoTime() - t;
        if (tracer != null) {
            ServerCounters.Reading after = tracer.read();
            sqlByKind[kind] += after.sqlSince(before);
            statementsByKind[kind] += after.statementsSince(before);
            commitsByKind[kind]++;
        }
        if (recording) {
            if (n == nanos.length) {
                nanos = Arrays.copyOf(nanos, n * 2);
                kinds = Arrays.copyOf(kinds, n * 2);
            }
            nanos[n] = elapsed;
            kinds[n++] = kind;
        }
    }

    void dossierDone() {
        if (recording) {
            dossiers++;
        }
    }

    /** Rows, then columns kind 0–5: SQL statements per commit of that kind, all statements per commit (traced runs). */
    double[][] tracedPerCommit() {
        double[][] out = new double[2][Workload.COMMITS];
        for (int k = 0; k < Workload.COMMITS; k++) {
            out[0][k] = commitsByKind[k] == 0 ? Double.NaN : (double) sqlByKind[k] / commitsByKind[k];
            out[1][k] = commitsByKind[k] == 0 ? Double.NaN : (double) statementsByKind[k] / commitsByKind[k];
        }
        return out;
    }

    long commits() {
        return n;
    }

    long dossiers() {
        return dossiers;
    }

    /** The durations of the commits of the given kinds (all if none given), of every recorder. */
    static long[] durations(Iterable<Recorder> recorders, int... kindsWanted) {
        long[] out = new long[0];
        int size = 0;
        for (Recorder r : recorders) {
            out = Arrays.copyOf(out, size + r.n);
            for (int i = 0; i < r.n; i++) {
                if (kindsWanted.length == 0 || contains(kindsWanted, r.kinds[i])) {
                    out[size++] = r.nanos[i];
                }
            }
        }
        long[] sorted = Arrays.copyOf(out, size);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The {@code p}-th percentile (nearest rank) of sorted durations, in milliseconds. */
    static double percentileMillis(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1e6;
    }

    private static boolean contains(int[] values, int v) {
        for (int x : values) {
            if (x == v) {
                return true;
            }
        }
        return false;
    }
}
