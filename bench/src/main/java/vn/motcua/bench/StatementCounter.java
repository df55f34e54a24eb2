package vn.motcua.bench;

import org.eclipse.persistence.internal.databaseaccess.DatabaseCall;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the SQL statements EclipseLink sends (and, on request, keeps their text), so the report
 * can say how many round trips an operation makes — the tell of an N+1 fetch. Registered through
 * {@code eclipselink.session-event-listener}; the benchmark runs on one thread.
 */
public class StatementCounter extends SessionEventAdapter {

    private static final AtomicLong COUNT = new AtomicLong();
    private static volatile List<Captured> captured;

    /** A statement as sent: its SQL with ? and the values bound to them, in order. */
    record Captured(String sql, List<Object> parameters) {

        /** The SQL with each ? replaced by its value as a literal, for EXPLAIN. */
        String bound() {
            StringBuilder out = new StringBuilder();
            int from = 0;
            int next = 0;
            int q;
            while ((q = sql.indexOf('?', from)) >= 0) {
                Object value = next < parameters.size() ? parameters.get(next++) : null;
                out.append(sql, from, q).append(literal(value));
                from = q + 1;
            }
            return out.append(sql.substring(from)).toString();
        }

        private static String literal(Object value) {
            if (value == null) {
                return "NULL";
            }
            if (value instanceof Number) {
                return value.toString();
            }
            return "'" + value.toString().replace("\\", "\\\\").replace("'", "''") + "'";
        }
    }

    @Override
    public void postExecuteCall(SessionEvent event) {
        COUNT.incrementAndGet();
        List<Captured> sink = captured;
        if (sink != null && event.getCall() instanceof DatabaseCall call) {
            List<Object> parameters = new ArrayList<>();
            call.getParameters().forEach(parameters::add);
            sink.add(new Captured(call.getSQLString(), parameters));
        }
    }

    static long count() {
        return COUNT.get();
    }

    /** Starts keeping the SQL of the statements sent from now on. */
    static void capture() {
        captured = new ArrayList<>();
    }

    /** The SQL kept since {@link #capture()}, and stops keeping it. */
    static List<Captured> captured() {
        List<Captured> sql = captured == null ? List.of() : List.copyOf(captured);
        captured = null;
        return sql;
    }
}
