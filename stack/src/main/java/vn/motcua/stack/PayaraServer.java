package vn.motcua.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Payara Server 6 (full profile) from {@code .stack/payara6}, running a domain copied fresh from the
 * stock {@code domain1} at every start, with every port moved (see {@link DomainXml}) and the
 * {@link StackEnvironment} in the server JVM's environment.
 */
public final class PayaraServer implements AutoCloseable {

    /** Heap of the server JVM (stock domain1: 512m). */
    public static final String MAX_HEAP = "1g";


    private static final Set<String> NOT_COPIED = Set.of("logs", "osgi-cache", "generated", "applications",
            "autodeploy", "session-store", "imq", "lib/databases");

    private final Layout layout;
    private final String domain;
    private final Ports ports;
    private final Path asadminLog;
    private final StackEnvironment env;
    private volatile long pid = -1;
    private volatile boolean stopped;

    private PayaraServer(Layout layout, String domain, Ports ports, Path asadminLog, StackEnvironment env) {
        this.layout = layout;
        this.env = env;
        this.domain = domain;
        this.ports = ports;
        this.asadminLog = asadminLog;
    }

    /** Creates domain {@code domain} afresh from domain1 and starts it with {@code env} in its environment. */
    public static PayaraServer start(Layout layout, String domain, Ports ports, StackEnvironment env) {
        long t0 = Progress.now();
        Path home = layout.payaraHome();
        Path domains = home.resolve("glassfish/domains");
        Path dir = domains.resolve(domain);
        String instanceRoot = "-Dcom.sun.aas.instanceRoot=" + dir.toAbsolutePath();
        Procs.killStale("Payara " + domain, cmd -> cmd.contains(instanceRoot));
        Procs.requireFree("Payara", DomainXml.ports(ports));
        Procs.deleteTree(dir);
        copyDomain(domains.resolve("domain1"), dir);
        Layout.createDirs(dir.resolve("tmp"));
        Path xml = dir.resolve("config/domain.xml");
        try {
            Files.writeString(xml, DomainXml.rewrite(Files.readString(xml, StandardCharsets.UTF_8), ports, MAX_HEAP, domain),
                    StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Path log = layout.logs().resolve("payara-" + domain + "-asadmin.log");
        try {
            Files.deleteIfExists(log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PayaraServer server = new PayaraServer(layout, domain, ports, log, env);
        server.launch(t0);
        return server;
    }

    /**
     * Starts this domain again as it was left (its deployments included), e.g. after {@link #kill()}:
     * what a restarted server finds is what the killed one left on disk and in the database.
     */
    public void restart() {
        if (pid > 0 && Procs.process(pid).isPresent()) {
            throw new IllegalStateException("Payara " + domain + " is still running (pid " + pid + ")");
        }
        stopped = false;
        launch(Progress.now());
    }

    private void launch(long t0) {
        Path domains = layout.payaraHome().resolve("glassfish/domains");
        int rc = asadmin(Duration.ofMinutes(5), env.toMap(), "start-domain", "--domaindir", domains.toString(), domain);
        pid = readPid();
        // start-domain returns once the admin listener answers; check the JVM is alive and listening
        // (a busy port can make it report success while the server aborts)
        boolean alive = pid > 0 && Procs.process(pid).isPresent();
        boolean listening = alive && Procs.await(Duration.ofSeconds(30), Duration.ofMillis(300),
                () -> Procs.listening(ports.admin()) && Procs.listening(ports.http()));
        if (rc != 0 || !alive || !listening) {
            String msg = "Payara domain " + domain + " did not start (asadmin exit " + rc + ", pid " + pid
                    + (alive ? ", alive" : ", not running") + (listening ? "" : ", ports " + ports.admin() + "/" + ports.http()
                    + " not listening") + "); asadmin log " + asadminLog
                    + ", server log " + serverLog() + ":\n" + Procs.tail(serverLog(), 30);
            close();
            throw new IllegalStateException(msg);
        }
        Progress.say("Payara up on " + ports.http() + " (admin " + ports.admin() + ") in " + Progress.since(t0)
                + " (server log " + serverLog() + ")");
    }

    private static void copyDomain(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path src : (Iterable<Path>) files::iterator) {
                String rel = from.relativize(src).toString();
                if (NOT_COPIED.stream().anyMatch(n -> rel.equals(n) || rel.startsWith(n + "/"))
                        || rel.equals("config/pid") || rel.equals("config/pid.prev")) {
                    continue;
                }
                Path dst = to.resolve(rel);
                if (Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(dst);
                } else {
                    Files.copy(src, dst, java.nio.file.StandardCopyOption.COPY_ATTRIBUTES);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    /** Deploys (or redeploys) an EAR/WAR as application {@code name}. */
    public void deploy(Path archive, String name) {
        long t0 = Progress.now();
        if (!Files.isRegularFile(archive)) {
            throw new IllegalArgumentException(archive + " does not exist: build it first (./mvnw -B install -DskipTests)");
        }
        int rc = asadmin(Duration.ofMinutes(10), Map.of(), "deploy", "--force=true", "--name", name, archive.toAbsolutePath().toString());
        if (rc != 0) {
            throw new IllegalStateException("deploying " + archive + " failed (asadmin exit " + rc + "); asadmin log " + asadminLog
                    + ", server log " + serverLog() + ":\n" + Procs.tail(asadminLog, 15));
        }
        Progress.say("Deployed " + archive.getFileName() + " as " + name + " in " + Progress.since(t0));
    }

    /** Waits until {@code <baseUrl><path>} answers 200 (e.g. MicroProfile Health's /health/ready). */
    public void awaitReady(String path, Duration timeout) {
        long t0 = Progress.now();
        String url = ports.baseUrl() + path;
        if (!Procs.await(timeout, Duration.ofMillis(500), () -> Procs.status(url) == 200)) {
            throw new IllegalStateException(url + " did not answer 200 within " + timeout.toSeconds() + " s (last: "
                    + Procs.status(url) + "); server log " + serverLog());
        }
        Progress.say(url + " ready in " + Progress.since(t0));
    }

    /** Runs {@code asadmin --port <admin> <args>}, output appended to the asadmin log; the exit code. */
    int asadmin(Duration timeout, Map<String, String> extraEnv, String... args) {
        List<String> cmd = new ArrayList<>();
        cmd.add(layout.payaraHome().resolve("bin/asadmin").toString());
        cmd.add("--port");
        cmd.add(Integer.toString(ports.admin()));
        cmd.add("--interactive=false");
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(asadminLog.toFile()))
                .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")));
        pb.environment().putAll(extraEnv);
        pb.environment().remove("AS_ADMIN_PORT");
        try {
            Process p = pb.start();
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                Procs.killTree(p.toHandle(), Duration.ofSeconds(5));
                return -1;
            }
            return p.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private long readPid() {
        try {
            Path f = domainDir().resolve("config/pid");
            return Files.isRegularFile(f) ? Long.parseLong(Files.readString(f).strip()) : -1;
        } catch (IOException | NumberFormatException e) {
            return -1;
        }
    }

    public String domain() {
        return domain;
    }

    public Ports ports() {
        return ports;
    }

    public Path domainDir() {
        return layout.payaraHome().resolve("glassfish/domains").resolve(domain);
    }

    public Path serverLog() {
        return domainDir().resolve("logs/server.log");
    }

    /** The server JVM's pid (from the domain's config/pid), or -1. */
    public long pid() {
        return pid;
    }

    public long rssMb() {
        return pid > 0 ? Procs.rssMb(pid) : -1;
    }

    /** The server JVM's environment as read from /proc (to check that it inherited the stack's). */
    public Optional<Map<String, String>> serverEnvironment() {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "environ"));
            Map<String, String> env = new java.util.TreeMap<>();
            for (String kv : new String(raw, StandardCharsets.UTF_8).split("\0")) {
                int eq = kv.indexOf('=');
                if (eq > 0) {
                    env.put(kv.substring(0, eq), kv.substring(eq + 1));
                }
            }
            return Optional.of(env);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * {@code kill -9} of the server JVM, as a power cut or the OOM killer would end it: no shutdown
     * hook, no transaction completes. Waits until the ports are free; {@link #restart()} starts it again.
     */
    public void kill() {
        stopped = true;
        Procs.process(pid).ifPresent(p -> {
            p.destroyForcibly();
            try {
                p.onExit().get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("Payara " + domain + " (pid " + pid + ") survived SIGKILL", e);
            }
        });
        Procs.awaitFree(Duration.ofSeconds(30), DomainXml.ports(ports).values());
        Progress.say("Payara " + domain + " killed (SIGKILL)");
    }

    /** stop-domain, then SIGTERM/SIGKILL whatever is left, and waits until the ports are free. */
    @Override
    public void close() {
        if (stopped) {
            return;
        }
        stopped = true;
        long t0 = Progress.now();
        long serverPid = pid > 0 ? pid : readPid();
        Optional<ProcessHandle> proc = serverPid > 0 ? Procs.process(serverPid) : Optional.empty();
        if (proc.isPresent()) {
            asadmin(Duration.ofSeconds(30), Map.of(), "stop-domain", "--domaindir",
                    layout.payaraHome().resolve("glassfish/domains").toString(), domain);
            proc.ifPresent(p -> {
                try {
                    p.onExit().get(15, TimeUnit.SECONDS);
                } catch (Exception e) {
                    // killed below
                }
                if (p.isAlive()) {
                    Procs.killTree(p, Duration.ofSeconds(10));
                }
            });
        }
        Procs.awaitFree(Duration.ofSeconds(20), DomainXml.ports(ports).values());
        Progress.say("Payara stopped in " + Progress.since(t0));
    }
}
