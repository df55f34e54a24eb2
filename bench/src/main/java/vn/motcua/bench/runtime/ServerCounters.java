package vn.motcua.bench.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;

/**
 * MariaDB's own statement counters ({@code SHOW GLOBAL STATUS}: {@code Com_select}, {@code Com_insert},
 * …, {@code Questions}), read before and after a run: what every client sent, whatever its driver or
 * ORM, so raw JDBC, EclipseLink and Flowable's MyBatis are counted alike. The server is the benchmark's
 * own, so nothing else adds to them; the reading itself is a {@code SHOW}, which is left out.
 */
final class ServerCounters implements AutoCloseable {

    /** The statements that read or write rows. */
    private static final String[] SQL = {"Com_select", "Com_insert", "Com_update", "Com_delete", "Com_insert_select",
            "Com_replace", "Com_update_multi", "Com_delete_multi"};

    /** Opened once: connecting sends statements of its own (the driver's session queries), which would count. */
    private final Connection connection;

    ServerCounters(String url, String user, String password) throws SQLException {
        this.connection = DriverManager.getConnection(url, user, password);
    }

    /** A reading of the counters. */
    record Reading(Map<String, Long> values) {

        /** SELECT, INSERT, UPDATE, DELETE (and their variants) since {@code before}. */
        long sqlSince(Reading before) {
            long sum = 0;
            for (String name : SQL) {
                sum += delta(before, name);
            }
            return sum;
        }

        /** Every statement the clients sent since {@code before} (Questions: also COMMIT, SET, …), without the readings. */
        long statementsSince(Reading before) {
            return delta(before, "Questions") - 1;  // this reading's SHOW
        }

        long delta(Reading before, String name) {
            return values.getOrDefault(name, 0L) - before.values.getOrDefault(name, 0L);
        }
    }

    Reading read() throws SQLException {
        try (Statement s = connection.createStatement();
             ResultSet r = s.executeQuery("SHOW GLOBAL STATUS WHERE Variable_name LIKE 'Com\\_%' OR Variable_name"
                     + " IN ('Questions', 'Innodb_deadlocks', 'Innodb_row_lock_waits', 'Innodb_os_log_fsyncs', 'Innodb_data_fsyncs')")) {
            Map<String, Long> values = new HashMap<>();
            while (r.next()) {
                try {
                    values.put(r.getString(1), Long.parseLong(r.getString(2)));
                } catch (NumberFormatException ignored) {
                    // not a counter
                }
            }
            return new Reading(values);
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
