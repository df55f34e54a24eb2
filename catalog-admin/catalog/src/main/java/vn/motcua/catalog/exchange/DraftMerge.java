package vn.motcua.catalog.exchange;

import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.catalog.version.CatalogVersion;
import vn.motcua.catalog.version.Procedure;
import vn.motcua.catalog.version.SearchText;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Brings what a file holds into the tenant's open draft. Each imported procedure revises the
 * draft's procedure it is (by {@link ProcedureKey}, then by name, as {@link vn.motcua.catalog.diff.CatalogDiff}
 * recognises procedures across versions) or is added; so an office can send back one corrected
 * sheet without touching the rest. Replacing the whole draft also removes what the file does not
 * hold and takes the file's decision, issuer and portal.
 */
public final class DraftMerge {

    private DraftMerge() {
    }

    /**
     * @param afterRemovals run between removing and revising, so a store can write the removals
     *                      first (a revised procedure may take the national code of a removed one)
     */
    public static ImportSummary into(CatalogVersion draft, CatalogVersion imported, boolean replaceAll, Runnable afterRemovals) {
        Map<Procedure, Procedure> target = new IdentityHashMap<>();
        Set<Procedure> matched = Collections.newSetFromMap(new IdentityHashMap<>());
        Map<ProcedureKey, Procedure> byKey = new LinkedHashMap<>();
        draft.procedures().forEach(p -> byKey.putIfAbsent(ProcedureKey.of(p), p));
        List<Procedure> unmatched = new ArrayList<>();
        for (Procedure p : imported.procedures()) {
            Procedure same = byKey.get(ProcedureKey.of(p));
            if (same != null) {
                target.put(p, same);
                matched.add(same);
            } else {
                unmatched.add(p);
            }
        }
        for (Procedure p : unmatched) {
            draft.procedures().stream()
                    .filter(d -> !matched.contains(d) && SearchText.fold(d.name()).equals(SearchText.fold(p.name())))
                    .findFirst()
                    .ifPresent(d -> {
                        target.put(p, d);
                        matched.add(d);
                    });
        }
        int removed = 0;
        if (replaceAll) {
            for (Procedure d : new ArrayList<>(draft.procedures())) {
                if (!matched.contains(d)) {
                    draft.removeProcedure(d);
                    removed++;
                }
            }
            draft.describe(imported.decisionNumber(), imported.decisionYear(), imported.replaces(), imported.issuer(),
                    imported.portalUrl());
        }
        afterRemovals.run();
        int added = 0;
        int replaced = 0;
        Set<ProcedureKey> seen = new HashSet<>();
        Map<ProcedureKey, Procedure> createdByKey = new LinkedHashMap<>();
        List<String> repeated = new ArrayList<>();
        for (Procedure p : imported.procedures()) {
            ProcedureKey key = ProcedureKey.of(p);
            boolean again = !seen.add(key);
            if (again) {
                repeated.add(p.name());
            }
            Procedure existing = target.containsKey(p) ? target.get(p) : createdByKey.get(key);
            if (existing != null) {
                existing.revise(p.toDraft());
                if (!again && target.containsKey(p)) {
                    replaced++;
                }
            } else {
                createdByKey.put(key, draft.addProcedure(p.toDraft()));
                added++;
            }
        }
        return new ImportSummary(added, replaced, removed, repeated);
    }
}
