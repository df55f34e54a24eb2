package vn.motcua.tenants;

import jakarta.enterprise.context.RequestScoped;

/**
 * Holds the caller of the current request. The web modules fill it from the token (API) or the
 * OpenID Connect session (UIs) before any service runs; services never read HTTP themselves.
 */
@RequestScoped
public class CallerContext {

    private Caller caller;

    public void set(Caller caller) {
        this.caller = caller;
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
