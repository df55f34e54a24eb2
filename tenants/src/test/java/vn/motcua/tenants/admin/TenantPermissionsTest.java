package vn.motcua.tenants.admin;

import org.junit.jupiter.api.Test;
import vn.motcua.tenants.access.Caller;
import vn.motcua.tenants.access.Role;
import vn.motcua.tenants.tree.Tenant;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class TenantPermissionsTest {

    private final TenantTree tree = Trees.tree();

    private TenantPermissions of(String tenant, String... roles) {
        return new TenantPermissions(new Caller("someone", tenant, Set.of(roles)), tree);
    }

    @Test
    void a_provincial_admin_sees_and_administers_the_province_below_it_but_not_itself_nor_another_province() {
        TenantPermissions qt = of("quang-tri", Role.CATALOG_ADMIN);
        assertThat(qt.visible()).extracting(Tenant::id)
                .containsExactly("quang-tri", "hai-lang", "hai-ba", "hai-que", "trieu-phong", "trieu-ai", "phuong-5");
        assertThat(qt.administers("hai-que")).isTrue();
        assertThat(qt.administers("hai-lang")).isTrue();
        assertThat(qt.administers("quang-tri")).isFalse();
        assertThat(qt.administers("sam-son")).isFalse();
        assertThat(qt.mayCreateUnder("quang-tri")).isTrue();
        assertThat(qt.mayCreateUnder("hai-lang")).isTrue();
        assertThat(qt.mayCreateUnder("thanh-hoa")).isFalse();
        assertThat(qt.mayCreateUnder(null)).isFalse();
    }

    @Test
    void a_district_admin_sees_its_communes_never_a_sibling_district_nor_the_province() {
        TenantPermissions hl = of("hai-lang", Role.CATALOG_ADMIN);
        assertThat(hl.visible()).extracting(Tenant::id).containsExactly("hai-lang", "hai-ba", "hai-que");
        assertThat(hl.canSee("trieu-ai")).isFalse();
        assertThat(hl.canSee("quang-tri")).isFalse();
        assertThat(hl.canSee("phuong-5")).isFalse();
        assertThat(hl.administers("trieu-ai")).isFalse();
        assertThat(hl.administers("quang-tri")).isFalse();
        assertThat(hl.mayCreateUnder("quang-tri")).isFalse();
        assertThat(hl.mayCreateUnder("trieu-phong")).isFalse();
    }

    @Test
    void staff_see_their_own_unit_only_and_administer_nothing() {
        TenantPermissions reception = of("hai-lang", Role.RECEPTION);
        assertThat(reception.visible()).extracting(Tenant::id).containsExactly("hai-lang");
        assertThat(reception.administers("hai-que")).isFalse();
        assertThat(reception.mayCreateUnder("hai-lang")).isFalse();
        assertThat(of(null, Role.CITIZEN).visible()).isEmpty();
    }

    @Test
    void the_platform_operator_creates_provinces_and_administers_every_unit() {
        TenantPermissions platform = of(null, Role.PLATFORM_ADMIN);
        assertThat(platform.visible()).hasSize(9);
        assertThat(platform.mayCreateUnder(null)).isTrue();
        assertThat(platform.administers("thanh-hoa")).isTrue();
        assertThat(platform.administers("no-such-unit")).isFalse();
    }

    @Test
    void the_staff_of_a_unit_see_the_units_merged_into_it() {
        List<Tenant> tenants = new ArrayList<>(Trees.demo());
        tenants.stream().filter(t -> t.id().equals("hai-ba")).findFirst().orElseThrow()
                .mergeInto("hai-que", Instant.parse("2025-07-01T00:00:00Z"));
        TenantPermissions reception = new TenantPermissions(new Caller("r", "hai-que", Set.of(Role.RECEPTION)), new TenantTree(tenants));
        assertThat(reception.visible()).extracting(Tenant::id).containsExactly("hai-que", "hai-ba");
    }
}
