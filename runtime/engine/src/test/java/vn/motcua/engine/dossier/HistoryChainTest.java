package vn.motcua.engine.dossier;

import org.junit.jupiter.api.Test;
import vn.motcua.catalog.version.Channel;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.motcua.engine.dossier.QuangTri.haiLang;

class HistoryChainTest {

    private final Actor reception = haiLang("hailang.reception", "reception");
    private final Actor specialist = haiLang("hailang.specialist", "specialist");
    private final Actor leader = haiLang("hailang.leader", "leader");

    @Test
    void the_history_of_a_dossier_is_a_chain_that_verifies() {
        Desk desk = visitedToTheResult();
        List<HistoryEntry> history = desk.history();

        ChainVerification check = HistoryChain.verify(history, desk.dossier().historyHead(), desk.dossier().historyLength());

        assertThat(check.intact()).isTrue();
        assertThat(check.entries()).isEqualTo(6);
        assertThat(history.get(0).previousHash()).isEqualTo(HistoryChain.GENESIS);
        for (int i = 1; i < history.size(); i++) {
            assertThat(history.get(i).previousHash()).isEqualTo(history.get(i - 1).hash());
        }
        assertThat(history).extracting(HistoryEntry::hash).doesNotHaveDuplicates().allMatch(h -> h.matches("[0-9a-f]{64}"));
    }

    @Test
    void a_tampered_entry_is_the_first_broken_link() {
        List<HistoryEntry> history = new ArrayList<>(visitedToTheResult().history());
        history.set(3, history.get(3).withReasons(List.of("đã sửa sau")));

        ChainVerification check = HistoryChain.verify(history);

        assertThat(check.intact()).isFalse();
        assertThat(check.firstBroken()).isEqualTo(4);
        assertThat(check.problem()).isEqualTo("entry 4 was changed after it was written: its content does not match its hash");
    }

    @Test
    void a_tampered_entry_whose_hash_was_recomputed_breaks_the_next_link() {
        List<HistoryEntry> history = new ArrayList<>(visitedToTheResult().history());
        history.set(1, HistoryChain.seal(history.get(1).withReasons(List.of("đã sửa sau"))));

        ChainVerification check = HistoryChain.verify(history);

        assertThat(check.firstBroken()).isEqualTo(3);
        assertThat(check.problem()).contains("does not follow entry 2");
    }

    @Test
    void a_removed_entry_and_a_removed_last_entry_are_found() {
        Desk desk = visitedToTheResult();
        List<HistoryEntry> gap = new ArrayList<>(desk.history());
        gap.remove(2);
        List<HistoryEntry> shortened = new ArrayList<>(desk.history());
        shortened.remove(shortened.size() - 1);

        assertThat(HistoryChain.verify(gap).firstBroken()).isEqualTo(3);
        assertThat(HistoryChain.verify(shortened).intact()).as("a prefix is a valid chain by itself").isTrue();
        ChainVerification anchored = HistoryChain.verify(shortened, desk.dossier().historyHead(), desk.dossier().historyLength());
        assertThat(anchored.intact()).isFalse();
        assertThat(anchored.problem()).isEqualTo("the dossier has 6 history entries, the history 5");
    }

    @Test
    void the_canonical_form_is_fixed_text_and_the_hash_is_its_sha_256() throws Exception {
        TreeMap<String, String> details = new TreeMap<>();
        details.put("receiver", "Nguyễn Thị Hoa");
        details.put("channel", "IN_PERSON");
        HistoryEntry entry = new HistoryEntry("000.00.23.H50-260424-0007", 7, Instant.parse("2026-05-04T01:00:00.120Z"),
                Command.RETURN_RESULT, "hailang.reception", "reception", "hai-lang", "motcua-desk", "10.0.0.7", null,
                DossierStatus.PROCESSED, DossierStatus.RESULT_RETURNED, "5", null, "hai-lang", "hai-lang", null,
                List.of("dòng 1\n\"dòng 2\""), details, "ab".repeat(32), null);

        String canonical = HistoryChain.canonical(entry);

        assertThat(canonical).isEqualTo("""
                motcua-history-v1
                dossier="000.00.23.H50-260424-0007"
                sequence="7"
                at="2026-05-04T01:00:00.120Z"
                command="RETURN_RESULT"
                user="hailang.reception"
                role="reception"
                actorTenant="hai-lang"
                clientId="motcua-desk"
                clientIp="10.0.0.7"
                idempotencyKey=null
                statusBefore="PROCESSED"
                statusAfter="RESULT_RETURNED"
                stepBefore="5"
                stepAfter=null
                holderBefore="hai-lang"
                holderAfter="hai-lang"
                outcome=null
                reasons="1"
                reason.0="dòng 1\\n\\"dòng 2\\""
                detail.channel="IN_PERSON"
                detail.receiver="Nguyễn Thị Hoa"
                previousHash="%s"
                """.formatted("ab".repeat(32)));
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical.getBytes(StandardCharsets.UTF_8)));
        assertThat(HistoryChain.seal(entry).hash()).isEqualTo(sha);
    }

    private Desk visitedToTheResult() {
        Route route = QuangTri.atHaiLang(QuangTri.VISIT);
        Desk desk = new Desk("2026-04-24T09:00");
        Dossier dossier = desk.receive(route, 7, Channel.IN_PERSON, Applicant.named("Nguyễn Thị Hoa"), reception);
        desk.at("2026-04-24T09:20").as(reception, c -> dossier.accept(DocumentChecklist.allPresented(route.documents()), c));
        desk.at("2026-04-28T10:00").as(specialist, c -> dossier.completeStep("2", null, null, List.of(), c));
        desk.at("2026-04-28T14:00").as(leader, c -> dossier.returnToStep("3", "2", List.of("Sai tên liệt sĩ"), c));
        desk.at("2026-04-28T16:00").as(specialist, c -> dossier.completeStep("2", null, null, List.of(), c));
        desk.at("2026-04-29T08:00").as(leader, c -> dossier.completeStep("3", null, null, List.of(), c));
        return desk;
    }
}
