package vn.motcua.tenants.problem;

/** The operation clashes with the current state, e.g. someone completed the step first. */
public class Conflict extends RuntimeException {
    public Conflict(String message) {
        super(message);
    }

    public Conflict(String message, Throwable cause) {
        super(message, cause);
    }
}
