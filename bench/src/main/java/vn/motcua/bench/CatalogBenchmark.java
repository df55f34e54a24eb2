package vn.motcua.bench;

import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import jakarta.persistence.TypedQuery;
import org.flywaydb.core.Flyway;
import vn.motcua.catalog.CatalogVersion;
import vn.motcua.catalog.Procedure;
import vn.motcua.catalog.SearchText;
import vn.motcua.catalog.StoredAdoption;
import vn.motcua.catalog.VersionStatus;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.EffectiveCatalog;
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

    private final Options options;
    private final SyntheticCatalog catalog;
    private EntityManagerFactory emf;

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
            serverSettings(url, user, password);

            long t = System.nanoTime();
            Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
            say("migrated in %.1f s", seconds(t));

            load(url, user, password);

            Map<String, Object> props = new HashMap<>();
            props.put("jakarta.persistence.jdbc.url", url);
            props.put("jakarta.persistence.jdbc.user", user);
            props.put("jakarta.persistence.jdbc.password", password);
            if (options.sql) {
                props.put("eclipselink.logging.level.sql", "FINE");
                props.put("eclipselink.logging.parameters", "true");
            }
            emf = Persistence.createEntityManagerFactory("bench", props);
            try {
                checkOnce();
                List<Timings> results = new ArrayList<>();
                results.add(measure("grid first page (50 + count)", i -> timeGrid(i, null)));
                results.add(measure("search \"" + SEARCH + "\" (50 + count)", i -> timeGrid(i, SEARCH)));
                results.add(measure("effective catalog (" + options.adopted + " adopted, " + options.overrides
                        + " overrides)", this::timeEffectiveCatalog));
                results.add(measure("  of which EffectiveCatalog.compute alone", this::timeComputeAlone));
                System.out.println();
                System.out.printf(Locale.ROOT, "%d provinces × %d procedures, %d warm-up + %d measured runs per operation, "
                        + "random province each run%n", options.provinces, options.procedures, options.warmup, options.iterations);
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

    private void serverSettings(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
             ResultSet r = s.executeQuery("select version(), @@innodb_buffer_pool_size, @@innodb_flush_log_at_trx_commit")) {
            r.next();
            say("MariaDB %s, innodb_buffer_pool_size %d MB, innodb_flush_log_at_trx_commit %d (server defaults)",
                    r.getString(1), r.getLong(2) >> 20, r.getInt(3));
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
                        "catalog_adoption", "adoption_procedure", "adoption_override")) {
                    s.execute("analyze table " + table);
                }
            }
            say("loaded in %.1f s (%d templates, %.1f steps each), analyzed in %.1f s", loadSeconds,
                    catalog.templateCount(), catalog.stepsPerTemplate(), seconds(t2));
            try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("""
                    select table_name, table_rows, round((data_length + index_length) / 1048576, 1)
                    from information_schema.tables where table_schema = database()
                    and table_name in ('tenant', 'catalog_version', 'procedure_def', 'step_definition',
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
            say("check: grid %d of %d (first \"%s\", %d steps); search %d of %d (first \"%s\")", page.size(), all,
                    page.get(0).name(), page.get(0).steps().size(), hits.size(), found, hits.isEmpty() ? "-" : hits.get(0).name());
            if (all != options.procedures || hits.isEmpty()) {
                throw new IllegalStateException("the grid or the search does not see the loaded catalog");
            }
        } finally {
            em.close();
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

    private Timings measure(String name, IntFunction<Long> operation) {
        Random random = new Random(42);
        for (int i = 0; i < options.warmup; i++) {
            operation.apply(random.nextInt(options.provinces));
        }
        Timings timings = new Timings(name, options.iterations);
        for (int i = 0; i < options.iterations; i++) {
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
        String tenant = catalog.provinceId(province);
        long t = System.nanoTime();
        EntityManager em = provinceAdmin(province);
        try {
            List<Procedure> page = ownProcedures(em, tenant, search, 0, PAGE);
            long count = countOwnProcedures(em, tenant, search);
            if (page.isEmpty() || count == 0) {
                throw new IllegalStateException("empty grid for " + tenant);
            }
        } finally {
            em.close();
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

    /** The pure computation on an already loaded version: what is left once the reads are done. */
    private long timeComputeAlone(int province) {
        String commune = catalog.communeId(province);
        String provinceId = catalog.provinceId(province);
        EntityManager em = communeStaff(province);
        try {
            CatalogVersion version = versionInEffect(em, List.of(commune, provinceId));
            version.procedures().forEach(p -> p.steps().size());
            long t = System.nanoTime();
            EffectiveCatalog.compute(version, catalog.adoption(province));
            return System.nanoTime() - t;
        } finally {
            em.close();
        }
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
            return EffectiveCatalog.compute(version, adoption);
        } finally {
            em.close();
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

    // Copied from CatalogService.ownProcedures / countOwnProcedures / ownProcedureQuery: keep in step.

    static List<Procedure> ownProcedures(EntityManager em, String tenant, String search, int offset, int limit) {
        return ownProcedureQuery(em, tenant, "select p", search, Procedure.class, " order by p.name")
                .setFirstResult(offset)
                .setMaxResults(limit)
                .getResultList();
    }

    static long countOwnProcedures(EntityManager em, String tenant, String search) {
        return ownProcedureQuery(em, tenant, "select count(p)", search, Long.class, "").getSingleResult();
    }

    private static <T> TypedQuery<T> ownProcedureQuery(EntityManager em, String tenant, String select, String search,
                                                       Class<T> type, String orderBy) {
        String folded = SearchText.fold(search);
        TypedQuery<T> query = em.createQuery(select + """
                         from Procedure p
                        where p.tenantId = :tenant
                          and p.version.id = (select max(v.id) from CatalogVersion v where v.tenantId = :tenant)"""
                        + (folded.isEmpty() ? "" : " and p.searchText like :search") + orderBy, type)
                .setParameter("tenant", tenant);
        if (!folded.isEmpty()) {
            query.setParameter("search", "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%");
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

    private EntityManager scoped(List<String> readable, List<String> catalogTenants) {
        EntityManager em = emf.createEntityManager();
        em.setProperty(Tenancy.READABLE_TENANTS, readable);
        em.setProperty(Tenancy.CATALOG_TENANTS, catalogTenants);
        return em;
    }

    // --- EXPLAIN of the statements EclipseLink sends ------------------------------------------------

    private void explain(String url, String user, String password) throws SQLException {
        String province = catalog.provinceId(0);
        List<String[]> statements = new ArrayList<>();
        EntityManager em = provinceAdmin(0);
        try {
            StatementCounter.capture();
            ownProcedures(em, province, SEARCH, 0, PAGE);
            countOwnProcedures(em, province, SEARCH);
            for (String sql : StatementCounter.captured()) {
                statements.add(new String[]{sql});
            }
        } finally {
            em.close();
        }
        EntityManager em2 = communeStaff(0);
        try {
            CatalogVersion version = versionInEffect(em2, List.of(province));
            StatementCounter.capture();
            version.procedures().size();
            for (String sql : StatementCounter.captured()) {
                statements.add(new String[]{sql});
            }
        } finally {
            em2.close();
        }
        say("EXPLAIN of the SQL EclipseLink sends (grid with search, its count, a version's procedures and their steps; "
                + "parameters bound to province %s, version 1)", province);
        try (Connection c = DriverManager.getConnection(url, user, password)) {
            int shown = 0;
            for (String[] s : statements) {
                String sql = s[0];
                if (sql.startsWith("SELECT") && shown < 5) {
                    shown++;
                    explainOne(c, sql, province);
                }
            }
        }
    }

    /** Binds the captured statement's ? by position: tenants, search pattern, version id, paging. */
    private void explainOne(Connection c, String sql, String province) throws SQLException {
        String bound = bind(sql, province);
        System.out.println("SQL: " + bound);
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery("explain " + bound)) {
            ResultSetMetaData md = r.getMetaData();
            StringBuilder head = new StringBuilder();
            for (int i = 1; i <= md.getColumnCount(); i++) {
                head.append(md.getColumnLabel(i)).append(i < md.getColumnCount() ? " | " : "");
            }
            System.out.println("  " + head);
            while (r.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= md.getColumnCount(); i++) {
                    row.append(r.getString(i)).append(i < md.getColumnCount() ? " | " : "");
                }
                System.out.println("  " + row);
            }
        }
    }

    /**
     * Replaces each ? with a literal guessed from its context: the column before it decides (a
     * tenant id, the search pattern, an id); LIMIT's pair becomes 0, 50.
     */
    private String bind(String sql, String province) {
        StringBuilder out = new StringBuilder();
        int from = 0;
        int q;
        while ((q = sql.indexOf('?', from)) >= 0) {
            String before = sql.substring(0, q).toUpperCase(Locale.ROOT);
            String literal;
            if (before.endsWith("LIKE ")) {
                literal = "'%" + SearchText.fold(SEARCH) + "%'";
            } else if (before.matches("(?s).*LIMIT\\s*$")) {
                literal = "0";
            } else if (before.matches("(?s).*LIMIT\\s*\\?\\s*,\\s*$") || before.matches("(?s).*LIMIT\\s*0\\s*,\\s*$")) {
                literal = String.valueOf(PAGE);
            } else if (before.matches("(?s).*(VERSION_ID|PROCEDURE_ID|\\bID)\\s*(=|IN \\(|,)\\s*\\(?$")) {
                literal = "1";
            } else {
                literal = "'" + province + "'";
            }
            out.append(sql, from, q).append(literal);
            from = q + 1;
        }
        return out.append(sql.substring(from)).toString();
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
    record Options(int provinces, int procedures, int warmup, int iterations, int adopted, int overrides, boolean sql) {

        static Options parse(String[] args) {
            int provinces = 34;
            int procedures = 2000;
            int iterations = 200;
            Integer warmup = null;
            int adopted = 500;
            int overrides = 20;
            boolean sql = false;
            for (int i = 0; i < args.length; i++) {
                switch (args[i]) {
                    case "--provinces" -> provinces = Integer.parseInt(args[++i]);
                    case "--procedures" -> procedures = Integer.parseInt(args[++i]);
                    case "--iterations" -> iterations = Integer.parseInt(args[++i]);
                    case "--warmup" -> warmup = Integer.parseInt(args[++i]);
                    case "--adopted" -> adopted = Integer.parseInt(args[++i]);
                    case "--overrides" -> overrides = Integer.parseInt(args[++i]);
                    case "--sql" -> sql = true;
                    case "-h", "--help" -> {
                        System.out.println("""
                                usage: java -jar bench/target/bench.jar [--provinces 34] [--procedures 2000]
                                       [--iterations 200] [--warmup iterations/4, at least 20] [--adopted 500]
                                       [--overrides 20] [--sql]
                                Starts an embedded MariaDB on 127.0.0.1:%d in a temporary directory, loads the
                                catalog, prints p50/p90/p99/max per operation, stops MariaDB and deletes the directory."""
                                .formatted(PORT));
                        return null;
                    }
                    default -> throw new IllegalArgumentException("unknown option " + args[i] + " (try --help)");
                }
            }
            if (provinces < 1 || procedures < 5 || iterations < 1) {
                throw new IllegalArgumentException("need at least 1 province, 5 procedures and 1 iteration");
            }
            return new Options(provinces, procedures, warmup == null ? Math.max(20, iterations / 4) : warmup, iterations,
                    adopted, overrides, sql);
        }
    }
}
