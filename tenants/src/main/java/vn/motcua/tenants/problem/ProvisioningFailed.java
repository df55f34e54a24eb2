package vn.motcua.tenants.problem;

/**
 * The identity provider did not carry out a change the tenant tree needs. The tree itself is
 * saved; repeating the same request finishes the provisioning (every step is idempotent).
 */
public class ProvisioningFailed extends RuntimeException {
    public ProvisioningFailed(String message) {
        super(message);
    }

    public ProvisioningFailed(String message, Throwable cause) {
        super(message, cause);
    }
}
