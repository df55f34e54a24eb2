package vn.motcua.stack;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * Where things are: the repository root (the folder holding {@code mvnw}, or the system property
 * {@code motcua.repo}) and below it {@code .stack/}, where stack/pom.xml unpacks Payara and Keycloak
 * and where the servers keep their data and logs.
 */
public final class Layout {

    private final Path repo;
    private final Properties versions;

    private Layout(Path repo) {
        this.repo = repo;
        this.versions = new Properties();
        try (InputStream in = Layout.class.getResourceAsStream("stack.properties")) {
            if (in == null) {
                throw new IllegalStateException("stack.properties missing from the stack jar");
            }
            versions.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The repository of the working directory (or of {@code -Dmotcua.repo}). */
    public static Layout find() {
        String prop = System.getProperty("motcua.repo");
        if (prop != null && !prop.isBlank()) {
            return new Layout(Path.of(prop).toAbsolutePath().normalize());
        }
        Path dir = Path.of("").toAbsolutePath();
        for (Path d = dir; d != null; d = d.getParent()) {
            if (Files.isRegularFile(d.resolve("mvnw"))) {
                return new Layout(d);
            }
        }
        throw new IllegalStateException("cannot find the Motcua repository (a folder with mvnw) above " + dir
                + "; run from the repository or set -Dmotcua.repo=<path>");
    }

    public static Layout of(Path repo) {
        return new Layout(repo.toAbsolutePath().normalize());
    }

    public Path repo() {
        return repo;
    }

    /** {@code <repo>/.stack} */
    public Path stackDir() {
        return repo.resolve(".stack");
    }

    public Path logs() {
        return createDirs(stackDir().resolve("logs"));
    }

    public String payaraVersion() {
        return versions.getProperty("payara.version");
    }

    public String keycloakVersion() {
        return versions.getProperty("keycloak.version");
    }

    /** The unpacked Payara Server ({@code .stack/payara6}). */
    public Path payaraHome() {
        return requireUnpacked(stackDir().resolve("payara6"), "glassfish/modules/glassfish.jar");
    }

    /** The unpacked Keycloak distribution, never started itself: each mode runs its own copy. */
    public Path keycloakDist() {
        return requireUnpacked(stackDir().resolve("keycloak-" + keycloakVersion()), "bin/kc.sh");
    }

    private Path requireUnpacked(Path dir, String probe) {
        if (!Files.exists(dir.resolve(probe))) {
            throw new IllegalStateException(dir + " is missing: build the stack module first (./mvnw -B -pl stack install"
                    + " unpacks the server distributions into " + stackDir() + ")");
        }
        return dir;
    }

    /**
     * Marks this JVM as the owner of the {@code mode} stack ({@code .stack/<mode>.pid}). Fails when
     * another live JVM owns it; a stale mark (its JVM was killed) is taken over, and the servers then
     * stop that JVM's leftover processes as they start.
     */
    public void claim(String mode) {
        Path mark = createDirs(stackDir()).resolve(mode + ".pid");
        long self = ProcessHandle.current().pid();
        synchronized (Layout.class) {
            try {
                if (Files.isRegularFile(mark)) {
                    long owner = Long.parseLong(Files.readString(mark).strip());
                    boolean alive = owner != self && ProcessHandle.of(owner)
                            .filter(ProcessHandle::isAlive)
                            .flatMap(p -> p.info().command())
                            .map(c -> c.endsWith("java"))
                            .orElse(false);
                    if (alive) {
                        throw new IllegalStateException("a Motcua " + mode + " stack is already running (JVM pid " + owner
                                + "); stop it first (Ctrl-C, or kill " + owner + ")");
                    }
                }
                Files.writeString(mark, self + "\n");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (NumberFormatException e) {
                try {
                    Files.writeString(mark, self + "\n");
                } catch (IOException io) {
                    throw new UncheckedIOException(io);
                }
            }
        }
    }

    /** Removes this JVM's mark of {@link #claim(String)}. */
    public void release(String mode) {
        Path mark = stackDir().resolve(mode + ".pid");
        try {
            if (Files.isRegularFile(mark)
                    && Files.readString(mark).strip().equals(Long.toString(ProcessHandle.current().pid()))) {
                Files.delete(mark);
            }
        } catch (IOException | RuntimeException ignored) {
            // a stale mark is taken over by the next start
        }
    }

    static Path createDirs(Path dir) {
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
