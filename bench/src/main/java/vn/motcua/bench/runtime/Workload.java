package vn.motcua.bench.runtime;

/**
 * One way of running a dossier of "Thăm viếng mộ liệt sĩ" from reception to the returned result:
 * {@link #COMMITS} transactions, each one command (reception, then the five steps), each timed
 * through {@link Recorder#commit}.
 */
interface Workload extends AutoCloseable {

    /** Reception plus the procedure's five steps: one transaction each. */
    int COMMITS = 6;

    /** The row label of the table. */
    String name();

    /** Creates what the runs need (schema, deployment), for up to {@code maxWorkers} concurrent workers. */
    void prepare(int maxWorkers) throws Exception;

    /** A worker's own state (its connection, say); each worker runs on one thread. */
    Worker worker(int index) throws Exception;

    /** What the table should say limits or differs in this workload; may be empty. */
    default String note() {
        return "";
    }

    @Override
    default void close() throws Exception {
    }

    interface Worker extends AutoCloseable {

        /** Runs one dossier through its {@link #COMMITS} commits, each through {@code recorder.commit}. */
        void dossier(long number, Recorder recorder) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }
}
