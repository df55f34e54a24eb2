package vn.motcua.tenants.problem;

/**
 * The thing asked for does not exist for this caller. Also raised for another tenant's rows:
 * their existence is not disclosed.
 */
public class NotFound extends RuntimeException {
    public NotFound(String message) {
        super(message);
    }
}
