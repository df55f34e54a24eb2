package vn.motcua.catalog.adoption;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The last effective catalog computed for each tenant, under the {@link EffectiveCatalogKey} it was
 * computed for. A read whose key differs (a publication took effect, the adoption changed) computes
 * afresh and replaces the tenant's entry, so nothing stale is ever returned and each tenant holds
 * at most one entry.
 *
 * <p>Bounded by the number of procedures held, least recently read tenants evicted first: an
 * effective catalog takes about 6 KB of heap per procedure (its steps' texts, documents, fees,
 * legal basis; measured by bench/, see its README), and a country has ~3,300 communes, each of
 * which may adopt 2,000 procedures, so caching every tenant would not fit a server's heap (1 GB
 * in the stack); the desks that are busy now are the ones whose reads repeat. A bound by entries
 * would not do: one entry is 5 procedures or 2,000. Entries are immutable records, safe to share between
 * requests. Two concurrent misses of one tenant both compute (the computation is read-only and
 * the second result simply replaces the first): cheaper than holding a lock over a database read.
 */
public final class EffectiveCatalogCache {

    private record Entry(EffectiveCatalogKey key, EffectiveCatalog catalog, int weight) {
    }

    private final int maxProcedures;
    private final LinkedHashMap<String, Entry> byTenant = new LinkedHashMap<>(64, 0.75f, true);
    private long weight;
    private long hits;
    private long misses;

    /** @param maxProcedures how many effective procedures all entries together may hold */
    public EffectiveCatalogCache(int maxProcedures) {
        if (maxProcedures < 1) {
            throw new IllegalArgumentException("the cache holds at least one procedure");
        }
        this.maxProcedures = maxProcedures;
    }

    /** The tenant's effective catalog for {@code key}: the cached one if computed for that key, else {@code compute}'s. */
    public EffectiveCatalog get(EffectiveCatalogKey key, Supplier<EffectiveCatalog> compute) {
        Optional<EffectiveCatalog> cached = cached(key);
        if (cached.isPresent()) {
            return cached.get();
        }
        EffectiveCatalog computed = compute.get();
        put(key, computed);
        return computed;
    }

    public synchronized Optional<EffectiveCatalog> cached(EffectiveCatalogKey key) {
        Entry entry = byTenant.get(key.tenantId());
        if (entry != null && entry.key().equals(key)) {
            hits++;
            return Optional.of(entry.catalog());
        }
        misses++;
        return Optional.empty();
    }

    public synchronized void put(EffectiveCatalogKey key, EffectiveCatalog catalog) {
        if (!catalog.tenantId().equals(key.tenantId())) {
            throw new IllegalArgumentException("the effective catalog of " + catalog.tenantId() + " is not "
                    + key.tenantId() + "'s");
        }
        int entryWeight = Math.max(1, catalog.procedures().size());
        Entry previous = byTenant.remove(key.tenantId());
        if (previous != null) {
            weight -= previous.weight();
        }
        if (entryWeight > maxProcedures) {
            return;
        }
        byTenant.put(key.tenantId(), new Entry(key, catalog, entryWeight));
        weight += entryWeight;
        for (Iterator<Map.Entry<String, Entry>> eldest = byTenant.entrySet().iterator(); weight > maxProcedures && eldest.hasNext(); ) {
            weight -= eldest.next().getValue().weight();
            eldest.remove();
        }
    }

    /** How many tenants have an entry. */
    public synchronized int size() {
        return byTenant.size();
    }

    /** How many procedures the entries hold together. */
    public synchronized long procedures() {
        return weight;
    }

    public synchronized long hits() {
        return hits;
    }

    public synchronized long misses() {
        return misses;
    }
}
