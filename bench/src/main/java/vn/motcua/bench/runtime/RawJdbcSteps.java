package vn.motcua.bench.runtime;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.util.HexFormat;

/**
 * (a) The floor: what a step costs when nothing but the irreducible is done — one version-checked
 * UPDATE of the dossier's row and one INSERT of its history row, in one commit; the reception is one
 * INSERT of each. Plain JDBC, prepared statements, one connection per worker, the same URL as the
 * application. The history rows are hash-chained (SHA-256 over the row and the previous hash), as
 * the engine's are, so the floor pays that too (microseconds). No dossier code counter: the code
 * comes from the worker's number (the counter row is measured on its own, {@link SequenceBurst}).
 */
final class RawJdbcSteps implements Workload {

    static final String SCHEMA = "motcua_bench_raw";
    private static final String[] STEPS = {"1", "2", "3", "4", "5"};
    private static final String[] STATUS_AFTER = {"RECEIVED", "PROCESSING", "PROCESSING", "PROCESSED", "RESULT_RETURNED"};
    private static final String[] COMMAND = {"ACCEPT", "COMPLETE_STEP", "COMPLETE_STEP", "RESOLVE", "RETURN_RESULT"};

    private final Database db;

    RawJdbcSteps(Database db) {
        this.db = db;
    }

    @Override
    public String name() {
        return "(a) raw JDBC";
    }

    @Override
    public void prepare(int maxWorkers) throws SQLException {
        try (Connection c = db.connect(SCHEMA); Statement s = c.createStatement()) {
            s.execute("DROP TABLE IF EXISTS dossier_history");
            s.execute("DROP TABLE IF EXISTS dossier");
            // the columns the engine's dossier row and history row carry that a step changes or writes
            s.execute("""
                    CREATE TABLE dossier (
                        id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
                        tenant_id      VARCHAR(64)  NOT NULL,
                        code           VARCHAR(64)  NOT NULL,
                        procedure_name VARCHAR(500) NOT NULL,
                        applicant_name VARCHAR(200) NOT NULL,
                        status         VARCHAR(32)  NOT NULL,
                        step_number    VARCHAR(16)  NULL,
                        holder         VARCHAR(64)  NULL,
                        history_length BIGINT       NOT NULL,
                        history_head   CHAR(64)     NOT NULL,
                        updated_at     DATETIME(3)  NOT NULL,
                        version        BIGINT       NOT NULL,
                        CONSTRAINT uq_raw_dossier_code UNIQUE (code),
                        INDEX ix_raw_dossier_queue (tenant_id, status)
                    ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""");
            s.execute("""
                    CREATE TABLE dossier_history (
                        id            BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
                        dossier_id    BIGINT      NOT NULL,
                        sequence      BIGINT      NOT NULL,
                        at            DATETIME(3) NOT NULL,
                        command       VARCHAR(32) NOT NULL,
                        user_id       VARCHAR(100) NOT NULL,
                        tenant_id     VARCHAR(64) NULL,
                        status_before VARCHAR(32) NULL,
                        status_after  VARCHAR(32) NOT NULL,
                        step_before   VARCHAR(16) NULL,
                        step_after    VARCHAR(16) NULL,
                        previous_hash CHAR(64)    NOT NULL,
                        hash          CHAR(64)    NOT NULL,
                        CONSTRAINT uq_raw_history UNIQUE (dossier_id, sequence),
                        CONSTRAINT fk_raw_history FOREIGN KEY (dossier_id) REFERENCES dossier (id)
                    ) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci""");
        }
    }

    @Override
    public Worker worker(int index) throws SQLException {
        return new RawWorker(db.connect(SCHEMA), index);
    }

    private static final class RawWorker implements Worker {

        private final Connection c;
        private final int index;
        private final PreparedStatement insertDossier;
        private final PreparedStatement update;
        private final PreparedStatement insertHistory;
        private final MessageDigest sha256;

        RawWorker(Connection c, int index) throws SQLException {
            this.c = c;
            this.index = index;
            c.setAutoCommit(false);
            insertDossier = c.prepareStatement("""
                    INSERT INTO dossier (tenant_id, code, procedure_name, applicant_name, status, step_number, holder,
                                         history_length, history_head, updated_at, version)
                    VALUES (?, ?, ?, ?, 'NEWLY_REGISTERED', '1', ?, 1, ?, ?, 0)""", Statement.RETURN_GENERATED_KEYS);
            update = c.prepareStatement("""
                    UPDATE dossier SET status = ?, step_number = ?, history_length = ?, history_head = ?, updated_at = ?,
                                       version = version + 1
                    WHERE id = ? AND version = ?""");
            insertHistory = c.prepareStatement("""
                    INSERT INTO dossier_history (dossier_id, sequence, at, command, user_id, tenant_id, status_before,
                                                 status_after, step_before, step_after, previous_hash, hash)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            try {
                sha256 = MessageDigest.getInstance("SHA-256");
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void dossier(long number, Recorder recorder) throws Exception {
            String tenant = "hai-lang";
            String code = "000.00.23.H50-261202-" + number;
            long[] id = new long[1];
            String[] head = {"0".repeat(64)};
            recorder.commit(0, () -> {
                Timestamp at = new Timestamp(System.currentTimeMillis());
                String hash = hash(head[0], code, 1, "RECEIVE", "NEWLY_REGISTERED");
                insertDossier.setString(1, tenant);
                insertDossier.setString(2, code);
                insertDossier.setString(3, "Thăm viếng mộ liệt sĩ");
                insertDossier.setString(4, "Nguyễn Thị Hoa");
                insertDossier.setString(5, tenant);
                insertDossier.setString(6, hash);
                insertDossier.setTimestamp(7, at);
                insertDossier.executeUpdate();
                try (ResultSet keys = insertDossier.getGeneratedKeys()) {
                    keys.next();
                    id[0] = keys.getLong(1);
                }
                history(id[0], 1, at, "RECEIVE", null, "NEWLY_REGISTERED", null, "1", head[0], hash);
                c.commit();
                head[0] = hash;
            });
            for (int step = 0; step < STEPS.length; step++) {
                int s = step;
                long version = step;
                long sequence = step + 2;
                recorder.commit(step + 1, () -> {
                    Timestamp at = new Timestamp(System.currentTimeMillis());
                    String statusBefore = s == 0 ? "NEWLY_REGISTERED" : STATUS_AFTER[s - 1];
                    String stepAfter = s + 1 < STEPS.length ? STEPS[s + 1] : null;
                    String hash = hash(head[0], code, sequence, COMMAND[s], STATUS_AFTER[s]);
                    update.setString(1, STATUS_AFTER[s]);
                    update.setString(2, stepAfter);
                    update.setLong(3, sequence);
                    update.setString(4, hash);
                    update.setTimestamp(5, at);
                    update.setLong(6, id[0]);
                    update.setLong(7, version);
                    if (update.executeUpdate() != 1) {
                        c.rollback();
                        throw new IllegalStateException("dossier " + code + " changed under step " + STEPS[s]);
                    }
                    history(id[0], sequence, at, COMMAND[s], statusBefore, STATUS_AFTER[s], STEPS[s], stepAfter, head[0], hash);
                    c.commit();
                    head[0] = hash;
                });
            }
            recorder.dossierDone();
        }

        private void history(long dossier, long sequence, Timestamp at, String command, String statusBefore,
                             String statusAfter, String stepBefore, String stepAfter, String previous, String hash)
                throws SQLException {
            insertHistory.setLong(1, dossier);
            insertHistory.setLong(2, sequence);
            insertHistory.setTimestamp(3, at);
            insertHistory.setString(4, command);
            insertHistory.setString(5, "hailang.staff");
            insertHistory.setString(6, "hai-lang");
            insertHistory.setString(7, statusBefore);
            insertHistory.setString(8, statusAfter);
            insertHistory.setString(9, stepBefore);
            insertHistory.setString(10, stepAfter);
            insertHistory.setString(11, previous);
            insertHistory.setString(12, hash);
            insertHistory.executeUpdate();
        }

        private String hash(String previous, String code, long sequence, String command, String status) {
            sha256.reset();
            sha256.update((previous + "|" + code + "|" + sequence + "|" + command + "|" + status).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(sha256.digest());
        }

        @Override
        public void close() throws SQLException {
            c.close();
        }
    }
}
