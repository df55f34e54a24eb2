package vn.motcua.catalog.exchange;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.CatalogVersion;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

class YamlExportTest {

    @Test
    void decision_71_comes_back_from_its_yaml_unchanged() throws IOException {
        CatalogVersion reference = Catalogs.quangTri();

        CatalogVersion read = readBack(reference);

        assertThat(read.title()).isEqualTo(reference.title());
        assertThat(CatalogDifferences.between(reference, read)).isEmpty();
    }

    @Test
    void writes_the_reference_layout_in_block_style_and_plain_vietnamese() {
        String yaml = YamlExport.toYaml(Catalogs.quangTri());

        assertThat(yaml).startsWith("issuer: UBND tỉnh Quảng Trị\ndecision: 71/QĐ-UBND\n")
                .contains("field: Lao động, Thương binh và Xã hội\n")
                .contains("  - name: Thăm viếng mộ liệt sĩ\n")
                .contains("    online_level: full\n    handled_at: district\n    total_days: 3\n")
                .contains("        days: 0.5\n")
                .contains("        days: null\n")
                .doesNotContain("\\u", "\\x", "{", "!!");
    }

    @Test
    void sub_steps_nest_under_their_step_and_state_only_a_level_of_their_own() {
        String yaml = YamlExport.toYaml(Catalogs.edgeCases());

        assertThat(yaml).contains("        substeps:\n          - 'no': '1.1'\n");
        assertThat(yaml).containsOnlyOnce("level: null");
    }

    @Test
    void odd_text_step_1_10_a_procedures_own_field_and_a_corrected_role_survive() throws IOException {
        CatalogVersion edge = Catalogs.edgeCases();

        assertThat(CatalogDifferences.between(edge, readBack(edge))).isEmpty();
    }

    @Test
    void a_procedures_own_field_and_an_overridden_role_are_written_for_a_reader_that_takes_them() {
        String yaml = YamlExport.toYaml(Catalogs.edgeCases());

        assertThat(yaml).contains("field: Việc làm\n").contains("    field: Hộ tịch\n").contains("role: leader\n");
    }

    private static CatalogVersion readBack(CatalogVersion version) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        YamlExport.write(version, out);
        assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo(YamlExport.toYaml(version));
        return ReferenceCatalogReader.read(Catalogs.TENANT, new ByteArrayInputStream(out.toByteArray()));
    }
}
