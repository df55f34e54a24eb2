package vn.motcua.engine.dossier;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/**
 * The hash chain over a dossier's history: each entry's hash is SHA-256 over its canonical form,
 * which ends with the previous entry's hash (64 zeros before the first), so changing, removing or
 * inserting a line anywhere breaks every hash after it. The dossier keeps the last hash and the
 * number of lines, so even a rewrite of the whole tail shows against the dossier's row.
 *
 * <p>The canonical form is UTF-8 text, one {@code name=value} line per field in a fixed order
 * (the order of {@link HistoryEntry}'s components), each value JSON-quoted ({@code null} when
 * absent, control characters escaped), lists as {@code reason.0=…}, details as
 * {@code detail.<name>=…} in name order, instants in UTC to the millisecond
 * ({@code 2026-04-24T02:00:00.000Z}). Strings are hashed as stored: no normalisation, so any change
 * of bytes in the database shows.
 */
public final class HistoryChain {

    /** The "previous hash" of a dossier's first entry. */
    public static final String GENESIS = "0".repeat(64);

    private static final String VERSION = "motcua-history-v1";
    private static final DateTimeFormatter INSTANT = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'")
            .withZone(ZoneOffset.UTC);

    private HistoryChain() {
    }

    /** {@code entry} with its hash computed over its content and its {@code previousHash}. */
    public static HistoryEntry seal(HistoryEntry entry) {
        return new HistoryEntry(entry.dossier(), entry.sequence(), entry.at(), entry.command(), entry.user(), entry.role(),
                entry.actorTenant(), entry.clientId(), entry.clientIp(), entry.idempotencyKey(), entry.statusBefore(),
                entry.statusAfter(), entry.stepBefore(), entry.stepAfter(), entry.holderBefore(), entry.holderAfter(),
                entry.outcome(), entry.reasons(), entry.details(), entry.previousHash(), hashOf(entry));
    }

    /** SHA-256 of the entry's canonical form (which includes its previous hash), lowercase hex. */
    public static String hashOf(HistoryEntry entry) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(canonical(entry).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    /** The text that is hashed. */
    public static String canonical(HistoryEntry e) {
        StringBuilder text = new StringBuilder(VERSION).append('\n');
        line(text, "dossier", e.dossier());
        line(text, "sequence", Long.toString(e.sequence()));
        line(text, "at", INSTANT.format(e.at()));
        line(text, "command", e.command().name());
        line(text, "user", e.user());
        line(text, "role", e.role());
        line(text, "actorTenant", e.actorTenant());
        line(text, "clientId", e.clientId());
        line(text, "clientIp", e.clientIp());
        line(text, "idempotencyKey", e.idempotencyKey());
        line(text, "statusBefore", e.statusBefore() == null ? null : e.statusBefore().name());
        line(text, "statusAfter", e.statusAfter() == null ? null : e.statusAfter().name());
        line(text, "stepBefore", e.stepBefore());
        line(text, "stepAfter", e.stepAfter());
        line(text, "holderBefore", e.holderBefore());
        line(text, "holderAfter", e.holderAfter());
        line(text, "outcome", e.outcome());
        line(text, "reasons", Integer.toString(e.reasons().size()));
        for (int i = 0; i < e.reasons().size(); i++) {
            line(text, "reason." + i, e.reasons().get(i));
        }
        for (Map.Entry<String, String> d : e.details().entrySet()) {
            line(text, "detail." + d.getKey(), d.getValue());
        }
        line(text, "previousHash", e.previousHash());
        return text.toString();
    }

    /**
     * Checks a dossier's history, read in sequence order: numbering without gaps from 1, each
     * previous hash the hash before it, each hash its content's.
     */
    public static ChainVerification verify(List<HistoryEntry> entries) {
        String previous = GENESIS;
        for (int i = 0; i < entries.size(); i++) {
            HistoryEntry e = entries.get(i);
            long expected = i + 1L;
            if (e.sequence() != expected) {
                return ChainVerification.broken(entries.size(), expected, "entry " + expected + " is missing; found "
                        + e.sequence() + " in its place");
            }
            if (!previous.equals(e.previousHash())) {
                return ChainVerification.broken(entries.size(), expected, "entry " + expected
                        + " does not follow entry " + (expected - 1) + ": its previous hash differs");
            }
            if (!hashOf(e).equals(e.hash())) {
                return ChainVerification.broken(entries.size(), expected, "entry " + expected
                        + " was changed after it was written: its content does not match its hash");
            }
            previous = e.hash();
        }
        return ChainVerification.intact(entries.size(), previous);
    }

    /**
     * As {@link #verify(List)}, and the chain must end where the dossier says it does: its last hash
     * and its number of entries (a removed last line, or a rewritten tail, shows here).
     */
    public static ChainVerification verify(List<HistoryEntry> entries, String headHash, long length) {
        ChainVerification chain = verify(entries);
        if (!chain.intact()) {
            return chain;
        }
        if (entries.size() != length) {
            return ChainVerification.broken(entries.size(), Math.min(entries.size(), length) + 1,
                    "the dossier has " + length + " history entries, the history " + entries.size());
        }
        if (!chain.headHash().equals(headHash)) {
            return ChainVerification.broken(entries.size(), length, "the last entry is not the one the dossier recorded");
        }
        return chain;
    }

    private static void line(StringBuilder text, String name, String value) {
        text.append(name).append('=').append(value == null ? "null" : quote(value)).append('\n');
    }

    private static String quote(String value) {
        StringBuilder q = new StringBuilder(value.length() + 2).append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '"' -> q.append("\\\"");
                case '\\' -> q.append("\\\\");
                case '\n' -> q.append("\\n");
                case '\r' -> q.append("\\r");
                case '\t' -> q.append("\\t");
                default -> {
                    if (c < 0x20) {
                        q.append("\\u%04x".formatted((int) c));
                    } else {
                        q.append(c);
                    }
                }
            }
        }
        return q.append('"').toString();
    }

    static String format(Instant at) {
        return INSTANT.format(at);
    }
}
