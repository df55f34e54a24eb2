package vn.motcua.stack;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Keycloak in dev mode ({@code kc.sh start-dev}, H2 file database) with the {@code motcua} realm
 * imported from the template (see {@link #keepsAccounts} for when a run keeps its accounts). Each
 * mode (run, test) has its own copy of the distribution under {@code .stack/keycloak-<mode>}, so a
 * run and a test run do not share data or Quarkus build files.
 */
public final class KeycloakServer implements AutoCloseable {

    // the first start builds Keycloak (Quarkus augmentation): 170–215 s alone on a loaded 2-core machine
    private static final Duration READY_TIMEOUT = Duration.ofMinutes(8);

    private final Ports ports;
    private final Process process;
    private final Path log;
    private volatile boolean stopped;

    private KeycloakServer(Ports ports, Process process, Path log) {
        this.ports = ports;
        this.process = process;
        this.log = log;
    }

    /**
     * Starts Keycloak on {@code ports.keycloak()} (management interface on
     * {@code ports.keycloakManagement()}), imports the realm rendered for {@code env}, and waits
     * until the realm's OpenID configuration answers.
     */
    public static KeycloakServer start(Layout layout, String mode, Ports ports, StackEnvironment env) {
        long t0 = Progress.now();
        Path home = prepareHome(layout, mode);
        String homeDir = home.toAbsolutePath().toString() + "/";
        Procs.killStale("Keycloak", cmd -> cmd.stream().anyMatch(a -> a.startsWith(homeDir) || a.startsWith("-Dkc.home.dir=" + homeDir)));
        Procs.requireFree("Keycloak", Map.of("keycloak", ports.keycloak(), "keycloakManagement", ports.keycloakManagement()));
        Path data = home.resolve("data");
        String realm = Realm.render(Realm.values(env));
        if (!keepsAccounts(mode, data, realm)) {
            Procs.deleteTree(data); // the import is skipped when the realm exists: start from nothing
        }
        Path importDir = Layout.createDirs(data.resolve("import"));
        try {
            Files.writeString(importDir.resolve("motcua-realm.json"), realm, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = layout.logs().resolve("keycloak-" + mode + ".log");
        ProcessBuilder pb = new ProcessBuilder(home.resolve("bin/kc.sh").toString(), "start-dev",
                "--http-port=" + ports.keycloak(),
                "--http-management-port=" + ports.keycloakManagement(),
                "--hostname-strict=false",
                "--health-enabled=true",
                "--import-realm")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().put("KC_BOOTSTRAP_ADMIN_USERNAME", "admin");
        pb.environment().put("KC_BOOTSTRAP_ADMIN_PASSWORD", "admin");
        pb.environment().remove("JAVA_OPTS"); // kc.sh's own defaults
        pb.environment().remove("KC_DB");
        Process p;
        try {
            p = pb.start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start " + home.resolve("bin/kc.sh"), e);
        }
        KeycloakServer server = new KeycloakServer(ports, p, log);
        String probe = ports.realmUrl() + "/.well-known/openid-configuration";
        boolean up;
        try {
            up = Procs.await(READY_TIMEOUT, Duration.ofMillis(500), () -> !p.isAlive() || Procs.status(probe) == 200);
        } catch (RuntimeException e) { // interrupted: the stack is being stopped while Keycloak starts
            server.close();
            throw e;
        }
        if (!up || !p.isAlive()) {
            String why = p.isAlive() ? "no answer from " + probe + " after " + READY_TIMEOUT.toSeconds() + " s"
                    : "kc.sh exited with " + p.exitValue();
            server.close();
            throw new IllegalStateException("Keycloak did not start: " + why + "; log " + log + ":\n" + Procs.tail(log, 40));
        }
        Progress.say("Keycloak up on " + ports.keycloak() + " in " + Progress.since(t0) + " (log " + log + ")");
        return server;
    }

    /**
     * A run keeps its Keycloak data, like its database, so the groups and first admins of tenants
     * created in an earlier run still exist; it starts from the template again only when the
     * template changed (Keycloak would skip importing it into the existing realm). A test run
     * always starts from nothing, as its database does.
     */
    static boolean keepsAccounts(String mode, Path data, String realm) {
        Path previous = data.resolve("import/motcua-realm.json");
        try {
            return "run".equals(mode) && Files.isDirectory(data.resolve("h2")) && Files.isRegularFile(previous)
                    && Files.readString(previous, StandardCharsets.UTF_8).equals(realm);
        } catch (IOException e) {
            return false;
        }
    }

    /** {@code .stack/keycloak-<mode>}: a copy of the unpacked distribution, made when missing or outdated. */
    static Path prepareHome(Layout layout, String mode) {
        Path dist = layout.keycloakDist();
        Path home = layout.stackDir().resolve("keycloak-" + mode);
        Path stamp = home.resolve(".copied-from");
        String expected = dist.getFileName().toString();
        try {
            if (!Files.isRegularFile(stamp) || !Files.readString(stamp).strip().equals(expected)) {
                long t0 = Progress.now();
                Procs.deleteTree(home);
                Procs.copyTree(dist, home);
                Files.writeString(stamp, expected + "\n");
                Progress.say("Keycloak copied to " + home + " in " + Progress.since(t0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return home;
    }

    public Ports ports() {
        return ports;
    }

    public Path log() {
        return log;
    }

    /** The kc.sh process; the Keycloak JVM is its child. */
    public ProcessHandle process() {
        return process.toHandle();
    }

    public long rssMb() {
        return Procs.treeRssMb(process.toHandle());
    }

    /** Stops kc.sh and its Java child (SIGTERM, SIGKILL after 20 s) and waits for the ports. */
    @Override
    public void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        boolean interrupted = Thread.interrupted(); // stop properly even when called from an interrupted thread
        try {
            long t0 = Progress.now();
            Procs.killTree(process.toHandle(), Duration.ofSeconds(20));
            Procs.awaitFree(Duration.ofSeconds(20), List.of(ports.keycloak(), ports.keycloakManagement()));
            Progress.say("Keycloak stopped in " + Progress.since(t0));
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
