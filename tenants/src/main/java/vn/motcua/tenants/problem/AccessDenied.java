package vn.motcua.tenants.problem;

/** The caller is known but their role does not allow the operation. */
public class AccessDenied extends RuntimeException {
    public AccessDenied(String message) {
        super(message);
    }
}
