package vn.motcua.api.dossier;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import vn.motcua.api.input.Headers;
import vn.motcua.engine.read.DossierDetails;
import vn.motcua.engine.store.IdempotencyKeys;
import vn.motcua.engine.store.IdempotencyRecord;
import vn.motcua.tenants.access.CallerContext;
import vn.motcua.tenants.problem.InvalidInput;
import vn.motcua.tenants.problem.RequestReplayMismatch;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Runs a mutating dossier call under its Idempotency-Key, in one transaction with the command: the
 * same key and request again answer the first answer (status and body, byte for byte), the same key
 * with another request is a 422, and an answer is remembered only when its command committed (an
 * error is not remembered: the same request may be sent again). Without a key the call just runs.
 */
@RequestScoped
public class Idempotency {

    private static final Jsonb JSON = JsonbBuilder.create();

    @Inject
    IdempotencyKeys keys;

    @Inject
    CallerContext callers;

    @Inject
    Clock clock;

    /** The command's answer: its dossier, and where a new one is (receive). */
    public record Answer(int status, DossierDetails dossier, URI location) {
    }

    @Transactional
    public Response run(String key, String operation, Object body, Supplier<Answer> call) {
        if (key == null) {
            return respond(call.get());
        }
        if (key.isBlank() || key.length() > 200) {
            throw new InvalidInput(Headers.IDEMPOTENCY_KEY, "an Idempotency-Key is 1 to 200 characters");
        }
        String caller = callers.get().username();
        String hash = hash(operation + "\n" + (body == null ? "" : JSON.toJson(body)));
        Optional<IdempotencyRecord> earlier = keys.find(caller, key);
        if (earlier.isPresent()) {
            if (!earlier.get().requestHash().equals(hash)) {
                throw new RequestReplayMismatch("Idempotency-Key " + key + " answered another request; use a new key for"
                        + " a new request");
            }
            return Response.status(earlier.get().responseStatus()).type(MediaType.APPLICATION_JSON_TYPE)
                    .entity(earlier.get().responseBody()).header("Idempotent-Replayed", "true").build();
        }
        Answer answer = call.get();
        String json = JSON.toJson(answer.dossier());
        keys.remember(caller, key, hash, answer.status(), json, clock.instant());
        return respond(answer, json);
    }

    private static Response respond(Answer answer) {
        return respond(answer, JSON.toJson(answer.dossier()));
    }

    private static Response respond(Answer answer, String json) {
        Response.ResponseBuilder r = Response.status(answer.status()).type(MediaType.APPLICATION_JSON_TYPE).entity(json)
                .tag(Long.toString(answer.dossier().version()));
        if (answer.location() != null) {
            r.location(answer.location());
        }
        return r.build();
    }

    private static String hash(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
