package vn.motcua.platform;

import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The one Flyway history ({@code flyway_schema_history}) of databases created before each module
 * kept its own: one version sequence shared by all modules (tenants V1, V10, V30–V33; catalog V2,
 * V4, V20, V31; engine V3, V5). The modules kept those numbers when their migrations moved to
 * {@code db/<module>}, so a legacy row is found among the module migrations by its version and
 * script, and its checksum tells whether the file is still the one that ran.
 *
 * <p>{@link #baselines} decides where each module's new history starts — after the last of its
 * migrations the legacy history applied — and refuses, before anything is written, a legacy history
 * it cannot vouch for: a failed migration, an entry that is not a migration of these modules (e.g.
 * one from a newer release, or a baseline someone made), a changed file, or a migration missing
 * below the last one applied (the shared history ran them in version order). The shared sequence
 * is fixed ({@link #SHARED_SEQUENCE}), so the modules' later migrations, whatever their numbers,
 * never count as missing from it.
 *
 * <p>The legacy table itself is never written: it stays as the record of what ran before. Once every
 * module has its history it is not read again, except when a new module appears, which then begins
 * at version 0.
 */
final class LegacyHistory {

    static final String TABLE = "flyway_schema_history";

    /**
     * Every migration the shared history could hold, in the order it ran them: frozen when each module
     * got its own history (a module's later migrations never appear in the shared table).
     */
    static final List<String> SHARED_SEQUENCE = List.of("V1__tenants.sql", "V2__catalog.sql", "V3__engine.sql",
            "V4__adoption.sql", "V5__dossier_route.sql", "V10__tenant_administration.sql", "V20__catalog_full_model.sql",
            "V30__working_calendar.sql", "V31__service_day_editing.sql", "V32__national_holiday_notice.sql",
            "V33__holiday_decision_notice.sql",
            // tenants' ended logins (issue 8, logout), added to the shared location on main while the module
            // histories were being made: databases of that main hold it; it belongs in db/tenants
            "V34__ended_login.sql");

    /** A row of the legacy history. */
    record Applied(int rank, String version, String description, String type, String script, Integer checksum,
                   boolean success) {
    }

    /** A versioned SQL migration a module ships, as Flyway resolved it. */
    record Known(String module, MigrationVersion version, String script, Integer checksum) {
    }

    private LegacyHistory() {
    }

    /** The legacy history's rows in the order they ran, or empty when the database has no such table. */
    static Optional<List<Applied>> read(Connection connection) throws SQLException {
        if (!SchemaMigration.tableExists(connection, TABLE)) {
            return Optional.empty();
        }
        List<Applied> rows = new ArrayList<>();
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("select installed_rank, version, description, type, script, checksum, success from "
                     + TABLE + " order by installed_rank")) {
            while (r.next()) {
                int checksum = r.getInt(6);
                rows.add(new Applied(r.getInt(1), r.getString(2), r.getString(3), r.getString(4), r.getString(5),
                        r.wasNull() ? null : checksum, r.getBoolean(7)));
            }
        }
        return Optional.of(rows);
    }

    /**
     * For each of {@code modules}, the version its history is to be baselined at: its last migration
     * the legacy history applied; a module none of whose migrations ran is absent.
     *
     * @param legacy the legacy rows
     * @param known  every versioned migration of every module (not only {@code modules}): each legacy
     *               row must be one of them
     * @throws IllegalStateException naming every problem, when the legacy history is inconsistent
     */
    static Map<String, MigrationVersion> baselines(List<Applied> legacy, List<Known> known, Collection<String> modules) {
        List<String> problems = new ArrayList<>();
        Map<String, List<MigrationVersion>> appliedByModule = new LinkedHashMap<>();
        Set<String> ran = new HashSet<>();
        for (Applied row : legacy) {
            String name = "V" + row.version() + " '" + row.description() + "' (" + row.script() + ", rank " + row.rank() + ")";
            if (!row.success()) {
                problems.add(name + " failed: its row says success = 0");
                continue;
            }
            if (!"SQL".equals(row.type()) || row.version() == null) {
                problems.add(name + " is a " + row.type() + " entry, not a migration these modules ran");
                continue;
            }
            if (!SHARED_SEQUENCE.contains(row.script())) {
                problems.add(name + " is not one of the shared history's migrations (" + SHARED_SEQUENCE.get(0) + " … "
                        + SHARED_SEQUENCE.get(SHARED_SEQUENCE.size() - 1) + "): a newer release's, or a renamed file");
                continue;
            }
            MigrationVersion version = MigrationVersion.fromVersion(row.version());
            Optional<Known> match = known.stream()
                    .filter(k -> k.version().equals(version) && k.script().equals(row.script()))
                    .findFirst();
            if (match.isEmpty()) {
                problems.add(name + " is shipped by no module any more");
                continue;
            }
            if (!Objects.equals(match.get().checksum(), row.checksum())) {
                problems.add(name + " ran with checksum " + row.checksum() + ", but " + match.get().module()
                        + "'s file now has " + match.get().checksum() + ": the migration was changed after it ran");
                continue;
            }
            ran.add(row.script());
            appliedByModule.computeIfAbsent(match.get().module(), m -> new ArrayList<>()).add(version);
        }
        // Flyway ran the shared sequence in order: what ran is a beginning of it, with nothing missing below the last
        int last = SHARED_SEQUENCE.stream().filter(ran::contains).mapToInt(SHARED_SEQUENCE::indexOf).max().orElse(-1);
        for (int i = 0; i < last; i++) {
            if (!ran.contains(SHARED_SEQUENCE.get(i))) {
                problems.add(SHARED_SEQUENCE.get(i) + " never ran, although " + SHARED_SEQUENCE.get(last) + " after it did");
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalStateException("The database's migration history (" + TABLE + ", from before each module kept "
                    + "its own) cannot be carried over, so nothing was changed:\n  - "
                    + String.join("\n  - ", problems)
                    + "\nRepair the database first (restore a backup, or complete a failed migration by hand and correct "
                    + "its row), then start again.");
        }
        Map<String, MigrationVersion> baselines = new LinkedHashMap<>();
        for (String module : modules) {
            appliedByModule.getOrDefault(module, List.of()).stream().max(MigrationVersion::compareTo)
                    .ifPresent(v -> baselines.put(module, v));
        }
        return baselines;
    }

    /** How a module's baseline row describes where its history came from (Flyway keeps 200 characters). */
    static String describe(String module, List<Applied> legacy, List<Known> known) {
        String versions = legacy.stream()
                .filter(row -> known.stream().anyMatch(k -> k.module().equals(module) && k.script().equals(row.script())))
                .map(row -> "V" + row.version())
                .collect(Collectors.joining(", "));
        String text = "ran before, per " + TABLE + ": " + versions;
        return text.length() <= 200 ? text : text.substring(0, 197) + "...";
    }
}
