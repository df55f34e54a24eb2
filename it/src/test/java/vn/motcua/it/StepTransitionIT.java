package vn.motcua.it;

import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A step transition writes the dossier and exactly one history row, in one transaction, as seen
 * in the real database; a second completion of the same step, even a concurrent one, is refused
 * with 409 and leaves no trace. Which check refuses two HTTP requests at once depends on their
 * timing (the current step, or the optimistic version when both read before either wrote);
 * {@link StepConflictInContainerIT} forces the second case.
 */
class StepTransitionIT extends DeployedEar {

    @Test
    void completing_a_step_writes_the_dossier_and_one_history_row() throws SQLException {
        String code = Demo.receiveVisit("Đỗ Thị Lan").getString("code");
        Row before = row(code);

        assertThat(Api.post("/api/dossiers/" + code + "/steps/1/completion", Api.token("hailang.reception"), null).status())
                .isEqualTo(200);

        Row after = row(code);
        assertThat(after.version()).isEqualTo(before.version() + 1);
        assertThat(after.step()).isEqualTo("2");
        assertThat(events(code)).containsExactly("RECEIVED:null", "STEP_COMPLETED:1");
    }

    @Test
    void a_refused_completion_changes_nothing() throws SQLException {
        String code = Demo.receiveVisit("Vũ Văn Hải").getString("code");
        Row before = row(code);

        // step 1 is reception's; a specialist is refused
        assertThat(Api.post("/api/dossiers/" + code + "/steps/1/completion", Api.token("hailang.specialist"), null).status())
                .isEqualTo(403);

        assertThat(row(code)).isEqualTo(before);
        assertThat(events(code)).containsExactly("RECEIVED:null");
    }

    @Test
    void two_clerks_completing_the_same_step_at_once_one_wins_the_other_gets_409() throws Exception {
        String code = Demo.receiveVisit("Ngô Thị Thu").getString("code");
        String token = Api.token("hailang.reception");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Integer>> replies = new ArrayList<>();
            for (int i = 0; i < 2; i++) {
                replies.add(CompletableFuture.supplyAsync(() -> {
                    await(start);
                    return Api.post("/api/dossiers/" + code + "/steps/1/completion", token, null).status();
                }, pool));
            }
            start.countDown();
            List<Integer> statuses = replies.stream().map(CompletableFuture::join).sorted().toList();

            assertThat(statuses).containsExactly(200, 409);
        } finally {
            pool.shutdownNow();
        }
        assertThat(events(code)).containsExactly("RECEIVED:null", "STEP_COMPLETED:1");
        assertThat(row(code).step()).isEqualTo("2");
    }

    private record Row(long version, String step, String status) {
    }

    private static Row row(String code) throws SQLException {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("SELECT version, step_number, status FROM dossier WHERE code = ?")) {
            s.setString(1, code);
            try (ResultSet r = s.executeQuery()) {
                assertThat(r.next()).as("dossier row " + code).isTrue();
                return new Row(r.getLong(1), r.getString(2), r.getString(3));
            }
        }
    }

    private static List<String> events(String code) throws SQLException {
        try (Connection c = connect();
             PreparedStatement s = c.prepareStatement("""
                     SELECT e.type, e.step_number FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id
                     WHERE d.code = ? ORDER BY e.id""")) {
            s.setString(1, code);
            List<String> events = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    events.add(r.getString(1) + ":" + r.getString(2));
                }
            }
            return events;
        }
    }

    static Connection connect() throws SQLException {
        return DriverManager.getConnection(TestStackSession.jdbcUrl(), TestStackSession.dbUser(), TestStackSession.dbPassword());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
