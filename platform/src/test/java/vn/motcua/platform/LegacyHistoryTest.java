package vn.motcua.platform;

import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Where each module's history starts on a database of the shared history, and what is refused. */
class LegacyHistoryTest {

    /** The migrations as the modules ship them, with made-up checksums. */
    private static final List<LegacyHistory.Known> KNOWN = List.of(
            known("tenants", "1", "V1__tenants.sql"), known("tenants", "10", "V10__tenant_administration.sql"),
            known("tenants", "30", "V30__working_calendar.sql"), known("tenants", "32", "V32__national_holiday_notice.sql"),
            known("tenants", "33", "V33__holiday_decision_notice.sql"),
            known("catalog", "2", "V2__catalog.sql"), known("catalog", "4", "V4__adoption.sql"),
            known("catalog", "20", "V20__catalog_full_model.sql"), known("catalog", "31", "V31__service_day_editing.sql"),
            known("engine", "3", "V3__engine.sql"), known("engine", "5", "V5__dossier_route.sql"));

    private static final List<String> MODULES = List.of("tenants", "catalog", "engine");

    @Test
    void a_database_of_the_last_shared_history_begins_each_module_at_its_last_migration() {
        Map<String, MigrationVersion> baselines = LegacyHistory.baselines(ran("1", "2", "3", "4", "5", "10", "20", "30", "31", "32", "33"),
                KNOWN, MODULES);

        assertThat(baselines).containsExactly(Map.entry("tenants", v("33")), Map.entry("catalog", v("31")), Map.entry("engine", v("5")));
    }

    @Test
    void an_older_database_begins_each_module_where_it_stood_and_a_module_it_never_had_from_the_start() {
        assertThat(LegacyHistory.baselines(ran("1", "2", "3", "4", "5", "10"), KNOWN, MODULES))
                .containsExactly(Map.entry("tenants", v("10")), Map.entry("catalog", v("4")), Map.entry("engine", v("5")));
        // as before the engine existed
        assertThat(LegacyHistory.baselines(ran("1", "2"), KNOWN, MODULES))
                .containsExactly(Map.entry("tenants", v("1")), Map.entry("catalog", v("2")));
    }

    @Test
    void a_database_of_main_with_the_ended_logins_begins_tenants_at_v34() {
        List<LegacyHistory.Known> withV34 = new ArrayList<>(KNOWN);
        withV34.add(known("tenants", "34", "V34__ended_login.sql"));
        List<LegacyHistory.Applied> rows = new ArrayList<>(ran("1", "2", "3", "4", "5", "10", "20", "30", "31", "32", "33"));
        rows.add(new LegacyHistory.Applied(12, "34", "ended login", "SQL", "V34__ended_login.sql", checksum("V34__ended_login.sql"), true));

        assertThat(LegacyHistory.baselines(rows, withV34, MODULES))
                .containsExactly(Map.entry("tenants", v("34")), Map.entry("catalog", v("31")), Map.entry("engine", v("5")));
    }

    @Test
    void a_modules_later_migrations_numbered_below_the_shared_historys_last_are_not_missing_from_it() {
        List<LegacyHistory.Known> later = new ArrayList<>(KNOWN);
        later.add(known("catalog", "32", "V32__next_catalog_change.sql"));
        later.add(known("engine", "6", "V6__next_engine_change.sql"));

        assertThat(LegacyHistory.baselines(ran("1", "2", "3", "4", "5", "10", "20", "30", "31", "32", "33"), later, MODULES))
                .containsExactly(Map.entry("tenants", v("33")), Map.entry("catalog", v("31")), Map.entry("engine", v("5")));
    }

    @Test
    void only_the_modules_still_without_a_history_are_begun() {
        assertThat(LegacyHistory.baselines(ran("1", "2", "3", "4", "5", "10", "20", "30", "31", "32", "33"), KNOWN, List.of("engine")))
                .containsExactly(Map.entry("engine", v("5")));
    }

    @Test
    void a_failed_migration_is_refused() {
        List<LegacyHistory.Applied> rows = new ArrayList<>(ran("1", "2", "3", "4", "5", "10"));
        rows.add(new LegacyHistory.Applied(7, "20", "catalog full model", "SQL", "V20__catalog_full_model.sql", checksum("V20__catalog_full_model.sql"), false));

        assertThatThrownBy(() -> LegacyHistory.baselines(rows, KNOWN, MODULES))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("nothing was changed")
                .hasMessageContaining("V20 'catalog full model' (V20__catalog_full_model.sql, rank 7) failed");
    }

    @Test
    void a_changed_file_an_unknown_migration_and_a_baseline_are_refused_all_named_at_once() {
        List<LegacyHistory.Applied> rows = new ArrayList<>(ran("1", "2", "3", "4", "5"));
        rows.add(new LegacyHistory.Applied(6, "10", "tenant administration", "SQL", "V10__tenant_administration.sql", 42, true));
        rows.add(new LegacyHistory.Applied(7, "34", "something newer", "SQL", "V34__something_newer.sql", 7, true));
        rows.add(new LegacyHistory.Applied(8, "35", "<< Flyway Baseline >>", "BASELINE", "<< Flyway Baseline >>", null, true));

        assertThatThrownBy(() -> LegacyHistory.baselines(rows, KNOWN, MODULES))
                .hasMessageContaining("V10 'tenant administration' (V10__tenant_administration.sql, rank 6) ran with checksum 42")
                .hasMessageContaining("V34 'something newer' (V34__something_newer.sql, rank 7) is not one of the shared history's migrations")
                .hasMessageContaining("is a BASELINE entry");
    }

    @Test
    void a_migration_missing_below_the_last_that_ran_is_refused() {
        assertThatThrownBy(() -> LegacyHistory.baselines(ran("1", "2", "3", "5"), KNOWN, MODULES))
                .hasMessageContaining("V4__adoption.sql never ran, although V5__dossier_route.sql after it did");
        assertThatThrownBy(() -> LegacyHistory.baselines(ran("1", "2", "3", "4", "20"), KNOWN, MODULES))
                .hasMessageContaining("V5__dossier_route.sql never ran, although V20__catalog_full_model.sql after it did")
                .hasMessageContaining("V10__tenant_administration.sql never ran")
                .satisfies(e -> assertThat(e.getMessage()).doesNotContain("V30"));
    }

    @Test
    void the_baseline_row_says_which_legacy_migrations_ran() {
        assertThat(LegacyHistory.describe("catalog", ran("1", "2", "3", "4", "10", "20"), KNOWN))
                .isEqualTo("ran before, per flyway_schema_history: V2, V4, V20");
    }

    /** Rows as Flyway wrote them when the given versions ran, in that order, successfully. */
    private static List<LegacyHistory.Applied> ran(String... versions) {
        List<LegacyHistory.Applied> rows = new ArrayList<>();
        for (String version : versions) {
            LegacyHistory.Known k = KNOWN.stream().filter(m -> m.version().getVersion().equals(version)).findFirst().orElseThrow();
            String description = k.script().replaceFirst("^V\\d+__", "").replace(".sql", "").replace('_', ' ');
            rows.add(new LegacyHistory.Applied(rows.size() + 1, version, description, "SQL", k.script(), k.checksum(), true));
        }
        return rows;
    }

    private static LegacyHistory.Known known(String module, String version, String script) {
        return new LegacyHistory.Known(module, v(version), script, checksum(script));
    }

    private static int checksum(String script) {
        return script.hashCode();
    }

    private static MigrationVersion v(String version) {
        return MigrationVersion.fromVersion(version);
    }
}
