package vn.motcua.tenants.access;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Who reads which tenants' rows, and — narrower — whose dossiers: administering a catalog or
 * reporting reads the units below but none of their citizens' dossiers.
 */
class TenantScopeTest {

    private static final Set<String> OWN = Set.of("hai-lang", "merged-into-hai-lang");
    private static final Set<String> BELOW = Set.of("hai-que");
    private static final Set<String> ANCESTORS = Set.of("quang-tri");

    private static TenantScope scope(String... roles) {
        return TenantScope.of(new Caller("u", "hai-lang", Set.of(roles)), OWN, BELOW, ANCESTORS);
    }

    @Test
    void the_desks_staff_read_their_own_units_dossiers_and_nothing_below() {
        for (String role : Role.STAFF) {
            TenantScope scope = scope(role);
            assertThat(scope.dossiers()).isEqualTo(OWN);
            assertThat(scope.readable()).isEqualTo(OWN);
            assertThat(scope.catalog()).containsExactlyInAnyOrder("hai-lang", "merged-into-hai-lang", "quang-tri");
        }
    }

    @Test
    void a_catalog_admin_and_a_reporting_officer_read_the_units_below_but_no_dossier() {
        for (String role : Set.of(Role.CATALOG_ADMIN, Role.REPORTING_OFFICER)) {
            TenantScope scope = scope(role);
            assertThat(scope.readable()).containsExactlyInAnyOrder("hai-lang", "merged-into-hai-lang", "hai-que");
            assertThat(scope.dossiers()).isEmpty();
            assertThat(scope.canReadDossiersOf("hai-lang")).isFalse();
        }
    }

    @Test
    void a_supervisor_reads_the_dossiers_of_its_unit_and_the_units_below() {
        TenantScope scope = scope(Role.SUPERVISOR);
        assertThat(scope.dossiers()).containsExactlyInAnyOrder("hai-lang", "merged-into-hai-lang", "hai-que");
        assertThat(scope.readable()).isEqualTo(scope.dossiers());
        assertThat(scope.dossiers()).doesNotContain("quang-tri");
    }

    @Test
    void an_admin_who_also_receives_reads_the_own_units_dossiers_only() {
        TenantScope scope = scope(Role.CATALOG_ADMIN, Role.RECEPTION);
        assertThat(scope.readable()).contains("hai-que");
        assertThat(scope.dossiers()).isEqualTo(OWN);
    }

    @Test
    void dossiers_are_never_wider_than_what_the_caller_reads() {
        for (String role : Set.of(Role.CATALOG_ADMIN, Role.REPORTING_OFFICER, Role.SUPERVISOR, Role.RECEPTION,
                Role.SPECIALIST, Role.LEADER, Role.CITIZEN, Role.PLATFORM_ADMIN)) {
            assertThat(scope(role).readable()).as(role).containsAll(scope(role).dossiers());
        }
    }

    @Test
    void a_citizen_and_the_platform_operator_read_no_tenants_dossiers() {
        assertThat(scope(Role.CITIZEN).dossiers()).isEmpty();
        assertThat(scope(Role.PLATFORM_ADMIN).dossiers()).isEmpty();
    }
}
