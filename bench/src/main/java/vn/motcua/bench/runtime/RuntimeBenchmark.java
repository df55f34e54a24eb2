package vn.motcua.bench.runtime;

import com.mysql.cj.jdbc.MysqlDataSource;
import vn.motcua.bench.WeavingAgent;
import vn.motcua.platform.SchemaMigration;
import vn.motcua.stack.MariaDbServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

/**
 * The dossier runtime's benchmark (issue 10 point 13). On the stack's embedded MariaDB (as
 * {@code ./motcua run} starts it: durable commits, {@code innodb_flush_log_at_trx_commit=1}), one dossier
 * of "Thăm viếng mộ liệt sĩ" is taken from reception to the returned result — six commits: the
 * reception and the procedure's five steps — by
 * <ol>
 *   <li>(a) raw JDBC, the floor: a version-checked UPDATE and a history INSERT per step ({@link RawJdbcSteps});</li>
 *   <li>(b) the engine: its domain core in memory ({@link DomainCoreSteps}), and its commands as deployed
 *       when they exist;</li>
 *   <li>(c) Flowable 7 embedded, history level audit ({@link FlowableSteps});</li>
 * </ol>
 * at 1, 8 and 32 concurrent workers, each taking its own dossiers through, after a warm-up. Then the
 * dossier-code counter under 50 receptions at once at one unit on one day ({@link SequenceBurst}).
 * Prints the tables; see bench/README.md.
 */
public final class RuntimeBenchmark {

    /** The benchmarks' own MariaDB port: the stack's are 3306 + an offset (Run 13306, tests 23306, helpers more). */
    static final int PORT = 43306;

    private final Options options;
    private final Database db;
    /** Numbers the dossiers of the whole run, so every dossier code is new whatever the workload or worker. */
    private final java.util.concurrent.atomic.AtomicLong numbers = new java.util.concurrent.atomic.AtomicLong(1);

    private RuntimeBenchmark(Options options) {
        this.options = options;
        this.db = new Database(options.dbPort);
    }

    /** Held, so the levels stay set (JUL keeps loggers weakly). */
    private static final List<java.util.logging.Logger> QUIET = Stream.of("org.flowable", "org.flywaydb", "vn.motcua.platform")
            .map(java.util.logging.Logger::getLogger).toList();

    public static void main(String[] args) throws Exception {
        QUIET.forEach(l -> l.setLevel(java.util.logging.Level.WARNING));  // the tables are what the run prints
        Options options = Options.parse(args);
        if (options != null) {
            new RuntimeBenchmark(options).run();
        }
    }

    /** The figures of one workload at one concurrency. */
    record Row(String workload, int workers, long dossiers, long commits, double seconds, long[] sorted, long sql,
               long statements, String load) {

        double dossiersPerSecond() {
            return dossiers / seconds;
        }

        double commitsPerSecond() {
            return commits / seconds;
        }

        double sqlPerCommit() {
            return (double) sql / commits;
        }

        double statementsPerCommit() {
            return (double) statements / commits;
        }
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("motcua-bench-runtime-");
        MariaDbServer server = null;
        Thread stopOnExit = null;
        try {
            say("machine: %d cores, JVM %s, max heap %d MB, %s, load average %s", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20, System.getProperty("os.name"),
                    loadAverage());
            server = MariaDbServer.start(options.dbPort, work.resolve("mariadb/base"), work.resolve("mariadb/data"));
            MariaDbServer started = server;
            stopOnExit = new Thread(started::close, "bench-stop-mariadb");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            serverSettings();

            MysqlDataSource dataSource = new MysqlDataSource();
            dataSource.setUrl(db.url("motcua"));
            dataSource.setUser(db.user());
            dataSource.setPassword(db.password());
            long t = System.nanoTime();
            new SchemaMigration(dataSource).migrate();
            say("migrated the application's schema in %.1f s; EclipseLink weaving %s", seconds(t),
                    WeavingAgent.started() ? "on (launcher agent)" : "OFF: run with java -jar");

            List<Workload> workloads = new ArrayList<>();
            for (String name : options.only) {
                switch (name) {
                    case "none" -> {
                    }
                    case "raw" -> workloads.add(new RawJdbcSteps(db));
                    case "domain" -> workloads.add(new DomainCoreSteps());
                    case "engine" -> workloads.add(new EngineSteps(db));
                    case "flowable" -> workloads.add(new FlowableSteps(db));
                    default -> throw new IllegalArgumentException("unknown workload " + name);
                }
            }
            int maxWorkers = Arrays.stream(options.workers).max().orElse(1);
            List<Row> rows = new ArrayList<>();
            Map<String, double[][]> traces = new LinkedHashMap<>();
            List<SequenceBurst.Result> engineBursts = new ArrayList<>();
            try (ServerCounters counters = new ServerCounters(db.url("motcua"), db.user(), db.password())) {
                for (Workload workload : workloads) {
                    try (workload) {
                        t = System.nanoTime();
                        workload.prepare(maxWorkers);
                        say("%s: prepared in %.1f s", workload.name(), seconds(t));
                        for (int workers : options.workers) {
                            Row row = measure(workload, workers, counters);
                            rows.add(row);
                            say("%s, %d workers: %.1f dossiers/s, %.1f commits/s, p50 %.2f ms, p99 %.2f ms, %.1f SQL/commit",
                                    workload.name(), workers, row.dossiersPerSecond(), row.commitsPerSecond(),
                                    Recorder.percentileMillis(row.sorted, 50), Recorder.percentileMillis(row.sorted, 99),
                                    row.sqlPerCommit());
                        }
                        traces.put(workload.name(), trace(workload, counters));
                        if (workload instanceof EngineSteps engine && options.receptions > 0) {
                            engineBursts.addAll(engine.bursts(options.receptions, options.rounds));
                        }
                    }
                }
            }
            List<SequenceBurst.Result> bursts = new ArrayList<>(options.receptions > 0 ? bursts() : List.of());
            bursts.addAll(engineBursts);  // (b)'s receptions through DossierCommands, after the raw counter's

            System.out.println();
            printSteps(rows);
            System.out.println();
            printTraces(traces);
            System.out.println();
            if (!bursts.isEmpty()) {
                System.out.println("Dossier-code counter: " + options.receptions + " receptions at once, each one commit"
                        + " (counter + dossier row + history row), retried on deadlock; each kind run on "
                        + options.rounds + " days (n = bursts × receptions); latencies from the burst's start");
                System.out.println(SequenceBurst.Result.header());
                Map<String, List<SequenceBurst.Result>> byKind = new LinkedHashMap<>();
                bursts.forEach(b -> byKind.computeIfAbsent(b.label(), k -> new ArrayList<>()).add(b));
                byKind.values().forEach(same -> System.out.println(SequenceBurst.Result.combine(same).row()));
            }
        } finally {
            if (server != null) {
                server.close();
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            }
            deleteTree(work);
            say("total %.1f s", seconds(start));
        }
    }

    /** Warm-up, then {@code options.seconds} of {@code workers} workers taking dossiers through; counters around the window. */
    private Row measure(Workload workload, int workers, ServerCounters counters) throws Exception {
        List<Workload.Worker> ws = new ArrayList<>();
        for (int i = 0; i < workers; i++) {
            ws.add(workload.worker(i));
        }
        List<Recorder> recorders = new ArrayList<>();
        CyclicBarrier phase = new CyclicBarrier(workers + 1);
        ExecutorService pool = Executors.newFixedThreadPool(workers);
        long[] window = new long[2];
        // the workload's first row warms the JIT too: twice as long
        double warmup = options.warmupSeconds * (workers == options.workers[0] ? 2 : 1);
        ServerCounters.Reading[] readings = new ServerCounters.Reading[2];
        try {
            List<Future<?>> done = new ArrayList<>();
            for (int i = 0; i < workers; i++) {
                Workload.Worker w = ws.get(i);
                Recorder measured = new Recorder(true);
                recorders.add(measured);
                done.add(pool.submit(() -> {
                    try {
                        Recorder warm = new Recorder(false);
                        phase.await();
                        long warmEnd = System.nanoTime() + (long) (warmup * 1e9);
                        while (System.nanoTime() < warmEnd) {
                            w.dossier(numbers.getAndIncrement(), warm);
                        }
                        phase.await();  // warm-up over: the counters are read
                        phase.await();
                        long end = System.nanoTime() + (long) (options.seconds * 1e9);
                        while (System.nanoTime() < end) {
                            // whole dossiers only: the last one may end after the deadline
                            w.dossier(numbers.getAndIncrement(), measured);
                        }
                        phase.await();
                        return null;
                    } catch (Throwable e) {
                        phase.reset();  // the others and the main thread stop waiting (BrokenBarrierException)
                        throw e;
                    }
                }));
            }
            try {
                phase.await();
                phase.await();
                readings[0] = counters.read();
                window[0] = System.nanoTime();
                phase.await();
                phase.await();
                window[1] = System.nanoTime();
                readings[1] = counters.read();
            } catch (java.util.concurrent.BrokenBarrierException e) {
                // a worker failed: its exception says why
                for (Future<?> f : done) {
                    try {
                        f.get(10, java.util.concurrent.TimeUnit.SECONDS);
                    } catch (java.util.concurrent.ExecutionException failed) {
                        throw new IllegalStateException(workload.name() + ", " + workers + " workers: " + failed.getCause(),
                                failed.getCause());
                    } catch (java.util.concurrent.TimeoutException | java.util.concurrent.CancellationException ignored) {
                        // another worker, still waiting
                    }
                }
                throw e;
            }
            for (Future<?> f : done) {
                f.get();
            }
        } finally {
            pool.shutdownNow();
            for (Workload.Worker w : ws) {
                w.close();
            }
        }
        long dossiers = recorders.stream().mapToLong(Recorder::dossiers).sum();
        long commits = recorders.stream().mapToLong(Recorder::commits).sum();
        return new Row(workload.name(), workers, dossiers, commits, (window[1] - window[0]) / 1e9,
                Recorder.durations(recorders), readings[1].sqlSince(readings[0]), readings[1].statementsSince(readings[0]),
                loadAverage());
    }

    /** One worker, {@code options.traced} dossiers, the server's counters read around every commit. */
    private double[][] trace(Workload workload, ServerCounters counters) throws Exception {
        Recorder tracer = new Recorder(true, counters);
        try (Workload.Worker w = workload.worker(0)) {
            for (int i = 0; i < options.traced; i++) {
                w.dossier(numbers.getAndIncrement(), tracer);
            }
        }
        return tracer.tracedPerCommit();
    }

    private List<SequenceBurst.Result> bursts() throws Exception {
        SequenceBurst sequence = new SequenceBurst(db);
        sequence.prepare();
        List<SequenceBurst.Result> results = new ArrayList<>();
        int n = options.receptions;
        LocalDate day = LocalDate.of(2026, 12, 1);
        for (SequenceBurst.Mode mode : SequenceBurst.Mode.values()) {
            for (int round = 0; round < options.rounds; round++) {
                day = day.plusDays(1);
                results.add(sequence.burst(mode.label + ", the day's first burst", mode, n, day, i -> "hai-lang", n));
                results.add(sequence.burst(mode.label + ", second burst", mode, n, day, i -> "hai-lang", 2 * n));
            }
        }
        // the day's first reception refused after taking its number (bad input): its insert of the row
        // rolls back under the others waiting on it
        for (SequenceBurst.Mode mode : SequenceBurst.Mode.values()) {
            for (int round = 0; round < options.rounds; round++) {
                day = day.plusDays(1);
                results.add(sequence.burst(mode.label + ", first burst, 1 in 5 refused", mode, n, day, i -> "hai-lang",
                        n - (n + 4) / 5, 5));
            }
        }
        // the same, made certain: the day's first reception, which inserts the row, is refused while the others wait
        for (SequenceBurst.Mode mode : SequenceBurst.Mode.values()) {
            for (int round = 0; round < options.rounds; round++) {
                day = day.plusDays(1);
                results.add(sequence.firstRefusedWhileOthersWait(mode.label + ", the day's first refused, " + (n - 1)
                        + " waiting", mode, n, day));
            }
        }
        // the morning: the first receptions of the day at several units at once, each inserting its
        // own (unit, day) row into the same gap of the counter's primary key
        int units = Math.max(1, n / 5);
        while (n % units != 0) {
            units--;  // every unit gets as many receptions
        }
        int perUnit = n / units;
        int unitCount = units;
        for (SequenceBurst.Mode mode : SequenceBurst.Mode.values()) {
            for (int round = 0; round < options.rounds; round++) {
                day = day.plusDays(1);
                results.add(sequence.burst(mode.label + ", first of the day at " + unitCount + " units", mode, n, day,
                        i -> "unit-" + (i % unitCount), perUnit));
            }
        }
        day = day.plusDays(1);
        results.add(sequence.burst("reference: " + SequenceBurst.Mode.ROW_FIRST.label + ", " + n + " units, 1 each", SequenceBurst.Mode.ROW_FIRST, n, day,
                i -> "unit-" + i, 1));
        return results;
    }

    private void printSteps(List<Row> rows) {
        System.out.printf(Locale.ROOT, "\"%s\": one dossier = %d commits (reception + 5 steps); %.0f s warm-up, %.0f s measured"
                        + " per row; latency per commit; SQL = SELECT/INSERT/UPDATE/DELETE per commit, stmts = every"
                        + " statement sent (COMMIT, SET … too), both from the server's counters%n",
                VisitProcedure.NAME, Workload.COMMITS, options.warmupSeconds, options.seconds);
        System.out.printf(Locale.ROOT, "%-32s %7s %10s %10s %9s %9s %8s %8s %10s %10s  %s%n", "workload", "workers", "dossiers/s",
                "commits/s", "p50 ms", "p99 ms", "SQL", "stmts", "÷ raw", "÷ Flowable", "load (1 min) after");
        for (Row r : rows) {
            Row raw = find(rows, "(a)", r.workers);
            Row flowable = find(rows, "(c)", r.workers);
            System.out.printf(Locale.ROOT, "%-32s %7d %10.1f %10.1f %9.2f %9.2f %8.1f %8.1f %10s %10s  %s%n", r.workload,
                    r.workers, r.dossiersPerSecond(), r.commitsPerSecond(), Recorder.percentileMillis(r.sorted, 50),
                    Recorder.percentileMillis(r.sorted, 99), r.sqlPerCommit(), r.statementsPerCommit(),
                    ratio(r, raw), ratio(r, flowable), r.load);
        }
    }

    private static Row find(List<Row> rows, String prefix, int workers) {
        return rows.stream().filter(r -> r.workload.startsWith(prefix) && r.workers == workers).findFirst().orElse(null);
    }

    private static String ratio(Row r, Row base) {
        if (base == null || base == r) {
            return "";
        }
        return String.format(Locale.ROOT, "%.2f×", r.dossiersPerSecond() / base.dossiersPerSecond());
    }

    private void printTraces(Map<String, double[][]> traces) {
        System.out.printf(Locale.ROOT, "Statements per commit by command, one worker, %d dossiers, counters read around"
                + " each commit (SQL / all statements)%n", options.traced);
        System.out.printf(Locale.ROOT, "%-32s %12s %12s %12s %12s %12s %12s%n", "workload", "reception", "1 accept",
                "2 appraise", "3 sign", "4 resolve", "5 hand over");
        traces.forEach((name, t) -> {
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-32s", name));
            for (int k = 0; k < Workload.COMMITS; k++) {
                line.append(String.format(Locale.ROOT, " %12s", String.format(Locale.ROOT, "%.0f / %.0f", t[0][k], t[1][k])));
            }
            System.out.println(line);
        });
    }

    /** What durability the server runs with, as the Run command starts it. */
    private void serverSettings() throws SQLException {
        try (Connection c = db.connect("motcua"); Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                select version(), @@innodb_flush_log_at_trx_commit, @@log_bin, @@sync_binlog, @@innodb_doublewrite,
                       @@innodb_buffer_pool_size, @@transaction_isolation, @@innodb_flush_method""")) {
            r.next();
            say("MariaDB %s: innodb_flush_log_at_trx_commit=%d, log_bin=%s, sync_binlog=%d, innodb_doublewrite=%s,"
                            + " buffer pool %d MB, %s, flush method %s", r.getString(1), r.getInt(2), r.getString(3), r.getInt(4),
                    r.getString(5), r.getLong(6) >> 20, r.getString(7), r.getString(8));
            if (r.getInt(2) != 1) {
                throw new IllegalStateException("commits are not durable (innodb_flush_log_at_trx_commit != 1)");
            }
        }
    }

    /** The machine's load average over 1 minute (Linux): the machine is shared, and the figures say how busy it was. */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException | RuntimeException e) {
            return "?";
        }
    }

    static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
        System.out.flush();
    }

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (IOException | UncheckedIOException e) {
            say("could not delete %s: %s", dir, e.getMessage());
        }
    }

    record Options(int dbPort, int[] workers, double warmupSeconds, double seconds, int traced, int receptions, int rounds,
                   List<String> only) {

        static Options parse(String[] args) {
            int dbPort = PORT;
            int[] workers = {1, 8, 32};
            double warmup = 3;
            double seconds = 8;
            int traced = 20;
            int receptions = 50;
            int rounds = 3;
            List<String> only = List.of("raw", "domain", "engine", "flowable");
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--db-port" -> dbPort = Integer.parseInt(args[++i]);
                    case "--workers" -> workers = Arrays.stream(args[++i].split(",")).mapToInt(Integer::parseInt).toArray();
                    case "--warmup" -> warmup = Double.parseDouble(args[++i]);
                    case "--seconds" -> seconds = Double.parseDouble(args[++i]);
                    case "--traced" -> traced = Integer.parseInt(args[++i]);
                    case "--receptions" -> receptions = Integer.parseInt(args[++i]);
                    case "--rounds" -> rounds = Integer.parseInt(args[++i]);
                    case "--only" -> only = List.of(args[++i].split(","));
                    case "-h", "--help" -> {
                        System.out.println("""
                                usage: java -jar bench/target/bench.jar runtime [--db-port %d] [--workers 1,8,32]
                                       [--warmup 3] [--seconds 8] [--traced 20] [--receptions 50] [--rounds 3]
                                       [--only raw,domain,engine,flowable]
                                --warmup and --seconds are per workload and concurrency; --traced dossiers are run by
                                one worker with the server's counters read around each commit; --receptions at once at
                                one unit for the dossier-code counter, --rounds days of two bursts per way (0: none).
                                Starts an embedded MariaDB on 127.0.0.1 (--db-port) in a temporary directory, as the
                                Run command does, prints the tables, stops it and deletes the directory."""
                                .formatted(PORT));
                        return null;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + " (try --help)");
                }
            }
            return new Options(dbPort, workers, warmup, seconds, traced, receptions, rounds, only);
        }
    }
}
