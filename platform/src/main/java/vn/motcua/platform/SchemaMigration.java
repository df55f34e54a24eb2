package vn.motcua.platform;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.output.MigrateResult;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * Brings the schema up to date, module by module. Each module ships its migrations in its own jar
 * under {@code db/<module>} and keeps its own history table {@code flyway_history_<module>}, so a
 * module numbers its migrations without looking at the others'. The modules run in dependency order
 * ({@link #MODULES}): a migration may use the tables of its own module and of the modules before it,
 * never of one after it.
 *
 * <p>A module whose history table does not exist yet gets one first, with a baseline row: on a
 * database created before the modules kept their own histories, at the last of its migrations the
 * old shared history ({@link LegacyHistory}) applied — after checking that history, and refusing
 * loudly when it is inconsistent — otherwise at version 0, so that all its migrations run (a
 * module's first migration meets a schema already holding the tables of the modules before it,
 * which Flyway accepts only below a baseline).
 *
 * <p>Safe to run on several servers at once: the whole run holds a database lock
 * ({@code GET_LOCK}, MySQL and MariaDB), and a second run finds nothing to do.
 */
public final class SchemaMigration {

    /** The modules whose migrations run, in dependency order; a new module adds its name here. */
    public static final List<String> MODULES = List.of("tenants", "catalog", "engine");

    static final String LOCK = "motcua.schema-migration";
    static final int LOCK_TIMEOUT_SECONDS = 600;
    private static final String NEW_HISTORY = "<< module history begins >>";
    private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

    /** What one run did to one module's history. */
    public record ModuleResult(String module, String historyTable, String baselinedAt, int migrationsExecuted,
                               String version) {
    }

    private final DataSource dataSource;

    public SchemaMigration(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    public static String historyTable(String module) {
        return "flyway_history_" + module;
    }

    public static String location(String module) {
        return "db/" + module;
    }

    /** Migrates every module in order; what each run did, module by module. */
    public List<ModuleResult> migrate() {
        try (Connection connection = dataSource.getConnection()) {
            lock(connection);
            try {
                return migrate(connection);
            } finally {
                unlock(connection);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("schema migration: " + e.getMessage(), e);
        }
    }

    private List<ModuleResult> migrate(Connection connection) throws SQLException {
        List<String> withoutHistory = new ArrayList<>();
        for (String module : MODULES) {
            if (!tableExists(connection, historyTable(module))) {
                withoutHistory.add(module);
            }
        }
        List<LegacyHistory.Applied> legacy = withoutHistory.isEmpty() ? List.of()
                : LegacyHistory.read(connection).orElse(List.of());
        List<LegacyHistory.Known> known = legacy.isEmpty() ? List.of() : known();
        Map<String, MigrationVersion> baselines = LegacyHistory.baselines(legacy, known, withoutHistory);

        List<ModuleResult> results = new ArrayList<>();
        for (String module : MODULES) {
            String baselinedAt = null;
            if (withoutHistory.contains(module)) {
                MigrationVersion at = baselines.get(module);
                Flyway flyway = flyway(module, at == null ? "0" : at.getVersion(),
                        at == null ? NEW_HISTORY : LegacyHistory.describe(module, legacy, known));
                flyway.baseline();
                baselinedAt = at == null ? "0" : at.getVersion();
            }
            Flyway flyway = flyway(module, null, null);
            MigrateResult migrated = flyway.migrate();
            MigrationInfo current = flyway.info().current();
            ModuleResult result = new ModuleResult(module, historyTable(module), baselinedAt, migrated.migrationsExecuted,
                    current == null || current.getVersion() == null ? null : current.getVersion().getVersion());
            LOG.info(() -> module + ": " + (result.baselinedAt() == null ? "" : "history " + result.historyTable()
                    + " begun at V" + result.baselinedAt() + ", ") + result.migrationsExecuted() + " migrations applied, at V"
                    + result.version());
            results.add(result);
        }
        return results;
    }

    /** Every versioned SQL migration of every module, as Flyway resolves it from the class path. */
    private List<LegacyHistory.Known> known() {
        List<LegacyHistory.Known> known = new ArrayList<>();
        for (String module : MODULES) {
            Arrays.stream(flyway(module, null, null).info().all())
                    .filter(i -> i.isVersioned() && i.getResolvedChecksum() != null && "SQL".equals(i.getType().name()))
                    .forEach(i -> known.add(new LegacyHistory.Known(module, i.getVersion(), i.getScript(), i.getResolvedChecksum())));
        }
        return known;
    }

    private Flyway flyway(String module, String baselineVersion, String baselineDescription) {
        var configuration = Flyway.configure(SchemaMigration.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location(module))
                .table(historyTable(module))
                .failOnMissingLocations(true);  // a module's jar missing from the class path is a packaging error
        if (baselineVersion != null) {
            configuration.baselineVersion(baselineVersion).baselineDescription(baselineDescription);
        }
        return configuration.load();
    }

    static boolean tableExists(Connection connection, String table) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement(
                "select count(*) from information_schema.tables where table_schema = database() and table_name = ?")) {
            s.setString(1, table);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getInt(1) > 0;
            }
        }
    }

    private static void lock(Connection connection) throws SQLException {
        try (PreparedStatement s = connection.prepareStatement("select get_lock(?, ?)")) {
            s.setString(1, LOCK);
            s.setInt(2, LOCK_TIMEOUT_SECONDS);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                if (r.getInt(1) != 1) {
                    throw new IllegalStateException("another server held the schema migration lock for "
                            + LOCK_TIMEOUT_SECONDS + " s; is a migration stuck?");
                }
            }
        }
    }

    private static void unlock(Connection connection) {
        try (PreparedStatement s = connection.prepareStatement("select release_lock(?)")) {
            s.setString(1, LOCK);
            s.executeQuery().close();
        } catch (SQLException e) {
            LOG.warning(() -> "could not release the schema migration lock (it ends with the connection): " + e.getMessage());
        }
    }
}
