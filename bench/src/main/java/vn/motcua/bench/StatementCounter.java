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
    private static volatile List<String> captured;

    @Override
    public void postExecuteCall(SessionEvent event) {
        COUNT.incrementAndGet();
        List<String> sink = captured;
        if (sink != null && event.getCall() instanceof DatabaseCall call) {
            sink.add(call.getSQLString());
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
    static List<String> captured() {
        List<String> sql = captured == null ? List.of() : List.copyOf(captured);
        captured = null;
        return sql;
    }
}
