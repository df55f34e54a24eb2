package vn.motcua.tenants.problem;

/** An Idempotency-Key used again with another request than the one it first answered (422). */
public class RequestReplayMismatch extends RuntimeException {

    public RequestReplayMismatch(String message) {
        super(message);
    }
}
