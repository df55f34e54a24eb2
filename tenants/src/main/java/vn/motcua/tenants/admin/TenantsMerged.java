package vn.motcua.tenants.admin;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * Fired (synchronously, inside the merger's transaction) when communes or wards have been merged,
 * so that the modules above the tenant tree carry their part of the merged units' setup over to
 * the unit they became — the tree itself knows nothing of catalogs. Observers add what they did,
 * or left to decide, with {@link #note}; the merger appends every note to the unit's history.
 * The 2025 reform (Nghị quyết 76/2025/UBTVQH15) has the new unit take over the merged units'
 * tasks: observers must leave the merged units' own rows untouched, as their legal record.
 *
 * @param merged       the units merged away (the successor itself excluded), in the order asked
 * @param names        the merged units' and the successor's names, by id, for notes
 * @param successorId  the unit they became
 * @param intoExisting whether the successor is one of the merging units (it keeps its own setup)
 * @param at           when the merger took effect
 */
public record TenantsMerged(List<String> merged, Map<String, String> names, String successorId, boolean intoExisting,
                            Instant at, List<MergerNote> notes) {

    public TenantsMerged(List<String> merged, Map<String, String> names, String successorId, boolean intoExisting, Instant at) {
        this(List.copyOf(merged), Map.copyOf(names), successorId, intoExisting, at, new ArrayList<>());
    }

    public String nameOf(String id) {
        return names.getOrDefault(id, id);
    }

    public void note(MergerNote note) {
        notes.add(note);
    }

    @Override
    public List<MergerNote> notes() {
        return Collections.unmodifiableList(notes);
    }
}
