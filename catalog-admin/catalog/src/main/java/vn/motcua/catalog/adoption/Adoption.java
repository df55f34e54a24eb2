package vn.motcua.catalog.adoption;

import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Procedure;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A district's or commune's adoption of its province's catalog: the whole of it or a chosen
 * subset, and the local overrides on its steps. It names procedures by {@link ProcedureKey}
 * rather than by the rows of one version, so when the province publishes a correction the same
 * adoption applies to the new version (see {@link EffectiveCatalog}) and nothing is copied.
 * Immutable: every change returns a new adoption.
 *
 * @param adoptsAll  the whole catalog, including procedures the province adds later
 * @param procedures the adopted subset, empty when {@code adoptsAll}
 * @param overrides  at most one per step of a procedure, only on adopted procedures
 */
public record Adoption(String tenantId, boolean adoptsAll, Set<ProcedureKey> procedures, List<StepOverride> overrides) {

    public Adoption {
        Objects.requireNonNull(tenantId, "tenantId");
        procedures = Collections.unmodifiableSet(new LinkedHashSet<>(procedures));
        overrides = List.copyOf(overrides);
        if (adoptsAll && !procedures.isEmpty()) {
            throw new IllegalArgumentException("an adoption of the whole catalog lists no procedures");
        }
        Set<StepRef> steps = new HashSet<>();
        for (StepOverride o : overrides) {
            if (!adoptsAll && !procedures.contains(o.procedure())) {
                throw new IllegalArgumentException("procedure " + o.procedure() + " is not adopted by " + tenantId
                        + ", so its step " + o.step() + " cannot be overridden");
            }
            if (!steps.add(new StepRef(o.procedure(), o.step()))) {
                throw new IllegalArgumentException("step " + o.step() + " of " + o.procedure() + " is overridden twice");
            }
        }
    }

    public static Adoption all(String tenantId) {
        return new Adoption(tenantId, true, Set.of(), List.of());
    }

    public static Adoption only(String tenantId, Collection<ProcedureKey> procedures) {
        return new Adoption(tenantId, false, new LinkedHashSet<>(procedures), List.of());
    }

    public boolean adopts(ProcedureKey procedure) {
        return adoptsAll || procedures.contains(procedure);
    }

    /** This adoption with {@code override} in place of any earlier override of the same step. */
    public Adoption withOverride(StepOverride override) {
        List<StepOverride> next = new ArrayList<>(overrides);
        next.removeIf(o -> sameStep(o, override.procedure(), override.step()));
        next.add(override);
        return new Adoption(tenantId, adoptsAll, procedures, next);
    }

    public Adoption withoutOverride(ProcedureKey procedure, String step) {
        List<StepOverride> next = new ArrayList<>(overrides);
        next.removeIf(o -> sameStep(o, procedure, step));
        return new Adoption(tenantId, adoptsAll, procedures, next);
    }

    public List<StepOverride> overridesOf(ProcedureKey procedure) {
        return overrides.stream().filter(o -> o.procedure().equals(procedure)).toList();
    }

    /**
     * What does not fit {@code provinceVersion}: adopted procedures it lacks, and overrides on
     * steps that are missing, not done by staff, or whose budget would not be shorter than the
     * province's. Empty when the adoption fits; each message names the procedure and the step.
     */
    public List<AdoptionProblem> validateAgainst(CatalogVersion provinceVersion) {
        Map<ProcedureKey, Procedure> byKey = byKey(provinceVersion);
        List<AdoptionProblem> problems = new ArrayList<>();
        procedures.stream()
                .filter(key -> !byKey.containsKey(key))
                .forEach(key -> problems.add(OverrideFit.procedureMissing(key, null, provinceVersion.title())));
        for (StepOverride o : overrides) {
            Procedure procedure = byKey.get(o.procedure());
            if (procedure == null) {
                problems.add(OverrideFit.procedureMissing(o.procedure(), o.step(), provinceVersion.title()));
            } else {
                OverrideFit.check(o, procedure).ifPresent(problems::add);
            }
        }
        return problems;
    }

    /**
     * What does not fit in this adoption's overrides of one procedure of the province's version:
     * the part of {@link #validateAgainst} an adoption screen shows while the admin edits it.
     */
    public List<AdoptionProblem> problemsWith(Procedure provinceProcedure) {
        List<AdoptionProblem> problems = new ArrayList<>();
        overridesOf(ProcedureKey.of(provinceProcedure)).forEach(o -> OverrideFit.check(o, provinceProcedure).ifPresent(problems::add));
        return problems;
    }

    /**
     * This adoption without what {@code stale} names: adopted procedures the version no longer
     * has and overrides of steps that are gone or no longer done at a desk. Overrides whose
     * budget no longer fits are kept: their admin decides, next to the field, what the budget is.
     */
    public Adoption withoutStale(Collection<AdoptionProblem> problems) {
        Set<ProcedureKey> missing = new HashSet<>();
        Set<StepRef> dropped = new HashSet<>();
        for (AdoptionProblem p : problems) {
            switch (p.kind()) {
                case PROCEDURE_MISSING -> {
                    if (p.step() == null) {
                        missing.add(p.procedure());
                    } else {
                        dropped.add(new StepRef(p.procedure(), p.step()));
                    }
                }
                case STEP_MISSING, CITIZEN_STEP, STEP_HAS_SUBSTEPS -> dropped.add(new StepRef(p.procedure(), p.step()));
                default -> {
                }
            }
        }
        Set<ProcedureKey> kept = new LinkedHashSet<>(procedures);
        kept.removeAll(missing);
        List<StepOverride> keptOverrides = overrides.stream()
                .filter(o -> !missing.contains(o.procedure()) && !dropped.contains(new StepRef(o.procedure(), o.step())))
                .toList();
        return new Adoption(tenantId, adoptsAll, kept, keptOverrides);
    }

    /**
     * What adopting this from {@code provinceVersion} comes to — the one rule the API and the adoption
     * screen both follow: what the version no longer has or no longer lets a desk do (procedures,
     * steps, citizen steps, steps split into sub-steps) is dropped, since the adopter can do nothing
     * else about it; an override that is there but does not fit (a budget not shorter, shorter than
     * a posting, on an uncounted step) is a problem the adopter corrects. Empty problems: {@code
     * adoption} is what is stored.
     */
    public Fitted fitTo(CatalogVersion provinceVersion) {
        List<AdoptionProblem> found = validateAgainst(provinceVersion);
        Adoption kept = withoutStale(found);
        List<AdoptionProblem> left = found.stream()
                .filter(p -> kept.overrides.stream().anyMatch(o -> sameStep(o, p.procedure(), p.step())))
                .toList();
        return new Fitted(kept, left);
    }

    /** An adoption as {@link #fitTo} leaves it, and what in it the adopter must still correct. */
    public record Fitted(Adoption adoption, List<AdoptionProblem> problems) {

        public Fitted {
            problems = List.copyOf(problems);
        }
    }

    /** The version's procedures by key; the first wins should a draft still repeat a key. */
    static Map<ProcedureKey, Procedure> byKey(CatalogVersion version) {
        Map<ProcedureKey, Procedure> byKey = new HashMap<>();
        version.procedures().forEach(p -> byKey.putIfAbsent(ProcedureKey.of(p), p));
        return byKey;
    }

    private record StepRef(ProcedureKey procedure, String step) {
    }

    private static boolean sameStep(StepOverride o, ProcedureKey procedure, String step) {
        return o.procedure().equals(procedure) && o.step().equals(step == null ? null : step.trim());
    }
}
