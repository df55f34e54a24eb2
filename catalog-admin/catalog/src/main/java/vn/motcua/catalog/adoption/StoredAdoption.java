package vn.motcua.catalog.adoption;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.LockModeType;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import vn.motcua.catalog.diff.ProcedureKey;
import vn.motcua.tenants.persistence.TenantOwned;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** How a tenant's {@link Adoption} is kept: one row per tenant, its procedures and overrides as lists. */
@Entity
@Table(name = "catalog_adoption")
public class StoredAdoption extends TenantOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "adopts_all", nullable = false)
    private boolean adoptsAll;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "adoption_procedure", joinColumns = @JoinColumn(name = "adoption_id"))
    @OrderColumn(name = "position")
    private List<Key> procedures = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "adoption_override", joinColumns = @JoinColumn(name = "adoption_id"))
    @OrderColumn(name = "position")
    private List<OverrideRow> overrides = new ArrayList<>();

    @Version
    private long version;

    protected StoredAdoption() {
    }

    public StoredAdoption(Adoption adoption) {
        super(adoption.tenantId());
        replaceWith(adoption);
    }

    /**
     * Replaces what an existing row adopts. Its version moves even when only the lists change:
     * the effective catalog's cache keys on it ({@link EffectiveCatalogKey}).
     */
    public void revise(Adoption adoption, EntityManager em) {
        replaceWith(adoption);
        em.lock(this, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    }

    private void replaceWith(Adoption adoption) {
        adoptsAll = adoption.adoptsAll();
        procedures.clear();
        adoption.procedures().forEach(k -> procedures.add(new Key(k.nationalCode(), k.name())));
        overrides.clear();
        adoption.overrides().forEach(o -> overrides.add(new OverrideRow(o)));
    }

    public Adoption toAdoption() {
        Set<ProcedureKey> keys = new LinkedHashSet<>();
        procedures.forEach(k -> keys.add(k.toKey()));
        return new Adoption(tenantId, adoptsAll, keys, overrides.stream().map(OverrideRow::toOverride).toList());
    }

    @Embeddable
    public static class Key {
        @Column(name = "national_code", length = 40)
        private String nationalCode;
        @Column(name = "procedure_name", length = 500)
        private String name;

        protected Key() {
        }

        Key(String nationalCode, String name) {
            this.nationalCode = nationalCode;
            this.name = name;
        }

        ProcedureKey toKey() {
            return nationalCode != null ? ProcedureKey.ofCode(nationalCode) : ProcedureKey.ofName(name);
        }
    }

    @Embeddable
    public static class OverrideRow {
        @Column(name = "national_code", length = 40)
        private String nationalCode;
        @Column(name = "procedure_name", length = 500)
        private String name;
        @Column(name = "step_number", nullable = false, length = 16)
        private String step;
        @Column(name = "actor_unit", length = 500)
        private String actorUnit;
        @Column(name = "actor_role", length = 32)
        private String actorRole;
        @Column(name = "budget_quarters")
        private Integer budgetQuarters;

        protected OverrideRow() {
        }

        OverrideRow(StepOverride o) {
            this.nationalCode = o.procedure().nationalCode();
            this.name = o.procedure().name();
            this.step = o.step();
            this.actorUnit = o.actorUnit();
            this.actorRole = o.actorRole();
            this.budgetQuarters = o.budgetQuarters();
        }

        StepOverride toOverride() {
            return new StepOverride(new Key(nationalCode, name).toKey(), step, actorUnit, actorRole, budgetQuarters);
        }
    }
}
