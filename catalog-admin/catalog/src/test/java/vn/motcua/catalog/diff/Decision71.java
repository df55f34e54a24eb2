package vn.motcua.catalog.diff;

import vn.motcua.catalog.exchange.ReferenceCatalogReader;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.LegalBasis;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.ProcedureDraft;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * Quảng Trị's 71/QĐ-UBND as the project ships it, published, and the corrections tests make to it
 * the way a province would: a new draft of the published version with a procedure revised.
 */
public final class Decision71 {

    public static final String VISIT = "Thăm viếng mộ liệt sĩ";
    public static final String MONTHLY_ALLOWANCE = "1.001776.000.00.00.H50";
    public static final String FUNERAL_SUPPORT = "1.001731.000.00.00.H50";
    public static final String POOR_HOUSEHOLD = "1.011607.H50";

    private Decision71() {
    }

    public static CatalogVersion published() {
        try (InputStream in = Decision71.class.getClassLoader().getResourceAsStream("reference/quang-tri-ldtbxh-2024.yaml")) {
            CatalogVersion version = ReferenceCatalogReader.read("quang-tri", in);
            version.publish(new LegalBasis("71/QĐ-UBND", LocalDate.of(2024, 1, 15), LocalDate.of(2024, 1, 15),
                    List.of("4324/QĐ-UBND", "2236/QĐ-UBND", "2179/QĐ-UBND")), Instant.parse("2024-01-15T01:00:00Z"));
            return version;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Procedure procedure(CatalogVersion version, ProcedureKey key) {
        return version.procedures().stream().filter(p -> ProcedureKey.of(p).equals(key)).findFirst().orElseThrow();
    }

    /** A draft amending {@code version} in which the procedure of {@code key} is revised by {@code change}. */
    public static CatalogVersion correcting(CatalogVersion version, ProcedureKey key, UnaryOperator<ProcedureDraft> change) {
        CatalogVersion draft = version.newDraft("correction of " + version.title());
        Procedure procedure = procedure(draft, key);
        procedure.revise(change.apply(procedure.toDraft()));
        return draft;
    }

    /** Step {@code number} with a new budget, and the parent and total adjusted as a decision would. */
    public static UnaryOperator<ProcedureDraft> budget(String number, String days) {
        return draft -> {
            ProcedureDraft.Step step = step(draft, number);
            BigDecimal delta = new BigDecimal(days).subtract(step.budgetDays());
            List<ProcedureDraft.Step> steps = draft.steps().stream()
                    .map(s -> s.number().equals(number) || s.number().equals(step.parentNumber())
                            ? s.withBudgetDays(s.budgetDays().add(delta))
                            : s)
                    .toList();
            return draft.withSteps(steps).withTotalDays(draft.totalDays().add(delta));
        };
    }

    /** Without step {@code number}, its budget taken off its parent and the total. */
    public static UnaryOperator<ProcedureDraft> withoutStep(String number) {
        return draft -> {
            ProcedureDraft shortened = budget(number, "0").apply(draft);
            return shortened.withSteps(shortened.steps().stream().filter(s -> !s.number().equals(number)).toList());
        };
    }

    public static UnaryOperator<ProcedureDraft> actor(String number, String unit) {
        return draft -> draft.withSteps(draft.steps().stream()
                .map(s -> s.number().equals(number) ? s.withActor(unit, s.actorRole()) : s)
                .toList());
    }

    private static ProcedureDraft.Step step(ProcedureDraft draft, String number) {
        return draft.steps().stream().filter(s -> s.number().equals(number)).findFirst().orElseThrow();
    }
}
