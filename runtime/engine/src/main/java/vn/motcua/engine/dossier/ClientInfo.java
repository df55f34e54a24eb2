package vn.motcua.engine.dossier;

/**
 * The client a command came through, for the audit: the token's client id (the desk, the portal,
 * a script), the caller's IP address and the request's Idempotency-Key. All may be null (a timer).
 */
public record ClientInfo(String clientId, String ip, String idempotencyKey) {

    public static final ClientInfo NONE = new ClientInfo(null, null, null);
}
