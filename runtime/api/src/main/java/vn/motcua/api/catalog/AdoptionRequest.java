package vn.motcua.api.catalog;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.motcua.catalog.adoption.Adoption;
import vn.motcua.catalog.adoption.StepOverride;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.version.Budget;
import vn.motcua.tenants.problem.InvalidInput;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a district or commune adopts: everything, or the listed procedures, with local overrides.
 * Procedures are named by national code, or by name when they have none. Also the response shape.
 * Sizes are the adoption tables' columns.
 */
public class AdoptionRequest {

    @Schema(description = "adopt the whole catalog, including procedures added later")
    public boolean adoptsAll;

    @Schema(description = "the adopted procedures when adoptsAll is false")
    @Valid
    public List<ProcedureRef> procedures = new ArrayList<>();

    @Valid
    public List<Override> overrides = new ArrayList<>();

    @Schema(description = "overrides that no longer fit the catalog in effect (response only)", readOnly = true)
    public List<String> conflicts = new ArrayList<>();

    public static class ProcedureRef {
        @Size(max = 40)
        public String nationalCode;
        @Size(max = 500)
        public String name;

        ProcedureKey toKey() {
            if (nationalCode != null && !nationalCode.isBlank()) {
                return ProcedureKey.ofCode(nationalCode.trim());
            }
            if (name == null || name.isBlank()) {
                throw new InvalidInput("procedures", "a procedure is named by its national code or its name");
            }
            return ProcedureKey.ofName(name.trim());
        }
    }

    public static class Override extends ProcedureRef {
        @NotBlank
        @Size(max = 16)
        public String step;
        @Size(max = 500)
        public String actorUnit;
        @Size(max = 32)
        public String actorRole;
        @Schema(description = "a shorter budget in working days (quarter days)")
        @DecimalMin("0")
        @DecimalMax(Budget.MAX_DAYS)
        public BigDecimal budgetDays;
    }

    Adoption toAdoption(String tenantId) {
        try {
            Set<ProcedureKey> keys = new LinkedHashSet<>();
            procedures.forEach(p -> keys.add(p.toKey()));
            List<StepOverride> local = overrides.stream().map(o -> new StepOverride(o.toKey(), o.step, blank(o.actorUnit),
                    blank(o.actorRole), o.budgetDays == null ? null : quarters(o.budgetDays))).toList();
            return new Adoption(tenantId, adoptsAll, adoptsAll ? Set.of() : keys, local);
        } catch (IllegalArgumentException e) {
            throw new InvalidInput("overrides", e.getMessage());
        }
    }

    static AdoptionRequest of(Adoption adoption, List<String> conflicts) {
        AdoptionRequest view = new AdoptionRequest();
        view.adoptsAll = adoption.adoptsAll();
        adoption.procedures().forEach(k -> {
            ProcedureRef ref = new ProcedureRef();
            ref.nationalCode = k.nationalCode();
            ref.name = k.name();
            view.procedures.add(ref);
        });
        adoption.overrides().forEach(o -> {
            Override ref = new Override();
            ref.nationalCode = o.procedure().nationalCode();
            ref.name = o.procedure().name();
            ref.step = o.step();
            ref.actorUnit = o.actorUnit();
            ref.actorRole = o.actorRole();
            ref.budgetDays = o.budgetDays();
            view.overrides.add(ref);
        });
        view.conflicts = conflicts;
        return view;
    }

    private static Integer quarters(BigDecimal days) {
        return Budget.quartersOf(days);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
