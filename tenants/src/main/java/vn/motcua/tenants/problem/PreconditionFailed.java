package vn.motcua.tenants.problem;

/** The request named a version (If-Match) other than the current one: the caller acted on a stale read (412). */
public class PreconditionFailed extends RuntimeException {

    public PreconditionFailed(String message) {
        super(message);
    }
}
