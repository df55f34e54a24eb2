package vn.motcua.api.problem;

import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;
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
import vn.motcua.tenants.problem.InvalidInput;

import java.math.BigDecimal;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The API names a broken rule by the same key the admin's form binds it to
 * ({@code BrokenRule.field()}, see the admin's {@code EditorPlaceTest} for the same problems).
 */
class InvalidInputMapperTest {

    @Test
    void a_procedures_problems_are_400_errors_keyed_by_each_problems_field() {
        List<CatalogProblem> problems = CatalogValidation.check(EditorDraft.withProblems());

        Response response = new ProblemMappers.InvalidInputMapper().toResponse(new InvalidInput(problems));

        assertThat(response.getStatus()).isEqualTo(400);
        Problem body = (Problem) response.getEntity();
        assertThat(body.errors()).containsKeys("fees.1.description", "documents.2.name", "steps.2.actor", "steps.3.outcomes.1.target",
                "totalDays");
        assertThat(body.errors().keySet()).containsExactlyInAnyOrderElementsOf(problems.stream().map(CatalogProblem::field).distinct().toList());
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
