package vn.motcua.tenants.admin;

import vn.motcua.tenants.problem.InvalidInput;
import org.junit.jupiter.api.Test;
import vn.motcua.tenants.tree.Tenant;
import vn.motcua.tenants.tree.TenantKind;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

class TenantRulesTest {

    private static final FirstAdmin ADMIN = new FirstAdmin("hai-an.admin", "admin@hai-an.test", "Văn Bình", "Trần");
    private final TenantTree tree = Trees.tree();

    @Test
    void a_province_is_a_root_a_district_sits_under_a_province_a_commune_under_either() {
        assertThatCode(() -> TenantRules.checkNew(tree, new NewTenant("ha-tinh", "Tỉnh Hà Tĩnh", TenantKind.PROVINCE, null, ADMIN)))
                .doesNotThrowAnyException();
        assertThatCode(() -> TenantRules.checkNew(tree, new NewTenant("cam-lo", "Huyện Cam Lộ", TenantKind.DISTRICT, "quang-tri", ADMIN)))
                .doesNotThrowAnyException();
        assertThatCode(() -> TenantRules.checkNew(tree, new NewTenant("hai-an", "Xã Hải An", TenantKind.COMMUNE, "hai-lang", ADMIN)))
                .doesNotThrowAnyException();
        // the two-level model: a ward directly under its province
        assertThatCode(() -> TenantRules.checkNew(tree, new NewTenant("dong-ha", "Phường Đông Hà", TenantKind.WARD, "quang-tri", ADMIN)))
                .doesNotThrowAnyException();

        assertThat(broken(() -> TenantRules.checkNew(tree, new NewTenant("x-tinh", "Tỉnh X", TenantKind.PROVINCE, "quang-tri", ADMIN))))
                .containsExactly(TenantRule.PROVINCE_IS_ROOT);
        assertThat(broken(() -> TenantRules.checkNew(tree, new NewTenant("x-huyen", "Huyện X", TenantKind.DISTRICT, "hai-lang", ADMIN))))
                .containsExactly(TenantRule.DISTRICT_UNDER_PROVINCE);
        assertThat(broken(() -> TenantRules.checkNew(tree, new NewTenant("x-xa", "Xã X", TenantKind.COMMUNE, "hai-que", ADMIN))))
                .containsExactly(TenantRule.COMMUNE_UNDER_DISTRICT_OR_PROVINCE);
        assertThat(broken(() -> TenantRules.checkNew(tree, new NewTenant("x-xa", "Xã X", TenantKind.COMMUNE, null, ADMIN))))
                .containsExactly(TenantRule.PARENT_MISSING);
    }

    @Test
    void every_bad_field_of_a_new_tenant_is_reported_with_its_field() {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, () -> TenantRules.checkNew(tree,
                new NewTenant("Hải An", " ", null, "hai-lang", new FirstAdmin("A", "not-an-email", null, "Trần"))));
        assertThat(e.problems(TenantRule.class)).containsExactly(TenantRule.ID_FORMAT, TenantRule.NAME_MISSING, TenantRule.KIND_MISSING,
                TenantRule.ADMIN_USERNAME, TenantRule.ADMIN_EMAIL, TenantRule.ADMIN_FIRST_NAME);
        assertThat(e.fieldErrors()).containsKeys("id", "name", "kind", "firstAdmin.username", "firstAdmin.email", "firstAdmin.firstName");
        assertThat(broken(() -> TenantRules.checkNew(tree, new NewTenant("hai-que", "Xã Hải Quế", TenantKind.COMMUNE, "hai-lang", ADMIN))))
                .containsExactly(TenantRule.ID_TAKEN);
    }

    @Test
    void a_unit_moves_within_its_province_but_never_under_itself() {
        Tenant haiQue = tree.find("hai-que").orElseThrow();
        Tenant haiLang = tree.find("hai-lang").orElseThrow();
        assertThatCode(() -> TenantRules.checkMove(tree, haiQue, "trieu-phong")).doesNotThrowAnyException();
        assertThatCode(() -> TenantRules.checkMove(tree, haiQue, "quang-tri")).doesNotThrowAnyException();

        assertThat(broken(() -> TenantRules.checkMove(tree, haiQue, "sam-son"))).containsExactly(TenantRule.MOVE_ACROSS_PROVINCES);
        assertThat(broken(() -> TenantRules.checkMove(tree, haiQue, "thanh-hoa"))).containsExactly(TenantRule.MOVE_ACROSS_PROVINCES);
        assertThat(broken(() -> TenantRules.checkMove(tree, haiLang, "hai-que"))).containsExactly(TenantRule.MOVE_INTO_ITSELF);
        assertThat(broken(() -> TenantRules.checkMove(tree, haiLang, "hai-lang"))).containsExactly(TenantRule.MOVE_INTO_ITSELF);
        assertThat(broken(() -> TenantRules.checkMove(tree, haiQue, "phuong-5"))).containsExactly(TenantRule.COMMUNE_UNDER_DISTRICT_OR_PROVINCE);
        assertThat(broken(() -> TenantRules.checkMove(tree, tree.find("quang-tri").orElseThrow(), "thanh-hoa")))
                .containsExactly(TenantRule.PROVINCE_NOT_MOVABLE);
    }

    @Test
    void communes_of_one_province_merge_into_a_new_unit_or_into_one_of_them() {
        assertThatCode(() -> TenantRules.checkMerge(tree, new Merger(List.of("hai-que", "hai-ba"), "hai-que-ba", "Xã Hải Quế Ba",
                TenantKind.COMMUNE, null))).doesNotThrowAnyException();
        assertThat(TenantRules.mergedParent(new Merger(List.of("hai-que", "hai-ba"), "hai-que-ba", "Xã Hải Quế Ba", TenantKind.COMMUNE, null),
                List.of(tree.find("hai-que").orElseThrow(), tree.find("hai-ba").orElseThrow()))).contains("hai-lang");
        // across districts of one province, under the province (districts are gone since 2025)
        assertThatCode(() -> TenantRules.checkMerge(tree, new Merger(List.of("hai-que", "trieu-ai"), "hai-trieu", "Xã Hải Triệu",
                TenantKind.COMMUNE, "quang-tri"))).doesNotThrowAnyException();
        assertThatCode(() -> TenantRules.checkMerge(tree, new Merger(List.of("hai-que", "hai-ba"), "hai-que", "Xã Hải Quế mới", null, null)))
                .doesNotThrowAnyException();

        assertThat(broken(() -> TenantRules.checkMerge(tree, new Merger(List.of("hai-que"), "hai-que-ba", "Xã Q", TenantKind.COMMUNE, null))))
                .containsExactly(TenantRule.MERGE_TOO_FEW);
        assertThat(broken(() -> TenantRules.checkMerge(tree, new Merger(List.of("hai-que", "hai-lang"), "hai-que", null, null, null))))
                .containsExactly(TenantRule.MERGE_NOT_COMMUNES);
        assertThat(broken(() -> TenantRules.checkMerge(tree, new Merger(List.of("hai-que", "sam-son"), "hai-son", "Xã S", TenantKind.COMMUNE, "quang-tri"))))
                .contains(TenantRule.MERGE_ACROSS_PROVINCES);
        assertThat(broken(() -> TenantRules.checkMerge(tree, new Merger(List.of("hai-que", "trieu-ai"), "hai-trieu", "Xã T", TenantKind.COMMUNE, null))))
                .containsExactly(TenantRule.PARENT_MISSING);
        assertThat(broken(() -> TenantRules.checkMerge(tree, new Merger(List.of("hai-que", "hai-ba"), "hai-x", "Huyện X", TenantKind.DISTRICT, null))))
                .containsExactly(TenantRule.MERGE_TARGET_KIND);
        assertThat(broken(() -> TenantRules.checkMerge(tree, new Merger(List.of("hai-que", "hai-ba"), "hai-x", "Xã X", TenantKind.COMMUNE, "thanh-hoa"))))
                .containsExactly(TenantRule.MERGE_ACROSS_PROVINCES);
    }

    @Test
    void a_merged_unit_is_a_record_that_no_longer_changes_nor_takes_new_units() {
        List<Tenant> tenants = new ArrayList<>(Trees.demo());
        Tenant haiBa = tenants.stream().filter(t -> t.id().equals("hai-ba")).findFirst().orElseThrow();
        haiBa.mergeInto("hai-que", Instant.parse("2025-07-01T00:00:00Z"));
        TenantTree merged = new TenantTree(tenants);

        assertThat(merged.childrenOf("hai-que")).extracting(Tenant::id).containsExactly("hai-ba");
        assertThat(broken(() -> TenantRules.checkRename(haiBa, "Xã Hải Ba cũ"))).containsExactly(TenantRule.MERGED_IS_RECORD);
        assertThat(broken(() -> TenantRules.checkMove(merged, haiBa, "trieu-phong"))).containsExactly(TenantRule.MERGED_IS_RECORD);
        assertThat(broken(() -> TenantRules.checkNew(merged, new NewTenant("x-thon", "Thôn X", TenantKind.COMMUNE, "hai-ba", ADMIN))))
                .containsExactly(TenantRule.PARENT_MERGED);
        assertThat(broken(() -> TenantRules.checkMerge(merged, new Merger(List.of("hai-ba", "trieu-ai"), "trieu-ai", null, null, null))))
                .contains(TenantRule.MERGED_IS_RECORD);
    }

    private static List<TenantRule> broken(Runnable check) {
        InvalidInput e = catchThrowableOfType(InvalidInput.class, check::run);
        assertThat(e).as("a rule is broken").isNotNull();
        return e.problems(TenantRule.class);
    }
}
