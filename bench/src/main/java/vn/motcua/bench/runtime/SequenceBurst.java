package vn.motcua.bench.runtime;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The dossier code's daily counter under a burst: {@code n} receptions at once at one unit on one day,
 * each one transaction that takes the next number from the (unit, day) row, then writes the dossier
 * row and its first history row, and commits. The row is a serial point: each reception holds its
 * lock from the increment to its commit (the commit's log flush included). Two ways to advance it:
 * <ul>
 *   <li><b>upsert</b>: {@code INSERT … ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)}
 *       in the reception's transaction — one statement, but on the day's first burst every reception
 *       that finds the row being inserted waits with a shared lock, and when the first commits they all
 *       want the exclusive one: InnoDB picks deadlock victims;</li>
 *   <li><b>row first</b>: make sure the (unit, day) row exists in a transaction of its own
 *       ({@code INSERT IGNORE … VALUES (…, 0)}, committed at once, as the engine's {@code SequenceRows}
 *       does), then {@code UPDATE … SET last_value = LAST_INSERT_ID(last_value + 1)} in the reception's
 *       transaction: only exclusive locks on an existing row, queued in order. The INSERT IGNORE of an
 *       existing row still takes a shared lock on it to see the duplicate, so it waits for the reception
 *       holding the row; the variant that first reads the row (a plain, non-locking read) and inserts
 *       only when it is missing does not.</li>
 * </ul>
 * A reception that deadlocks or times out waiting is rolled back whole (its number with it) and
 * retried. After the bursts the codes of each (unit, day) must be exactly 1..n: gap-free, no
 * duplicate. The tables have the engine's counter's shape (V3: {@code dossier_sequence(tenant_id,
 * day, last_value)}) in a database of the benchmark's own.
 */
final class SequenceBurst {

    static final String SCHEMA = "motcua_bench_sequence";

    enum Mode {
        UPSERT("upsert"),
        /** As the engine's SequenceRows does it: INSERT IGNORE in a transaction of its own before every reception. */
        ROW_FIRST("row first, INSERT IGNORE"),
        /** The same, inserting only when a plain read does not find the row. */
        ROW_FIRST_READ("row first, read, insert if absent");

        final String label;

        Mode(String label) {
            this.label = label;
        }
    }

    /** What one burst did, or several of the same kind ({@link #combine}). */
    record Result(String label, int bursts, int receptions, double seconds, long deadlocks, long timeouts, long retries,
                  long[] sortedNanos, boolean gapFree, String check) {

        Result(String label, int receptions, double seconds, long deadlocks, long timeouts, long retries,
               long[] sortedNanos, boolean gapFree, String check) {
            this(label, 1, receptions, seconds, deadlocks, timeouts, retries, sortedNanos, gapFree, check);
        }

        /** Receptions per second, all bursts together. */
        double perSecond() {
            return (double) bursts * receptions / seconds;
        }

        /** The bursts of one kind as one row: counts summed, latencies pooled, gap-free only if every one was. */
        static Result combine(List<Result> same) {
            Result first = same.get(0);
            long[] all = same.stream().flatMapToLong(r -> java.util.Arrays.stream(r.sortedNanos)).sorted().toArray();
            List<Result> broken = same.stream().filter(r -> !r.gapFree).toList();
            return new Result(first.label, same.size(), first.receptions, same.stream().mapToDouble(Result::seconds).sum(),
                    same.stream().mapToLong(Result::deadlocks).sum(), same.stream().mapToLong(Result::timeouts).sum(),
                    same.stream().mapToLong(Result::retries).sum(), all, broken.isEmpty(),
                    broken.isEmpty() ? first.check : broken.get(0).check);
        }

        String row() {
            return String.format(Locale.ROOT, "%-58s %6s %9.1f %8d %8d %8d %9.1f %9.1f   %s", label,
                    bursts + "×" + receptions, perSecond(), deadlocks, timeouts, retries,
                    Recorder.percentileMillis(sortedNanos, 50), Recorder.percentileMillis(sortedNanos, 99),
                    gapFree ? "gap-free 1.." + check : "NOT gap-free: " + check);
        }

        static String header() {
            return String.format(Locale.ROOT, "%-58s %6s %9s %8s %8s %8s %9s %9s   %s", "burst", "n", "recept/s", "deadlock",
                    "timeout", "retries", "p50 ms", "p99 ms", "codes (each burst)");
        }
    }

    private final Database db;

    SequenceBurst(Database db) {
        this.db = db;
    }

    void prepare() throws SQLException {
        try (Connection c = db.connect(SCHEMA); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS reception_history");
            s.execute("DROP TABLE IF EXISTS dossier");
            s.execute("DROP TABLE IF EXISTS dossier_sequence");
            s.execute("""
                    CREATE TABLE dossier_sequence (
                        tenant_id  VARCHAR(64) NOT NULL,
                        day        DATE        NOT NULL,
                        last_value INT         NOT NULL,
                        PRIMARY KEY (tenant_id, day)
                    ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""");
            s.execute("""
                    CREATE TABLE dossier (
                        id          BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
                        tenant_id   VARCHAR(64) NOT NULL,
                        day         DATE        NOT NULL,
                        sequence    INT         NOT NULL,
                        code        VARCHAR(64) NOT NULL,
                        received_at DATETIME(3) NOT NULL,
                        status      VARCHAR(32) NOT NULL,
                        version     BIGINT      NOT NULL,
                        CONSTRAINT uq_seq_dossier_code UNIQUE (code)
                    ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""");
            s.execute("""
                    CREATE TABLE reception_history (
                        id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
                        dossier_id BIGINT      NOT NULL,
                        at         DATETIME(3) NOT NULL,
                        command    VARCHAR(32) NOT NULL,
                        CONSTRAINT fk_seq_history FOREIGN KEY (dossier_id) REFERENCES dossier (id)
                    ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""");
        }
    }

    /**
     * {@code n} receptions at once, each at {@code unit(i)} on {@code day}, numbered by {@code mode};
     * {@code expectedPerUnit} is how many codes each unit should hold after it (earlier bursts included).
     */
    Result burst(String label, Mode mode, int n, LocalDate day, java.util.function.IntFunction<String> unit,
                 int expectedPerUnit) throws Exception {
        return burst(label, mode, n, day, unit, expectedPerUnit, 0);
    }

    /**
     * The same, with every {@code refuseEvery}-th reception (0: none) refused after it took its number —
     * bad input the aggregate rejects: its transaction rolls back, the number with it, and it is not
     * retried. When the refused one is the day's first, the row it inserted goes with it while the
     * others wait on it.
     */
    Result burst(String label, Mode mode, int n, LocalDate day, java.util.function.IntFunction<String> unit,
                 int expectedPerUnit, int refuseEvery) throws Exception {
        List<Connection> connections = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Connection c = db.connect(SCHEMA);
            c.setAutoCommit(false);
            connections.add(c);
        }
        AtomicLong deadlocks = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        long[] nanos = new long[n];
        CyclicBarrier start = new CyclicBarrier(n + 1);
        ExecutorService pool = Executors.newFixedThreadPool(n);
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int k = i;
                done.add(pool.submit(() -> {
                    start.await();
                    long t = System.nanoTime();
                    boolean refused = refuseEvery > 0 && k % refuseEvery == 0;
                    receive(connections.get(k), mode, unit.apply(k), day, refused, deadlocks, timeouts, retries);
                    nanos[k] = System.nanoTime() - t;
                    return null;
                }));
            }
            start.await();
            long t0 = System.nanoTime();
            for (Future<?> f : done) {
                f.get(5, java.util.concurrent.TimeUnit.MINUTES);
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            java.util.Arrays.sort(nanos);
            RuntimeBenchmark.say("%s: %d receptions in %.2f s, %d deadlocks, %d lock wait timeouts", label, n, seconds,
                    deadlocks.get(), timeouts.get());
            String check = check(day, n, unit, expectedPerUnit);
            return new Result(label, n, seconds, deadlocks.get(), timeouts.get(), retries.get(), nanos,
                    !check.startsWith("!"), check.replaceFirst("^!", ""));
        } finally {
            pool.shutdown();
            for (Connection c : connections) {
                c.close();
            }
        }
    }

    /**
     * The day's first reception takes its number — for the upsert, it inserts the (unit, day) row — and
     * is then refused (rolled back) while the {@code n - 1} others of the burst wait on that row's lock:
     * the case where the upsert's waiters deadlock. The others are released once the server shows
     * them waiting (polled, 10 s at most).
     */
    Result firstRefusedWhileOthersWait(String label, Mode mode, int n, LocalDate day) throws Exception {
        String unit = "hai-lang";
        try (Connection first = db.connect(SCHEMA); Connection watcher = db.connect(SCHEMA)) {
            first.setAutoCommit(false);
            if (mode != Mode.UPSERT) {
                ensureRow(first, unit, day, mode == Mode.ROW_FIRST_READ);
            }
            next(first, mode, unit, day);  // holds the row, uncommitted
            java.util.concurrent.CompletableFuture<Void> refuse = java.util.concurrent.CompletableFuture.runAsync(() -> {
                try {
                    long deadline = System.nanoTime() + 10_000_000_000L;
                    while (System.nanoTime() < deadline && waiting(watcher) < n - 1) {
                        Thread.onSpinWait();
                    }
                } catch (SQLException e) {
                    RuntimeBenchmark.say("could not count the waiting receptions: %s", e.getMessage());
                } finally {
                    try {
                        first.rollback();
                    } catch (SQLException e) {
                        RuntimeBenchmark.say("could not roll the first reception back: %s", e.getMessage());
                    }
                }
            });
            Result others = burst(label, mode, n - 1, day, i -> unit, n - 1);
            refuse.get();
            return new Result(others.label(), 1, n, others.seconds(), others.deadlocks(), others.timeouts(), others.retries(),
                    others.sortedNanos(), others.gapFree(), others.check());
        }
    }

    /** How many transactions wait for a row lock now (a status counter: INNODB_TRX needs the PROCESS privilege). */
    private static int waiting(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SHOW GLOBAL STATUS LIKE 'Innodb_row_lock_current_waits'")) {
            r.next();
            return Integer.parseInt(r.getString(2));
        }
    }

    private static void receive(Connection c, Mode mode, String unit, LocalDate day, boolean refused, AtomicLong deadlocks,
                                AtomicLong timeouts, AtomicLong retries) throws SQLException {
        for (int attempt = 1; ; attempt++) {
            try {
                if (mode != Mode.UPSERT) {
                    ensureRow(c, unit, day, mode == Mode.ROW_FIRST_READ);
                }
                int sequence = next(c, mode, unit, day);
                if (refused) {
                    c.rollback();  // the aggregate refused the reception after it was numbered
                    return;
                }
                long id;
                try (PreparedStatement p = c.prepareStatement("""
                        INSERT INTO dossier (tenant_id, day, sequence, code, received_at, status, version)
                        VALUES (?, ?, ?, ?, ?, 'NEWLY_REGISTERED', 0)""", Statement.RETURN_GENERATED_KEYS)) {
                    p.setString(1, unit);
                    p.setDate(2, Date.valueOf(day));
                    p.setInt(3, sequence);
                    p.setString(4, unit + "-" + day + "-" + "%04d".formatted(sequence));
                    p.setTimestamp(5, new Timestamp(System.currentTimeMillis()));
                    p.executeUpdate();
                    try (ResultSet keys = p.getGeneratedKeys()) {
                        keys.next();
                        id = keys.getLong(1);
                    }
                }
                try (PreparedStatement p = c.prepareStatement(
                        "INSERT INTO reception_history (dossier_id, at, command) VALUES (?, ?, 'RECEIVE')")) {
                    p.setLong(1, id);
                    p.setTimestamp(2, new Timestamp(System.currentTimeMillis()));
                    p.executeUpdate();
                }
                c.commit();
                return;
            } catch (SQLException e) {
                c.rollback();
                if (e.getErrorCode() == 1213) {
                    deadlocks.incrementAndGet();
                } else if (e.getErrorCode() == 1205) {
                    timeouts.incrementAndGet();
                } else {
                    throw e;
                }
                if (attempt == 50) {
                    throw new IllegalStateException("reception at " + unit + " still failing after " + attempt + " attempts", e);
                }
                retries.incrementAndGet();
            }
        }
    }

    /** The row-first way's own transaction: [a plain read, and when the row is missing] an INSERT IGNORE, committed. */
    private static void ensureRow(Connection c, String unit, LocalDate day, boolean readFirst) throws SQLException {
        if (readFirst) {
            try (PreparedStatement p = c.prepareStatement("SELECT 1 FROM dossier_sequence WHERE tenant_id = ? AND day = ?")) {
                p.setString(1, unit);
                p.setDate(2, Date.valueOf(day));
                try (ResultSet r = p.executeQuery()) {
                    if (r.next()) {
                        c.commit();  // ends the read view, so the UPDATE below starts a fresh transaction
                        return;
                    }
                }
            }
        }
        try (PreparedStatement p = c.prepareStatement(
                "INSERT IGNORE INTO dossier_sequence (tenant_id, day, last_value) VALUES (?, ?, 0)")) {
            p.setString(1, unit);
            p.setDate(2, Date.valueOf(day));
            p.executeUpdate();
        }
        c.commit();
    }

    private static int next(Connection c, Mode mode, String unit, LocalDate day) throws SQLException {
        String sql = mode == Mode.UPSERT
                ? """
                  INSERT INTO dossier_sequence (tenant_id, day, last_value) VALUES (?, ?, LAST_INSERT_ID(1))
                  ON DUPLICATE KEY UPDATE last_value = LAST_INSERT_ID(last_value + 1)"""
                : "UPDATE dossier_sequence SET last_value = LAST_INSERT_ID(last_value + 1) WHERE tenant_id = ? AND day = ?";
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, unit);
            p.setDate(2, Date.valueOf(day));
            if (p.executeUpdate() == 0) {
                throw new IllegalStateException("no counter row for " + unit + " on " + day);
            }
        }
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("SELECT LAST_INSERT_ID()")) {
            r.next();
            return r.getInt(1);
        }
    }

    /** "n" when every unit's codes of {@code day} are exactly 1..expected and its counter says so; "!why" otherwise. */
    private String check(LocalDate day, int n, java.util.function.IntFunction<String> unit, int expected) throws SQLException {
        java.util.Set<String> units = new java.util.TreeSet<>();
        for (int i = 0; i < n; i++) {
            units.add(unit.apply(i));
        }
        try (Connection c = db.connect(SCHEMA)) {
            for (String u : units) {
                List<Integer> sequences = new ArrayList<>();
                try (PreparedStatement p = c.prepareStatement(
                        "SELECT sequence FROM dossier WHERE tenant_id = ? AND day = ? ORDER BY sequence")) {
                    p.setString(1, u);
                    p.setDate(2, Date.valueOf(day));
                    try (ResultSet r = p.executeQuery()) {
                        while (r.next()) {
                            sequences.add(r.getInt(1));
                        }
                    }
                }
                int last;
                try (PreparedStatement p = c.prepareStatement(
                        "SELECT last_value FROM dossier_sequence WHERE tenant_id = ? AND day = ?")) {
                    p.setString(1, u);
                    p.setDate(2, Date.valueOf(day));
                    try (ResultSet r = p.executeQuery()) {
                        last = r.next() ? r.getInt(1) : -1;
                    }
                }
                for (int i = 0; i < sequences.size(); i++) {
                    if (sequences.get(i) != i + 1) {
                        return "!" + u + " has " + sequences.get(i) + " at position " + (i + 1);
                    }
                }
                if (sequences.size() != expected || last != expected) {
                    return "!" + u + " has " + sequences.size() + " codes, counter " + last + ", expected " + expected;
                }
            }
        }
        return Integer.toString(expected) + (units.size() > 1 ? " at each of " + units.size() + " units" : "");
    }
}
