package vn.motcua.bench.runtime;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import vn.motcua.bench.Services;
import vn.motcua.catalog.demo.DemoData;
import vn.motcua.catalog.version.Channel;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.engine.command.Accept;
import vn.motcua.engine.command.CompleteStep;
import vn.motcua.engine.command.Contexts;
import vn.motcua.engine.command.DossierCommand;
import vn.motcua.engine.command.DossierCommands;
import vn.motcua.engine.command.Receive;
import vn.motcua.engine.command.Resolve;
import vn.motcua.engine.command.ReturnResult;
import vn.motcua.engine.dossier.Applicant;
import vn.motcua.engine.dossier.ClientInfo;
import vn.motcua.engine.dossier.DocumentChecklist;
import vn.motcua.engine.dossier.ResultDelivery;
import vn.motcua.engine.read.DossierDetails;
import vn.motcua.engine.store.DossierNumbers;
import vn.motcua.engine.store.DossierStore;
import vn.motcua.engine.store.SequenceRows;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.calendar.WorkingCalendar;
import vn.motcua.tenants.calendar.WorkingCalendars;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;

/**
 * (b) The engine as deployed, in process: {@code DossierCommands.receive} and {@code .execute} with the
 * step commands, wired as CDI wires them on Payara ({@link Services}: the same classes, their
 * {@code @Inject}/{@code @PersistenceContext} fields, the container's transaction per call and
 * REQUIRES_NEW for the counter row) over EclipseLink with the application's mapping files, woven,
 * no shared cache, a pool of 32 connections like the EAR's. The data is the Run command's demo
 * (the catalog's {@code DemoData}: Quảng Trị's decision 71 adopted by Huyện Hải Lăng). Each dossier is
 * received at Hải Lăng's desk and taken through its five steps by its reception, specialist and leader,
 * each command sending the version it read (If-Match) and reading its answer in its transaction.
 * Every reception takes its number from Hải Lăng's counter row of the day: the workers' receptions
 * queue on that row.
 */
final class EngineSteps implements Workload {

    private static final String UNIT = "hai-lang";
    private static final Caller RECEPTION = new Caller("hailang.reception", UNIT, Set.of(Role.RECEPTION));
    private static final Caller SPECIALIST = new Caller("hailang.specialist", UNIT, Set.of(Role.SPECIALIST));
    private static final Caller LEADER = new Caller("hailang.leader", UNIT, Set.of(Role.LEADER));
    private static final ClientInfo CLIENT = new ClientInfo("motcua-bench", "127.0.0.1", null);
    /** The EAR's pool (glassfish-resources.xml: max-pool-size 32) and Payara's default wait for a connection. */
    static final int POOL = 32;

    private final Database db;
    /** The engine's one Clock: real time for the steps, moved to a new day for each counter burst. */
    private final BenchClock clock = new BenchClock();
    private EntityManagerFactory emf;
    private Services services;
    private DossierCommands commands;
    private long procedureId;
    private String unitCode;
    private List<RequiredDocument> documents;

    EngineSteps(Database db) {
        this.db = db;
    }

    @Override
    public String name() {
        return "(b) engine, in process (JPA)";
    }

    @Override
    public String note() {
        return "DossierCommands as deployed; receptions share one counter row";
    }

    @Override
    public void prepare(int maxWorkers) throws SQLException {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.jdbc.url", db.url("motcua"));
        props.put("jakarta.persistence.jdbc.user", db.user());
        props.put("jakarta.persistence.jdbc.password", db.password());
        // EclipseLink closes a released connection when more than "min" are open; Payara's pool keeps its
        // connections (idle timeout 5 minutes): min = max, or every transaction beyond min reconnects
        props.put("eclipselink.connection-pool.default.initial", "2");
        props.put("eclipselink.connection-pool.default.min", Integer.toString(POOL));
        props.put("eclipselink.connection-pool.default.max", Integer.toString(POOL));
        props.put("eclipselink.connection-pool.default.wait", "60000");
        System.getProperties().stringPropertyNames().stream().filter(n -> n.startsWith("eclipselink."))
                .forEach(n -> props.put(n, System.getProperty(n)));  // -Declipselink.…=… to try a setting
        emf = Persistence.createEntityManagerFactory("bench", props);

        SequenceRows rows = new SequenceRows() {
            @Override
            public void ensure(String unitCode, LocalDate day) {
                services.requiresNew(() -> {  // @Transactional(REQUIRES_NEW), as the container runs it
                    super.ensure(unitCode, day);
                    return null;
                });
            }
        };
        commands = new DossierCommands();
        DemoData demo = new DemoData();
        services = new Services(emf, List.of(clock, new WorkingCalendars(), new Contexts(),
                new DossierStore(), new DossierNumbers(), rows, commands, demo))
                .config("motcua.demo-data", true)
                .wire();
        services.transaction(new Caller("bench", null, Set.of(Role.PLATFORM_ADMIN)), () -> {
            demo.loadIfEnabled();
            return null;
        });
        try (Connection c = db.connect("motcua"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT id FROM procedure_def WHERE name = '" + VisitProcedure.NAME + "'")) {
            if (!r.next()) {
                throw new IllegalStateException("the demo data has no procedure " + VisitProcedure.NAME);
            }
            procedureId = r.getLong(1);
        }
        try (Connection c = db.connect("motcua"); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("SELECT unit_code FROM tenant WHERE id = '" + UNIT + "'")) {
            r.next();
            unitCode = r.getString(1);
        }
        documents = VisitProcedure.route().documents();
        // The desk's reception form reads the unit's effective catalog before the first reception, so a
        // serving instance has it cached. Read it here in a request of its own: computed inside the first
        // reception's transaction, the procedures' document rows (an element collection batch-read with
        // EXISTS) stay managed, and the flush before the counter's UPDATE fails in EclipseLink 4.0.9's
        // change detection (NPE in InstanceVariableAttributeAccessor; see bench/README.md).
        services.request(RECEPTION, () -> services.adoptions().effectiveCatalog(java.time.Instant.now()).orElseThrow());
    }

    @Override
    public Worker worker(int index) {
        return (number, recorder) -> {
            DossierDetails[] d = new DossierDetails[1];
            recorder.commit(0, () -> d[0] = services.transaction(RECEPTION, () -> commands.receive(
                    new Receive(procedureId, Channel.IN_PERSON, Applicant.named("Nguyễn Thị Hoa")), CLIENT)));
            step(recorder, 1, RECEPTION, d, new Accept(d[0].code(), d[0].version(), DocumentChecklist.allPresented(documents)));
            step(recorder, 2, SPECIALIST, d, new CompleteStep(d[0].code(), d[0].version(), "2", null, null, List.of()));
            step(recorder, 3, LEADER, d, new CompleteStep(d[0].code(), d[0].version(), "3", null, null, List.of()));
            step(recorder, 4, SPECIALIST, d, new Resolve(d[0].code(), d[0].version(), "4", "Giấy giới thiệu số 15/GGT"));
            step(recorder, 5, RECEPTION, d, new ReturnResult(d[0].code(), d[0].version(),
                    new ResultDelivery(Channel.IN_PERSON, "Nguyễn Thị Hoa", null)));
            if (!"RESULT_RETURNED".equals(d[0].status())) {
                throw new IllegalStateException("dossier " + d[0].code() + " ended " + d[0].status());
            }
            recorder.dossierDone();
        };
    }

    /**
     * {@code n} receptions at once through {@code DossierCommands.receive} at Hải Lăng on a new day
     * (the first burst of that day: no counter row yet), then a second burst the same day; each
     * reception the engine fails (deadlock, lock or connection wait) is retried by its client once
     * it has failed, as a desk would resend it. The codes of the day must be exactly 1..2n.
     */
    List<SequenceBurst.Result> bursts(int n, int rounds) throws Exception {
        List<SequenceBurst.Result> results = new ArrayList<>();
        LocalDate day = LocalDate.of(2027, 1, 4);  // a Monday: no holiday near
        for (int round = 0; round < rounds; round++, day = day.plusDays(1)) {
            clock.set(day.atTime(9, 0).atZone(WorkingCalendar.VIETNAM).toInstant());
            results.add(burst("(b) engine receive (row first), the day's first burst", n, day, n));
            results.add(burst("(b) engine receive (row first), second burst", n, day, 2 * n));
        }
        clock.set(null);
        return results;
    }

    private SequenceBurst.Result burst(String label, int n, LocalDate day, int expected) throws Exception {
        AtomicLong deadlocks = new AtomicLong();
        AtomicLong timeouts = new AtomicLong();
        AtomicLong retries = new AtomicLong();
        Map<String, Integer> failures = new java.util.concurrent.ConcurrentHashMap<>();
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
                    for (int attempt = 1; ; attempt++) {
                        try {
                            services.transaction(RECEPTION, () -> commands.receive(
                                    new Receive(procedureId, Channel.IN_PERSON, Applicant.named("Trần Văn Nam")), CLIENT));
                            break;
                        } catch (RuntimeException e) {
                            int code = sqlErrorCode(e);
                            if (code == 1213) {
                                deadlocks.incrementAndGet();
                            } else {
                                timeouts.incrementAndGet();
                                failures.merge(code == 1205 ? "lock wait timeout" : e.getClass().getSimpleName() + ": "
                                        + String.valueOf(rootMessage(e)).lines().findFirst().orElse(""), 1, Integer::sum);
                            }
                            if (attempt == 20) {
                                throw e;
                            }
                            retries.incrementAndGet();
                        }
                    }
                    nanos[k] = System.nanoTime() - t;
                    return null;
                }));
            }
            start.await();
            long t0 = System.nanoTime();
            for (Future<?> f : done) {
                f.get();
            }
            double seconds = (System.nanoTime() - t0) / 1e9;
            Arrays.sort(nanos);
            String check = check(day, expected);
            failures.forEach((what, count) -> RuntimeBenchmark.say("%s: %d × %s", label, count, what));
            return new SequenceBurst.Result(label, n, seconds, deadlocks.get(), timeouts.get(), retries.get(), nanos,
                    !check.startsWith("!"), check.replaceFirst("^!", ""));
        } finally {
            pool.shutdown();
        }
    }

    /** "n" when Hải Lăng's codes of {@code day} are exactly 1..expected and its counter says so; "!why" otherwise. */
    private String check(LocalDate day, int expected) throws SQLException {
        String prefix = unitCode + "-" + DateTimeFormatter.ofPattern("yyMMdd").format(day) + "-";
        List<Integer> sequences = new ArrayList<>();
        int last;
        try (Connection c = db.connect("motcua")) {
            try (PreparedStatement p = c.prepareStatement("SELECT code FROM dossier WHERE code LIKE ?")) {
                p.setString(1, prefix + "%");
                try (ResultSet r = p.executeQuery()) {
                    while (r.next()) {
                        sequences.add(Integer.parseInt(r.getString(1).substring(prefix.length())));
                    }
                }
            }
            try (PreparedStatement p = c.prepareStatement(
                    "SELECT last_value FROM dossier_sequence WHERE unit_code = ? AND day = ?")) {
                p.setString(1, unitCode);
                p.setDate(2, java.sql.Date.valueOf(day));
                try (ResultSet r = p.executeQuery()) {
                    last = r.next() ? r.getInt(1) : -1;
                }
            }
        }
        sequences.sort(null);
        for (int i = 0; i < sequences.size(); i++) {
            if (sequences.get(i) != i + 1) {
                return "!" + sequences.get(i) + " at position " + (i + 1);
            }
        }
        if (sequences.size() != expected || last != expected) {
            return "!" + sequences.size() + " codes, counter " + last + ", expected " + expected;
        }
        return Integer.toString(expected);
    }

    private static int sqlErrorCode(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getErrorCode() != 0) {
                return sql.getErrorCode();
            }
        }
        return 0;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) {
            t = t.getCause();
        }
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    /** A Clock in Vietnam's zone that runs with real time, from an instant {@link #set} chooses (null: now). */
    static final class BenchClock extends Clock {

        private volatile long offsetNanos;

        void set(java.time.Instant from) {
            offsetNanos = from == null ? 0 : java.time.Duration.between(java.time.Instant.now(), from).toNanos();
        }

        @Override
        public java.time.ZoneId getZone() {
            return WorkingCalendar.VIETNAM;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            throw new UnsupportedOperationException("the engine uses the clock's own zone");
        }

        @Override
        public java.time.Instant instant() {
            return java.time.Instant.now().plusNanos(offsetNanos);
        }
    }

    private void step(Recorder recorder, int kind, Caller caller, DossierDetails[] d, DossierCommand command) throws Exception {
        recorder.commit(kind, () -> d[0] = services.transaction(caller, () -> commands.execute(command, CLIENT)));
    }

    @Override
    public void close() {
        if (emf != null) {
            emf.close();
        }
    }
}
