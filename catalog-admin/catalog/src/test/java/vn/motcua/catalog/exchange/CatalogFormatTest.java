package vn.motcua.catalog.exchange;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.CatalogVersion;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CatalogFormatTest {

    @Test
    void the_format_follows_the_files_extension() {
        assertThat(CatalogFormat.ofFileName("Phu luc 71.XLSX")).contains(CatalogFormat.XLSX);
        assertThat(CatalogFormat.ofFileName("quang-tri.yml")).contains(CatalogFormat.YAML);
        assertThat(CatalogFormat.ofFileName("quang-tri.yaml")).contains(CatalogFormat.YAML);
        assertThat(CatalogFormat.ofFileName("phu-luc.xls")).isEmpty();
        assertThat(CatalogFormat.ofFileName(null)).isEmpty();
    }

    @Test
    void both_formats_carry_the_edge_cases_there_and_back() throws IOException {
        CatalogVersion edge = Catalogs.edgeCases();
        for (CatalogFormat format : CatalogFormat.values()) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            format.write(edge, out);

            ImportResult read = format.read(Catalogs.TENANT, "import", new ByteArrayInputStream(out.toByteArray()),
                    ImportProgress.NONE);

            assertThat(read.errors()).as(format.name()).isEmpty();
            assertThat(CatalogDifferences.between(edge, read.draft())).as(format.name()).isEmpty();
            assertThat(read.draft().title()).as(format.name()).isEqualTo(edge.title());
        }
    }

    @Test
    void a_yaml_file_that_is_not_a_catalog_is_refused_with_the_reason() {
        byte[] notACatalog = "procedures:\n  - name: Thủ tục\n    total_days: 1\n".getBytes(StandardCharsets.UTF_8);
        byte[] notYaml = "{ [".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> CatalogFormat.YAML.read("t", "x", new ByteArrayInputStream(notACatalog), ImportProgress.NONE))
                .isInstanceOf(IOException.class).hasMessageContaining("online_level is missing");
        assertThatThrownBy(() -> CatalogFormat.YAML.read("t", "x", new ByteArrayInputStream(notYaml), ImportProgress.NONE))
                .isInstanceOf(IOException.class).hasMessageStartingWith("not a catalog in the reference YAML layout");
    }
}
