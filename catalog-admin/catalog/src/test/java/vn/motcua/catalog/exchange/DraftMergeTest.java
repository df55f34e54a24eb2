package vn.motcua.catalog.exchange;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureDraft;
import vn.motcua.tenants.access.Role;

import java.math.BigDecimal;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

class DraftMergeTest {

    private static final String FUNERAL = "1.001731.000.00.00.H50";

    @Test
    void one_corrected_sheet_revises_its_procedure_and_leaves_the_rest() {
        CatalogVersion draft = Catalogs.quangTri();
        CatalogVersion sheet = new CatalogVersion(Catalogs.TENANT, "import");
        Procedure funeral = draft.procedures().stream().filter(p -> FUNERAL.equals(p.nationalCode())).findFirst().orElseThrow();
        sheet.addProcedure(funeral.toDraft().withTotalDays(new BigDecimal("4.75")));
        sheet.addProcedure(birth("Đăng ký khai sinh"));

        ImportSummary summary = DraftMerge.into(draft, sheet, false, () -> { });

        assertThat(summary).isEqualTo(new ImportSummary(1, 1, 0, List.of()));
        assertThat(draft.procedures()).hasSize(6);
        assertThat(funeral.totalDays()).isEqualByComparingTo("4.75");
        assertThat(draft.procedures().get(5).name()).isEqualTo("Đăng ký khai sinh");
        assertThat(draft.decisionNumber()).as("a partial import keeps the draft's decision").isEqualTo("71/QĐ-UBND");
    }

    @Test
    void a_procedure_that_gains_its_code_in_the_file_is_still_the_same_one() {
        CatalogVersion draft = Catalogs.quangTri();
        Procedure visit = draft.procedures().get(0);
        CatalogVersion file = new CatalogVersion(Catalogs.TENANT, "import");
        file.addProcedure(visit.toDraft().withNationalCode("1.002519.000.00.00.H50"));

        ImportSummary summary = DraftMerge.into(draft, file, false, () -> { });

        assertThat(summary.replaced()).isEqualTo(1);
        assertThat(visit.nationalCode()).isEqualTo("1.002519.000.00.00.H50");
        assertThat(draft.procedures()).hasSize(5);
    }

    @Test
    void replacing_the_whole_draft_removes_first_then_revises_and_takes_the_files_decision() {
        CatalogVersion draft = Catalogs.quangTri();
        CatalogVersion file = Catalogs.edgeCases();
        AtomicBoolean removedFirst = new AtomicBoolean();

        ImportSummary summary = DraftMerge.into(draft, file, true, () -> removedFirst.set(draft.procedures().isEmpty()));

        assertThat(removedFirst).isTrue();
        assertThat(summary).isEqualTo(new ImportSummary(2, 0, 5, List.of()));
        assertThat(CatalogDifferences.between(file, draft)).isEmpty();
    }

    @Test
    void a_procedure_the_file_holds_twice_is_reported_and_the_later_one_wins() {
        CatalogVersion draft = new CatalogVersion(Catalogs.TENANT, "draft");
        CatalogVersion file = new CatalogVersion(Catalogs.TENANT, "import");
        file.addProcedure(birth("Đăng ký khai sinh"));
        file.addProcedure(birth("Đăng ký khai sinh").withTotalDays(BigDecimal.ONE));

        ImportSummary summary = DraftMerge.into(draft, file, false, () -> { });

        assertThat(summary).isEqualTo(new ImportSummary(1, 0, 0, List.of("Đăng ký khai sinh")));
        assertThat(draft.procedures()).singleElement().satisfies(p -> assertThat(p.totalDays()).isEqualByComparingTo("1"));
    }

    private static ProcedureDraft birth(String name) {
        return new ProcedureDraft(null, name, "Hộ tịch", null, OnlineLevel.FULL, new BigDecimal("0.5"), List.of(
                new ProcedureDraft.Step("1", null, "Công chức tư pháp - hộ tịch", Role.SPECIALIST, "Giải quyết",
                        new BigDecimal("0.5"), null)));
    }
}
