package vn.motcua.engine.dossier;

/**
 * What {@link HistoryChain#verify} found: an intact chain and its head, or the first entry that
 * breaks it and why (what {@code GET /api/dossiers/{code}/history/verification} answers).
 *
 * @param entries     how many entries were checked
 * @param firstBroken the sequence number of the first broken entry, 0 when intact
 * @param headHash    the last entry's hash when intact
 */
public record ChainVerification(boolean intact, int entries, long firstBroken, String problem, String headHash) {

    static ChainVerification intact(int entries, String headHash) {
        return new ChainVerification(true, entries, 0, null, headHash);
    }

    static ChainVerification broken(int entries, long firstBroken, String problem) {
        return new ChainVerification(false, entries, firstBroken, problem, null);
    }
}
