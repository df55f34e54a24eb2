package vn.motcua.engine.store;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import vn.motcua.tenants.persistence.Tenancy;

import java.time.Instant;
import java.util.Optional;

/**
 * The answers given to callers' Idempotency-Keys: stored in the transaction of the call they answer,
 * so an answer is remembered exactly when its command committed.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.MANDATORY)
public class IdempotencyKeys {

    @Inject
    Tenancy tenancy;

    public Optional<IdempotencyRecord> find(String caller, String key) {
        return tenancy.asSystem().createQuery(
                        "select k from IdempotencyKey k where k.caller = :caller and k.key = :key", IdempotencyRecord.class)
                .setParameter("caller", caller).setParameter("key", key)
                .getResultStream().findFirst();
    }

    public void remember(String caller, String key, String requestHash, int status, String body, Instant at) {
        var em = tenancy.asSystem();
        em.persist(new IdempotencyRecord(caller, key, requestHash, status, body, at));
        em.flush();
    }
}
