package vn.motcua.admin.catalog;

import org.junit.jupiter.api.Test;
import vn.motcua.admin.catalog.EditorPlace.Part;
import vn.motcua.catalog.version.AdministrativeLevel;
import vn.motcua.catalog.version.CatalogProblem;
import vn.motcua.catalog.version.CatalogValidation;
import vn.motcua.catalog.version.Fee;
import vn.motcua.catalog.version.OnlineLevel;
import vn.motcua.catalog.version.OutcomeKind;
import vn.motcua.catalog.version.ProcedureDraft;
import vn.motcua.catalog.version.RequiredDocument;
import vn.motcua.catalog.version.StepKind;
import vn.motcua.catalog.version.StepOutcome;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The procedure editor finds each problem's field by the key the API names it by
 * ({@code BrokenRule.field()}; the API's {@code InvalidInputMapperTest} checks the same problems of the
 * same draft): the same problem, the same key, on the API and next to the field.
 */
class EditorPlaceTest {

    @Test
    void every_problem_of_a_procedure_points_to_its_row_and_field() {
        List<CatalogProblem> problems = CatalogValidation.check(EditorDraft.withProblems());

        assertThat(problems).extracting(CatalogProblem::field)
                .contains("fees.1.description", "documents.2.name", "steps.2.actor", "steps.3.outcomes.1.target", "totalDays");
        assertThat(problems).allSatisfy(p -> assertThat(EditorPlace.of(p.field())).as(p.field()).isPresent());
        assertThat(EditorPlace.of("fees.1.description")).contains(new EditorPlace(Part.FEE, "1", "description", 0, null));
        assertThat(EditorPlace.of("documents.2.name")).contains(new EditorPlace(Part.DOCUMENT, "2", "name", 0, null));
        assertThat(EditorPlace.of("steps.2.actor")).contains(new EditorPlace(Part.STEP, "2", "actor", 0, null));
        assertThat(EditorPlace.of("steps.3.outcomes.1.target")).contains(new EditorPlace(Part.STEP, "3", "outcomes", 1, "target"));
        assertThat(EditorPlace.of("totalDays")).contains(new EditorPlace(Part.PROCEDURE, null, "totalDays", 0, null));
    }

    @Test
    void a_sub_steps_number_keeps_its_dot() {
        assertThat(EditorPlace.of("steps.4.2.budget")).contains(new EditorPlace(Part.STEP, "4.2", "budget", 0, null));
        assertThat(EditorPlace.of("steps.4.2.outcomes.2.kind")).contains(new EditorPlace(Part.STEP, "4.2", "outcomes", 2, "kind"));
    }

    @Test
    void a_problem_found_publishing_the_version_points_to_the_same_field() {
        CatalogProblem saving = new CatalogProblem(CatalogProblem.Kind.ACTOR_MISSING, "Thủ tục thử", "2", "step 2 has no actor", List.of("2"));

        assertThat(saving.inVersion().field()).isEqualTo(saving.field()).isEqualTo("steps.2.actor");
        assertThat(saving.inVersion().message()).startsWith("\"Thủ tục thử\": ");
    }

    /** A draft with a problem in each part of the editor: a fee without its description, a document, a step, an outcome, the total. */
    static final class EditorDraft {
        static ProcedureDraft withProblems() {
            return new ProcedureDraft("1.000001", "Thủ tục thử", "Hộ tịch", AdministrativeLevel.COMMUNE, OnlineLevel.PARTIAL,
                    new BigDecimal("5"),
                    List.of(step("1", "Bộ phận TN&TKQ", "reception", List.of()),
                            step("2", null, null, List.of()),
                            step("3", "Lãnh đạo", "leader", List.of(new StepOutcome(OutcomeKind.RETURN, "9", null)))),
                    Set.of(), Set.of(), Set.of(),
                    List.of(new RequiredDocument("Tờ khai", null, 1, 0, null), new RequiredDocument(" ", null, 1, 0, null)),
                    List.of(new Fee(" ", BigDecimal.ZERO, null)), null);
        }

        private static ProcedureDraft.Step step(String number, String unit, String role, List<StepOutcome> outcomes) {
            return new ProcedureDraft.Step(number, null, unit, role, "việc " + number, BigDecimal.ONE, null, StepKind.TASK, null,
                    outcomes);
        }
    }
}
