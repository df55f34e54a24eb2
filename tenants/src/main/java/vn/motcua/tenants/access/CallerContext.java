package vn.motcua.tenants.access;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import vn.motcua.tenants.tree.TenantDirectory;

/**
 * Holds the caller of the current request. The web modules fill it from the token (API) or the
 * OpenID Connect session (UIs) before any service runs; services never read HTTP themselves.
 *
 * <p>The one place where a claim naming a merged unit is read as the unit it became: a token or
 * session issued before a merger keeps the merged unit's {@code tenant} claim until it expires,
 * but the merger moved that unit's staff to its successor (Nghị quyết 76/2025/UBTVQH15: the new
 * unit takes over the merged units' tasks), so the caller acts as the successor — the scope they
 * get at their next login — rather than as a unit that is now a record, and is not logged out of
 * a desk in the middle of a dossier.
 */
@RequestScoped
public class CallerContext {

    @Inject
    TenantDirectory directory;

    private Caller caller;

    public void set(Caller caller) {
        this.caller = caller.belongsToTenant() && directory != null ? directory.current(caller) : caller;
    }

    public Caller get() {
        if (caller == null) {
            throw new IllegalStateException("no authenticated caller in this request");
        }
        return caller;
    }

    public boolean isSet() {
        return caller != null;
    }
}
