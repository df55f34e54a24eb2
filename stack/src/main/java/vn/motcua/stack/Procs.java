package vn.motcua.stack;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Process, port, HTTP and file helpers shared by the servers. */
final class Procs {

    private static final HttpClient HTTP = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();

    private Procs() {
    }

    /** HTTP GET status of {@code url}, or -1 when nothing answers. */
    static int status(String url) {
        return status(url, Duration.ofSeconds(5));
    }

    /** The HTTP status of a GET, or -1 when nothing answered within {@code timeout}. */
    static int status(String url, Duration timeout) {
        try {
            HttpRequest req = HttpRequest.newBuilder(URI.create(url)).timeout(timeout).GET().build();
            return HTTP.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    /** True when something accepts TCP connections on localhost:port (IPv4 or IPv6). */
    static boolean listening(int port) {
        for (String host : List.of("127.0.0.1", "::1")) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(host, port), 300);
                return true;
            } catch (IOException ignored) {
                // try the next address
            }
        }
        return false;
    }

    /** True when this process could bind the port on all interfaces (what the servers do). */
    static boolean free(int port) {
        if (listening(port)) {
            return false;
        }
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Fails with a clear message when any of the ports is taken. */
    static void requireFree(String who, Map<String, Integer> ports) {
        List<String> busy = ports.entrySet().stream()
                .filter(e -> !free(e.getValue()))
                .map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.toList());
        if (!busy.isEmpty()) {
            throw new IllegalStateException(who + ": port(s) already in use: " + String.join(", ", busy)
                    + " (another Motcua stack still running? see `ss -ltnp`)");
        }
    }

    /** Polls until the condition holds; false on timeout. */
    static boolean await(Duration timeout, Duration every, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (true) {
            if (condition.getAsBoolean()) {
                return true;
            }
            if (System.nanoTime() > end) {
                return false;
            }
            sleep(every);
        }
    }

    static void awaitFree(Duration timeout, Collection<Integer> ports) {
        await(timeout, Duration.ofMillis(200), () -> ports.stream().allMatch(Procs::free));
    }

    static void sleep(Duration d) {
        try {
            Thread.sleep(d.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    /**
     * Stops a process and all its descendants: SIGTERM to all, then SIGKILL to whatever is left
     * after {@code grace}.
     */
    static void killTree(ProcessHandle root, Duration grace) {
        List<ProcessHandle> all = new ArrayList<>();
        all.add(root);
        root.descendants().forEach(all::add);
        all.forEach(ProcessHandle::destroy);
        long end = System.nanoTime() + grace.toNanos();
        for (ProcessHandle p : all) {
            long left = Math.max(0, end - System.nanoTime());
            try {
                p.onExit().get(left, TimeUnit.NANOSECONDS);
            } catch (Exception e) {
                // still alive: killed below
            }
        }
        for (ProcessHandle p : all) {
            if (p.isAlive()) {
                p.descendants().forEach(ProcessHandle::destroyForcibly);
                p.destroyForcibly();
            }
        }
        for (ProcessHandle p : all) {
            try {
                p.onExit().get(10, TimeUnit.SECONDS);
            } catch (Exception ignored) {
                // nothing more to do
            }
        }
    }

    /**
     * Stops processes left behind by an earlier stack whose JVM was killed (kill -9: no shutdown
     * hook), recognised by their command line: {@code argsMatch} gets the executable followed by the
     * arguments. Returns how many were stopped.
     */
    static int killStale(String what, Predicate<List<String>> argsMatch) {
        long self = ProcessHandle.current().pid();
        List<ProcessHandle> stale = ProcessHandle.allProcesses()
                .filter(p -> p.pid() != self)
                .filter(p -> {
                    List<String> cmd = commandLine(p);
                    return !cmd.isEmpty() && argsMatch.test(cmd);
                })
                .collect(Collectors.toList());
        for (ProcessHandle p : stale) {
            Progress.say("stopping a leftover " + what + " (pid " + p.pid() + ") of an earlier run");
            killTree(p, Duration.ofSeconds(10));
        }
        return stale.size();
    }

    /**
     * argv of a process, from /proc (ProcessHandle.Info returns no arguments for long command lines
     * such as Payara's), else from ProcessHandle.Info; empty when unknown.
     */
    static List<String> commandLine(ProcessHandle p) {
        try {
            byte[] raw = Files.readAllBytes(Path.of("/proc", Long.toString(p.pid()), "cmdline"));
            if (raw.length > 0) {
                List<String> args = new ArrayList<>(List.of(new String(raw, StandardCharsets.UTF_8).split("\0")));
                return args;
            }
        } catch (IOException | RuntimeException ignored) {
            // not Linux, or the process is gone
        }
        List<String> cmd = new ArrayList<>();
        p.info().command().ifPresent(cmd::add);
        p.info().arguments().ifPresent(a -> cmd.addAll(List.of(a)));
        return cmd;
    }

    /**
     * Last resort when a stack stops: kills every child process still running (a server that was
     * still starting when the stop came) and the daemonized Payara JVM of {@code domainDir}.
     */
    static void sweep(Path stackDir, Path domainDir) {
        String ours = stackDir.toAbsolutePath().toString() + "/";
        ProcessHandle.current().children()
                .filter(p -> String.join(" ", commandLine(p)).contains(ours))
                .forEach(p -> {
            Progress.say("stopping leftover process " + p.pid() + " " + p.info().command().orElse(""));
            killTree(p, Duration.ofSeconds(5));
        });
        String instanceRoot = "-Dcom.sun.aas.instanceRoot=" + domainDir.toAbsolutePath();
        killStale("Payara", cmd -> cmd.contains(instanceRoot));
    }

    /** The resident set size of a process in MB (from /proc), or -1. */
    static long rssMb(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("[^0-9]", "")) / 1024;
                }
            }
        } catch (IOException | RuntimeException ignored) {
            // gone or not Linux
        }
        return -1;
    }

    /** RSS in MB of a process plus its descendants. */
    static long treeRssMb(ProcessHandle root) {
        long sum = Math.max(0, rssMb(root.pid()));
        for (ProcessHandle p : (Iterable<ProcessHandle>) root.descendants()::iterator) {
            sum += Math.max(0, rssMb(p.pid()));
        }
        return sum;
    }

    static Optional<ProcessHandle> process(long pid) {
        return ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    }

    static void deleteTree(Path dir) {
        if (!Files.exists(dir, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try {
            Files.walkFileTree(dir, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path d, IOException exc) throws IOException {
                    Files.delete(d);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** Copies a directory tree, keeping file attributes (the executable bits of scripts). */
    static void copyTree(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path src : (Iterable<Path>) files::iterator) {
                Path dst = to.resolve(from.relativize(src).toString());
                if (Files.isDirectory(src, LinkOption.NOFOLLOW_LINKS)) {
                    Files.createDirectories(dst);
                } else {
                    Files.copy(src, dst, StandardCopyOption.COPY_ATTRIBUTES, StandardCopyOption.REPLACE_EXISTING,
                            LinkOption.NOFOLLOW_LINKS);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + from + " to " + to, e);
        }
    }

    /** Last {@code n} lines of a file, for error messages. */
    static String tail(Path file, int n) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.ISO_8859_1);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - n), lines.size()));
        } catch (IOException e) {
            return "(cannot read " + file + ": " + e.getMessage() + ")";
        }
    }
}
