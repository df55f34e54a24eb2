package vn.motcua.engine.read;

import vn.motcua.engine.dossier.HistoryEntry;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One line of a dossier's history as the API shows it, with its place in the hash chain. */
public record HistoryView(long sequence, Instant at, String command, String user, String role, String tenant,
                          String clientId, String clientIp, String statusBefore, String statusAfter, String stepBefore,
                          String stepAfter, String holderBefore, String holderAfter, String outcome, List<String> reasons,
                          Map<String, String> details, String previousHash, String hash) {

    public static HistoryView of(HistoryEntry e) {
        return new HistoryView(e.sequence(), e.at(), e.command().name(), e.user(), e.role(), e.actorTenant(), e.clientId(),
                e.clientIp(), e.statusBefore() == null ? null : e.statusBefore().name(), e.statusAfter().name(),
                e.stepBefore(), e.stepAfter(), e.holderBefore(), e.holderAfter(), e.outcome(), e.reasons(), e.details(),
                e.previousHash(), e.hash());
    }
}
