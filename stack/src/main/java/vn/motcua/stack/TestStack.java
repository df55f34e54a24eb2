package vn.motcua.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/**
 * The servers of the integration tests on {@link Ports#test()}: a fresh MariaDB (temporary data
 * directory), Keycloak with the realm imported, and Payara domain {@code motcua-test} running with
 * the {@link #environment()} but nothing deployed (Arquillian deploys through the admin port).
 * {@link #close()} stops them all; a JVM shutdown hook does it too if the JVM ends first.
 */
public final class TestStack implements AutoCloseable {

    public static final String DOMAIN = "motcua-test";
    /** The second server's domain, on the same database and Keycloak (two-server and crash tests). */
    public static final String SECOND_DOMAIN = "motcua-test-2";
    /** How far the second server's Payara ports sit from the first's. */
    public static final int SECOND_SERVER_SHIFT = 2000;
    private static final String MODE = "test";

    private final Layout layout;
    private final Ports ports;
    private final StackEnvironment environment;
    private final Path tempDir;
    private final List<AutoCloseable> running = new ArrayList<>(); // start order
    private final Thread hook;
    private MariaDbServer db;
    private KeycloakServer keycloak;
    private PayaraServer payara;
    private volatile boolean closed;

    private TestStack(Layout layout, Ports ports, StackEnvironment environment, Path tempDir) {
        this.layout = layout;
        this.ports = ports;
        this.environment = environment;
        this.tempDir = tempDir;
        this.hook = new Thread(this::stopAll, "motcua-test-stack-shutdown");
    }

    /** Starts MariaDB, Keycloak and Payara on {@link Ports#test()}; on failure stops what did start and throws. */
    public static TestStack start() {
        return start(Layout.find());
    }

    public static TestStack start(Layout layout) {
        long t0 = Progress.now();
        Ports ports = Ports.test();
        layout.claim(MODE);
        Path temp;
        try {
            temp = Files.createTempDirectory("motcua-test-db-");
        } catch (IOException e) {
            layout.release(MODE);
            throw new UncheckedIOException(e);
        }
        StackEnvironment env = StackEnvironment.embedded(ports).withAdjustableClock();
        TestStack stack = new TestStack(layout, ports, env, temp);
        Runtime.getRuntime().addShutdownHook(stack.hook);
        // Keycloak is the slowest; MariaDB and Payara start meanwhile (none needs another to start)
        ExecutorService pool = Executors.newSingleThreadExecutor(r -> new Thread(r, "motcua-test-keycloak"));
        Future<KeycloakServer> keycloak = pool.submit(() -> stack.register(KeycloakServer.start(layout, MODE, ports, env)));
        pool.shutdown();
        try {
            stack.db = stack.register(MariaDbServer.start(ports.db(),
                    layout.stackDir().resolve("mariadb/base-" + MODE), temp.resolve("data")));
            stack.payara = stack.register(PayaraServer.start(layout, DOMAIN, ports, env));
            stack.keycloak = keycloak.get();
        } catch (RuntimeException | Error | InterruptedException | ExecutionException e) {
            keycloak.cancel(true);
            awaitQuietly(pool);
            RuntimeException failure = e instanceof ExecutionException ee && ee.getCause() instanceof RuntimeException r ? r
                    : e instanceof RuntimeException r ? r
                    : new IllegalStateException("the test stack did not start: " + e, e instanceof ExecutionException ? e.getCause() : e);
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            try {
                stack.close();
            } catch (RuntimeException suppressed) {
                failure.addSuppressed(suppressed);
            }
            throw failure;
        }
        Progress.say("test stack up in " + Progress.since(t0) + ": " + ports.baseUrl() + ", " + ports.realmUrl()
                + " (RSS MariaDB " + Procs.rssMb(stack.db.pid()) + " MB, Keycloak " + stack.keycloak.rssMb()
                + " MB, Payara " + stack.payara.rssMb() + " MB)");
        return stack;
    }

    private static void awaitQuietly(ExecutorService pool) {
        try {
            pool.awaitTermination(60, TimeUnit.SECONDS);
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
    }

    private <T extends AutoCloseable> T register(T server) {
        synchronized (running) {
            if (closed) {
                try {
                    server.close();
                } catch (Exception ignored) {
                    // best effort
                }
                throw new IllegalStateException("the test stack was closed while starting");
            }
            running.add(server);
        }
        return server;
    }

    public Ports ports() {
        return ports;
    }

    /** The second server's ports: the first's Payara ports moved by {@link #SECOND_SERVER_SHIFT}. */
    public Ports secondServerPorts() {
        return ports.withPayaraMovedBy(SECOND_SERVER_SHIFT);
    }

    /**
     * Starts Payara domain {@link #SECOND_DOMAIN} (created afresh) on the same database and Keycloak
     * with the same environment, deploys {@code ear} as the first server has it and waits until it is
     * ready. Called again after {@link PayaraServer#kill()} it is a restart: the domain is new, the
     * database is the one the killed server left. {@link #close()} stops it with the rest.
     */
    public PayaraServer startSecondServer(Path ear) {
        PayaraServer second = register(PayaraServer.start(layout, SECOND_DOMAIN, secondServerPorts(), environment));
        try {
            second.deploy(ear, "motcua");
            second.awaitReady("/health/ready", Duration.ofMinutes(5));
        } catch (RuntimeException e) {
            second.close();
            throw e;
        }
        return second;
    }

    public StackEnvironment environment() {
        return environment;
    }

    /** Null before start or after close. */
    public MariaDbServer database() {
        return db;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public PayaraServer payara() {
        return payara;
    }

    /** Stops Payara, Keycloak and MariaDB (reverse order), waits until their ports are free; idempotent. */
    @Override
    public void close() {
        stopAll();
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException ignored) {
            // already shutting down: the hook is running or ran
        }
    }

    private void stopAll() {
        List<AutoCloseable> toStop;
        synchronized (running) {
            if (closed) {
                return;
            }
            closed = true;
            toStop = new ArrayList<>(running);
            running.clear();
        }
        RuntimeException failure = null;
        // reverse start order: Payara first, then whatever else started (Keycloak, MariaDB)
        toStop.sort(Comparator.comparingInt(s -> s instanceof PayaraServer ? 0 : s instanceof KeycloakServer ? 1 : 2));
        for (AutoCloseable server : toStop) {
            try {
                server.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new IllegalStateException("stopping the test stack failed", e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        Procs.sweep(layout.stackDir(), layout.payaraHome().resolve("glassfish/domains").resolve(DOMAIN));
        Procs.sweep(layout.stackDir(), layout.payaraHome().resolve("glassfish/domains").resolve(SECOND_DOMAIN));
        Procs.awaitFree(Duration.ofSeconds(30), ports.all().values());
        Procs.awaitFree(Duration.ofSeconds(30), secondServerPorts().payara().values());
        try {
            Procs.deleteTree(tempDir);
        } catch (RuntimeException e) {
            // a temp dir left behind is harmless
        }
        layout.release(MODE);
        if (failure != null) {
            throw failure;
        }
    }
}
