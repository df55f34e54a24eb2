package vn.motcua.engine.dossier;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One line of a dossier's append-only history: one per command, written in the command's
 * transaction, never updated or deleted (the next phase's table refuses both). It says who (user,
 * the role they acted in, their tenant), when, through which client, what the dossier was before
 * and after (status, step, the tenant holding it), the outcome chosen and the written reasons, and
 * chains to the dossier's previous line by {@link #previousHash()} (see {@link HistoryChain}).
 *
 * @param sequence     1 for the dossier's first line, without gaps
 * @param role         the role the command was authorised by ("reception", "citizen", "system")
 * @param actorTenant  the actor's tenant; null for a citizen or the system
 * @param statusBefore null for {@link Command#RECEIVE}
 * @param stepBefore   the open step's label before ("4.2", "1.2 (2)"), null when none
 * @param holderBefore the tenant holding the dossier before, null for {@link Command#RECEIVE}
 * @param outcome      the outcome chosen ("RETURN>6.3: Không đủ điều kiện hưởng…"), null when none
 * @param details      further facts of the command (assignee, appointment, missing documents, channel…), by name
 * @param hash         SHA-256 of the entry's canonical form with the previous hash, lowercase hex
 */
public record HistoryEntry(String dossier, long sequence, Instant at, Command command,
                           String user, String role, String actorTenant, String clientId, String clientIp,
                           String idempotencyKey,
                           DossierStatus statusBefore, DossierStatus statusAfter,
                           String stepBefore, String stepAfter, String holderBefore, String holderAfter,
                           String outcome, List<String> reasons, SortedMap<String, String> details,
                           String previousHash, String hash) {

    public HistoryEntry {
        Objects.requireNonNull(dossier, "dossier");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(previousHash, "previousHash");
        reasons = reasons == null ? List.of() : List.copyOf(reasons);
        details = Collections.unmodifiableSortedMap(new TreeMap<>(details == null ? Map.of() : details));
    }

    /** The same entry with other reasons: what someone editing the table behind the runtime's back does. */
    public HistoryEntry withReasons(List<String> otherReasons) {
        return new HistoryEntry(dossier, sequence, at, command, user, role, actorTenant, clientId, clientIp, idempotencyKey,
                statusBefore, statusAfter, stepBefore, stepAfter, holderBefore, holderAfter, outcome, otherReasons,
                details, previousHash, hash);
    }
}
