package vn.motcua.tenants.admin;

import java.util.List;

/** The unit communes or wards were merged into, and what was carried over to it or is left to its admin. */
public record MergerOutcome(TenantView tenant, List<MergerNote> notes) {

    public MergerOutcome {
        notes = List.copyOf(notes);
    }

    public List<MergerNote> carried() {
        return notes.stream().filter(n -> !n.decisionNeeded()).toList();
    }

    public List<MergerNote> toDecide() {
        return notes.stream().filter(MergerNote::decisionNeeded).toList();
    }
}
