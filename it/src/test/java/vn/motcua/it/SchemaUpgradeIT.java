package vn.motcua.it;

import com.mysql.cj.jdbc.MysqlDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.motcua.platform.SchemaMigration;
import vn.motcua.platform.SchemaMigration.ModuleResult;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A database made by the main branch before each module kept its own migration history
 * ({@code upgrade/shared-history-9bfe6b9.sql}: one {@code flyway_schema_history} for all modules,
 * the demo data and a row or more in every table) upgraded by {@link SchemaMigration}, on the test
 * MariaDB, in scratch databases beside the application's: every row survives, each module gets its
 * history begun where the shared one left it, a second run does nothing, and the schema is the one a
 * fresh database gets. An inconsistent shared history is refused before anything is written.
 */
class SchemaUpgradeIT {

    private static final String DUMP = "/upgrade/shared-history-9bfe6b9.sql";
    private static final List<String> HISTORIES = List.of("flyway_history_tenants", "flyway_history_catalog", "flyway_history_engine");

    private final List<String> scratch = new ArrayList<>();

    @AfterEach
    void dropScratchDatabases() throws SQLException {
        try (Connection c = connect(null); Statement s = c.createStatement()) {
            for (String db : scratch) {
                s.execute("drop database if exists " + db);
            }
        }
    }

    @Test
    void a_database_of_the_shared_history_keeps_every_row_and_each_module_begins_its_history_where_it_stood() throws Exception {
        String db = loadDump("motcua_upgrade");
        Map<String, Long> before = rowCounts(db);
        assertThat(before).containsEntry("flyway_schema_history", 11L).containsEntry("tenant", 6L).containsEntry("dossier", 2L)
                .containsEntry("step_definition", 50L).containsEntry("tenant_event", 3L).doesNotContainKeys(HISTORIES.toArray(String[]::new));
        // the demo catalog has no documents or fees; every other table holds rows
        assertThat(before.entrySet()).filteredOn(e -> e.getValue() == 0).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("procedure_document", "procedure_fee");

        List<ModuleResult> first = new SchemaMigration(dataSource(db)).migrate();

        // each module begins where the shared history left it, then runs what it added since (if anything):
        // the same migrations, and the same versions, as a new database gets after them
        String fresh = freshlyMigrated();
        assertThat(first).extracting(ModuleResult::module, ModuleResult::baselinedAt)
                .containsExactly(tuple("tenants", "33"), tuple("catalog", "31"), tuple("engine", "5"));
        Map<String, String> sharedHistoryRan = Map.of("tenants", "V1, V10, V30, V32, V33", "catalog", "V2, V4, V20, V31", "engine", "V3, V5");
        for (ModuleResult module : first) {
            List<String> since = historyAfter(fresh, module.historyTable(), module.baselinedAt());
            assertThat(history(db, module.historyTable()))
                    .as(module.module() + "'s history")
                    .startsWith("1|" + module.baselinedAt() + "|ran before, per flyway_schema_history: "
                            + sharedHistoryRan.get(module.module()) + "|BASELINE|1")
                    .hasSize(1 + since.size());
            assertThat(historyAfter(db, module.historyTable(), module.baselinedAt())).isEqualTo(since);
            assertThat(module.migrationsExecuted()).isEqualTo(since.size());
            assertThat(module.version()).isEqualTo(versionOf(fresh, module.module()));
        }
        Map<String, Long> after = rowCounts(db);
        assertThat(after).containsAllEntriesOf(legacyRenamed(before));
        assertThat(after.keySet()).containsExactlyInAnyOrderElementsOf(union(rowCounts(fresh).keySet(), "flyway_schema_history"));

        // a few known values, with their diacritics
        assertThat(values(db, "select name from tenant where id = 'hai-lang'")).containsExactly("Huyện Hải Lăng");
        assertThat(values(db, "select name from tenant where id = 'xa-hai-ba'")).containsExactly("Xã Hải Ba Mới");
        assertThat(values(db, "select concat(code, ' ', applicant_name, ' ', step_number) from legacy_dossier order by id"))
                .containsExactly("HAI-LANG-261202-0001 Lê Văn Bảy 2", "HAI-LANG-261202-0002 Trần Thị Mai 1");
        assertThat(values(db, "select decision_number from catalog_version")).containsExactly("71/QĐ-UBND");
        assertThat(values(db, "select notice_number from national_holiday_notice where year = 2034")).containsExactly("6150/TB-LĐTBXH");
        assertThat(values(db, "select action from tenant_event order by id")).containsExactly("CREATED", "PROVISIONED", "RENAMED");
        assertThat(values(db, "select concat(step_number, ' ', actor_unit, ' ', budget_quarters) from adoption_override"))
                .containsExactly("2 Công chức Văn hóa - xã hội Phường 5 4");

        // the shared history stays as it was; a second run finds nothing to do
        List<ModuleResult> second = new SchemaMigration(dataSource(db)).migrate();
        assertThat(second).extracting(ModuleResult::module, ModuleResult::baselinedAt, ModuleResult::migrationsExecuted, ModuleResult::version)
                .containsExactly(first.stream().map(m -> tuple(m.module(), null, 0, m.version())).toArray(org.assertj.core.groups.Tuple[]::new));
        assertThat(rowCounts(db)).isEqualTo(after);
        assertThat(schema(db)).isEqualTo(schema(fresh));
    }

    /** The linear walker's tables, which engine V6 keeps renamed legacy_* with their rows. */
    private static Map<String, Long> legacyRenamed(Map<String, Long> counts) {
        Map<String, Long> renamed = new java.util.TreeMap<>();
        List<String> walker = List.of("dossier", "dossier_event", "dossier_step", "dossier_sequence");
        counts.forEach((table, rows) -> renamed.put(walker.contains(table) ? "legacy_" + table : table, rows));
        return renamed;
    }

    @Test
    void a_fresh_database_migrates_module_after_module_each_in_its_own_history() throws Exception {
        String db = freshlyMigrated();

        // each module's history: a baseline at 0, then its own migrations in order (those of the shared history's
        // time first; a module's later ones after them)
        assertThat(history(db, "flyway_history_tenants")).startsWith("1|0|<< module history begins >>|BASELINE|1",
                "2|1|tenants|SQL|1", "3|10|tenant administration|SQL|1", "4|30|working calendar|SQL|1",
                "5|32|national holiday notice|SQL|1", "6|33|holiday decision notice|SQL|1");
        assertThat(history(db, "flyway_history_catalog")).startsWith("1|0|<< module history begins >>|BASELINE|1",
                "2|2|catalog|SQL|1", "3|4|adoption|SQL|1", "4|20|catalog full model|SQL|1", "5|31|service day editing|SQL|1");
        assertThat(history(db, "flyway_history_engine")).startsWith("1|0|<< module history begins >>|BASELINE|1",
                "2|3|engine|SQL|1", "3|5|dossier route|SQL|1");
        for (String table : HISTORIES) {
            assertThat(history(db, table)).allMatch(row -> row.endsWith("|1"), "succeeded");
        }
        assertThat(rowCounts(db)).doesNotContainKey("flyway_schema_history");
        assertThat(new SchemaMigration(dataSource(db)).migrate()).extracting(ModuleResult::migrationsExecuted).containsOnly(0);
    }

    @Test
    void an_inconsistent_shared_history_is_refused_and_nothing_is_written() throws Exception {
        String db = loadDump("motcua_refused");
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            // as MySQL leaves a migration that failed half-way: no transactional DDL, the row marked failed
            s.executeUpdate("update flyway_schema_history set success = 0 where version = '33'");
        }
        Map<String, Long> before = rowCounts(db);

        assertThatThrownBy(() -> new SchemaMigration(dataSource(db)).migrate())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("cannot be carried over, so nothing was changed")
                .hasMessageContaining("V33 'holiday decision notice' (V33__holiday_decision_notice.sql, rank 11) failed");
        assertThat(rowCounts(db)).isEqualTo(before);
    }

    // --- scratch databases --------------------------------------------------------------------------

    private String loadDump(String name) throws IOException, SQLException {
        String db = create(name);
        String dump;
        try (InputStream in = SchemaUpgradeIT.class.getResourceAsStream(DUMP)) {
            assertThat(in).as(DUMP).isNotNull();
            dump = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        try (Connection c = DriverManager.getConnection(url(db) + "&allowMultiQueries=true", TestStackSession.dbUser(),
                TestStackSession.dbPassword()); Statement s = c.createStatement()) {
            s.execute(dump);
        }
        return db;
    }

    private String freshlyMigrated() throws SQLException {
        String db = create("motcua_fresh");
        List<ModuleResult> results = new SchemaMigration(dataSource(db)).migrate();
        assertThat(results).extracting(ModuleResult::module, ModuleResult::baselinedAt)
                .containsExactly(tuple("tenants", "0"), tuple("catalog", "0"), tuple("engine", "0"));
        for (ModuleResult module : results) {
            assertThat(module.migrationsExecuted()).isEqualTo(history(db, module.historyTable()).size() - 1);
        }
        return db;
    }

    private String create(String name) throws SQLException {
        try (Connection c = connect(null); Statement s = c.createStatement()) {
            s.execute("drop database if exists " + name);
            s.execute("create database " + name + " character set utf8mb4 collate utf8mb4_unicode_ci");
        }
        scratch.add(name);
        return name;
    }

    private static MysqlDataSource dataSource(String db) {
        MysqlDataSource ds = new MysqlDataSource();
        ds.setUrl(url(db));
        ds.setUser(TestStackSession.dbUser());
        ds.setPassword(TestStackSession.dbPassword());
        return ds;
    }

    /** The test stack's URL with another database ({@code null}: none). */
    private static String url(String db) {
        return TestStackSession.jdbcUrl().replaceFirst("/motcua\\?", "/" + (db == null ? "" : db) + "?")
                .replace("createDatabaseIfNotExist=true&", "");
    }

    private static Connection connect(String db) throws SQLException {
        return DriverManager.getConnection(url(db), TestStackSession.dbUser(), TestStackSession.dbPassword());
    }

    // --- what a database holds ----------------------------------------------------------------------

    private static Map<String, Long> rowCounts(String db) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        try (Connection c = connect(db); Statement s = c.createStatement()) {
            for (String table : values(c, "select table_name from information_schema.tables where table_schema = database() order by 1")) {
                counts.put(table, Long.parseLong(values(c, "select count(*) from `" + table + "`").get(0)));
            }
        }
        return counts;
    }

    /** Rank, version, description, type and success of each row of a module's history. */
    private static List<String> history(String db, String table) throws SQLException {
        return values(db, "select concat_ws('|', installed_rank, version, description, type, success) from " + table
                + " order by installed_rank");
    }

    /** Version, description, type and success of each migration a module's history holds above {@code version}. */
    private static List<String> historyAfter(String db, String table, String version) throws SQLException {
        return values(db, "select concat_ws('|', version, description, type, success) from " + table
                + " where type <> 'BASELINE' and cast(version as unsigned) > " + Long.parseLong(version) + " order by installed_rank");
    }

    /** The module's current version in {@code db}: its last migration's. */
    private static String versionOf(String db, String module) throws SQLException {
        return values(db, "select version from " + SchemaMigration.historyTable(module)
                + " order by installed_rank desc limit 1").get(0);
    }

    private static java.util.Set<String> union(java.util.Set<String> tables, String table) {
        java.util.Set<String> all = new java.util.TreeSet<>(tables);
        all.add(table);
        return all;
    }

    /** Columns, indexes and foreign keys of every table but the migration histories. */
    private static List<String> schema(String db) throws SQLException {
        return values(db, """
                select concat_ws(' ', table_name, column_name, column_type, is_nullable, ifnull(column_default, '-'), ordinal_position)
                  from information_schema.columns where table_schema = database() and table_name not like 'flyway%'
                union all
                select concat_ws(' ', table_name, index_name, non_unique, seq_in_index, column_name)
                  from information_schema.statistics where table_schema = database() and table_name not like 'flyway%'
                union all
                select concat_ws(' ', table_name, constraint_name, referenced_table_name)
                  from information_schema.referential_constraints where constraint_schema = database()
                order by 1""");
    }

    private static List<String> values(String db, String sql) throws SQLException {
        try (Connection c = connect(db)) {
            return values(c, sql);
        }
    }

    private static List<String> values(Connection c, String sql) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            while (r.next()) {
                values.add(r.getString(1));
            }
        }
        return values;
    }

    private static org.assertj.core.groups.Tuple tuple(Object... values) {
        return org.assertj.core.groups.Tuple.tuple(values);
    }
}
