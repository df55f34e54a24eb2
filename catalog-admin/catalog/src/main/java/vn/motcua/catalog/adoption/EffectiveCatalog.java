package vn.motcua.catalog.adoption;

import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.StepDefinition;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The catalog a district or commune actually offers, computed from its province's version and its
 * adoption each time rather than copied, so a correction the province publishes reaches every
 * adopter at once. Where the correction leaves no room for an override, the province's value
 * wins and the override is listed among the {@code conflicts} for the local admin.
 * <p>
 * The province version is normally the published one in effect; a draft works too, which lets a
 * provincial admin preview what a correction would do to its adopters before publishing it.
 *
 * @param provinceVersionId  the version computed from, null if not yet stored
 * @param missingProcedures  adopted procedures the province's version no longer has
 * @param conflicts          overrides not applied
 */
public record EffectiveCatalog(String tenantId, Long provinceVersionId, List<EffectiveProcedure> procedures,
                               List<ProcedureKey> missingProcedures, List<OverrideConflict> conflicts) {

    public EffectiveCatalog {
        procedures = List.copyOf(procedures);
        missingProcedures = List.copyOf(missingProcedures);
        conflicts = List.copyOf(conflicts);
    }

    public static EffectiveCatalog compute(CatalogVersion provinceVersion, Adoption adoption) {
        Map<ProcedureKey, Procedure> byKey = Adoption.byKey(provinceVersion);
        List<OverrideConflict> conflicts = new ArrayList<>();
        Map<ProcedureKey, List<StepOverride>> fitting = new HashMap<>();
        for (StepOverride o : adoption.overrides()) {
            Procedure procedure = byKey.get(o.procedure());
            Optional<AdoptionProblem> problem = procedure == null
                    ? Optional.of(OverrideFit.procedureMissing(o.procedure(), o.step(), provinceVersion.title()))
                    : OverrideFit.check(o, procedure);
            problem.ifPresentOrElse(p -> conflicts.add(OverrideConflict.of(o, p)),
                    () -> fitting.computeIfAbsent(o.procedure(), k -> new ArrayList<>()).add(o));
        }
        List<EffectiveProcedure> procedures = new ArrayList<>();
        for (Procedure p : provinceVersion.procedures()) {
            ProcedureKey key = ProcedureKey.of(p);
            if (byKey.get(key) == p && adoption.adopts(key)) {
                procedures.add(effective(key, p, fitting.getOrDefault(key, List.of())));
            }
        }
        List<ProcedureKey> missing = adoption.procedures().stream().filter(k -> !byKey.containsKey(k)).toList();
        return new EffectiveCatalog(adoption.tenantId(), provinceVersion.id(), procedures, missing, conflicts);
    }

    /**
     * One province procedure as an adopter with {@code overrides} on it would offer it: the
     * overrides that fit are applied, the others left out (they are the adoption's problems), so an
     * adoption screen can show a live total without reading the whole version.
     */
    public static EffectiveProcedure procedure(Procedure provinceProcedure, List<StepOverride> overrides) {
        ProcedureKey key = ProcedureKey.of(provinceProcedure);
        List<StepOverride> fitting = overrides.stream()
                .filter(o -> o.procedure().equals(key) && OverrideFit.check(o, provinceProcedure).isEmpty())
                .toList();
        return effective(key, provinceProcedure, fitting);
    }

    public Optional<EffectiveProcedure> procedure(ProcedureKey key) {
        return procedures.stream().filter(p -> p.key().equals(key)).findFirst();
    }

    /** Overrides applied to the steps staff execute; parents and the total are then summed again. */
    private static EffectiveProcedure effective(ProcedureKey key, Procedure p, List<StepOverride> overrides) {
        Map<String, StepOverride> byStep = new HashMap<>();
        overrides.forEach(o -> byStep.put(o.step(), o));
        Map<String, Integer> subStepSums = new HashMap<>();
        List<EffectiveStep> executed = new ArrayList<>();
        for (StepDefinition s : p.steps()) {
            StepOverride o = byStep.get(s.number());
            Integer budget = o != null && o.budgetQuarters() != null ? o.budgetQuarters()
                    : s.isCounted() ? s.budgetQuarters() : null;
            executed.add(new EffectiveStep(s.number(), s.parentNumber(),
                    o != null && o.actorUnit() != null ? o.actorUnit() : s.actorUnit(),
                    o != null && o.actorRole() != null ? o.actorRole() : s.actorRole(),
                    s.content(), budget, s.level(), o != null, s.kind(), s.postingDays() == null ? null : s.postingQuarters(),
                    s.outcomes()));
            if (s.isSubStep() && budget != null) {
                subStepSums.merge(s.parentNumber(), budget, Integer::sum);
            }
        }
        List<EffectiveStep> steps = executed.stream()
                .map(s -> s.isCounted() && subStepSums.containsKey(s.number()) ? s.withBudget(subStepSums.get(s.number())) : s)
                .toList();
        int total = steps.stream().filter(s -> !s.isSubStep() && s.isCounted()).mapToInt(EffectiveStep::budgetQuarters).sum();
        return new EffectiveProcedure(key, p.id(), p.nationalCode(), p.name(), p.field(), p.handlingLevel(), p.onlineLevel(),
                total, steps, p.submissionChannels(), p.resultChannels(), p.notificationChannels(), p.documents(), p.fees(),
                p.legalBasis());
    }
}
