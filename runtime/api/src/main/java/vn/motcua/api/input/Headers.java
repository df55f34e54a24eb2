package vn.motcua.api.input;

/** Request headers of the API beyond HTTP's own, named once for the resources and the OpenAPI document. */
public final class Headers {

    /**
     * A client's key for a mutating call: the same key with the same request answers the first
     * answer again, with another request it is refused (422).
     */
    public static final String IDEMPOTENCY_KEY = "Idempotency-Key";

    private Headers() {
    }
}
